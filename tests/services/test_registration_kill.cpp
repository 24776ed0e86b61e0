// R-REG-3 against a crash and against another process: a child process (registration_child)
// registers the Commercial Plan and, with OC_TEST_PAUSE_IN_REGISTRATION, stops inside the
// transaction right after the Guance account row is written.

#include "TestSupport.h"
#include "services/DemoStoryData.h"
#include "store/FeeCenterRepository.h"
#include "store/GuanceAccountRepository.h"
#include "store/VerificationCodeRepository.h"
#include "store/WorkspaceRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestRegistrationKill : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void R_REG_3_killedMidActivationLeavesNothing();
    void R_FC_1_concurrentProcessLosesUsername();
};

namespace {

const QByteArray PausedLine = "oc-test: paused in registration";

// A scratch folder laid out as TestBackend does: the demo template and the database.
struct Scratch
{
    Scratch() { QFile::copy(sharedDemoTemplate(), dir.filePath(u"demo-template.sqlite"_s)); }
    QString database() const { return dir.filePath(u"console.sqlite"_s); }
    QTemporaryDir dir;
};

void startChild(QProcess &child, const QStringList &arguments, int pauseMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"OC_TEST_PAUSE_IN_REGISTRATION"_s);
    if (pauseMs > 0)
        env.insert(u"OC_TEST_PAUSE_IN_REGISTRATION"_s, QString::number(pauseMs));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QString::fromUtf8(OC_REGISTRATION_CHILD), arguments);
}

// Waits for the child's "paused" line on stderr; false when it ends or the time is up.
bool waitForPause(QProcess &child, QByteArray &stderrText, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        stderrText += child.readAllStandardError();
        if (stderrText.contains(PausedLine))
            return true;
        if (child.state() == QProcess::NotRunning)
            return false;
        QTest::qWait(5);
    }
    return false;
}

// waitForFinished() is false for a process that already ended (while an await ran the
// event loop, say).
bool waitForExit(QProcess &process, int timeoutMs)
{
    return process.state() == QProcess::NotRunning || process.waitForFinished(timeoutMs);
}

qint64 scalar(store::Database &db, const QString &sql, const QVariantMap &binds = {})
{
    store::SqlQuery q(db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
    return q.next() ? q.integer(0) : -1;
}

QString buyerId(store::Database &db)
{
    store::SqlQuery q(db, u"SELECT account_id FROM huawei_accounts WHERE login_id = :l"_s);
    q.bind(u":l"_s, QString::fromUtf8(demo::cast::BuyerLogin)).exec();
    return q.next() ? q.text(0) : QString();
}

} // namespace

void TestRegistrationKill::R_REG_3_killedMidActivationLeavesNothing()
{
    Scratch scratch;
    const QString database = scratch.database();
    const QString username = u"lianyun-ops"_s;
    const QString email = u"ops@lianyuntech.com"_s;
    const QString workspace = u"Lianyun Production"_s;
    const QStringList arguments{database, username, email, workspace};

    QProcess child;
    startChild(child, arguments, 20000);
    QByteArray stderrText;
    QVERIFY2(waitForPause(child, stderrText),
             stderrText.constData() + child.readAllStandardOutput());
    child.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
    QVERIFY(waitForExit(child, 10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(!child.readAllStandardOutput().contains("registered"));
    // The code sent before the registration is committed, and only in the WAL so far.
    QVERIFY(QFileInfo::exists(database + u"-wal"_s));

    {
        // The database opens cleanly: SQLite recovers the WAL, keeping committed frames
        // and dropping the killed transaction's.
        auto db = openStore(database);
        store::SqlQuery integrity(*db, u"PRAGMA integrity_check"_s);
        integrity.exec();
        QVERIFY(integrity.next());
        QCOMPARE(integrity.text(0), u"ok"_s);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM guance_accounts WHERE username = :u"_s,
                        {{u":u"_s, username}}),
                 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM fee_center_accounts WHERE username = :u"_s,
                        {{u":u"_s, username}}),
                 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM workspaces WHERE name = :n"_s,
                        {{u":n"_s, workspace}}),
                 0);
        const QString huaweiId = buyerId(*db);
        QVERIFY(!huaweiId.isEmpty());
        QVERIFY(!store::FeeCenterRepository(*db).linkedFeeCenter(huaweiId).has_value());
        QCOMPARE(
            scalar(*db, u"SELECT count(*) FROM journal WHERE target = :u"_s, {{u":u"_s, username}}),
            0);
        // The committed code survived, unconsumed.
        const auto code = store::VerificationCodeRepository(*db).latest(
            email, QString::fromLatin1(CodePurpose::Register));
        QVERIFY(code.has_value());
        QVERIFY(!code->consumed);
    }

    // The same registration again, without the pause, with the same code: all of it.
    QProcess again;
    startChild(again, arguments + QStringList{u"--reuse-code"_s}, 0);
    QVERIFY(waitForExit(again, 120000));
    const QByteArray output = again.readAllStandardOutput();
    QVERIFY2(again.exitStatus() == QProcess::NormalExit && again.exitCode() == 0,
             output + again.readAllStandardError());
    QVERIFY2(output.contains("oc-test: registered wksp_"), output.constData());

    auto db = openStore(database);
    const auto guance = store::GuanceAccountRepository(*db).findByUsername(username);
    QVERIFY(guance.has_value());
    const auto feeCenter = store::FeeCenterRepository(*db).findByUsername(username);
    QVERIFY(feeCenter.has_value());
    QCOMPARE(store::FeeCenterRepository(*db).linkedFeeCenter(buyerId(*db)),
             std::optional<qint64>(feeCenter->feeCenterAccountId));
    const auto workspaces =
        store::WorkspaceRepository(*db).listByFeeCenter(feeCenter->feeCenterAccountId);
    QCOMPARE(workspaces.size(), 1);
    QCOMPARE(workspaces.first().name, workspace);
    QCOMPARE(workspaces.first().ownerGuanceAccountId, guance->guanceAccountId);
    QCOMPARE(toString(workspaces.first().settlement), u"huawei_cloud"_s);
    QCOMPARE(workspaces.first().settlementAccountId, buyerId(*db));
    QVERIFY(store::VerificationCodeRepository(*db)
                .latest(email, QString::fromLatin1(CodePurpose::Register))
                ->consumed);
}

