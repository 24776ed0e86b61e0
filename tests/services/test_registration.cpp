// W-REG through the asynchronous Backend: the live checks and the commit (R-REG-1..3,
// R-FC-1/2, R-ACC-1, R-SET-1, R-WS-1, R-VC-1) on private copies of the demo story, each test
// asserting what the store holds afterwards.

#include "TestSupport.h"
#include "core/PasswordHasher.h"
#include "services/DemoStoryData.h"
#include "store/GuanceAccountRepository.h"
#include "store/MetaRepository.h"
#include "store/VerificationCodeRepository.h"
#include "store/WorkspaceRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace oc;
using namespace oc::test;

class TestRegistration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void R_FC_1_usernameTaken();
    void R_ACC_1_guanceEmailTakenPerSite();
    void R_REG_2_activationCheck_data();
    void R_REG_2_activationCheck();
    void R_FC_2_alreadyLinked();
    void R_REG_1_everyFieldChecked_data();
    void R_REG_1_everyFieldChecked();
    void R_SET_1_cloudAccountChecked_data();
    void R_SET_1_cloudAccountChecked();
    void R_REG_3_feeCenterRequired_data();
    void R_REG_3_feeCenterRequired();
    void R_REG_2_huaweiCloudActivation();
    void R_REG_3_feeCenterSettlement();
    void R_WS_1_workspaceWithoutFeeCenterAccount();
    void R_REG_3_allOrNothing_data();
    void R_REG_3_allOrNothing();
    void R_VC_1_wrongCodeAtCommitLeavesNothing();
    void R_VC_1_expiredCodeAtCommitLeavesNothing();
    void R_VC_1_codeNotSentOrUsed();
    void R_VC_1_exhaustedAfterFiveWrongAttempts();
    void R_FC_1_concurrentRegistrationsOneWins_data();
    void R_FC_1_concurrentRegistrationsOneWins();
};

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString Password = s("Onboard#2026");

// A complete, valid W-REG request with fee-center settlement; tests change what they test.
RegistrationRequest request(const QString &username, const QString &email)
{
    RegistrationRequest r;
    r.site = s("cn4");
    r.username = username;
    r.password = Password;
    r.email = email;
    r.mobile = s("+86 139 1234 5678");
    r.enterpriseName = s("Hangzhou Lianyun Technology Co., Ltd.");
    r.industry = s("Internet");
    r.contact = s("Xu Jing");
    r.agreementAccepted = true;
    r.workspaceName = s("Lianyun Production");
    r.language = WorkspaceLanguage::English;
    r.method = SettlementMethod::FeeCenter;
    r.createFeeCenterAccount = true;
    r.termsAccepted = true;
    return r;
}

// W-REG page 1's Send code, and the code as the Outbox shows it.
QString sendCode(Backend &backend, const QString &email)
{
    const auto sent = await(backend.sendCode(Channel::Email, email, s(CodePurpose::Register)));
    if (!sent.ok())
        qFatal("send code: %s", qPrintable(sent.error().toString()));
    return latestCode(backend, email);
}

