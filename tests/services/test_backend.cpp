// The backend through its asynchronous interface only: lists, CSV export, verification
// codes (R-VC-1), the demo clock, demo reset and the due transitions (R-MKT-2). Rows the
// backend does not create itself are written through a second store connection on the
// same file, as another console would.

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "services/ListService.h"
#include "store/Database.h"
#include "store/FeeCenterRepository.h"
#include "store/HuaweiAccountRepository.h"
#include "store/InstanceRepository.h"
#include "store/JournalRepository.h"
#include "store/ListViews.h"
#include "store/OrderRepository.h"
#include "store/StoredValueCardRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>

using namespace oc;
using namespace Qt::StringLiterals;
using oc::test::await;
using oc::test::TestBackend;

Q_DECLARE_METATYPE(oc::ClockStep)
Q_DECLARE_METATYPE(oc::Channel)

namespace {

template<class T>
QString errorOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

// Records the backend's signals in the test's thread (they are emitted on worker threads
// and arrive queued).
class SignalLog : public QObject
{
public:
    explicit SignalLog(Backend *backend)
    {
        connect(backend, &Backend::changed, this,
                [this](const QStringList &views) { changed << views; });
        connect(backend, &Backend::clockChanged, this,
                [this](const QDateTime &now) { clocks << now; });
    }
    bool changedContains(const QString &view) const
    {
        for (const QStringList &views : changed)
            if (views.contains(view))
                return true;
        return false;
    }
    QList<QStringList> changed;
    QList<QDateTime> clocks;
};

// A second connection on the backend's file.
std::unique_ptr<store::Database> secondConnection(const TestBackend &backend, const char *name)
{
    store::DatabaseConfig config = backend.database();
    config.create = false;
    auto opened = store::Database::open(config, QString::fromLatin1(name));
    if (!opened.ok())
        qFatal("second connection: %s", qPrintable(opened.error().toString()));
    return std::move(opened).value();
}

ListPage listOf(TestBackend &backend, const QString &view, const QVariantMap &filters = {},
                const QString &sort = {})
{
    ListQuery query;
    query.view = view;
    query.filters = filters;
    query.sortColumn = sort;
    query.limit = 1000;
    const Result<ListPage> page = await(backend->list(query));
    if (!page.ok())
        qFatal("list %s: %s", qPrintable(view), qPrintable(page.error().toString()));
    return page.value();
}

int columnOf(const ListPage &page, QLatin1StringView key)
{
    const int index = page.columnIndex(key);
    if (index < 0)
        qFatal("no column %s", key.data());
    return index;
}

// The code last "sent" to `destination`, read from the Outbox view as the user would.
QString codeSentTo(TestBackend &backend, const QString &destination)
{
    const ListPage page =
        listOf(backend, view::Outbox,
               {{column::Destination, destination}, {column::Kind, u"verificationCode"_s}});
    if (page.rows.isEmpty())
        return {};
    const QString params = page.rows.first().at(columnOf(page, column::Params)).toString();
    return QJsonDocument::fromJson(params.toUtf8()).object().value(u"code"_s).toString();
}

QString otherCode(const QString &code)
{
    return QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
}

// Journal rows of `operation` about `target`, oldest first, as "outcome details".
QStringList journalOf(TestBackend &backend, const QString &operation, const QString &target)
{
    const ListPage page =
        listOf(backend, view::Journal, {{column::Operation, operation}, {column::Target, target}},
               column::EntryId);
    QStringList out;
    for (const QVariantList &row : page.rows)
        out << row.at(columnOf(page, column::Outcome)).toString() + QLatin1Char(' ') +
                   row.at(columnOf(page, column::Details)).toString();
    return out;
}

Error vc1(const char *reason, QVariantMap args = {}, const char *field = "code")
{
    return makeError(u"R-VC-1"_s, QString::fromUtf8(field), QString::fromUtf8(reason),
                     std::move(args));
}

QVariantMap attemptsLeft(int n)
{
    return {{u"attemptsLeft"_s, n}};
}

QDateTime clockOf(TestBackend &backend)
{
    const Result<ClockState> state = await(backend->clock());
    if (!state.ok())
        qFatal("clock: %s", qPrintable(state.error().toString()));
    return state->now;
}

void insertJournalRows(store::Database &db, int count, const QString &target)
{
    store::Transaction tx(db);
    store::JournalRepository journal(db);
    const QDateTime at = ClockSteps::demoStart();
    for (int i = 0; i < count; ++i)
        journal.append(JournalEntry{0, at.addSecs(i), u"importer"_s, u"bulkImport"_s, u"test"_s,
                                    target, u"success"_s,
                                    QStringLiteral("row %1, with \"quotes\"").arg(i)});
    tx.commit();
}

QStringList leftovers(const QString &folder, const QString &name)
{
    QStringList out;
    for (const QString &file : QDir(folder).entryList(QDir::Files | QDir::Hidden))
        if (file.startsWith(name))
            out << file;
    return out;
}

} // namespace

