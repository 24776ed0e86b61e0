// Core mechanics without a database: verification codes (R-VC-1), the clock, ids and
// randomness, password hashing and money.

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "core/IdGenerator.h"
#include "core/Money.h"
#include "core/PasswordHasher.h"
#include "core/Random.h"
#include "core/Validators.h"
#include "core/VerificationCodes.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

#include <csignal>

Q_DECLARE_METATYPE(oc::CodeVerdict)
Q_DECLARE_METATYPE(oc::HashCost)

using namespace oc;

namespace {

const QDateTime Issued(QDate(2026, 3, 2), QTime(1, 30), QTimeZone::utc());

QDateTime cst(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), ClockSteps::chinaTimeZone());
}

// A RandomSource that replays fixed draws (then counts up from the last one).
class ScriptedRandom final : public RandomSource
{
public:
    explicit ScriptedRandom(QList<quint64> draws)
        : m_draws(std::move(draws))
    {}
    quint64 next64() override
    {
        ++m_calls;
        return m_index < m_draws.size() ? m_draws.at(m_index++) : m_draws.last() + m_calls;
    }
    int calls() const { return m_calls; }

private:
    QList<quint64> m_draws;
    qsizetype m_index = 0;
    int m_calls = 0;
};

} // namespace

// QTest prints these when a comparison fails (exact overloads: Domain.h's oc::toString
// template would otherwise make the call ambiguous).
namespace oc {
char *toString(const CodeVerdict &verdict)
{
    return qstrdup(QByteArray::number(int(verdict)).constData());
}
char *toString(const HashCost &cost)
{
    return qstrdup(PasswordHasher::costToString(cost).toLatin1().constData());
}
} // namespace oc

class TestCore : public QObject
{
    Q_OBJECT
private slots:
    // R-VC-1
    void R_VC_1_judgeCode_data();
    void R_VC_1_judgeCode();
    void R_VC_1_checkCanIssueCode_data();
    void R_VC_1_checkCanIssueCode();
    void R_VC_1_codeError_data();
    void R_VC_1_codeError();

    // Clock
    void adjustableClockFrozen();
    void adjustableClockRunning();
    void adjustableClockAdvanceAndSet();
    void adjustableClockStopKeepsReading();
    void addWorkingDays_data();
    void addWorkingDays();
    void demoStart();

    // Ids and randomness
    void idFormatsMatchValidators();
    void orderIdCarriesChinaTime_data();
    void orderIdCarriesChinaTime();
    void seededRandomIsDeterministic();
    void seededRandomKnownAnswer();
    void R_ACC_2_generatedPasswords();
    void generatedPasswordLength_data();
    void generatedPasswordLength();
    void uniformStaysInRange_data();
    void uniformStaysInRange();
    void uniformRejectsBiasedDraws();
    void secureRandomDiffers();

    // Password hashing
    void passwordHashVerifies();
    void passwordHashCostNames_data();
    void passwordHashCostNames();
    void passwordHashInHelperProcess();

    // Money
    void fenParse_data();
    void fenParse();
    void fenFormat_data();
    void fenFormat();
    void fenArithmetic();

    // Errors
    void errorToString();
};

// ---- R-VC-1 ---------------------------------------------------------------------------