QString errorText(const Result<RegistrationResult> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

qint64 scalar(store::Database &db, const QString &sql, const QVariantMap &binds = {})
{
    store::SqlQuery q(db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
    return q.next() ? q.integer(0) : -1;
}

// Everything a registration creates, counted.
struct Snapshot
{
    qint64 guanceAccounts = 0;
    qint64 feeCenterAccounts = 0;
    qint64 workspaces = 0;
    qint64 huaweiLinks = 0;
    qint64 registrationMails = 0;
    qint64 successfulChanges = 0; // journal entries with outcome success
    QString idState;              // the seeded ids continue only after a commit
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(TestBackend &b)
{
    Snapshot snap;
    snap.feeCenterAccounts = count(*b.backend, view::FeeCenterAccounts);
    snap.workspaces = count(*b.backend, view::Workspaces);
    snap.registrationMails = count(*b.backend, view::Outbox, {{column::Kind, s("registration")}});
    snap.successfulChanges = count(*b.backend, view::Journal, {{column::Outcome, s("success")}});
    auto db = openStore(b.database());
    snap.guanceAccounts = scalar(*db, s("SELECT count(*) FROM guance_accounts"));
    snap.huaweiLinks = scalar(*db, s("SELECT count(*) FROM fee_center_huawei_links"));
    snap.idState = store::MetaRepository(*db).get(s("ids.state")).value_or(QString());
    return snap;
}

// The newest register code of `email`: attempts so far and whether it was consumed.
std::pair<qint64, bool> codeState(TestBackend &b, const QString &email)
{
    auto db = openStore(b.database());
    VerificationCodeRecord latest =
        *store::VerificationCodeRepository(*db).latest(email, s(CodePurpose::Register));
    return {latest.attempts, latest.consumed};
}

bool guanceAccountExists(TestBackend &b, const QString &username)
{
    auto db = openStore(b.database());
    return store::GuanceAccountRepository(*db).findByUsername(username).has_value();
}

// Nothing of a registration of `username` / `workspaceName` exists.
void verifyNothingOf(TestBackend &b, const QString &username, const QString &workspaceName)
{
    QVERIFY(!guanceAccountExists(b, username));
    QCOMPARE(count(*b.backend, view::FeeCenterAccounts, {{column::Username, username}}), 0);
    for (const QVariantMap &w : rows(*b.backend, view::Workspaces, {}, workspaceName))
        QVERIFY(w.value(column::Name).toString() != workspaceName);
}

QString activeSaasInstanceOf(Backend &backend, const QString &accountId)
{
    const auto instances = rows(backend, view::Instances,
                                {{column::AccountId, accountId},
                                 {column::Status, s("active")},
                                 {column::ProductKind, s("subscription")}});
    return instances.isEmpty() ? QString() : instances.first().value(column::InstanceId).toString();
}

} // namespace

// ---- live checks ---------------------------------------------------------------------------

void TestRegistration::R_FC_1_usernameTaken()
{
    TestBackend b(true);
    const Error taken = makeError(s("R-FC-1"), s("username"), s("taken"));
    // A Guance username of the demo (qiming-hk has no fee-center account), a fee-center
    // username without a Guance account (lianyun-finance), and one that is both.
    for (const char *name :
         {"qiming-hk", demo::cast::BuyerFinanceFeeCenter, demo::cast::OnboardedFeeCenter}) {
        const Status status = await(b->checkUsername(s(name)));
        QVERIFY2(!status.ok(), name);
        QCOMPARE(status.error(), taken);
        // The same name in other letter case is the same account.
        QCOMPARE(await(b->checkUsername(s(name).toUpper())).error(), taken);
    }
    QVERIFY(await(b->checkUsername(s("lianyun-ops"))).ok());
    QCOMPARE(await(b->checkUsername(s("9lives"))).error().reason, s("format"));
    QCOMPARE(await(b->checkUsername(s(""))).error().rule, s("E-REQUIRED"));

    // The commit checks again, before it costs a code attempt.
    const QString email = s("ops@lianyuntech.com");
    const QString code = sendCode(*b.backend, email);
    const Snapshot before = snapshot(b);
    for (const char *name : {"qiming-hk", demo::cast::BuyerFinanceFeeCenter}) {
        RegistrationRequest r = request(s(name), email);
        r.code = code;
        // A fee-center username is taken even when no fee-center account is to be made.
        r.method = SettlementMethod::Aws;
        r.awsSubscriptionConfirmed = true;
        r.createFeeCenterAccount = false;
        const auto result = await(b->registerCommercialPlan(r));
        QVERIFY2(!result.ok(), name);
        QCOMPARE(result.error(), taken);
    }
    QCOMPARE(snapshot(b), before);
    QCOMPARE(codeState(b, email), (std::pair<qint64, bool>{0, false}));
}

void TestRegistration::R_ACC_1_guanceEmailTakenPerSite()
{
    TestBackend b(true);
    const Error taken = makeError(s("R-ACC-1"), s("email"), s("taken"));
    // qiming-ops registered on cn4 and qiming-hk on cn6 with the same email.
    const QString email = s("ops@qimingretail.com");
    QCOMPARE(await(b->checkGuanceEmail(email, s("cn4"))).error(), taken);
    QCOMPARE(await(b->checkGuanceEmail(email, s("cn6"))).error(), taken);
    QCOMPARE(await(b->checkGuanceEmail(s("Ops@QimingRetail.com"), s("cn4"))).error(), taken);
    QVERIFY(await(b->checkGuanceEmail(email, s("cn1"))).ok());
    QCOMPARE(await(b->checkGuanceEmail(s("ops+1@x.com"), s("cn1"))).error().reason,
             s("forbiddenCharacter"));
    QCOMPARE(await(b->checkGuanceEmail(email, s("mars1"))).error(),
             makeError(s("R-WS-3"), s("site"), s("unknown")));

    const QString code = sendCode(*b.backend, email);
    RegistrationRequest r = request(s("qiming-cn4-again"), email);
    r.code = code;
    const Snapshot before = snapshot(b);
    const auto refused = await(b->registerCommercialPlan(r));
    QCOMPARE(refused.error(), taken);
    QCOMPARE(snapshot(b), before);

    // Unique per site: the same email registers on another site.
    r.site = s("cn1");
    const auto registered = await(b->registerCommercialPlan(r));
    QVERIFY2(registered.ok(), qPrintable(errorText(registered)));
    QCOMPARE(registered->guanceAccount.site, s("cn1"));
    QCOMPARE(registered->workspace.site, s("cn1"));
}

void TestRegistration::R_REG_2_activationCheck_data()
{
    QTest::addColumn<QString>("login"); // a demo login, or a literal id when `literal`
    QTest::addColumn<bool>("literal");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason");
    QTest::newRow("active instance")
        << s(demo::cast::BuyerLogin) << false << QString() << QString();
    QTest::newRow("reseller customer")
        << s(demo::cast::ResellerCustomerLogin) << false << QString() << QString();
    QTest::newRow("no instance") << s(demo::cast::IndividualLogin) << false << s("R-REG-2")
                                 << s("noActiveInstance");
    QTest::newRow("unauthenticated")
        << s(demo::cast::NewSignUpLogin) << false << s("R-REG-2") << s("noActiveInstance");
    QTest::newRow("empty") << QString() << true << s("E-REQUIRED") << s("required");
    QTest::newRow("format") << s("not-an-account") << true << s("R-ID-1") << s("format");
    QTest::newRow("unknown") << s("f000ee4d7327428da2f53a081e7109bd") << true << s("E-NOT-FOUND")
                             << s("huaweiAccount");
}

void TestRegistration::R_REG_2_activationCheck()
{
    QFETCH(QString, login);
    QFETCH(bool, literal);
    QFETCH(QString, rule);
    QFETCH(QString, reason);
    TestBackend b(true);
    const QString accountId = literal ? login : huaweiAccountIdOf(*b.backend, login);
    // R-ID-1: trimmed, uppercase accepted.
    const auto check = await(b->checkHuaweiActivation(
        literal ? accountId : QStringLiteral("  ") + accountId.toUpper() + QStringLiteral(" ")));
    if (rule.isEmpty()) {
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().toString()));
        QCOMPARE(check->accountId, accountId);
        QCOMPARE(check->instanceId, activeSaasInstanceOf(*b.backend, accountId));
        QVERIFY(!check->instanceId.isEmpty());
        QVERIFY(!check->displayName.isEmpty());
    } else {
        QVERIFY(!check.ok());
        QCOMPARE(check.error().rule, rule);
        QCOMPARE(check.error().field, s("huaweiAccountId"));
        QCOMPARE(check.error().reason, reason);
    }
}

