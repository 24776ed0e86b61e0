// The calls of KooGallery's SaaS interface (spec/api.md, "Marketplace callback"): what the
// decoder reads from a body, every way it refuses one (result code 000002 with the field
// and the reason), and that what the demo's marketplace encodes decodes to the same call.

#include "core/KooGalleryCall.h"

#include <QTest>
#include <QTimeZone>

using namespace oc;
using namespace oc::koogallery;

namespace {

template<class T>
QString errorText(const oc::Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

const QString Account = QStringLiteral("90400ce1ecfe7dae3665f3073d940c30");
const QString Order = QStringLiteral("CS2512051200ABCDE");
const QString Instance = QStringLiteral("28a52040-0dcb-4c69-8ad1-6eed6530d140");

} // namespace

class TestKooGalleryCall : public QObject
{
    Q_OBJECT
private slots:
    void newInstanceRoundTrip()
    {
        NewInstance call;
        call.businessId = QStringLiteral("biz-1_A");
        call.orderId = Order;
        call.orderLineId = QStringLiteral("CS2512051200ABCDE-1");
        call.customerId = Account;
        call.testFlag = true;
        call.trial = true;
        call.expireTime = QDateTime(QDate(2027, 1, 31), QTime(15, 59, 59), QTimeZone::utc());
        const auto decoded = decode(encode(call));
        QVERIFY2(decoded.ok(), qPrintable(errorText(decoded)));
        const auto &back = std::get<NewInstance>(*decoded);
        QCOMPARE(back.businessId, call.businessId);
        QCOMPARE(back.orderId, call.orderId);
        QCOMPARE(back.orderLineId, call.orderLineId);
        QCOMPARE(back.customerId, call.customerId);
        QCOMPARE(back.testFlag, true);
        QCOMPARE(back.trial, true);
        QCOMPARE(back.expireTime, call.expireTime);
        QCOMPARE(activityName(*decoded), "newInstance");
    }

    void otherActivitiesRoundTrip()
    {
        const QDateTime end(QDate(2027, 6, 30), QTime(0, 0), QTimeZone::utc());
        const QList<Call> calls = {
            RefreshInstance{Instance, Order, QStringLiteral("L2"), RefreshScene::TrialToFormal,
                            end},
            RefreshInstance{Instance, Order, QStringLiteral("L2"),
                            RefreshScene::UnsubscribeRenewalPeriod, end},
            UpdateInstanceStatus{Instance, true},
            UpdateInstanceStatus{Instance, false},
            ReleaseInstance{Instance},
            QueryInstance{{Instance, QStringLiteral("00000000-0000-4000-8000-000000000000")}},
        };
        for (const Call &call : calls) {
            const QByteArray body = encode(call);
            const auto decoded = decode(body);
            QVERIFY2(decoded.ok(), body.constData());
            QCOMPARE(decoded->index(), call.index());
            QCOMPARE(encode(*decoded), body); // nothing lost either way
        }
    }

    void extraFieldsAndNormalisedIds();

    void refusals_data();

    void refusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto decoded = decode(body);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().rule, QString::fromLatin1(result::InvalidParameter));
        QCOMPARE(decoded.error().field, field);
        QCOMPARE(decoded.error().reason, reason);
    }

    void queryOfExactly100()
    {
        QStringList ids;
        for (int i = 0; i < MaxQueryIds; ++i)
            ids << QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        const auto decoded = decode(encode(QueryInstance{ids}));
        QVERIFY(decoded.ok());
        QCOMPARE(std::get<QueryInstance>(*decoded).instanceIds.size(), MaxQueryIds);
    }

    // A signed call as the demo's marketplace makes it verifies with its key only, and
    // each call carries a fresh nonce of the form verify() accepts.
    void signedCalls()
    {
        const QByteArray key = "seller-access-key-0001";
        const QByteArray body = encode(ReleaseInstance{Instance});
        const qint64 now = 1772415000000;
        const SignedCall a = sign(key, body, now);
        const SignedCall b = sign(key, body, now);
        QCOMPARE(a.body, body);
        QCOMPARE(a.query.timestamp, QByteArray("1772415000000"));
        QCOMPARE(a.query.nonce.size(), 32);
        QVERIFY(a.query.nonce != b.query.nonce);
        QCOMPARE(verify(key, a.query, a.body, now), Verdict::Valid);
        QCOMPARE(verify("another-key-of-the-seller", a.query, a.body, now), Verdict::BadSignature);
    }

    void answerBodies();
};

// What the marketplace sends that the product does not use is ignored; ids are
// normalised by the product's validators (R-ID-1, R-ID-3).
void TestKooGalleryCall::extraFieldsAndNormalisedIds()
{
    const QByteArray body =
        R"({"activity":"releaseInstance","instanceId":"{28A52040-0DCB-4C69-8AD1-6EED6530D140}",)"
        R"("timeStamp":"20251205120000","saasExtendParams":"e30="})";
    const auto decoded = decode(body);
    QVERIFY2(decoded.ok(), qPrintable(errorText(decoded)));
    QCOMPARE(std::get<ReleaseInstance>(*decoded).instanceId, Instance);
}