void TestCore::R_VC_1_judgeCode_data()
{
    QTest::addColumn<bool>("present");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("consumed");
    QTest::addColumn<qint64>("elapsedMs"); // from issue to the check
    QTest::addColumn<QString>("input");
    QTest::addColumn<CodeVerdict>("verdict");
    const QString right = QStringLiteral("048213");
    const QString wrong = QStringLiteral("048214");
    const qint64 tenMinutes = 10 * 60 * 1000;
    QTest::newRow("R-VC-1 missing")
        << false << 0 << false << qint64(0) << right << CodeVerdict::Missing;
    QTest::newRow("R-VC-1 accepted at once")
        << true << 0 << false << qint64(0) << right << CodeVerdict::Accepted;
    QTest::newRow("R-VC-1 accepted 1 ms before expiry")
        << true << 0 << false << tenMinutes - 1 << right << CodeVerdict::Accepted;
    QTest::newRow("R-VC-1 wrong") << true << 0 << false << qint64(1000) << wrong
                                  << CodeVerdict::Wrong;
    QTest::newRow("R-VC-1 expired at exactly 10 min")
        << true << 0 << false << tenMinutes << right << CodeVerdict::Expired;
    QTest::newRow("R-VC-1 expired later")
        << true << 0 << false << tenMinutes * 3 << right << CodeVerdict::Expired;
    QTest::newRow("R-VC-1 fourth wrong attempt still open")
        << true << 4 << false << qint64(1000) << right << CodeVerdict::Accepted;
    QTest::newRow("R-VC-1 exhausted after 5")
        << true << 5 << false << qint64(1000) << right << CodeVerdict::Exhausted;
    QTest::newRow("R-VC-1 exhausted wins over expired")
        << true << 5 << false << tenMinutes << right << CodeVerdict::Exhausted;
    QTest::newRow("R-VC-1 consumed")
        << true << 0 << true << qint64(1000) << right << CodeVerdict::Consumed;
    QTest::newRow("R-VC-1 consumed wins over exhausted")
        << true << 5 << true << qint64(1000) << right << CodeVerdict::Consumed;
}

void TestCore::R_VC_1_judgeCode()
{
    QFETCH(bool, present);
    QFETCH(int, attempts);
    QFETCH(bool, consumed);
    QFETCH(qint64, elapsedMs);
    QFETCH(QString, input);
    QFETCH(CodeVerdict, verdict);
    std::optional<VerificationCodeRecord> record;
    if (present) {
        VerificationCodeRecord r;
        r.codeId = 7;
        r.channel = QStringLiteral("email");
        r.destination = QStringLiteral("li.lei@example.com");
        r.purpose = QStringLiteral("register");
        r.code = QStringLiteral("048213");
        r.issuedAt = Issued;
        r.expiresAt = Issued.addSecs(CodePolicy::ValiditySeconds);
        r.attempts = attempts;
        r.consumed = consumed;
        record = r;
    }
    QCOMPARE(judgeCode(record, input, Issued.addMSecs(elapsedMs)), verdict);
}

void TestCore::R_VC_1_checkCanIssueCode_data()
{
    QTest::addColumn<bool>("hasPrevious");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("secondsLeft");
    QTest::newRow("R-VC-1 first code") << false << qint64(0) << true << 0;
    QTest::newRow("R-VC-1 at once") << true << qint64(0) << false << 60;
    QTest::newRow("R-VC-1 at 59 s") << true << qint64(59000) << false << 1;
    QTest::newRow("R-VC-1 at 59.9 s") << true << qint64(59900) << false << 1;
    QTest::newRow("R-VC-1 at 60 s") << true << qint64(60000) << true << 0;
    QTest::newRow("R-VC-1 at 61 s") << true << qint64(61000) << true << 0;
}

void TestCore::R_VC_1_checkCanIssueCode()
{
    QFETCH(bool, hasPrevious);
    QFETCH(qint64, elapsedMs);
    QFETCH(bool, allowed);
    QFETCH(int, secondsLeft);
    const auto previous = hasPrevious ? std::optional<QDateTime>(Issued) : std::nullopt;
    const Problem problem =
        checkCanIssueCode(previous, Issued.addMSecs(elapsedMs), QStringLiteral("email"));
    if (allowed) {
        QVERIFY2(!problem, qPrintable(problem ? problem->toString() : QString()));
    } else {
        QVERIFY(problem.has_value());
        QCOMPARE(*problem,
                 makeError(QStringLiteral("R-VC-1"), QStringLiteral("email"),
                           QStringLiteral("tooSoon"), {{QStringLiteral("seconds"), secondsLeft}}));
    }
}

