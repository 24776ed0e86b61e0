#pragma once

// The signature of KooGallery's SaaS production interface (spec/api.md, "Marketplace
// callback"): the marketplace signs each call with the access key the seller configured,
// the seller's server checks it and signs its answer. Pure functions of their inputs (the
// time is given), so that the server, the demo's marketplace and `billing-api
// koogallery-call` sign and check alike.
//
//   body digest  hex(HMAC-SHA256(key, body))
//   signature    hex(HMAC-SHA256(key, key + nonce + timestamp + body digest))
//
// The query carries `signature`, `timestamp` (milliseconds since the epoch, decimal) and
// `nonce`; the answer carries `Body-Sign: sign_type="HMAC-SHA256", signature="<body digest>"`.

#include <QByteArray>
#include <QByteArrayView>

namespace oc::koogallery {

// Result codes of the interface, exactly as the marketplace reads them.
namespace result {
inline constexpr auto Ok = "000000";
inline constexpr auto AuthenticationFailed = "000001";
inline constexpr auto InvalidParameter = "000002";
inline constexpr auto InstanceNotFound = "000003";
inline constexpr auto InternalError = "000005";
} // namespace result

// How far a call's timestamp may be from the server's clock, either way.
inline constexpr qint64 MaxClockSkewMs = 60'000;
// A nonce: what the marketplace sends (letters and digits), bounded so that it can be kept.
inline constexpr qsizetype MinNonceLength = 16;
inline constexpr qsizetype MaxNonceLength = 64;

QByteArray bodyDigest(QByteArrayView accessKey, QByteArrayView body);
// `timestamp` as the query carries it (the text is what is signed).
QByteArray signature(QByteArrayView accessKey, QByteArrayView nonce, QByteArrayView timestamp,
                     QByteArrayView body);
// The Body-Sign header's value for an answer `body`.
QByteArray bodySignHeader(QByteArrayView accessKey, QByteArrayView body);

// What a call's query says about its signing, as received (text, unchecked).
struct SignedQuery
{
    QByteArray signature;
    QByteArray timestamp;
    QByteArray nonce;
};

enum class Verdict
{
    Valid,
    Missing,      // a signing parameter is absent or empty
    Malformed,    // a timestamp that is not a number, a nonce of the wrong form
    Stale,        // the timestamp is more than MaxClockSkewMs away from now
    BadSignature, // the signature does not match (wrong key, changed body, changed nonce...)
};

// Checks the signature in constant time (the nonce's freshness is the store's business:
// the caller records it only when this says Valid). Every verdict but Valid answers
// result::AuthenticationFailed.
Verdict verify(QByteArrayView accessKey, const SignedQuery &query, QByteArrayView body,
               qint64 nowMs);

// The verdict's name for a log line (never the key, the signature or the nonce).
const char *verdictName(Verdict verdict);

} // namespace oc::koogallery
