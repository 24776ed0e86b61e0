#include "KooGallerySignature.h"

#include "Random.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

namespace oc::koogallery {

namespace {

QByteArray hmacHex(QByteArrayView key, QByteArrayView message)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key.toByteArray());
    mac.addData(message.data(), message.size());
    return mac.result().toHex();
}

bool isNonce(QByteArrayView nonce)
{
    if (nonce.size() < MinNonceLength || nonce.size() > MaxNonceLength)
        return false;
    for (const char c : nonce)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    return true;
}

} // namespace

QByteArray bodyDigest(QByteArrayView accessKey, QByteArrayView body)
{
    return hmacHex(accessKey, body);
}

QByteArray signature(QByteArrayView accessKey, QByteArrayView nonce, QByteArrayView timestamp,
                     QByteArrayView body)
{
    const QByteArray text = accessKey.toByteArray() + nonce.toByteArray() +
                            timestamp.toByteArray() + bodyDigest(accessKey, body);
    return hmacHex(accessKey, text);
}

QByteArray bodySignHeader(QByteArrayView accessKey, QByteArrayView body)
{
    return "sign_type=\"HMAC-SHA256\", signature=\"" + bodyDigest(accessKey, body) + '"';
}

Verdict verify(QByteArrayView accessKey, const SignedQuery &query, QByteArrayView body,
               qint64 nowMs)
{
    if (query.signature.isEmpty() || query.timestamp.isEmpty() || query.nonce.isEmpty())
        return Verdict::Missing;
    bool number = false;
    const qint64 timestamp = query.timestamp.toLongLong(&number);
    // Digits only: "+5", " 5" and "5 " are not what the marketplace sends.
    const bool digits = std::all_of(query.timestamp.cbegin(), query.timestamp.cend(),
                                    [](char c) { return c >= '0' && c <= '9'; });
    if (!number || !digits || query.timestamp.size() > 15 || !isNonce(query.nonce))
        return Verdict::Malformed;
    if (timestamp < nowMs - MaxClockSkewMs || timestamp > nowMs + MaxClockSkewMs)
        return Verdict::Stale;
    const QByteArray expected = signature(accessKey, query.nonce, query.timestamp, body);
    return constantTimeEquals(query.signature.toLower(), expected) ? Verdict::Valid
                                                                   : Verdict::BadSignature;
}

const char *verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return "valid";
    case Verdict::Missing:
        return "missing";
    case Verdict::Malformed:
        return "malformed";
    case Verdict::Stale:
        return "stale";
    case Verdict::BadSignature:
        return "badSignature";
    }
    return "unknown";
}

} // namespace oc::koogallery