void TestCore::R_VC_1_codeError_data()
{
    QTest::addColumn<CodeVerdict>("verdict");
    QTest::addColumn<int>("attemptsLeft");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QVariantMap>("args");
    const auto left = [](int n) { return QVariantMap{{QStringLiteral("attemptsLeft"), n}}; };
    QTest::newRow("R-VC-1 wrong, 4 left")
        << CodeVerdict::Wrong << 4 << QStringLiteral("wrong") << left(4);
    QTest::newRow("R-VC-1 wrong, 1 left")
        << CodeVerdict::Wrong << 1 << QStringLiteral("wrong") << left(1);
    QTest::newRow("R-VC-1 wrong, none left")
        << CodeVerdict::Wrong << 0 << QStringLiteral("exhausted") << QVariantMap();
    QTest::newRow("R-VC-1 expired")
        << CodeVerdict::Expired << 3 << QStringLiteral("expired") << QVariantMap();
    QTest::newRow("R-VC-1 exhausted")
        << CodeVerdict::Exhausted << 0 << QStringLiteral("exhausted") << QVariantMap();
    QTest::newRow("R-VC-1 consumed")
        << CodeVerdict::Consumed << 0 << QStringLiteral("used") << QVariantMap();
    QTest::newRow("R-VC-1 missing")
        << CodeVerdict::Missing << 0 << QStringLiteral("notSent") << QVariantMap();
}

void TestCore::R_VC_1_codeError()
{
    QFETCH(CodeVerdict, verdict);
    QFETCH(int, attemptsLeft);
    QFETCH(QString, reason);
    QFETCH(QVariantMap, args);
    QCOMPARE(codeError(verdict, QStringLiteral("emailCode"), attemptsLeft),
             makeError(QStringLiteral("R-VC-1"), QStringLiteral("emailCode"), reason, args));
}

// ---- clock ----------------------------------------------------------------------------

void TestCore::adjustableClockFrozen()
{
    AdjustableClock clock(Issued);
    QVERIFY(!clock.isRunning());
    QCOMPARE(clock.now(), Issued);
    QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    QTest::qSleep(15);
    QCOMPARE(clock.now(), Issued);
}

void TestCore::adjustableClockRunning()
{
    QElapsedTimer real;
    real.start();
    AdjustableClock clock(Issued, true);
    QVERIFY(clock.isRunning());
    QTest::qSleep(15);
    const qint64 moved = Issued.msecsTo(clock.now());
    QVERIFY2(moved >= 15, qPrintable(QString::number(moved)));
    QVERIFY2(moved <= real.elapsed(), qPrintable(QString::number(moved)));
    // Advancing a running clock adds to the reading it has reached.
    const QDateTime before = clock.now();
    clock.advance(3600 * 1000);
    const qint64 advanced = before.msecsTo(clock.now());
    QVERIFY2(advanced >= 3600 * 1000 && advanced < 3600 * 1000 + 1000,
             qPrintable(QString::number(advanced)));
}

void TestCore::adjustableClockAdvanceAndSet()
{
    AdjustableClock clock(Issued);
    clock.advance(60 * 1000);
    QCOMPARE(clock.now(), Issued.addSecs(60));
    clock.advance(-30 * 1000);
    QCOMPARE(clock.now(), Issued.addSecs(30));
    // set() takes any zone and reads back the same instant in UTC.
    const QDateTime local = cst(2026, 4, 1, 8, 0);
    clock.set(local);
    QCOMPARE(clock.now(), local);
    QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    QCOMPARE(clock.now(), QDateTime(QDate(2026, 4, 1), QTime(0, 0), QTimeZone::utc()));
}

void TestCore::adjustableClockStopKeepsReading()
{
    AdjustableClock clock(Issued, true);
    QTest::qSleep(10);
    clock.setRunning(false);
    QVERIFY(!clock.isRunning());
    const QDateTime stopped = clock.now();
    QVERIFY(stopped > Issued);
    QTest::qSleep(10);
    QCOMPARE(clock.now(), stopped);
    clock.setRunning(true);
    QVERIFY(clock.now() >= stopped);
    QVERIFY(Issued.msecsTo(clock.now()) < 10000);
}