void TestRegistration::R_FC_2_alreadyLinked()
{
    TestBackend b(true);
    const QString qiming = huaweiAccountIdOf(*b.backend, s(demo::cast::OnboardedLogin));
    const Error linked = makeError(s("R-FC-2"), s("huaweiAccountId"), s("linked"),
                                   {{s("username"), s(demo::cast::OnboardedFeeCenter)}});
    QCOMPARE(await(b->checkHuaweiActivation(qiming)).error(), linked);
    // Linked wins over "no active instance": jiangcheng-media's instance is closed.
    const QString jiangcheng = huaweiAccountIdOf(*b.backend, s(demo::cast::ClosedLogin));
    QCOMPARE(
        await(b->checkHuaweiActivation(jiangcheng)).error().args.value(s("username")).toString(),
        s(demo::cast::ClosedFeeCenter));

    const QString email = s("it@qimingretail.com");
    RegistrationRequest r = request(s("qiming-second"), email);
    r.code = sendCode(*b.backend, email);
    r.method = SettlementMethod::HuaweiCloud;
    r.huaweiAccountId = qiming;
    const Snapshot before = snapshot(b);
    const auto result = await(b->registerCommercialPlan(r));
    QCOMPARE(result.error(), linked);
    QCOMPARE(snapshot(b), before);
    verifyNothingOf(b, r.username, r.workspaceName);
    const auto detail = await(b->huaweiAccount(qiming));
    QCOMPARE(detail->linkedFeeCenterUsername, s(demo::cast::OnboardedFeeCenter));
}

// ---- the commit's checks, in page order ------------------------------------------------

void TestRegistration::R_REG_1_everyFieldChecked_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason");
    const QString longText(300, QLatin1Char('x'));
    QTest::newRow("site unknown") << s("site") << s("xx9") << s("R-WS-3") << s("unknown");
    QTest::newRow("site empty") << s("site") << QString() << s("E-REQUIRED") << s("required");
    QTest::newRow("username format") << s("username") << s("9lives") << s("R-FC-1") << s("format");
    QTest::newRow("username length") << s("username") << s("ab") << s("R-FC-1") << s("length");
    QTest::newRow("password classes")
        << s("password") << s("alllowercase") << s("R-ACC-2") << s("classes");
    QTest::newRow("password length") << s("password") << s("Sh0rt!") << s("R-ACC-2") << s("length");
    QTest::newRow("email forbidden")
        << s("email") << s("ops+1@newco.com") << s("R-ACC-1") << s("forbiddenCharacter");
    QTest::newRow("email format") << s("email") << s("not-an-email") << s("R-ACC-1") << s("format");
    QTest::newRow("code format") << s("code") << s("12345") << s("R-VC-1") << s("format");
    QTest::newRow("code empty") << s("code") << QString() << s("E-REQUIRED") << s("required");
    QTest::newRow("mobile format") << s("mobile") << s("12345") << s("R-ACC-4") << s("format");
    QTest::newRow("enterprise empty")
        << s("enterpriseName") << s("  ") << s("E-REQUIRED") << s("required");
    QTest::newRow("enterprise long")
        << s("enterpriseName") << longText.left(65) << s("E-TOO-LONG") << s("tooLong");
    QTest::newRow("industry long") << s("industry") << longText << s("E-TOO-LONG") << s("tooLong");
    QTest::newRow("contact long") << s("contact") << longText << s("E-TOO-LONG") << s("tooLong");
    QTest::newRow("agreement") << s("agreement") << QString() << s("R-REG-1") << s("terms");
    QTest::newRow("workspace blank")
        << s("workspaceName") << s("   ") << s("R-WS-1") << s("required");
    QTest::newRow("workspace long")
        << s("workspaceName") << longText.left(51) << s("R-WS-1") << s("length");
    QTest::newRow("terms") << s("terms") << QString() << s("R-REG-2") << s("terms");
}