class TestBackendSuite : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    // Lists
    void listEveryViewOfEmptyDatabase();
    void listUnknownNamesAreInvalid_data();
    void listUnknownNamesAreInvalid();

    // R-VC-1
    void R_VC_1_sendCodePutsItInTheOutbox();
    void R_VC_1_resendTooSoon();
    void R_VC_1_resendTooSoonAcrossPurposes();
    void R_VC_1_resendAfterSixtySeconds();
    void R_VC_1_invalidDestination_data();
    void R_VC_1_invalidDestination();
    void R_VC_1_rightCodeAccepted();
    void R_VC_1_wrongAttemptsThenExhausted();
    void R_VC_1_expiresAfterTenMinutes();
    void R_VC_1_checkWithoutCode();

    // CSV export
    void exportCsvWritesBomHeaderAndRows();
    void exportCsvFormatsMoneyAndTime();
    void exportCsvWritesFormulaLikeTextAsText();
    void exportCsvOfManyPiecesKeepsEveryRowInOrder();
    void exportCsvCancelledLeavesNoFile();
    void exportCsvCancelledBeforeStart();
    void exportCsvRefusals();

    // Clock and demo
    void nonDemoClockIsNotAdjustable();
    void resetDemoRefusedWithoutDemo();
    void demoClockStartsFrozenAtDemoStart();
    void advanceClock_data();
    void advanceClock();
    void resetDemoRestoresClockAndData();
    void R_MKT_2_settleActivatesDueInstance();
};

void TestBackendSuite::initTestCase()
{
    OC_REQUIRE_STORE();
    // Build the demo template once, before any timed test.
    QVERIFY(QFileInfo::exists(oc::test::sharedDemoTemplate()));
}

// ---- lists -----------------------------------------------------------------------------

void TestBackendSuite::listEveryViewOfEmptyDatabase()
{
    TestBackend backend;
    const BackendInfo info = backend->info();
    QCOMPARE(info.kind, oc::test::onRemote() ? u"remote"_s : u"local"_s);
    QCOMPARE(info.demo, false);
    QCOMPARE(info.schemaVersion, store::Database::latestSchemaVersion());
    for (const QString &view : store::ListViews::viewNames()) {
        ListQuery query;
        query.view = view;
        // A server's store holds its operators, journaled when they were added.
        if (oc::test::onRemote() && view == view::Journal)
            query.filters = {{column::Operation, u"advanceClock"_s}};
        const Result<ListPage> page = await(backend->list(query));
        QVERIFY2(page.ok(), qPrintable(view + QLatin1Char(' ') + errorOf(page)));
        QVERIFY2(page->rows.isEmpty(), qPrintable(view));
        QCOMPARE(page->total, 0);
        const QList<ColumnInfo> expected = store::ListViews::columns(view);
        QCOMPARE(page->columns.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(page->columns.at(i).key, expected.at(i).key);
    }
}

void TestBackendSuite::listUnknownNamesAreInvalid_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QVariantMap>("filters");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown view") << u"passwords"_s << QString() << QVariantMap() << u"passwords"_s;
    QTest::newRow("empty view") << QString() << QString() << QVariantMap() << u"view"_s;
    QTest::newRow("unknown sort column")
        << QString(view::Journal) << u"secret"_s << QVariantMap() << u"secret"_s;
    QTest::newRow("not filterable")
        << QString(view::Journal) << QString() << QVariantMap{{column::Details, u"x"_s}}
        << QString(column::Details);
}

void TestBackendSuite::listUnknownNamesAreInvalid()
{
    QFETCH(QString, view);
    QFETCH(QString, sort);
    QFETCH(QVariantMap, filters);
    QFETCH(QString, field);
    TestBackend backend;
    ListQuery query;
    query.view = view;
    query.sortColumn = sort;
    query.filters = filters;
    const Result<ListPage> page = await(backend->list(query));
    QVERIFY(!page.ok());
    QCOMPARE(page.error(), makeError(u"E-INVALID"_s, field, u"unknownName"_s));
}

// ---- R-VC-1 ----------------------------------------------------------------------------

void TestBackendSuite::R_VC_1_sendCodePutsItInTheOutbox()
{
    TestBackend backend;
    SignalLog log(backend.backend.get());
    const QString email = u"li.lei@example.com"_s;
    const Result<CodeSent> sent =
        await(backend->sendCode(Channel::Email, u"  "_s + email, u"register"_s));
    QVERIFY2(sent.ok(), qPrintable(errorOf(sent)));
    QCOMPARE(sent->destination, email);                           // normalised
    QCOMPARE(sent->resendAllowedAt.secsTo(sent->expiresAt), 540); // 60 s vs 10 min
    QVERIFY(qAbs(sent->resendAllowedAt.secsTo(QDateTime::currentDateTimeUtc()) + 60) <= 5);

    const ListPage outbox = listOf(backend, view::Outbox, {{column::Destination, email}});
    QCOMPARE(outbox.total, 1);
    const QVariantList &row = outbox.rows.first();
    QCOMPARE(row.at(columnOf(outbox, column::Kind)).toString(), u"verificationCode"_s);
    QCOMPARE(row.at(columnOf(outbox, column::Channel)).toString(), u"email"_s);
    const QJsonObject params =
        QJsonDocument::fromJson(row.at(columnOf(outbox, column::Params)).toString().toUtf8())
            .object();
    QVERIFY2(QRegularExpression(u"^\\d{6}$"_s).match(params.value(u"code"_s).toString()).hasMatch(),
             qPrintable(params.value(u"code"_s).toString()));
    QCOMPARE(params.value(u"purpose"_s).toString(), u"register"_s);
    QCOMPARE(params.value(u"minutes"_s).toInt(), 10);

    QCOMPARE(journalOf(backend, u"sendVerificationCode"_s, email), QStringList{u"success "_s});
    QTRY_VERIFY(log.changedContains(view::Outbox));
    QVERIFY(log.changedContains(view::Journal));
}