void TestCore::addWorkingDays_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("expected");
    // 2026-03-02 is a Monday.
    QTest::newRow("Monday + 3 = Thursday") << cst(2026, 3, 2, 9, 30) << 3 << cst(2026, 3, 5, 9, 30);
    QTest::newRow("Thursday + 3 skips the weekend")
        << cst(2026, 3, 5, 9, 30) << 3 << cst(2026, 3, 10, 9, 30);
    QTest::newRow("Friday + 1 = Monday") << cst(2026, 3, 6, 18, 0) << 1 << cst(2026, 3, 9, 18, 0);
    QTest::newRow("Saturday + 1 = Monday") << cst(2026, 3, 7, 10, 0) << 1 << cst(2026, 3, 9, 10, 0);
    QTest::newRow("Sunday + 1 = Monday") << cst(2026, 3, 8, 10, 0) << 1 << cst(2026, 3, 9, 10, 0);
    QTest::newRow("Monday + 5 = next Monday")
        << cst(2026, 3, 2, 9, 0) << 5 << cst(2026, 3, 9, 9, 0);
    QTest::newRow("zero days") << cst(2026, 3, 7, 10, 0) << 0 << cst(2026, 3, 7, 10, 0);
    // Friday 17:00 UTC is already Saturday 01:00 in UTC+8: the weekend is China's.
    QTest::newRow("UTC Friday evening is China Saturday")
        << QDateTime(QDate(2026, 3, 6), QTime(17, 0), QTimeZone::utc()) << 1
        << cst(2026, 3, 9, 1, 0);
    // Sunday 20:00 UTC is Monday 04:00 in UTC+8: Tuesday is the next working day.
    QTest::newRow("UTC Sunday evening is China Monday")
        << QDateTime(QDate(2026, 3, 8), QTime(20, 0), QTimeZone::utc()) << 1
        << cst(2026, 3, 10, 4, 0);
}

void TestCore::addWorkingDays()
{
    QFETCH(QDateTime, from);
    QFETCH(int, days);
    QFETCH(QDateTime, expected);
    const QDateTime result = oc::addWorkingDays(from, days, ClockSteps::chinaTimeZone());
    QCOMPARE(result, expected);
    QCOMPARE(result.timeSpec(), Qt::UTC);
}

void TestCore::demoStart()
{
    const QDateTime start = ClockSteps::demoStart();
    QCOMPARE(start, QDateTime(QDate(2026, 3, 2), QTime(1, 30), QTimeZone::utc()));
    QCOMPARE(start.timeSpec(), Qt::UTC);
    QCOMPARE(start.toTimeZone(ClockSteps::chinaTimeZone()).time(), QTime(9, 30));
    QCOMPARE(ClockSteps::chinaTimeZone().offsetFromUtc(start), 8 * 3600);
    QCOMPARE(ClockSteps::chinaTimeZone().offsetFromUtc(
                 QDateTime(QDate(2026, 7, 1), QTime(0, 0), QTimeZone::utc())),
             8 * 3600); // no daylight saving
}

// ---- ids ------------------------------------------------------------------------------

void TestCore::idFormatsMatchValidators()
{
    SeededRandom random(42);
    IdGenerator ids(random);
    static const QRegularExpression card(QStringLiteral("^61\\d{14}$"));
    static const QRegularExpression workspace(QStringLiteral("^wksp_[0-9a-f]{32}$"));
    static const QRegularExpression organization(QStringLiteral("^org_[0-9a-f]{16}$"));
    static const QRegularExpression variant(QStringLiteral("^.{19}[89ab]"));
    QSet<QString> accountIds;
    for (int i = 0; i < 500; ++i) {
        const QString account = ids.huaweiAccountId();
        const auto validAccount = validate::huaweiAccountId(account);
        QVERIFY2(validAccount.ok(), qPrintable(account));
        QCOMPARE(validAccount.value(), account); // already normalised
        accountIds.insert(account);

        const QString order = ids.orderId(Issued.addSecs(i * 37));
        const auto validOrder = validate::orderId(order);
        QVERIFY2(validOrder.ok(), qPrintable(order));
        QCOMPARE(validOrder.value(), order);

        const QString instance = ids.instanceId();
        const auto validInstance = validate::instanceId(instance);
        QVERIFY2(validInstance.ok(), qPrintable(instance));
        QCOMPARE(validInstance.value(), instance);
        QCOMPARE(instance.at(14), QLatin1Char('4')); // version 4
        QVERIFY2(variant.match(instance).hasMatch(), qPrintable(instance));

        const QString cardNumber = ids.cardNumber();
        QVERIFY2(card.match(cardNumber).hasMatch(), qPrintable(cardNumber));
        const QString workspaceId = ids.workspaceId();
        QVERIFY2(workspace.match(workspaceId).hasMatch(), qPrintable(workspaceId));
        const QString organizationId = ids.organizationId();
        QVERIFY2(organization.match(organizationId).hasMatch(), qPrintable(organizationId));

        const QString code = ids.verificationCode();
        const auto validCode = validate::verificationCode(code);
        QVERIFY2(validCode.ok(), qPrintable(code));
        QCOMPARE(validCode.value(), code);
    }
    QCOMPARE(accountIds.size(), 500);
}