void TestRegistration::R_REG_1_everyFieldChecked()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, rule);
    QFETCH(QString, reason);
    TestBackend b(true);
    const QString email = s("ops@newco.com");
    RegistrationRequest r = request(s("newco-ops"), email);
    r.code = sendCode(*b.backend, email);
    if (field == u"site")
        r.site = value;
    else if (field == u"username")
        r.username = value;
    else if (field == u"password")
        r.password = value;
    else if (field == u"email")
        r.email = value;
    else if (field == u"code")
        r.code = value;
    else if (field == u"mobile")
        r.mobile = value;
    else if (field == u"enterpriseName")
        r.enterpriseName = value;
    else if (field == u"industry")
        r.industry = value;
    else if (field == u"contact")
        r.contact = value;
    else if (field == u"agreement")
        r.agreementAccepted = false;
    else if (field == u"workspaceName")
        r.workspaceName = value;
    else if (field == u"terms")
        r.termsAccepted = false;
    const Snapshot before = snapshot(b);
    const auto result = await(b->registerCommercialPlan(r));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().rule, rule);
    QCOMPARE(result.error().field, field);
    QCOMPARE(result.error().reason, reason);
    QCOMPARE(snapshot(b), before);
    QCOMPARE(codeState(b, email), (std::pair<qint64, bool>{0, false})); // no attempt spent
}

void TestRegistration::R_SET_1_cloudAccountChecked_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("alibabaAccountId");
    QTest::addColumn<QString>("alibabaInstanceId");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    const int alibaba = int(SettlementMethod::AlibabaCloud);
    QTest::newRow("alibaba account empty") << alibaba << s(" ") << s("2170053") << s("E-REQUIRED")
                                           << s("alibabaAccountId") << s("required");
    QTest::newRow("alibaba account letters")
        << alibaba << s("12ab5678") << s("2170053") << s("R-SET-1") << s("alibabaAccountId")
        << s("format");
    QTest::newRow("alibaba account short") << alibaba << s("1234567") << s("2170053")
                                           << s("R-SET-1") << s("alibabaAccountId") << s("format");
    QTest::newRow("alibaba account long")
        << alibaba << QString(21, QLatin1Char('1')) << s("2170053") << s("R-SET-1")
        << s("alibabaAccountId") << s("format");
    QTest::newRow("alibaba instance empty")
        << alibaba << s("1839274650192837") << QString() << s("E-REQUIRED")
        << s("alibabaInstanceId") << s("required");
    QTest::newRow("aws not confirmed") << int(SettlementMethod::Aws) << QString() << QString()
                                       << s("R-SET-1") << s("awsSubscription") << s("notConfirmed");
}

void TestRegistration::R_SET_1_cloudAccountChecked()
{
    QFETCH(int, method);
    QFETCH(QString, alibabaAccountId);
    QFETCH(QString, alibabaInstanceId);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    TestBackend b(true);
    const QString email = s("ops@newco.com");
    RegistrationRequest r = request(s("newco-ops"), email);
    r.code = sendCode(*b.backend, email);
    r.method = SettlementMethod(method);
    r.alibabaAccountId = alibabaAccountId;
    r.alibabaInstanceId = alibabaInstanceId;
    r.awsSubscriptionConfirmed = false;
    const Snapshot before = snapshot(b);
    const auto result = await(b->registerCommercialPlan(r));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().rule, rule);
    QCOMPARE(result.error().field, field);
    QCOMPARE(result.error().reason, reason);
    QCOMPARE(snapshot(b), before);
}

void TestRegistration::R_REG_3_feeCenterRequired_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("fee-center settlement") << int(SettlementMethod::FeeCenter);
    QTest::newRow("Huawei Cloud settlement") << int(SettlementMethod::HuaweiCloud);
}

void TestRegistration::R_REG_3_feeCenterRequired()
{
    QFETCH(int, method);
    TestBackend b(true);
    const QString email = s("ops@lianyuntech.com");
    RegistrationRequest r = request(s("lianyun-ops"), email);
    r.code = sendCode(*b.backend, email);
    r.method = SettlementMethod(method);
    r.huaweiAccountId = huaweiAccountIdOf(*b.backend, s(demo::cast::BuyerLogin));
    r.createFeeCenterAccount = false;
    const Snapshot before = snapshot(b);
    const auto result = await(b->registerCommercialPlan(r));
    QCOMPARE(result.error(),
             makeError(s("R-REG-3"), s("createFeeCenterAccount"), s("feeCenterRequired")));
    QCOMPARE(snapshot(b), before);
}

// ---- successful activations --------------------------------------------------------------