void TestBackendSuite::R_VC_1_resendTooSoon()
{
    TestBackend backend(true); // frozen demo clock: the remaining wait is exact
    const QString mobile = u"+8613800138000"_s;
    QVERIFY(await(backend->sendCode(Channel::Sms, mobile, u"security-phone"_s)).ok());
    const QString first = codeSentTo(backend, mobile);
    const Result<CodeSent> again =
        await(backend->sendCode(Channel::Sms, u"+86 138-0013-8000"_s, u"security-phone"_s));
    QVERIFY(!again.ok());
    QCOMPARE(again.error(),
             makeError(u"R-VC-1"_s, u"mobile"_s, u"tooSoon"_s, {{u"seconds"_s, 60}}));
    QCOMPARE(codeSentTo(backend, mobile), first); // nothing new in the Outbox
    QCOMPARE(listOf(backend, view::Outbox, {{column::Destination, mobile}}).total, 1);
    // The refusal is journaled with the rule as outcome.
    const QStringList journal =
        journalOf(backend, u"sendVerificationCode"_s, u"+86 138-0013-8000"_s);
    QCOMPARE(journal, QStringList{u"R-VC-1 mobile:tooSoon"_s});
    // Sixty seconds later a new code may be sent.
    QVERIFY(await(backend->advanceClock(ClockStep::Minute)).ok());
    QVERIFY(await(backend->sendCode(Channel::Sms, mobile, u"security-phone"_s)).ok());
}

void TestBackendSuite::R_VC_1_resendTooSoonAcrossPurposes()
{
    TestBackend backend(true);
    const QString email = u"ops@acme-logistics.com"_s;
    QVERIFY(await(backend->sendCode(Channel::Email, email, u"sign-up"_s)).ok());
    // "at most one new code per 60 seconds per destination": another purpose too.
    const Result<CodeSent> other =
        await(backend->sendCode(Channel::Email, email, u"bind-fee-center"_s));
    QVERIFY(!other.ok());
    QCOMPARE(other.error(), makeError(u"R-VC-1"_s, u"email"_s, u"tooSoon"_s, {{u"seconds"_s, 60}}));
    // Another destination is not limited.
    QVERIFY(await(backend->sendCode(Channel::Email, u"finance@acme-logistics.com"_s,
                                    u"bind-fee-center"_s))
                .ok());
}

void TestBackendSuite::R_VC_1_resendAfterSixtySeconds()
{
    TestBackend backend(true);
    const QString email = u"ops@acme-logistics.com"_s;
    const Result<CodeSent> first = await(backend->sendCode(Channel::Email, email, u"sign-up"_s));
    QVERIFY2(first.ok(), qPrintable(errorOf(first)));
    const QString firstCode = codeSentTo(backend, email);
    QCOMPARE(first->resendAllowedAt, clockOf(backend).addSecs(60));
    QCOMPARE(first->expiresAt, clockOf(backend).addSecs(600));
    QVERIFY(await(backend->advanceClock(ClockStep::Minute)).ok());
    QCOMPARE(clockOf(backend), first->resendAllowedAt);
    const Result<CodeSent> second = await(backend->sendCode(Channel::Email, email, u"sign-up"_s));
    QVERIFY2(second.ok(), qPrintable(errorOf(second)));
    QCOMPARE(listOf(backend, view::Outbox, {{column::Destination, email}}).total, 2);
    // Only the newest code counts.
    const QString secondCode = codeSentTo(backend, email);
    QVERIFY(!secondCode.isEmpty());
    if (firstCode != secondCode) {
        QCOMPARE(await(backend->checkCode(email, u"sign-up"_s, firstCode)).error(),
                 vc1("wrong", attemptsLeft(4)));
    }
    QVERIFY2(await(backend->checkCode(email, u"sign-up"_s, secondCode)).ok(),
             qPrintable(secondCode));
}