void TestCore::orderIdCarriesChinaTime_data()
{
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<QString>("prefix");
    // The seed's CS2211181819...: 2022-11-18 18:19 in UTC+8.
    QTest::newRow("seed example") << QDateTime(QDate(2022, 11, 18), QTime(10, 19), QTimeZone::utc())
                                  << QStringLiteral("CS2211181819");
    QTest::newRow("UTC evening is next day in China")
        << QDateTime(QDate(2026, 3, 1), QTime(17, 30, 59), QTimeZone::utc())
        << QStringLiteral("CS2603020130");
    QTest::newRow("given in China time")
        << cst(2026, 12, 31, 23, 59) << QStringLiteral("CS2612312359");
}

void TestCore::orderIdCarriesChinaTime()
{
    QFETCH(QDateTime, created);
    QFETCH(QString, prefix);
    SeededRandom random(7);
    IdGenerator ids(random);
    const QString order = ids.orderId(created);
    QVERIFY2(order.startsWith(prefix), qPrintable(order));
    QCOMPARE(order.size(), 17);
}

void TestCore::seededRandomIsDeterministic()
{
    SeededRandom a(20260302);
    SeededRandom b(20260302);
    SeededRandom c(20260303);
    QList<quint64> first;
    QList<quint64> second;
    QList<quint64> other;
    for (int i = 0; i < 100; ++i) {
        first << a.next64();
        second << b.next64();
        other << c.next64();
    }
    QCOMPARE(first, second);
    QVERIFY(first != other);
    for (int i = 0; i < 100; ++i)
        QVERIFY(first.at(i) != other.at(i));

    // The same seed yields the same ids; state() resumes the sequence exactly.
    SeededRandom x(99);
    SeededRandom y(99);
    IdGenerator gx(x);
    IdGenerator gy(y);
    QCOMPARE(gx.huaweiAccountId(), gy.huaweiAccountId());
    QCOMPARE(gx.instanceId(), gy.instanceId());
    QCOMPARE(gx.password(), gy.password());
    SeededRandom resumed(x.state());
    IdGenerator gr(resumed);
    const QString next = gx.workspaceId();
    QCOMPARE(gr.workspaceId(), next);
    QVERIFY(gy.workspaceId() == next);
    SeededRandom fresh99(99);
    SeededRandom fresh100(100);
    QVERIFY(IdGenerator(fresh99).huaweiAccountId() != IdGenerator(fresh100).huaweiAccountId());
}

void TestCore::seededRandomKnownAnswer()
{
    // SplitMix64's published reference output for seed 0: identical on every platform.
    SeededRandom random(0);
    QCOMPARE(random.next64(), Q_UINT64_C(0xe220a8397b1dcdaf));
    QCOMPARE(random.next64(), Q_UINT64_C(0x6e789e6aa1b965f4));
    QCOMPARE(random.next64(), Q_UINT64_C(0x06c45d188009454f));
}

void TestCore::R_ACC_2_generatedPasswords()
{
    SeededRandom random(1);
    IdGenerator ids(random);
    static const QRegularExpression alphabet(QStringLiteral(
        "^[ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789@#%&*\\-_=+?]+$"));
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString password = ids.password();
        const auto huawei = validate::huaweiPassword(password);
        QVERIFY2(huawei.ok(), qPrintable(password));
        const auto guance = validate::guancePassword(password);
        QVERIFY2(guance.ok(), qPrintable(password));
        QVERIFY2(alphabet.match(password).hasMatch(), qPrintable(password));
        QCOMPARE(password.size(), 12);
        seen.insert(password);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestCore::generatedPasswordLength_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("length");
    QTest::newRow("below minimum") << 4 << 8;
    QTest::newRow("minimum") << 8 << 8;
    QTest::newRow("default") << 12 << 12;
    QTest::newRow("maximum") << 32 << 32;
    QTest::newRow("above maximum") << 40 << 32;
}