// Seed 000/002: lianyun-tech (active SaaS instance, not linked) activates through the Huawei
// Cloud Store: Guance account, fee-center account with the same credentials, workspace
// settled through the Huawei account, and the link (R-FC-2), all at once.
void TestRegistration::R_REG_2_huaweiCloudActivation()
{
    TestBackend b(true);
    const QString huaweiId = huaweiAccountIdOf(*b.backend, s(demo::cast::BuyerLogin));
    const QString instanceId = activeSaasInstanceOf(*b.backend, huaweiId);
    const QString email = s("ops@lianyuntech.com");
    RegistrationRequest r = request(s("lianyun-ops"), email);
    r.code = sendCode(*b.backend, email);
    r.method = SettlementMethod::HuaweiCloud;
    r.huaweiAccountId = huaweiId.toUpper(); // R-ID-1 normalises
    r.workspaceName = s("  Lianyun Production  ");
    const Snapshot before = snapshot(b);
    const QDateTime now = await(b->clock())->now;
    QSignalSpy changed(b.backend.get(), &Backend::changed);

    const auto result = await(b->registerCommercialPlan(r));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QTRY_VERIFY(!changed.isEmpty());
    const QStringList views = changed.first().first().toStringList();
    for (QLatin1StringView name : {view::HuaweiAccounts, view::FeeCenterAccounts, view::Workspaces,
                                   view::Journal, view::Outbox})
        QVERIFY2(views.contains(name), name.data());

    // The result.
    QCOMPARE(result->guanceAccount.username, s("lianyun-ops"));
    QCOMPARE(result->guanceAccount.mobile, s("+8613912345678"));
    QVERIFY(result->guanceAccount.guanceAccountId > 0);
    QVERIFY(result->feeCenterAccount.has_value());
    QCOMPARE(result->feeCenterAccount->username, s("lianyun-ops"));
    const Workspace &w = result->workspace;
    QCOMPARE(w.name, s("Lianyun Production"));
    QVERIFY(w.workspaceId.startsWith(s("wksp_")));
    QCOMPARE(w.settlementAccountId, huaweiId);
    QCOMPARE(w.settlementInstanceId, instanceId);

    // The store: one of each more.
    Snapshot expected = before;
    expected.guanceAccounts += 1;
    expected.feeCenterAccounts += 1;
    expected.workspaces += 1;
    expected.huaweiLinks += 1;
    expected.registrationMails += 1;
    Snapshot after = snapshot(b);
    QVERIFY(after.successfulChanges > before.successfulChanges);
    QVERIFY(after.idState != before.idState);
    expected.successfulChanges = after.successfulChanges;
    expected.idState = after.idState;
    QCOMPARE(after, expected);

    const auto workspaces =
        rows(*b.backend, view::Workspaces, {{column::WorkspaceId, w.workspaceId}});
    QCOMPARE(workspaces.size(), 1);
    const QVariantMap &row = workspaces.first();
    QCOMPARE(row.value(column::Name).toString(), s("Lianyun Production"));
    QCOMPARE(row.value(column::FeeCenterUsername).toString(), s("lianyun-ops"));
    QCOMPARE(row.value(column::Site).toString(), s("cn4"));
    QCOMPARE(row.value(column::Language).toString(), s("en"));
    QCOMPARE(row.value(column::Settlement).toString(), s("huawei_cloud"));
    QCOMPARE(row.value(column::SettlementAccountId).toString(), huaweiId);
    QCOMPARE(row.value(column::SettlementInstanceId).toString(), instanceId);
    QCOMPARE(row.value(column::Status).toString(), s("active"));
    QCOMPARE(row.value(column::CreatedAt).toLongLong(), now.toMSecsSinceEpoch());

    const auto feeCenters =
        rows(*b.backend, view::FeeCenterAccounts, {{column::Username, s("lianyun-ops")}});
    QCOMPARE(feeCenters.size(), 1);
    QCOMPARE(feeCenters[0].value(column::EnterpriseName).toString(), r.enterpriseName);
    QCOMPARE(feeCenters[0].value(column::Email).toString(), email);
    QCOMPARE(feeCenters[0].value(column::CashBalance).toLongLong(), 0);
    QCOMPARE(feeCenters[0].value(column::WorkspaceCount).toInt(), 1);
    QCOMPARE(feeCenters[0].value(column::LinkedHuaweiAccounts).toInt(), 1);

    // R-FC-2: the Huawei account is now linked; its members log in directly.
    const auto detail = await(b->huaweiAccount(huaweiId));
    QCOMPARE(detail->linkedFeeCenterUsername, s("lianyun-ops"));
    QCOMPARE(detail->traces.first().operation, s("linkHuaweiAccount"));
    const auto progress = await(b->onboardingProgress(huaweiId));
    QVERIFY(progress->feeCenterLinked && progress->workspace && progress->huaweiSettlement);
    QCOMPARE(await(b->checkHuaweiActivation(huaweiId)).error().reason, s("linked"));

    {
        // Same username and password hash (Argon2id) for both accounts; the code is used.
        auto db = openStore(b.database());
        store::SqlQuery hashes(*db, s("SELECT g.password_hash, f.password_hash, g.email, g.site, "
                                      "f.industry, f.contact FROM guance_accounts g JOIN "
                                      "fee_center_accounts f ON f.username = g.username "
                                      "WHERE g.username = :u"));
        hashes.bind(s(":u"), s("lianyun-ops")).exec();
        QVERIFY(hashes.next());
        QVERIFY(hashes.text(0).startsWith(s("$argon2id$")));
        QCOMPARE(hashes.text(1), hashes.text(0));
        QVERIFY(PasswordHasher(HashCost::Minimum).verify(hashes.text(0), Password));
        QCOMPARE(hashes.text(2), email);
        QCOMPARE(hashes.text(3), s("cn4"));
        QCOMPARE(hashes.text(4), s("Internet"));
        QCOMPARE(hashes.text(5), s("Xu Jing"));
        QCOMPARE(scalar(*db,
                        s("SELECT fee_center_account_id FROM fee_center_huawei_links "
                          "WHERE huawei_account_id = :h"),
                        {{s(":h"), huaweiId}}),
                 result->feeCenterAccount->feeCenterAccountId);
    }
    QCOMPARE(codeState(b, email), (std::pair<qint64, bool>{0, true}));

    // R-AUD-1: each creation journaled against its target.
    for (const auto &[target, operation] :
         {std::pair{s("lianyun-ops"), "createGuanceAccount"},
          std::pair{s("lianyun-ops"), "createFeeCenterAccount"},
          std::pair{s("lianyun-ops"), "registerCommercialPlan"},
          std::pair{w.workspaceId, "createWorkspace"}, std::pair{huaweiId, "linkHuaweiAccount"}}) {
        const auto entries = rows(*b.backend, view::Journal,
                                  {{column::Target, target}, {column::Operation, s(operation)}});
        QVERIFY2(entries.size() == 1, operation);
        QCOMPARE(entries[0].value(column::Outcome).toString(), s("success"));
    }
    const auto mails = rows(*b.backend, view::Outbox,
                            {{column::Kind, s("registration")}, {column::Destination, email}});
    QCOMPARE(mails.size(), 1);
    const QVariantMap params =
        QJsonDocument::fromJson(mails[0].value(column::Params).toString().toUtf8())
            .object()
            .toVariantMap();
    QCOMPARE(params.value(s("username")).toString(), s("lianyun-ops"));
    QCOMPARE(params.value(s("workspaceName")).toString(), s("Lianyun Production"));
    QCOMPARE(params.value(s("site")).toString(), s("cn4"));
}