void TestBackendSuite::R_VC_1_invalidDestination_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::newRow("R-ACC-1 not an address")
        << Channel::Email << u"not-an-address"_s << u"R-ACC-1"_s << u"email"_s << u"format"_s;
    QTest::newRow("R-ACC-1 plus sign") << Channel::Email << u"li+lei@example.com"_s << u"R-ACC-1"_s
                                       << u"email"_s << u"forbiddenCharacter"_s;
    QTest::newRow("R-ACC-1 empty")
        << Channel::Email << QString() << u"E-REQUIRED"_s << u"email"_s << u"required"_s;
    QTest::newRow("R-ACC-4 no country code")
        << Channel::Sms << u"13800138000"_s << u"R-ACC-4"_s << u"mobile"_s << u"format"_s;
    QTest::newRow("R-ACC-4 empty")
        << Channel::Sms << u" "_s << u"E-REQUIRED"_s << u"mobile"_s << u"required"_s;
}

void TestBackendSuite::R_VC_1_invalidDestination()
{
    QFETCH(Channel, channel);
    QFETCH(QString, destination);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    TestBackend backend;
    const Result<CodeSent> sent = await(backend->sendCode(channel, destination, u"register"_s));
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().rule, rule);
    QCOMPARE(sent.error().field, field);
    QCOMPARE(sent.error().reason, reason);
    QCOMPARE(listOf(backend, view::Outbox).total, 0);
    QCOMPARE(journalOf(backend, u"sendVerificationCode"_s, destination),
             QStringList{rule + QLatin1Char(' ') + field + QLatin1Char(':') + reason});
}

void TestBackendSuite::R_VC_1_rightCodeAccepted()
{
    TestBackend backend;
    const QString mobile = u"+8613900139000"_s;
    QVERIFY(await(backend->sendCode(Channel::Sms, mobile, u"security-phone"_s)).ok());
    const QString code = codeSentTo(backend, mobile);
    QVERIFY(!code.isEmpty());
    QVERIFY(await(backend->checkCode(mobile, u"security-phone"_s, code)).ok());
    // check() gives early feedback without consuming: the commit consumes later.
    QVERIFY(await(backend->checkCode(mobile, u"security-phone"_s, u" "_s + code + u" "_s)).ok());
    // The destination is matched in its normal form.
    QVERIFY(await(backend->checkCode(u"+86 139-0013-9000"_s, u"security-phone"_s, code)).ok());
    // A code is bound to its purpose.
    QCOMPARE(await(backend->checkCode(mobile, u"register"_s, code)).error(), vc1("notSent"));
    // A malformed code is refused before it counts as an attempt.
    QCOMPARE(await(backend->checkCode(mobile, u"security-phone"_s, u"12345"_s)).error(),
             vc1("format"));
    QVERIFY(await(backend->checkCode(mobile, u"security-phone"_s, code)).ok());
    QCOMPARE(journalOf(backend, u"checkVerificationCode"_s, mobile),
             QStringList{u"R-VC-1 code:notSent"_s});
}

void TestBackendSuite::R_VC_1_wrongAttemptsThenExhausted()
{
    TestBackend backend;
    const QString email = u"han.meimei@example.com"_s;
    QVERIFY(await(backend->sendCode(Channel::Email, email, u"register"_s)).ok());
    const QString code = codeSentTo(backend, email);
    const QString wrong = otherCode(code);
    for (int left = 4; left >= 1; --left)
        QCOMPARE(await(backend->checkCode(email, u"register"_s, wrong)).error(),
                 vc1("wrong", attemptsLeft(left)));
    // The fifth wrong attempt uses the code up.
    QCOMPARE(await(backend->checkCode(email, u"register"_s, wrong)).error(), vc1("exhausted"));
    // Even the right code is refused now: a new code must be requested.
    QCOMPARE(await(backend->checkCode(email, u"register"_s, code)).error(), vc1("exhausted"));
    QCOMPARE(await(backend->checkCode(email, u"register"_s, wrong)).error(), vc1("exhausted"));

    // Every refusal is journaled, with the rule as its outcome.
    QCOMPARE(journalOf(backend, u"checkVerificationCode"_s, email),
             (QStringList{u"R-VC-1 code:wrong"_s, u"R-VC-1 code:wrong"_s, u"R-VC-1 code:wrong"_s,
                          u"R-VC-1 code:wrong"_s, u"R-VC-1 code:exhausted"_s,
                          u"R-VC-1 code:exhausted"_s, u"R-VC-1 code:exhausted"_s}));
}

void TestBackendSuite::R_VC_1_expiresAfterTenMinutes()
{
    TestBackend backend(true);
    const QString email = u"lin.yue@lanhai-games.example.com"_s;
    QVERIFY(await(backend->sendCode(Channel::Email, email, u"register"_s)).ok());
    const QString code = codeSentTo(backend, email);
    for (int minute = 1; minute <= 9; ++minute)
        QVERIFY(await(backend->advanceClock(ClockStep::Minute)).ok());
    QVERIFY(await(backend->checkCode(email, u"register"_s, code)).ok()); // 9 minutes: still valid
    QVERIFY(await(backend->advanceClock(ClockStep::Minute)).ok());
    QCOMPARE(await(backend->checkCode(email, u"register"_s, code)).error(), vc1("expired"));
    // An expired code does not count attempts; a new one can be requested and works.
    QVERIFY(await(backend->sendCode(Channel::Email, email, u"register"_s)).ok());
    const QString fresh = codeSentTo(backend, email);
    QVERIFY(await(backend->checkCode(email, u"register"_s, fresh)).ok());
    QCOMPARE(journalOf(backend, u"checkVerificationCode"_s, email),
             QStringList{u"R-VC-1 code:expired"_s});
}

