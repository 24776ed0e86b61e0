// The KooGallery SaaS interface's signature (spec/api.md, "Marketplace callback"): a known
// answer computed outside the product (Python's hmac), and every way a call is refused.

#include "core/KooGallerySignature.h"

#include <QTest>

using namespace oc::koogallery;

namespace {

const QByteArray Key = "seller-access-key-0001";
const QByteArray Body = R"({"activity":"newInstance","orderId":"CS2602271000QY0PL"})";
const QByteArray Nonce = "3c9a1f0e7b2d4a6c";
const QByteArray Timestamp = "1772415000000";
constexpr qint64 Now = 1772415000000;
// python3: hmac.new(key, body, sha256).hexdigest(), then over key + nonce + timestamp + that.
const QByteArray KnownDigest = "120ae3e2ae9ee850e9e2a1bc51134e30a53168916407623ac99997c6a17aed00";
const QByteArray KnownSignature =
    "e5acaea1611359c5e93aec310c2657265b612075df735c3cd69a30de3c8e2c11";

SignedQuery signedQuery(const QByteArray &timestamp = Timestamp, const QByteArray &nonce = Nonce)
{
    return SignedQuery{signature(Key, nonce, timestamp, Body), timestamp, nonce};
}

} // namespace

Q_DECLARE_METATYPE(SignedQuery)
Q_DECLARE_METATYPE(Verdict)

class TestKooGallerySignature : public QObject
{
    Q_OBJECT
private slots:
    void knownAnswer()
    {
        QCOMPARE(bodyDigest(Key, Body), KnownDigest);
        QCOMPARE(signature(Key, Nonce, Timestamp, Body), KnownSignature);
        QCOMPARE(bodySignHeader(Key, Body),
                 QByteArray("sign_type=\"HMAC-SHA256\", signature=\"") + KnownDigest + '"');
    }

    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<SignedQuery>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Verdict>("verdict");
        const auto at = [](qint64 offsetMs) { return QByteArray::number(Now + offsetMs); };
        SignedQuery upper = signedQuery();
        upper.signature = upper.signature.toUpper();
        SignedQuery otherNonce = signedQuery();
        otherNonce.nonce = "3c9a1f0e7b2d4a6d";
        SignedQuery otherTime = signedQuery();
        otherTime.timestamp = at(1);
        SignedQuery cut = signedQuery();
        cut.signature.chop(1);

        QTest::newRow("valid") << Key << signedQuery() << Body << Verdict::Valid;
        QTest::newRow("valid, hex in capitals") << Key << upper << Body << Verdict::Valid;
        QTest::newRow("60 s early: still valid")
            << Key << signedQuery(at(-MaxClockSkewMs)) << Body << Verdict::Valid;
        QTest::newRow("60 s late: still valid")
            << Key << signedQuery(at(MaxClockSkewMs)) << Body << Verdict::Valid;
        QTest::newRow("stale") << Key << signedQuery(at(-MaxClockSkewMs - 1)) << Body
                               << Verdict::Stale;
        QTest::newRow("from the future")
            << Key << signedQuery(at(MaxClockSkewMs + 1)) << Body << Verdict::Stale;
        QTest::newRow("wrong key")
            << QByteArray("another-key") << signedQuery() << Body << Verdict::BadSignature;
        QTest::newRow("body changed")
            << Key << signedQuery() << Body + ' ' << Verdict::BadSignature;
        QTest::newRow("nonce changed") << Key << otherNonce << Body << Verdict::BadSignature;
        QTest::newRow("timestamp changed") << Key << otherTime << Body << Verdict::BadSignature;
        QTest::newRow("signature cut") << Key << cut << Body << Verdict::BadSignature;
        QTest::newRow("no signature")
            << Key << SignedQuery{{}, Timestamp, Nonce} << Body << Verdict::Missing;
        QTest::newRow("no timestamp")
            << Key << SignedQuery{KnownSignature, {}, Nonce} << Body << Verdict::Missing;
        QTest::newRow("no nonce") << Key << SignedQuery{KnownSignature, Timestamp, {}} << Body
                                  << Verdict::Missing;
        QTest::newRow("timestamp with a sign")
            << Key << signedQuery("+" + Timestamp) << Body << Verdict::Malformed;
        QTest::newRow("timestamp with a space")
            << Key << signedQuery(Timestamp + " ") << Body << Verdict::Malformed;
        QTest::newRow("timestamp not a number")
            << Key << signedQuery("17724150000x0") << Body << Verdict::Malformed;
        QTest::newRow("timestamp too long")
            << Key << signedQuery("0000" + Timestamp) << Body << Verdict::Malformed;
        QTest::newRow("nonce too short")
            << Key << signedQuery(Timestamp, "abc123") << Body << Verdict::Malformed;
        QTest::newRow("nonce too long")
            << Key << signedQuery(Timestamp, QByteArray(65, 'a')) << Body << Verdict::Malformed;
        QTest::newRow("nonce with punctuation")
            << Key << signedQuery(Timestamp, "3c9a1f0e-7b2d4a6c") << Body << Verdict::Malformed;
    }

    void verdicts()
    {
        QFETCH(QByteArray, key);
        QFETCH(SignedQuery, query);
        QFETCH(QByteArray, body);
        QFETCH(Verdict, verdict);
        QCOMPARE(verdictName(verify(key, query, body, Now)), verdictName(verdict));
    }
};

QTEST_GUILESS_MAIN(TestKooGallerySignature)
#include "test_koogallery_signature.moc"