void TestRegistration::R_REG_3_feeCenterSettlement()
{
    TestBackend b(true);
    const QString email = s("ops@newco.com");
    RegistrationRequest r = request(s("newco-ops"), email);
    r.code = sendCode(*b.backend, email);
    r.mobile.clear(); // optional
    r.industry.clear();
    const auto result = await(b->registerCommercialPlan(r));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QVERIFY(result->feeCenterAccount.has_value());
    QCOMPARE(toString(result->workspace.settlement), s("fee_center"));
    const auto row =
        rows(*b.backend, view::Workspaces, {{column::WorkspaceId, result->workspace.workspaceId}});
    QCOMPARE(row.size(), 1);
    QCOMPARE(row[0].value(column::Settlement).toString(), s("fee_center"));
    QCOMPARE(row[0].value(column::SettlementAccountId).toString(), QString());
    QCOMPARE(row[0].value(column::FeeCenterUsername).toString(), s("newco-ops"));
    // No Huawei account is involved.
    QCOMPARE(count(*b.backend, view::Journal, {{column::Operation, s("linkHuaweiAccount")}}), 0);
    QVERIFY(guanceAccountExists(b, s("newco-ops")));
}

// Schema 2: an Alibaba Cloud (or AWS) registration may skip the fee-center account; the
// workspace then belongs to its Guance account alone.
void TestRegistration::R_WS_1_workspaceWithoutFeeCenterAccount()
{
    TestBackend b(true);
    const QString email = s("sre@newco.com");
    RegistrationRequest r = request(s("newco-sre"), email);
    r.code = sendCode(*b.backend, email);
    r.site = s("cn2");
    r.method = SettlementMethod::AlibabaCloud;
    r.alibabaAccountId = s(" 1839274650192999 ");
    r.alibabaInstanceId = s("2170099");
    r.createFeeCenterAccount = false;
    const qint64 feeCentersBefore = count(*b.backend, view::FeeCenterAccounts);
    const auto result = await(b->registerCommercialPlan(r));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QVERIFY(!result->feeCenterAccount.has_value());
    QCOMPARE(result->workspace.feeCenterAccountId, 0);
    QCOMPARE(count(*b.backend, view::FeeCenterAccounts), feeCentersBefore);
    QCOMPARE(count(*b.backend, view::FeeCenterAccounts, {{column::Username, s("newco-sre")}}), 0);

    const auto row =
        rows(*b.backend, view::Workspaces, {{column::WorkspaceId, result->workspace.workspaceId}});
    QCOMPARE(row.size(), 1);
    QCOMPARE(row[0].value(column::FeeCenterUsername).toString(), QString());
    QVERIFY(row[0].value(column::FeeCenterAccountId).isNull());
    QCOMPARE(row[0].value(column::Settlement).toString(), s("alibaba_cloud"));
    QCOMPARE(row[0].value(column::SettlementAccountId).toString(), s("1839274650192999"));
    QCOMPARE(row[0].value(column::SettlementInstanceId).toString(), s("2170099"));
    QCOMPARE(row[0].value(column::Site).toString(), s("cn2"));
    QCOMPARE(
        count(*b.backend, view::Journal,
              {{column::Target, s("newco-sre")}, {column::Operation, s("createFeeCenterAccount")}}),
        0);
    {
        auto db = openStore(b.database());
        QCOMPARE(scalar(*db,
                        s("SELECT count(*) FROM workspaces WHERE workspace_id = :w AND "
                          "fee_center_account_id IS NULL AND owner_guance_account_id = :o"),
                        {{s(":w"), result->workspace.workspaceId},
                         {s(":o"), result->guanceAccount.guanceAccountId}}),
                 1);
        // R-WS-1 per owner: the same name is taken for this Guance account...
        QVERIFY(store::WorkspaceRepository(*db).nameTakenByOwner(
            result->guanceAccount.guanceAccountId, r.workspaceName));
    }

    // AWS with a fee-center account after all.
    const QString awsEmail = s("cloud@newco.com");
    RegistrationRequest aws = request(s("newco-cloud"), awsEmail);
    aws.code = sendCode(*b.backend, awsEmail);
    aws.site = s("us1");
    aws.method = SettlementMethod::Aws;
    aws.awsSubscriptionConfirmed = true;
    const auto awsResult = await(b->registerCommercialPlan(aws));
    QVERIFY2(awsResult.ok(), qPrintable(errorText(awsResult)));
    QVERIFY(awsResult->feeCenterAccount.has_value());
    const auto awsRow = rows(*b.backend, view::Workspaces,
                             {{column::WorkspaceId, awsResult->workspace.workspaceId}});
    QCOMPARE(awsRow[0].value(column::Settlement).toString(), s("aws"));
    QCOMPARE(awsRow[0].value(column::FeeCenterUsername).toString(), s("newco-cloud"));
}