void TestBackendSuite::R_VC_1_checkWithoutCode()
{
    TestBackend backend;
    QCOMPARE(await(backend->checkCode(u"nobody@example.com"_s, u"register"_s, u"123456"_s)).error(),
             vc1("notSent"));
    QCOMPARE(await(backend->checkCode(u"nobody@example.com"_s, u"register"_s, QString())).error(),
             makeError(u"E-REQUIRED"_s, u"code"_s, u"required"_s));
}

// ---- CSV export --------------------------------------------------------------------------

void TestBackendSuite::exportCsvWritesBomHeaderAndRows()
{
    TestBackend backend;
    {
        auto db = secondConnection(backend, "csv-writer");
        insertJournalRows(*db, 3, u"csv-target"_s);
    }
    const QString path = backend.dir.filePath(u"journal.csv"_s);
    ListQuery query;
    query.view = view::Journal;
    query.filters = {{column::Target, u"csv-target"_s}};
    query.sortColumn = column::EntryId;
    query.limit = 1; // ignored: an export writes every row
    const QStringList headers = {u"No."_s, u"Time"_s, u"Actor, name"_s};
    QFuture<Result<qint64>> future = backend->exportCsv(query, headers, path);
    const Result<qint64> written = await(future);
    QVERIFY2(written.ok(), qPrintable(errorOf(written)));
    QCOMPARE(written.value(), 3);
    QCOMPARE(future.progressMaximum(), 1000);
    QCOMPARE(future.progressValue(), 1000);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    QCOMPARE(lines.size(), 5); // header, 3 rows, and the empty rest after the last CRLF
    QCOMPARE(lines.last(), QString());
    // Given headers first, the column keys for the rest; a comma is quoted.
    QCOMPARE(lines.at(0),
             u"No.,Time,\"Actor, name\",operation,resourceType,target,outcome,details"_s);
    const QStringList first = lines.at(1).split(QLatin1Char(','));
    QCOMPARE(first.at(1), u"2026-03-02T01:30:00Z"_s);
    QCOMPARE(first.at(2), u"importer"_s);
    QCOMPARE(first.at(5), u"csv-target"_s);
    QVERIFY2(lines.at(1).endsWith(u",success,\"row 0, with \"\"quotes\"\"\""_s),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(3).contains(u"2026-03-02T01:30:02Z"_s));
    QCOMPARE(leftovers(backend.dir.path(), u"journal.csv"_s), QStringList{u"journal.csv"_s});
}

void TestBackendSuite::exportCsvWritesFormulaLikeTextAsText()
{
    TestBackend backend;
    const QString formula = u"=HYPERLINK(\"http://x\")"_s;
    {
        auto db = secondConnection(backend, "csv-formula");
        insertJournalRows(*db, 1, formula);
    }
    const QString path = backend.dir.filePath(u"formula.csv"_s);
    ListQuery query;
    query.view = view::Journal;
    query.filters = {{column::Target, formula}};
    const Result<qint64> written = await(backend->exportCsv(query, {}, path));
    QVERIFY2(written.ok(), qPrintable(errorOf(written)));
    QCOMPARE(written.value(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s);
    // The target is text and starts like a formula: an apostrophe keeps it text; the
    // quotes inside are doubled as usual.
    QVERIFY2(lines.at(1).contains(u",\"'=HYPERLINK(\"\"http://x\"\")\","_s),
             qPrintable(lines.at(1)));
}

void TestBackendSuite::exportCsvFormatsMoneyAndTime()
{
    TestBackend backend;
    {
        auto db = secondConnection(backend, "csv-cards");
        FeeCenterAccount fc;
        fc.username = u"acme_billing"_s;
        fc.email = u"billing@acme.example.com"_s;
        fc.createdAt = ClockSteps::demoStart();
        const qint64 id = store::FeeCenterRepository(*db).insert(fc, u"hash"_s);
        StoredValueCard card;
        card.cardNumber = u"6100123400001234"_s;
        card.feeCenterAccountId = id;
        card.faceValue = Fen(10000);
        card.balance = Fen(7450);
        card.purchasedAt = QDateTime(QDate(2026, 3, 2), QTime(1, 30, 15), QTimeZone::utc());
        card.expiresAt = card.purchasedAt.addDays(365);
        card.sourceOrderId = u"CS2603020930AB12C"_s;
        store::StoredValueCardRepository(*db).insert(card);
    }
    const QString path = backend.dir.filePath(u"cards.csv"_s);
    ListQuery query;
    query.view = view::StoredValueCards;
    const Result<qint64> written = await(backend->exportCsv(query, {}, path));
    QVERIFY2(written.ok(), qPrintable(errorOf(written)));
    QCOMPARE(written.value(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s);
    QCOMPARE(lines.at(0),
             QString::fromUtf8("cardNumber,feeCenterUsername,faceValue,balance,status,purchaseType,"
                               "purchasedAt,expiresAt,sourceOrderId,feeCenterAccountId"));
    QCOMPARE(lines.at(1),
             QString::fromUtf8("6100123400001234,acme_billing,100.00,74.50,available,"
                               "huawei_marketplace,2026-03-02T01:30:15Z,2027-03-02T01:30:15Z,"
                               "CS2603020930AB12C,1"));
}

// An export larger than one piece (ListService::CsvPieceBytes): the file is made and, on
// the remote backend, sent piece by piece while it is written (chunked); every row arrives
// once, in order, and the header (with its byte-order mark) only at the start.
void TestBackendSuite::exportCsvOfManyPiecesKeepsEveryRowInOrder()
{
    TestBackend backend;
    constexpr int Rows = 12000;
    {
        auto db = secondConnection(backend, "pieces");
        insertJournalRows(*db, Rows, u"pieces"_s);
    }
    const QString path = backend.dir.filePath(u"pieces.csv"_s);
    ListQuery query;
    query.view = view::Journal;
    query.filters = {{column::Target, u"pieces"_s}};
    query.sortColumn = column::EntryId;
    QFuture<Result<qint64>> future = backend->exportCsv(query, {}, path);
    const Result<qint64> written = await(future);
    QVERIFY2(written.ok(), qPrintable(errorOf(written)));
    QCOMPARE(written.value(), Rows);
    QCOMPARE(future.progressValue(), 1000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.size() > 4 * ListService::CsvPieceBytes, QByteArray::number(bytes.size()));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\xEF\xBB\xBF"), 1);
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.size(), Rows + 2); // header, the rows, and the empty rest after the last
    QVERIFY(lines.at(0).startsWith("entryId,"));
    QCOMPARE(lines.last(), QByteArray());
    for (int i = 0; i < Rows; ++i) {
        const QByteArray &line = lines.at(i + 1);
        const QByteArray expected = "\"row " + QByteArray::number(i) + ", with ";
        QVERIFY2(line.endsWith('\r') && line.contains(expected),
                 qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(QString::fromUtf8(line))));
    }
    QCOMPARE(leftovers(backend.dir.path(), u"pieces.csv"_s), QStringList{u"pieces.csv"_s});
}