// Another process registers the same username between this backend's checks and its
// insert: the unique constraint refuses the insert inside the transaction, and the
// refusal comes back as R-FC-1 "taken", not as a store failure.
void TestRegistrationKill::R_FC_1_concurrentProcessLosesUsername()
{
    Scratch scratch;
    const QString database = scratch.database();
    LocalBackendOptions options;
    options.database.path = database;
    options.demo = true;
    options.demoTemplate = scratch.dir.filePath(u"demo-template.sqlite"_s);
    options.hashCost = HashCost::Minimum;
    options.freezeClock = true;
    options.actor = u"test"_s;
    LocalBackend backend(options);
    QVERIFY(await(backend.open()).ok());
    const QString ownEmail = u"race@newco.com"_s;
    QVERIFY(
        await(backend.sendCode(Channel::Email, ownEmail, QString::fromUtf8(CodePurpose::Register)))
            .ok());
    const QString code = latestCode(backend, ownEmail);

    // The child holds the write lock for 3 s with its Guance account row written; this
    // backend waits for it (busy timeout 5 s) once its checks have passed.
    QProcess child;
    startChild(child, {database, u"race-ops"_s, u"ops@lianyuntech.com"_s, u"Race Child"_s}, 3000);
    QByteArray stderrText;
    QVERIFY2(waitForPause(child, stderrText), stderrText.constData());

    RegistrationRequest r;
    r.site = u"cn4"_s;
    r.username = u"race-ops"_s;
    r.password = u"Onboard#2026"_s;
    r.email = ownEmail;
    r.code = code;
    r.enterpriseName = u"Newco"_s;
    r.agreementAccepted = true;
    r.workspaceName = u"Race Parent"_s;
    r.method = SettlementMethod::FeeCenter;
    r.termsAccepted = true;
    const auto result = await(backend.registerCommercialPlan(r));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), makeError(u"R-FC-1"_s, u"username"_s, u"taken"_s));

    const bool finished = waitForExit(child, 60000);
    const QByteArray output = child.readAllStandardOutput();
    QVERIFY2(finished, output + stderrText + child.readAllStandardError());
    QVERIFY2(child.exitCode() == 0 && output.contains("oc-test: registered"), output.constData());

    // The refusal came from inside the transaction (checks outside are not journaled).
    const auto refusals = rows(backend, view::Journal,
                               {{column::Target, u"race-ops"_s},
                                {column::Operation, u"registerCommercialPlan"_s},
                                {column::Outcome, u"R-FC-1"_s}});
    QCOMPARE(refusals.size(), 1);
    QCOMPARE(refusals.first().value(column::Details).toString(), u"username:taken"_s);

    auto db = openStore(database);
    const auto winner = store::GuanceAccountRepository(*db).findByUsername(u"race-ops"_s);
    QVERIFY(winner.has_value());
    QCOMPARE(winner->email, u"ops@lianyuntech.com"_s);
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM workspaces WHERE name = 'Race Parent'"_s), 0);
    QVERIFY(!store::GuanceAccountRepository(*db).findByEmail(ownEmail, u"cn4"_s).has_value());
    // Rolled back with the rest: this customer's code is still usable.
    QVERIFY(!store::VerificationCodeRepository(*db)
                 .latest(ownEmail, QString::fromLatin1(CodePurpose::Register))
                 ->consumed);
}

QTEST_GUILESS_MAIN(TestRegistrationKill)
#include "test_registration_kill.moc"