void TestKooGalleryCall::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    const QByteArray line =
        R"("businessId":"b1","orderId":"CS2512051200ABCDE","orderLineId":"L1",)";
    QTest::newRow("empty") << QByteArray() << "body"
                           << "malformed";
    QTest::newRow("not JSON") << QByteArray("activity=newInstance") << "body"
                              << "malformed";
    QTest::newRow("truncated") << QByteArray(R"({"activity":"newInst)") << "body"
                               << "malformed";
    QTest::newRow("array") << QByteArray(R"(["newInstance"])") << "body"
                           << "malformed";
    QTest::newRow("oversized") << QByteArray(MaxBodyBytes + 1, ' ') << "body"
                               << "tooLarge";
    QTest::newRow("no activity") << QByteArray(R"({"orderId":"x"})") << "activity"
                                 << "required";
    QTest::newRow("activity not text") << QByteArray(R"({"activity":7})") << "activity"
                                       << "type";
    QTest::newRow("unknown activity")
        << QByteArray(R"({"activity":"deleteEverything"})") << "activity"
        << "unknown";
    QTest::newRow("no businessId")
        << QByteArray(R"({"activity":"newInstance","orderId":"CS2512051200ABCDE"})") << "businessId"
        << "required";
    QTest::newRow("businessId with a space")
        << QByteArray(R"({"activity":"newInstance","businessId":"b 1"})") << "businessId"
        << "format";
    QTest::newRow("businessId too long")
        << (R"({"activity":"newInstance","businessId":")" + QByteArray(65, 'b') + R"("})")
        << "businessId"
        << "format";
    QTest::newRow("order id of another form")
        << QByteArray(R"({"activity":"newInstance","businessId":"b1","orderId":"ORDER-1"})")
        << "orderId"
        << "format";
    QTest::newRow("no customer") << (R"({"activity":"newInstance",)" + line + R"("testFlag":"0"})")
                                 << "customerId"
                                 << "required";
    QTest::newRow("customer of another form")
        << (R"({"activity":"newInstance",)" + line + R"("customerId":"ABC"})") << "customerId"
        << "format";
    QTest::newRow("testFlag not 0/1")
        << (R"({"activity":"newInstance",)" + line +
            R"("customerId":"90400ce1ecfe7dae3665f3073d940c30","testFlag":"yes"})")
        << "testFlag"
        << "format";
    QTest::newRow("testFlag a number")
        << (R"({"activity":"newInstance",)" + line +
            R"("customerId":"90400ce1ecfe7dae3665f3073d940c30","testFlag":1})")
        << "testFlag"
        << "type";
    QTest::newRow("expireTime of another form")
        << (R"({"activity":"newInstance",)" + line +
            R"("customerId":"90400ce1ecfe7dae3665f3073d940c30","expireTime":"2027-01-01"})")
        << "expireTime"
        << "format";
    QTest::newRow("expireTime no such day")
        << (R"({"activity":"newInstance",)" + line +
            R"("customerId":"90400ce1ecfe7dae3665f3073d940c30","expireTime":"20270231000000"})")
        << "expireTime"
        << "format";
    QTest::newRow("refresh without scene")
        << QByteArray(R"({"activity":"refreshInstance","instanceId":")" + Instance.toLatin1() +
                      R"(","orderId":"CS2512051200ABCDE","orderLineId":"L2"})")
        << "scene"
        << "required";
    QTest::newRow("refresh unknown scene")
        << QByteArray(R"({"activity":"refreshInstance","instanceId":")" + Instance.toLatin1() +
                      R"(","orderId":"CS2512051200ABCDE","orderLineId":"L2","scene":"UPGRADE"})")
        << "scene"
        << "unknown";
    QTest::newRow("refresh without expireTime")
        << QByteArray(R"({"activity":"refreshInstance","instanceId":")" + Instance.toLatin1() +
                      R"(","orderId":"CS2512051200ABCDE","orderLineId":"L2","scene":"RENEWAL"})")
        << "expireTime"
        << "required";
    QTest::newRow("status unknown")
        << QByteArray(R"({"activity":"updateInstanceStatus","instanceId":")" + Instance.toLatin1() +
                      R"(","instanceStatus":"PAUSE"})")
        << "instanceStatus"
        << "unknown";
    QTest::newRow("instance id of another form")
        << QByteArray(R"({"activity":"releaseInstance","instanceId":"i-123"})") << "instanceId"
        << "format";
    QTest::newRow("query without ids")
        << QByteArray(R"({"activity":"queryInstance"})") << "instanceIds"
        << "required";
    QTest::newRow("query ids as text")
        << QByteArray(R"({"activity":"queryInstance","instanceIds":"a,b"})") << "instanceIds"
        << "type";
    QTest::newRow("query empty list")
        << QByteArray(R"({"activity":"queryInstance","instanceIds":[]})") << "instanceIds"
        << "required";
    QTest::newRow("query bad id") << QByteArray(
                                         R"({"activity":"queryInstance","instanceIds":["x"]})")
                                  << "instanceIds"
                                  << "format";
    QStringList many;
    for (int i = 0; i <= MaxQueryIds; ++i)
        many << QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    QTest::newRow("query 101 ids") << encode(QueryInstance{many}) << "instanceIds"
                                   << "tooMany";
}

void TestKooGalleryCall::answerBodies()
{
    QCOMPARE(answerBody(result::Ok, QStringLiteral("success"),
                        {{QStringLiteral("instanceId"), Instance}}),
             QByteArray(R"({"instanceId":")" + Instance.toLatin1() +
                        R"(","resultCode":"000000","resultMsg":"success"})"));
    QCOMPARE(answerBody(result::InstanceNotFound, QStringLiteral("instanceId unknown")),
             QByteArray(R"({"resultCode":"000003","resultMsg":"instanceId unknown"})"));
}

QTEST_GUILESS_MAIN(TestKooGalleryCall)
#include "test_koogallery_call.moc"