void TestBackendSuite::exportCsvCancelledLeavesNoFile()
{
    TestBackend backend;
    {
        auto db = secondConnection(backend, "bulk");
        insertJournalRows(*db, 5000, u"bulk"_s);
    }
    const qint64 journaled = oc::test::count(*backend.backend, view::Journal);
    QVERIFY(journaled >= 5000);
    const QString path = backend.dir.filePath(u"large.csv"_s);
    ListQuery query;
    query.view = view::Journal;
    QFuture<Result<qint64>> future = backend->exportCsv(query, {}, path);
    future.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000);
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(leftovers(backend.dir.path(), u"large.csv"_s), QStringList());
    // The backend still works.
    ListQuery count;
    count.view = view::Journal;
    count.limit = 1;
    QCOMPARE(await(backend->list(count))->total, journaled);
}

// Deterministic variant: the export is queued behind a read that holds the list worker,
// and cancelled before it starts.
void TestBackendSuite::exportCsvCancelledBeforeStart()
{
    OC_LOCAL_ONLY("a read holding LocalBackend's list worker");
    TestBackend backend;
    {
        auto db = secondConnection(backend, "bulk");
        insertJournalRows(*db, 2000, u"bulk"_s);
    }
    QSemaphore started;
    QSemaphore release;
    QFuture<Result<int>> holding = backend.local()->query<int>([&](Session &) -> Result<int> {
        started.release();
        release.acquire();
        return 0;
    });
    QVERIFY(started.tryAcquire(1, 10000));
    const QString path = backend.dir.filePath(u"queued.csv"_s);
    ListQuery query;
    query.view = view::Journal;
    QFuture<Result<qint64>> future = backend->exportCsv(query, {}, path);
    future.cancel();
    release.release();
    QVERIFY(await(holding).ok());
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000);
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(leftovers(backend.dir.path(), u"queued.csv"_s), QStringList());
}

void TestBackendSuite::exportCsvRefusals()
{
    TestBackend backend;
    ListQuery query;
    query.view = u"nope"_s;
    const QString path = backend.dir.filePath(u"x.csv"_s);
    QCOMPARE(await(backend->exportCsv(query, {}, path)).error(),
             makeError(u"E-INVALID"_s, u"nope"_s, u"unknownName"_s));
    QVERIFY(!QFileInfo::exists(path));
    query.view = view::Journal;
    const QString missing = backend.dir.filePath(u"no/such/folder/x.csv"_s);
    const Result<qint64> unwritable = await(backend->exportCsv(query, {}, missing));
    QVERIFY(!unwritable.ok());
    QCOMPARE(unwritable.error().rule, u"E-FILE"_s);
    QCOMPARE(unwritable.error().reason, u"notWritable"_s);
    QCOMPARE(unwritable.error().args.value(u"path"_s).toString(), missing);
}

// ---- clock and demo ----------------------------------------------------------------------