void TestCore::generatedPasswordLength()
{
    QFETCH(int, requested);
    QFETCH(int, length);
    SeededRandom random{quint64(requested)};
    IdGenerator ids(random);
    for (int i = 0; i < 50; ++i) {
        const QString password = ids.password(requested);
        QCOMPARE(password.size(), length);
        QVERIFY(validate::guancePassword(password).ok());
        QVERIFY(validate::huaweiPassword(password).ok());
    }
}

void TestCore::uniformStaysInRange_data()
{
    QTest::addColumn<quint32>("bound");
    QTest::newRow("1") << quint32(1);
    QTest::newRow("2") << quint32(2);
    QTest::newRow("7") << quint32(7);
    QTest::newRow("10") << quint32(10);
    QTest::newRow("36") << quint32(36);
    QTest::newRow("1000") << quint32(1000);
    QTest::newRow("2^31 + 1") << quint32(0x80000001u);
    QTest::newRow("2^32 - 1") << quint32(0xffffffffu);
}

void TestCore::uniformStaysInRange()
{
    QFETCH(quint32, bound);
    SeededRandom random(bound);
    QSet<quint32> seen;
    const int draws = 20000;
    for (int i = 0; i < draws; ++i) {
        const quint32 value = random.uniform(bound);
        QVERIFY2(value < bound, qPrintable(QString::number(value)));
        if (bound <= 36)
            seen.insert(value);
    }
    if (bound <= 36)
        QCOMPARE(quint32(seen.size()), bound); // every value turns up
}

void TestCore::uniformRejectsBiasedDraws()
{
    // bound 3: 2^32 % 3 == 1, so only the draw 0xffffffff lies above the largest multiple
    // of 3 and must be redrawn; the high 32 bits are ignored.
    ScriptedRandom random({Q_UINT64_C(0x00000000ffffffff), Q_UINT64_C(0xabcdef0000000005)});
    QCOMPARE(random.uniform(3), quint32(2));
    QCOMPARE(random.calls(), 2);
    ScriptedRandom accepted({Q_UINT64_C(0xfffffffe)});
    QCOMPARE(accepted.uniform(3), quint32(0xfffffffeu % 3));
    QCOMPARE(accepted.calls(), 1);
}

void TestCore::secureRandomDiffers()
{
    SecureRandom a;
    SecureRandom b;
    QVERIFY(a.next64() != b.next64() || a.next64() != b.next64());
    IdGenerator ids(a);
    QVERIFY(validate::huaweiAccountId(ids.huaweiAccountId()).ok());
}

// ---- password hashing -----------------------------------------------------------------

void TestCore::passwordHashVerifies()
{
    const PasswordHasher hasher(HashCost::Minimum);
    QCOMPARE(hasher.cost(), HashCost::Minimum);
    const QString password = QStringLiteral("Secret#2026");
    const QString hash = hasher.hash(password);
    QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$v=19$")), qPrintable(hash));
    QVERIFY(hash != password);
    QVERIFY(!hash.contains(password));
    QVERIFY(hasher.verify(hash, password));
    QVERIFY(!hasher.verify(hash, QStringLiteral("Secret#2027")));
    QVERIFY(!hasher.verify(hash, QStringLiteral("secret#2026")));
    QVERIFY(!hasher.verify(hash, QString()));
    QVERIFY(!hasher.verify(QString(), password));
    QVERIFY(!hasher.verify(QStringLiteral("not a hash"), password));
    // A fresh salt every time.
    const QString again = hasher.hash(password);
    QVERIFY(again != hash);
    QVERIFY(hasher.verify(again, password));
    // Non-ASCII passwords are hashed as UTF-8.
    const QString chinese = QStringLiteral("密码Pass1");
    QVERIFY(hasher.verify(hasher.hash(chinese), chinese));
    QVERIFY(!hasher.verify(hasher.hash(chinese), QStringLiteral("密碼Pass1")));
    // The minimum cost is recorded in the hash; a hasher of another cost still verifies it.
    QVERIFY2(hash.contains(QStringLiteral("$m=8,t=1,")), qPrintable(hash));
    QVERIFY(PasswordHasher(HashCost::Interactive).verify(hash, password));
}