// R-REG-3: a failure at any step of the transaction leaves nothing half-made. The failure is
// injected with a trigger on the table the step writes (a test-only fault in the file).
void TestRegistration::R_REG_3_allOrNothing_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("fee-center account") << s("fee_center_accounts");
    QTest::newRow("workspace") << s("workspaces");
    QTest::newRow("Huawei link") << s("fee_center_huawei_links");
    QTest::newRow("registration email (last)") << s("outbox");
}

void TestRegistration::R_REG_3_allOrNothing()
{
    QFETCH(QString, table);
    TestBackend b(true);
    const QString huaweiId = huaweiAccountIdOf(*b.backend, s(demo::cast::BuyerLogin));
    const QString email = s("ops@lianyuntech.com");
    RegistrationRequest r = request(s("lianyun-ops"), email);
    r.code = sendCode(*b.backend, email);
    r.method = SettlementMethod::HuaweiCloud;
    r.huaweiAccountId = huaweiId;
    injectFailure(b.database(), s("injected_failure"), table, s("INSERT"));
    const Snapshot before = snapshot(b);
    const auto result = await(b->registerCommercialPlan(r));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().rule, s("E-STORE"));

    QCOMPARE(snapshot(b), before);
    verifyNothingOf(b, r.username, r.workspaceName);
    QCOMPARE(await(b->huaweiAccount(huaweiId))->linkedFeeCenterUsername, QString());
    QCOMPARE(count(*b.backend, view::Journal, {{column::Target, r.username}}), 0);
    // The code's consumption was rolled back with the rest: the customer can retry.
    QCOMPARE(codeState(b, email), (std::pair<qint64, bool>{0, false}));

    removeFailure(b.database(), s("injected_failure"), table);
    const auto retried = await(b->registerCommercialPlan(r));
    QVERIFY2(retried.ok(), qPrintable(errorText(retried)));
    QVERIFY(guanceAccountExists(b, r.username));
    QCOMPARE(await(b->huaweiAccount(huaweiId))->linkedFeeCenterUsername, r.username);
}

// ---- verification codes at the commit (R-VC-1) -----------------------------------------

void TestRegistration::R_VC_1_wrongCodeAtCommitLeavesNothing()
{
    TestBackend b(true);
    const QString email = s("ops@newco.com");
    RegistrationRequest r = request(s("newco-ops"), email);
    const QString code = sendCode(*b.backend, email);
    r.code = code == u"000000" ? s("111111") : s("000000");
    const Snapshot before = snapshot(b);
    const auto result = await(b->registerCommercialPlan(r));
    QCOMPARE(result.error(),
             makeError(s("R-VC-1"), s("code"), s("wrong"), {{s("attemptsLeft"), 4}}));
    QCOMPARE(snapshot(b), before);
    verifyNothingOf(b, r.username, r.workspaceName);
    // The wrong attempt counts although nothing was created.
    QCOMPARE(codeState(b, email), (std::pair<qint64, bool>{1, false}));

    r.code = code;
    const auto registered = await(b->registerCommercialPlan(r));
    QVERIFY2(registered.ok(), qPrintable(errorText(registered)));
    QCOMPARE(codeState(b, email), (std::pair<qint64, bool>{1, true}));
}