void TestBackendSuite::nonDemoClockIsNotAdjustable()
{
    TestBackend backend;
    SignalLog log(backend.backend.get());
    const Result<ClockState> state = await(backend->clock());
    QVERIFY(state.ok());
    QCOMPARE(state->adjustable, false);
    QCOMPARE(state->running, true);
    QVERIFY(qAbs(state->now.secsTo(QDateTime::currentDateTimeUtc())) <= 5);
    QCOMPARE(await(backend->advanceClock(ClockStep::Day)).error(),
             makeError(u"E-CLOCK"_s, {}, u"notAdjustable"_s));
    QVERIFY(qAbs(clockOf(backend).secsTo(QDateTime::currentDateTimeUtc())) <= 5);
    QTest::qWait(20);
    QVERIFY(log.clocks.isEmpty());
}

void TestBackendSuite::resetDemoRefusedWithoutDemo()
{
    TestBackend backend;
    QVERIFY(await(backend->sendCode(Channel::Email, u"keep@example.com"_s, u"register"_s)).ok());
    QCOMPARE(await(backend->resetDemo()).error(), makeError(u"E-DEMO"_s, {}, u"notDemo"_s));
    // Nothing was reset.
    QCOMPARE(listOf(backend, view::Outbox).total, 1);
    QVERIFY(store::admin::exists(backend.database()));
}

void TestBackendSuite::demoClockStartsFrozenAtDemoStart()
{
    TestBackend backend(true);
    QCOMPARE(backend->info().demo, true);
    const Result<ClockState> state = await(backend->clock());
    QVERIFY(state.ok());
    QCOMPARE(state->now, ClockSteps::demoStart());
    QCOMPARE(state->adjustable, true);
    QCOMPARE(state->running, false);
    QTest::qWait(20);
    QCOMPARE(clockOf(backend), ClockSteps::demoStart());
}

void TestBackendSuite::advanceClock_data()
{
    QTest::addColumn<int>("daysBefore"); // Day steps taken first
    QTest::addColumn<ClockStep>("step");
    QTest::addColumn<qint64>("expectedSeconds");
    const qint64 day = 24 * 3600;
    QTest::newRow("minute") << 0 << ClockStep::Minute << qint64(60);
    QTest::newRow("hour") << 0 << ClockStep::Hour << qint64(3600);
    QTest::newRow("day") << 0 << ClockStep::Day << day;
    // 2026-03-02 is a Monday: Thursday.
    QTest::newRow("three working days from Monday") << 0 << ClockStep::ThreeWorkingDays << 3 * day;
    // From Thursday: Friday, (Saturday, Sunday), Monday, Tuesday.
    QTest::newRow("three working days over a weekend")
        << 3 << ClockStep::ThreeWorkingDays << 5 * day;
    // From Saturday: Monday, Tuesday, Wednesday.
    QTest::newRow("three working days from Saturday")
        << 5 << ClockStep::ThreeWorkingDays << 4 * day;
    QTest::newRow("month of March") << 0 << ClockStep::Month << 31 * day;
    QTest::newRow("month from the end of March") << 29 << ClockStep::Month << 30 * day;
    QTest::newRow("ninety days") << 0 << ClockStep::NinetyDays << 90 * day;
}

void TestBackendSuite::advanceClock()
{
    QFETCH(int, daysBefore);
    QFETCH(ClockStep, step);
    QFETCH(qint64, expectedSeconds);
    TestBackend backend(true);
    for (int i = 0; i < daysBefore; ++i)
        QVERIFY(await(backend->advanceClock(ClockStep::Day)).ok());
    const QDateTime before = clockOf(backend);
    QCOMPARE(before, ClockSteps::demoStart().addDays(daysBefore));

    SignalLog log(backend.backend.get());
    QSignalSpy clockSpy(backend.backend.get(), &Backend::clockChanged);
    const Result<ClockState> advanced = await(backend->advanceClock(step));
    QVERIFY2(advanced.ok(), qPrintable(errorOf(advanced)));
    const QDateTime expected = before.addSecs(expectedSeconds);
    QCOMPARE(advanced->now, expected);
    QCOMPARE(advanced->adjustable, true);
    QCOMPARE(clockOf(backend), expected);
    // Day-based steps keep the local time of day.
    if (expectedSeconds % (24 * 3600) == 0)
        QCOMPARE(expected.toTimeZone(ClockSteps::chinaTimeZone()).time(), QTime(9, 30));
    // clockChanged is emitted before the call finishes, with the new time.
    QCOMPARE(clockSpy.count(), 1);
    QCOMPARE(clockSpy.at(0).at(0).toDateTime(), expected);
    QTRY_COMPARE(log.clocks, QList<QDateTime>{expected});
    QTRY_VERIFY(log.changedContains(view::Journal));
    QVERIFY(log.changedContains(view::Instances));
    // Journaled, and persisted: the frozen clock does not move on its own.
    const ListPage journal =
        listOf(backend, view::Journal, {{column::Operation, u"advanceClock"_s}});
    QCOMPARE(journal.total, daysBefore + 1);
    QTest::qWait(20);
    QCOMPARE(clockOf(backend), expected);
}