void TestCore::passwordHashCostNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<HashCost>("cost");
    QTest::newRow("minimum") << QStringLiteral("minimum") << true << HashCost::Minimum;
    QTest::newRow("Minimum") << QStringLiteral("Minimum") << true << HashCost::Minimum;
    QTest::newRow("interactive") << QStringLiteral("interactive") << true << HashCost::Interactive;
    QTest::newRow("INTERACTIVE") << QStringLiteral("INTERACTIVE") << true << HashCost::Interactive;
    QTest::newRow("unknown falls back to interactive")
        << QStringLiteral("fast") << false << HashCost::Interactive;
    QTest::newRow("empty") << QString() << false << HashCost::Interactive;
}

void TestCore::passwordHashCostNames()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(HashCost, cost);
    bool parsed = !ok;
    QCOMPARE(PasswordHasher::costFromString(text, &parsed), cost);
    QCOMPARE(parsed, ok);
    if (ok)
        QCOMPARE(PasswordHasher::costToString(cost), text.toLower());
}

// ---- money ----------------------------------------------------------------------------

void TestCore::fenParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("whole") << QStringLiteral("1234") << true << qint64(123400);
    QTest::newRow("one decimal") << QStringLiteral("1234.5") << true << qint64(123450);
    QTest::newRow("two decimals") << QStringLiteral("1234.50") << true << qint64(123450);
    QTest::newRow("one fen") << QStringLiteral("0.01") << true << qint64(1);
    QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("trimmed") << QStringLiteral(" 12.30 ") << true << qint64(1230);
    QTest::newRow("stored-value card") << QStringLiteral("100") << true << qint64(10000);
    QTest::newRow("thirteen digits")
        << QStringLiteral("9999999999999.99") << true << Q_INT64_C(999999999999999);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-1") << false << qint64(0);
    QTest::newRow("three decimals") << QStringLiteral("1.234") << false << qint64(0);
    QTest::newRow("no integer part") << QStringLiteral(".5") << false << qint64(0);
    QTest::newRow("trailing dot") << QStringLiteral("1.") << false << qint64(0);
    QTest::newRow("thousands separator") << QStringLiteral("1,234") << false << qint64(0);
    QTest::newRow("decimal comma") << QStringLiteral("12,50") << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("12a") << false << qint64(0);
    QTest::newRow("inner space") << QStringLiteral("12 34") << false << qint64(0);
    QTest::newRow("fourteen digits") << QStringLiteral("12345678901234") << false << qint64(0);
    QTest::newRow("non-ASCII digits") << QStringLiteral("١٢") << false << qint64(0);
}

void TestCore::fenParse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, fen);
    Fen out(-777);
    QCOMPARE(Fen::parse(text, &out), ok);
    QCOMPARE(out.value, ok ? fen : qint64(-777)); // untouched on failure
    QCOMPARE(Fen::parse(text, nullptr), ok);
    if (ok)
        QCOMPARE(Fen::parse(out.toPlainString(), &out) && out.value == fen, true);
}

void TestCore::fenFormat_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("five fen") << qint64(5) << QStringLiteral("0.05");
    QTest::newRow("ten fen") << qint64(10) << QStringLiteral("0.10");
    QTest::newRow("one yuan") << qint64(100) << QStringLiteral("1.00");
    QTest::newRow("card") << qint64(10000) << QStringLiteral("100.00");
    QTest::newRow("no grouping") << qint64(123456789) << QStringLiteral("1234567.89");
    QTest::newRow("negative") << qint64(-150) << QStringLiteral("-1.50");
    QTest::newRow("negative fen") << qint64(-5) << QStringLiteral("-0.05");
}