void TestRegistration::R_VC_1_expiredCodeAtCommitLeavesNothing()
{
    TestBackend b(true);
    const QString email = s("ops@newco.com");
    RegistrationRequest r = request(s("newco-ops"), email);
    r.code = sendCode(*b.backend, email);
    QVERIFY(await(b->advanceClock(ClockStep::Hour)).ok()); // codes are valid 10 minutes
    const Snapshot before = snapshot(b);
    const auto result = await(b->registerCommercialPlan(r));
    QCOMPARE(result.error(), makeError(s("R-VC-1"), s("code"), s("expired")));
    QCOMPARE(snapshot(b), before);
    verifyNothingOf(b, r.username, r.workspaceName);
    QCOMPARE(codeState(b, email), (std::pair<qint64, bool>{0, false}));
}

void TestRegistration::R_VC_1_codeNotSentOrUsed()
{
    TestBackend b(true);
    const QString email = s("ops@newco.com");
    RegistrationRequest r = request(s("newco-ops"), email);
    r.code = s("123456");
    const Snapshot before = snapshot(b);
    QCOMPARE(await(b->registerCommercialPlan(r)).error(),
             makeError(s("R-VC-1"), s("code"), s("notSent")));
    QCOMPARE(snapshot(b), before);

    r.code = sendCode(*b.backend, email);
    QVERIFY(await(b->registerCommercialPlan(r)).ok());
    // Single use: the same email and code for a second registration on another site.
    RegistrationRequest again = request(s("newco-ops-eu"), email);
    again.site = s("eu1");
    again.code = r.code;
    const Snapshot afterFirst = snapshot(b);
    QCOMPARE(await(b->registerCommercialPlan(again)).error(),
             makeError(s("R-VC-1"), s("code"), s("used")));
    QCOMPARE(snapshot(b), afterFirst);
}

void TestRegistration::R_VC_1_exhaustedAfterFiveWrongAttempts()
{
    TestBackend b(true);
    const QString email = s("ops@newco.com");
    RegistrationRequest r = request(s("newco-ops"), email);
    const QString code = sendCode(*b.backend, email);
    r.code = code == u"000000" ? s("111111") : s("000000");
    for (int left = 4; left >= 1; --left)
        QCOMPARE(await(b->registerCommercialPlan(r)).error(),
                 makeError(s("R-VC-1"), s("code"), s("wrong"), {{s("attemptsLeft"), left}}));
    QCOMPARE(await(b->registerCommercialPlan(r)).error(),
             makeError(s("R-VC-1"), s("code"), s("exhausted")));
    r.code = code; // the right code no longer helps: a new one must be requested
    QCOMPARE(await(b->registerCommercialPlan(r)).error(),
             makeError(s("R-VC-1"), s("code"), s("exhausted")));
    verifyNothingOf(b, r.username, r.workspaceName);
}

// ---- concurrency -----------------------------------------------------------------------

// Two registrations of one username submitted at once: exactly one wins, the other is told
// the username is taken (R-FC-1), whether both go through one backend (serialised on its
// command worker) or through two connections to the same file (the loser's insert is
// refused by the unique constraint, or its check sees the winner).
void TestRegistration::R_FC_1_concurrentRegistrationsOneWins_data()
{
    QTest::addColumn<bool>("twoConnections");
    QTest::newRow("one backend") << false;
    QTest::newRow("two connections") << true;
}

void TestRegistration::R_FC_1_concurrentRegistrationsOneWins()
{
    QFETCH(bool, twoConnections);
    TestBackend b(true);
    std::unique_ptr<Backend> other;
    if (twoConnections) {
        other = b.openSecondBackend();
        QVERIFY(other);
    }
    Backend &first = *b.backend;
    Backend &second = other ? static_cast<Backend &>(*other) : first;

    RegistrationRequest a = request(s("twin-ops"), s("a@twin.com"));
    a.code = sendCode(first, a.email);
    a.workspaceName = s("Twin A");
    RegistrationRequest c = request(s("twin-ops"), s("c@twin.com"));
    c.code = sendCode(second, c.email);
    c.workspaceName = s("Twin C");

    auto futureA = first.registerCommercialPlan(a);
    auto futureC = second.registerCommercialPlan(c);
    const auto resultA = await(futureA);
    const auto resultC = await(futureC);
    QVERIFY2(resultA.ok() != resultC.ok(),
             qPrintable(errorText(resultA) + QLatin1Char('/') + errorText(resultC)));
    const auto &loser = resultA.ok() ? resultC : resultA;
    QCOMPARE(loser.error(), makeError(s("R-FC-1"), s("username"), s("taken")));

    auto db = openStore(b.database());
    QCOMPARE(scalar(*db, s("SELECT count(*) FROM guance_accounts WHERE username = 'twin-ops'")), 1);
    QCOMPARE(scalar(*db, s("SELECT count(*) FROM fee_center_accounts WHERE username = 'twin-ops'")),
             1);
    QCOMPARE(scalar(*db, s("SELECT count(*) FROM workspaces WHERE name IN ('Twin A', 'Twin C')")),
             1);
    const QString loserEmail = resultA.ok() ? c.email : a.email;
    QCOMPARE(scalar(*db,
                    s("SELECT count(*) FROM verification_codes WHERE destination = :d AND "
                      "consumed_at IS NULL"),
                    {{s(":d"), loserEmail}}),
             1);
}

QTEST_GUILESS_MAIN(TestRegistration)
#include "test_registration.moc"