void TestBackendSuite::resetDemoRestoresClockAndData()
{
    TestBackend backend(true);
    const qint64 outboxAtStart = listOf(backend, view::Outbox).total;
    const qint64 journalAtStart = listOf(backend, view::Journal).total;
    const QString email = u"demo.visitor@example.com"_s;
    QVERIFY(await(backend->sendCode(Channel::Email, email, u"register"_s)).ok());
    QVERIFY(await(backend->advanceClock(ClockStep::NinetyDays)).ok());
    QVERIFY(await(backend->advanceClock(ClockStep::Hour)).ok());
    QCOMPARE(clockOf(backend), ClockSteps::demoStart().addDays(90).addSecs(3600));
    QCOMPARE(listOf(backend, view::Outbox, {{column::Destination, email}}).total, 1);

    SignalLog log(backend.backend.get());
    QSignalSpy clockSpy(backend.backend.get(), &Backend::clockChanged);
    QSignalSpy changedSpy(backend.backend.get(), &Backend::changed);
    const Status reset = await(backend->resetDemo());
    QVERIFY2(reset.ok(), qPrintable(errorOf(reset)));
    QCOMPARE(clockOf(backend), ClockSteps::demoStart());
    QCOMPARE(clockSpy.count(), 1);
    QCOMPARE(clockSpy.at(0).at(0).toDateTime(), ClockSteps::demoStart());
    // Every view changed (besides whatever the reopened store settled on its own).
    const QStringList everyView = store::ListViews::viewNames();
    bool allViews = false;
    for (const QList<QVariant> &emitted : changedSpy) {
        const QStringList views = emitted.at(0).toStringList();
        allViews = allViews || std::all_of(everyView.cbegin(), everyView.cend(),
                                           [&](const QString &v) { return views.contains(v); });
    }
    QVERIFY(allViews);
    QTRY_VERIFY(log.changedContains(view::Outbox));

    // The demo data is back as it was: the code and the clock steps are gone.
    QCOMPARE(listOf(backend, view::Outbox, {{column::Destination, email}}).total, 0);
    QCOMPARE(listOf(backend, view::Outbox).total, outboxAtStart);
    QCOMPARE(listOf(backend, view::Journal).total, journalAtStart);
    // And the demo goes on from there.
    QVERIFY(await(backend->sendCode(Channel::Email, email, u"register"_s)).ok());
    QVERIFY(await(backend->advanceClock(ClockStep::Minute)).ok());
    QCOMPARE(clockOf(backend), ClockSteps::demoStart().addSecs(60));
}

void TestBackendSuite::R_MKT_2_settleActivatesDueInstance()
{
    TestBackend backend(true);
    const QDateTime now = clockOf(backend);
    const QString account = u"5e77c0ffee5e77c0ffee5e77c0ffee00"_s;
    const QString order = u"CS2603020930TST01"_s;
    const QString instance = u"7d444840-9dc0-41d2-a5c8-2f3d0a1b2c3e"_s;
    {
        auto db = secondConnection(backend, "provisioner");
        store::Transaction tx(*db);
        HuaweiAccount a;
        a.accountId = account;
        a.loginId = u"settle_test_login"_s;
        a.tenantName = u"settle_test_tenant"_s;
        a.email = u"settle@example.com"_s;
        a.countryRegion = u"CN"_s;
        a.authStatus = AuthStatus::Authenticated;
        a.createdAt = now;
        store::HuaweiAccountRepository(*db).insert(a, u"hash"_s);
        Order o;
        o.orderId = order;
        o.accountId = account;
        o.productId = QString::fromLatin1(Catalogue::SaasProductId);
        o.status = OrderStatus::Paid;
        o.createdAt = now;
        store::OrderRepository(*db).insert(o);
        Instance i;
        i.instanceId = instance;
        i.orderId = order;
        i.accountId = account;
        i.productId = o.productId;
        i.status = InstanceStatus::Provisioning;
        i.openedAt = now;
        i.activeAt = now.addSecs(Catalogue::ProvisioningSeconds);
        store::InstanceRepository(*db).insert(i);
        tx.commit();
    }
    const auto statusOf = [&] {
        const ListPage page = listOf(backend, view::Instances, {{column::InstanceId, instance}});
        return page.rows.isEmpty()
                   ? QString()
                   : page.rows.first().at(columnOf(page, column::Status)).toString();
    };
    QCOMPARE(statusOf(), u"provisioning"_s);

    SignalLog log(backend.backend.get());
    QVERIFY(await(backend->advanceClock(ClockStep::Minute)).ok());
    QCOMPARE(statusOf(), u"active"_s);
    QTRY_VERIFY(log.changedContains(view::Instances));
    const ListPage journal =
        listOf(backend, view::Journal,
               {{column::Operation, u"activateInstance"_s}, {column::Target, instance}});
    QCOMPARE(journal.total, 1);
    QCOMPARE(journal.rows.first().at(columnOf(journal, column::Outcome)).toString(), u"success"_s);
}

QTEST_GUILESS_MAIN(TestBackendSuite)
#include "test_backend.moc"