void TestCore::fenFormat()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(Fen(fen).toPlainString(), text);
}

void TestCore::fenArithmetic()
{
    QCOMPARE(Fen::fromYuan(100), Fen(Catalogue::StoredValueCardUnitFen));
    QCOMPARE(Fen(Catalogue::StoredValueCardUnitFen) * 50, Fen::fromYuan(5000)); // R-MKT-3
    QCOMPARE(Fen(150) + Fen(50), Fen(200));
    QCOMPARE(Fen(150) - Fen(200), Fen(-50));
    Fen total;
    total += Fen(1);
    total += Fen(2);
    QCOMPARE(total, Fen(3));
    QVERIFY(Fen(1) < Fen(2));
    QVERIFY(Fen(-1) < Fen());
}

void TestCore::errorToString()
{
    const Error error = makeError(QStringLiteral("R-VC-1"), QStringLiteral("code"),
                                  QStringLiteral("wrong"), {{QStringLiteral("attemptsLeft"), 3}});
    QCOMPARE(error.toString(), QStringLiteral("R-VC-1 field=code reason=wrong attemptsLeft=3"));
    QCOMPARE(makeError(QStringLiteral("E-STORE")).toString(), QStringLiteral("E-STORE"));
    const Result<int> failed(error);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error(), error);
    const Result<int> fine(5);
    QVERIFY(fine.ok());
    QCOMPARE(*fine, 5);
    QVERIFY(okStatus().ok());
    QVERIFY(Result<QString>().ok()); // default-constructed results hold a value
}

// The helper of passwordHashInHelperProcess: this test program, started again.
constexpr char HashHelper[] = "hash-helper";

void TestCore::passwordHashInHelperProcess()
{
    const qint64 self = QCoreApplication::applicationPid();
    const QString helper = QString::fromLatin1(HashHelper);
    PasswordHasher::useHelperProcesses(QCoreApplication::applicationFilePath(), {helper});
    const auto inThisProcess = qScopeGuard([] { PasswordHasher::useHelperProcesses({}, {}); });
    const PasswordHasher hasher(HashCost::Minimum);
    const QString password = QStringLiteral("密码Secret#2026");
    const QString hash = hasher.hash(password);
    QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$v=19$m=8,t=1,")), qPrintable(hash));
    QVERIFY(hasher.verify(hash, password));
    QVERIFY(!hasher.verify(hash, QStringLiteral("密码Secret#2027")));
    QVERIFY(!hasher.verify(QStringLiteral("not a hash"), password));
    // The helper made them: a child process of this one.
    const QList<qint64> helpers = test::childProcesses(self, helper);
    QVERIFY2(!helpers.isEmpty(), "no helper process");
    // A helper that has gone is started again; the hash is still made.
    for (const qint64 pid : helpers)
        ::kill(pid_t(pid), SIGKILL);
    const QString again = hasher.hash(password);
    QVERIFY(PasswordHasher(HashCost::Interactive).verify(again, password));
    const QList<qint64> restarted = test::childProcesses(self, helper);
    QVERIFY(!restarted.isEmpty());
    for (const qint64 pid : restarted)
        QVERIFY(!helpers.contains(pid));
    // A password beyond what a request to a helper carries (1 MiB) is hashed here, the
    // helpers left as they are.
    const QString huge(qsizetype(1) << 21, u'x');
    QVERIFY(hasher.verify(hasher.hash(huge), huge));
    QCOMPARE(test::childProcesses(self, helper), restarted);

    // No helper: the hashes are made in this process, and the log says why.
    PasswordHasher::useHelperProcesses(QStringLiteral("/nonexistent/hash-helper"), {helper});
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("the hash helper .* could not be")));
    const QString here = hasher.hash(password);
    QVERIFY(hasher.verify(here, password));
    QVERIFY(!hasher.verify(here, QStringLiteral("other")));
}

int main(int argc, char *argv[])
{
    if (argc == 2 && qstrcmp(argv[1], HashHelper) == 0)
        return PasswordHasher::serveHelper();
    QCoreApplication app(argc, argv);
    TestCore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "test_core.moc"
