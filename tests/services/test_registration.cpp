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
using namespace Qt::StringLiterals;

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

const QString Password = u"Onboard#2026"_s;

// A complete, valid W-REG request with fee-center settlement; tests change what they test.
RegistrationRequest request(const QString &username, const QString &email)
{
    RegistrationRequest r;
    r.site = u"cn4"_s;
    r.username = username;
    r.password = Password;
    r.email = email;
    r.mobile = u"+86 139 1234 5678"_s;
    r.enterpriseName = u"Hangzhou Lianyun Technology Co., Ltd."_s;
    r.industry = u"Internet"_s;
    r.contact = u"Xu Jing"_s;
    r.agreementAccepted = true;
    r.workspaceName = u"Lianyun Production"_s;
    r.language = WorkspaceLanguage::English;
    r.method = SettlementMethod::FeeCenter;
    r.createFeeCenterAccount = true;
    r.termsAccepted = true;
    return r;
}

// W-REG page 1's Send code, and the code as the Outbox shows it.
QString sendCode(Backend &backend, const QString &email)
{
    const auto sent =
        await(backend.sendCode(Channel::Email, email, QString::fromUtf8(CodePurpose::Register)));
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
    snap.registrationMails = count(*b.backend, view::Outbox, {{column::Kind, u"registration"_s}});
    snap.successfulChanges = count(*b.backend, view::Journal, {{column::Outcome, u"success"_s}});
    auto db = openStore(b.database());
    snap.guanceAccounts = scalar(*db, u"SELECT count(*) FROM guance_accounts"_s);
    snap.huaweiLinks = scalar(*db, u"SELECT count(*) FROM fee_center_huawei_links"_s);
    snap.idState = store::MetaRepository(*db).get(u"ids.state"_s).value_or(QString());
    return snap;
}

// The newest register code of `email`: attempts so far and whether it was consumed.
std::pair<qint64, bool> codeState(TestBackend &b, const QString &email)
{
    auto db = openStore(b.database());
    VerificationCodeRecord latest = *store::VerificationCodeRepository(*db).latest(
        email, QString::fromUtf8(CodePurpose::Register));
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
                                 {column::Status, u"active"_s},
                                 {column::ProductKind, u"subscription"_s}});
    return instances.isEmpty() ? QString() : instances.first().value(column::InstanceId).toString();
}

} // namespace

// ---- live checks ---------------------------------------------------------------------------

void TestRegistration::R_FC_1_usernameTaken()
{
    TestBackend b(true);
    const Error taken = makeError(u"R-FC-1"_s, u"username"_s, u"taken"_s);
    // A Guance username of the demo (qiming-hk has no fee-center account), a fee-center
    // username without a Guance account (lianyun-finance), and one that is both.
    for (const char *name :
         {"qiming-hk", demo::cast::BuyerFinanceFeeCenter, demo::cast::OnboardedFeeCenter}) {
        const Status status = await(b->checkUsername(QString::fromUtf8(name)));
        QVERIFY2(!status.ok(), name);
        QCOMPARE(status.error(), taken);
        // The same name in other letter case is the same account.
        QCOMPARE(await(b->checkUsername(QString::fromUtf8(name).toUpper())).error(), taken);
    }
    QVERIFY(await(b->checkUsername(u"lianyun-ops"_s)).ok());
    QCOMPARE(await(b->checkUsername(u"9lives"_s)).error().reason, u"format"_s);
    QCOMPARE(await(b->checkUsername(u""_s)).error().rule, u"E-REQUIRED"_s);

    // The commit checks again, before it costs a code attempt.
    const QString email = u"ops@lianyuntech.com"_s;
    const QString code = sendCode(*b.backend, email);
    const Snapshot before = snapshot(b);
    for (const char *name : {"qiming-hk", demo::cast::BuyerFinanceFeeCenter}) {
        RegistrationRequest r = request(QString::fromUtf8(name), email);
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
    const Error taken = makeError(u"R-ACC-1"_s, u"email"_s, u"taken"_s);
    // qiming-ops registered on cn4 and qiming-hk on cn6 with the same email.
    const QString email = u"ops@qimingretail.com"_s;
    QCOMPARE(await(b->checkGuanceEmail(email, u"cn4"_s)).error(), taken);
    QCOMPARE(await(b->checkGuanceEmail(email, u"cn6"_s)).error(), taken);
    QCOMPARE(await(b->checkGuanceEmail(u"Ops@QimingRetail.com"_s, u"cn4"_s)).error(), taken);
    QVERIFY(await(b->checkGuanceEmail(email, u"cn1"_s)).ok());
    QCOMPARE(await(b->checkGuanceEmail(u"ops+1@x.com"_s, u"cn1"_s)).error().reason,
             u"forbiddenCharacter"_s);
    QCOMPARE(await(b->checkGuanceEmail(email, u"mars1"_s)).error(),
             makeError(u"R-WS-3"_s, u"site"_s, u"unknown"_s));

    const QString code = sendCode(*b.backend, email);
    RegistrationRequest r = request(u"qiming-cn4-again"_s, email);
    r.code = code;
    const Snapshot before = snapshot(b);
    const auto refused = await(b->registerCommercialPlan(r));
    QCOMPARE(refused.error(), taken);
    QCOMPARE(snapshot(b), before);

    // Unique per site: the same email registers on another site.
    r.site = u"cn1"_s;
    const auto registered = await(b->registerCommercialPlan(r));
    QVERIFY2(registered.ok(), qPrintable(errorText(registered)));
    QCOMPARE(registered->guanceAccount.site, u"cn1"_s);
    QCOMPARE(registered->workspace.site, u"cn1"_s);
}

void TestRegistration::R_REG_2_activationCheck_data()
{
    QTest::addColumn<QString>("login"); // a demo login, or a literal id when `literal`
    QTest::addColumn<bool>("literal");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason");
    QTest::newRow("active instance")
        << QString::fromUtf8(demo::cast::BuyerLogin) << false << QString() << QString();
    QTest::newRow("reseller customer")
        << QString::fromUtf8(demo::cast::ResellerCustomerLogin) << false << QString() << QString();
    QTest::newRow("no instance") << QString::fromUtf8(demo::cast::IndividualLogin) << false
                                 << u"R-REG-2"_s << u"noActiveInstance"_s;
    QTest::newRow("unauthenticated") << QString::fromUtf8(demo::cast::NewSignUpLogin) << false
                                     << u"R-REG-2"_s << u"noActiveInstance"_s;
    QTest::newRow("empty") << QString() << true << u"E-REQUIRED"_s << u"required"_s;
    QTest::newRow("format") << u"not-an-account"_s << true << u"R-ID-1"_s << u"format"_s;
    QTest::newRow("unknown") << u"f000ee4d7327428da2f53a081e7109bd"_s << true << u"E-NOT-FOUND"_s
                             << u"huaweiAccount"_s;
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
        QCOMPARE(check.error().field, u"huaweiAccountId"_s);
        QCOMPARE(check.error().reason, reason);
    }
}

void TestRegistration::R_FC_2_alreadyLinked()
{
    TestBackend b(true);
    const QString qiming =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::OnboardedLogin));
    const Error linked =
        makeError(u"R-FC-2"_s, u"huaweiAccountId"_s, u"linked"_s,
                  {{u"username"_s, QString::fromUtf8(demo::cast::OnboardedFeeCenter)}});
    QCOMPARE(await(b->checkHuaweiActivation(qiming)).error(), linked);
    // Linked wins over "no active instance": jiangcheng-media's instance is closed.
    const QString jiangcheng =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::ClosedLogin));
    QCOMPARE(
        await(b->checkHuaweiActivation(jiangcheng)).error().args.value(u"username"_s).toString(),
        QString::fromUtf8(demo::cast::ClosedFeeCenter));

    const QString email = u"it@qimingretail.com"_s;
    RegistrationRequest r = request(u"qiming-second"_s, email);
    r.code = sendCode(*b.backend, email);
    r.method = SettlementMethod::HuaweiCloud;
    r.huaweiAccountId = qiming;
    const Snapshot before = snapshot(b);
    const auto result = await(b->registerCommercialPlan(r));
    QCOMPARE(result.error(), linked);
    QCOMPARE(snapshot(b), before);
    verifyNothingOf(b, r.username, r.workspaceName);
    const auto detail = await(b->huaweiAccount(qiming));
    QCOMPARE(detail->linkedFeeCenterUsername, QString::fromUtf8(demo::cast::OnboardedFeeCenter));
}

// ---- the commit's checks, in page order ------------------------------------------------

void TestRegistration::R_REG_1_everyFieldChecked_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason");
    const QString longText(300, QLatin1Char('x'));
    QTest::newRow("site unknown") << u"site"_s << u"xx9"_s << u"R-WS-3"_s << u"unknown"_s;
    QTest::newRow("site empty") << u"site"_s << QString() << u"E-REQUIRED"_s << u"required"_s;
    QTest::newRow("username format") << u"username"_s << u"9lives"_s << u"R-FC-1"_s << u"format"_s;
    QTest::newRow("username length") << u"username"_s << u"ab"_s << u"R-FC-1"_s << u"length"_s;
    QTest::newRow("password classes")
        << u"password"_s << u"alllowercase"_s << u"R-ACC-2"_s << u"classes"_s;
    QTest::newRow("password length") << u"password"_s << u"Sh0rt!"_s << u"R-ACC-2"_s << u"length"_s;
    QTest::newRow("email forbidden")
        << u"email"_s << u"ops+1@newco.com"_s << u"R-ACC-1"_s << u"forbiddenCharacter"_s;
    QTest::newRow("email format") << u"email"_s << u"not-an-email"_s << u"R-ACC-1"_s << u"format"_s;
    QTest::newRow("code format") << u"code"_s << u"12345"_s << u"R-VC-1"_s << u"format"_s;
    QTest::newRow("code empty") << u"code"_s << QString() << u"E-REQUIRED"_s << u"required"_s;
    QTest::newRow("mobile format") << u"mobile"_s << u"12345"_s << u"R-ACC-4"_s << u"format"_s;
    QTest::newRow("enterprise empty")
        << u"enterpriseName"_s << u"  "_s << u"E-REQUIRED"_s << u"required"_s;
    QTest::newRow("enterprise long")
        << u"enterpriseName"_s << longText.left(65) << u"E-TOO-LONG"_s << u"tooLong"_s;
    QTest::newRow("industry long") << u"industry"_s << longText << u"E-TOO-LONG"_s << u"tooLong"_s;
    QTest::newRow("contact long") << u"contact"_s << longText << u"E-TOO-LONG"_s << u"tooLong"_s;
    QTest::newRow("agreement") << u"agreement"_s << QString() << u"R-REG-1"_s << u"terms"_s;
    QTest::newRow("workspace blank")
        << u"workspaceName"_s << u"   "_s << u"R-WS-1"_s << u"required"_s;
    QTest::newRow("workspace long")
        << u"workspaceName"_s << longText.left(51) << u"R-WS-1"_s << u"length"_s;
    QTest::newRow("terms") << u"terms"_s << QString() << u"R-REG-2"_s << u"terms"_s;
}

void TestRegistration::R_REG_1_everyFieldChecked()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, rule);
    QFETCH(QString, reason);
    TestBackend b(true);
    const QString email = u"ops@newco.com"_s;
    RegistrationRequest r = request(u"newco-ops"_s, email);
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
    QTest::newRow("alibaba account empty") << alibaba << u" "_s << u"2170053"_s << u"E-REQUIRED"_s
                                           << u"alibabaAccountId"_s << u"required"_s;
    QTest::newRow("alibaba account letters")
        << alibaba << u"12ab5678"_s << u"2170053"_s << u"R-SET-1"_s << u"alibabaAccountId"_s
        << u"format"_s;
    QTest::newRow("alibaba account short") << alibaba << u"1234567"_s << u"2170053"_s
                                           << u"R-SET-1"_s << u"alibabaAccountId"_s << u"format"_s;
    QTest::newRow("alibaba account long")
        << alibaba << QString(21, QLatin1Char('1')) << u"2170053"_s << u"R-SET-1"_s
        << u"alibabaAccountId"_s << u"format"_s;
    QTest::newRow("alibaba instance empty")
        << alibaba << u"1839274650192837"_s << QString() << u"E-REQUIRED"_s
        << u"alibabaInstanceId"_s << u"required"_s;
    QTest::newRow("aws not confirmed") << int(SettlementMethod::Aws) << QString() << QString()
                                       << u"R-SET-1"_s << u"awsSubscription"_s << u"notConfirmed"_s;
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
    const QString email = u"ops@newco.com"_s;
    RegistrationRequest r = request(u"newco-ops"_s, email);
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
    const QString email = u"ops@lianyuntech.com"_s;
    RegistrationRequest r = request(u"lianyun-ops"_s, email);
    r.code = sendCode(*b.backend, email);
    r.method = SettlementMethod(method);
    r.huaweiAccountId = huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::BuyerLogin));
    r.createFeeCenterAccount = false;
    const Snapshot before = snapshot(b);
    const auto result = await(b->registerCommercialPlan(r));
    QCOMPARE(result.error(),
             makeError(u"R-REG-3"_s, u"createFeeCenterAccount"_s, u"feeCenterRequired"_s));
    QCOMPARE(snapshot(b), before);
}

// ---- successful activations --------------------------------------------------------------

// Seed 000/002: lianyun-tech (active SaaS instance, not linked) activates through the Huawei
// Cloud Store: Guance account, fee-center account with the same credentials, workspace
// settled through the Huawei account, and the link (R-FC-2), all at once.
void TestRegistration::R_REG_2_huaweiCloudActivation()
{
    TestBackend b(true);
    const QString huaweiId =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::BuyerLogin));
    const QString instanceId = activeSaasInstanceOf(*b.backend, huaweiId);
    const QString email = u"ops@lianyuntech.com"_s;
    RegistrationRequest r = request(u"lianyun-ops"_s, email);
    r.code = sendCode(*b.backend, email);
    r.method = SettlementMethod::HuaweiCloud;
    r.huaweiAccountId = huaweiId.toUpper(); // R-ID-1 normalises
    r.workspaceName = u"  Lianyun Production  "_s;
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
    QCOMPARE(result->guanceAccount.username, u"lianyun-ops"_s);
    QCOMPARE(result->guanceAccount.mobile, u"+8613912345678"_s);
    QVERIFY(result->guanceAccount.guanceAccountId > 0);
    QVERIFY(result->feeCenterAccount.has_value());
    QCOMPARE(result->feeCenterAccount->username, u"lianyun-ops"_s);
    const Workspace &w = result->workspace;
    QCOMPARE(w.name, u"Lianyun Production"_s);
    QVERIFY(w.workspaceId.startsWith(u"wksp_"_s));
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
    QCOMPARE(row.value(column::Name).toString(), u"Lianyun Production"_s);
    QCOMPARE(row.value(column::FeeCenterUsername).toString(), u"lianyun-ops"_s);
    QCOMPARE(row.value(column::Site).toString(), u"cn4"_s);
    QCOMPARE(row.value(column::Language).toString(), u"en"_s);
    QCOMPARE(row.value(column::Settlement).toString(), u"huawei_cloud"_s);
    QCOMPARE(row.value(column::SettlementAccountId).toString(), huaweiId);
    QCOMPARE(row.value(column::SettlementInstanceId).toString(), instanceId);
    QCOMPARE(row.value(column::Status).toString(), u"active"_s);
    QCOMPARE(row.value(column::CreatedAt).toLongLong(), now.toMSecsSinceEpoch());

    const auto feeCenters =
        rows(*b.backend, view::FeeCenterAccounts, {{column::Username, u"lianyun-ops"_s}});
    QCOMPARE(feeCenters.size(), 1);
    QCOMPARE(feeCenters[0].value(column::EnterpriseName).toString(), r.enterpriseName);
    QCOMPARE(feeCenters[0].value(column::Email).toString(), email);
    QCOMPARE(feeCenters[0].value(column::CashBalance).toLongLong(), 0);
    QCOMPARE(feeCenters[0].value(column::WorkspaceCount).toInt(), 1);
    QCOMPARE(feeCenters[0].value(column::LinkedHuaweiAccounts).toInt(), 1);

    // R-FC-2: the Huawei account is now linked; its members log in directly.
    const auto detail = await(b->huaweiAccount(huaweiId));
    QCOMPARE(detail->linkedFeeCenterUsername, u"lianyun-ops"_s);
    QCOMPARE(detail->traces.first().operation, u"linkHuaweiAccount"_s);
    const auto progress = await(b->onboardingProgress(huaweiId));
    QVERIFY(progress->feeCenterLinked && progress->workspace && progress->huaweiSettlement);
    QCOMPARE(await(b->checkHuaweiActivation(huaweiId)).error().reason, u"linked"_s);

    {
        // Same username and password hash (Argon2id) for both accounts; the code is used.
        auto db = openStore(b.database());
        store::SqlQuery hashes(
            *db, QString::fromUtf8("SELECT g.password_hash, f.password_hash, g.email, g.site, "
                                   "f.industry, f.contact FROM guance_accounts g JOIN "
                                   "fee_center_accounts f ON f.username = g.username "
                                   "WHERE g.username = :u"));
        hashes.bind(u":u"_s, u"lianyun-ops"_s).exec();
        QVERIFY(hashes.next());
        QVERIFY(hashes.text(0).startsWith(u"$argon2id$"_s));
        QCOMPARE(hashes.text(1), hashes.text(0));
        QVERIFY(PasswordHasher(HashCost::Minimum).verify(hashes.text(0), Password));
        QCOMPARE(hashes.text(2), email);
        QCOMPARE(hashes.text(3), u"cn4"_s);
        QCOMPARE(hashes.text(4), u"Internet"_s);
        QCOMPARE(hashes.text(5), u"Xu Jing"_s);
        QCOMPARE(
            scalar(*db,
                   QString::fromUtf8("SELECT fee_center_account_id FROM fee_center_huawei_links "
                                     "WHERE huawei_account_id = :h"),
                   {{u":h"_s, huaweiId}}),
            result->feeCenterAccount->feeCenterAccountId);
    }
    QCOMPARE(codeState(b, email), (std::pair<qint64, bool>{0, true}));

    // R-AUD-1: each creation journaled against its target.
    for (const auto &[target, operation] :
         {std::pair{u"lianyun-ops"_s, "createGuanceAccount"},
          std::pair{u"lianyun-ops"_s, "createFeeCenterAccount"},
          std::pair{u"lianyun-ops"_s, "registerCommercialPlan"},
          std::pair{w.workspaceId, "createWorkspace"}, std::pair{huaweiId, "linkHuaweiAccount"}}) {
        const auto entries =
            rows(*b.backend, view::Journal,
                 {{column::Target, target}, {column::Operation, QString::fromUtf8(operation)}});
        QVERIFY2(entries.size() == 1, operation);
        QCOMPARE(entries[0].value(column::Outcome).toString(), u"success"_s);
    }
    const auto mails = rows(*b.backend, view::Outbox,
                            {{column::Kind, u"registration"_s}, {column::Destination, email}});
    QCOMPARE(mails.size(), 1);
    const QVariantMap params =
        QJsonDocument::fromJson(mails[0].value(column::Params).toString().toUtf8())
            .object()
            .toVariantMap();
    QCOMPARE(params.value(u"username"_s).toString(), u"lianyun-ops"_s);
    QCOMPARE(params.value(u"workspaceName"_s).toString(), u"Lianyun Production"_s);
    QCOMPARE(params.value(u"site"_s).toString(), u"cn4"_s);
}

void TestRegistration::R_REG_3_feeCenterSettlement()
{
    TestBackend b(true);
    const QString email = u"ops@newco.com"_s;
    RegistrationRequest r = request(u"newco-ops"_s, email);
    r.code = sendCode(*b.backend, email);
    r.mobile.clear(); // optional
    r.industry.clear();
    const auto result = await(b->registerCommercialPlan(r));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QVERIFY(result->feeCenterAccount.has_value());
    QCOMPARE(toString(result->workspace.settlement), u"fee_center"_s);
    const auto row =
        rows(*b.backend, view::Workspaces, {{column::WorkspaceId, result->workspace.workspaceId}});
    QCOMPARE(row.size(), 1);
    QCOMPARE(row[0].value(column::Settlement).toString(), u"fee_center"_s);
    QCOMPARE(row[0].value(column::SettlementAccountId).toString(), QString());
    QCOMPARE(row[0].value(column::FeeCenterUsername).toString(), u"newco-ops"_s);
    // No Huawei account is involved.
    QCOMPARE(count(*b.backend, view::Journal, {{column::Operation, u"linkHuaweiAccount"_s}}), 0);
    QVERIFY(guanceAccountExists(b, u"newco-ops"_s));
}

// Schema 2: an Alibaba Cloud (or AWS) registration may skip the fee-center account; the
// workspace then belongs to its Guance account alone.
void TestRegistration::R_WS_1_workspaceWithoutFeeCenterAccount()
{
    TestBackend b(true);
    const QString email = u"sre@newco.com"_s;
    RegistrationRequest r = request(u"newco-sre"_s, email);
    r.code = sendCode(*b.backend, email);
    r.site = u"cn2"_s;
    r.method = SettlementMethod::AlibabaCloud;
    r.alibabaAccountId = u" 1839274650192999 "_s;
    r.alibabaInstanceId = u"2170099"_s;
    r.createFeeCenterAccount = false;
    const qint64 feeCentersBefore = count(*b.backend, view::FeeCenterAccounts);
    const auto result = await(b->registerCommercialPlan(r));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QVERIFY(!result->feeCenterAccount.has_value());
    QCOMPARE(result->workspace.feeCenterAccountId, 0);
    QCOMPARE(count(*b.backend, view::FeeCenterAccounts), feeCentersBefore);
    QCOMPARE(count(*b.backend, view::FeeCenterAccounts, {{column::Username, u"newco-sre"_s}}), 0);

    const auto row =
        rows(*b.backend, view::Workspaces, {{column::WorkspaceId, result->workspace.workspaceId}});
    QCOMPARE(row.size(), 1);
    QCOMPARE(row[0].value(column::FeeCenterUsername).toString(), QString());
    QVERIFY(row[0].value(column::FeeCenterAccountId).isNull());
    QCOMPARE(row[0].value(column::Settlement).toString(), u"alibaba_cloud"_s);
    QCOMPARE(row[0].value(column::SettlementAccountId).toString(), u"1839274650192999"_s);
    QCOMPARE(row[0].value(column::SettlementInstanceId).toString(), u"2170099"_s);
    QCOMPARE(row[0].value(column::Site).toString(), u"cn2"_s);
    QCOMPARE(
        count(*b.backend, view::Journal,
              {{column::Target, u"newco-sre"_s}, {column::Operation, u"createFeeCenterAccount"_s}}),
        0);
    {
        auto db = openStore(b.database());
        QCOMPARE(scalar(*db,
                        QString::fromUtf8(
                            "SELECT count(*) FROM workspaces WHERE workspace_id = :w AND "
                            "fee_center_account_id IS NULL AND owner_guance_account_id = :o"),
                        {{u":w"_s, result->workspace.workspaceId},
                         {u":o"_s, result->guanceAccount.guanceAccountId}}),
                 1);
        // R-WS-1 per owner: the same name is taken for this Guance account...
        QVERIFY(store::WorkspaceRepository(*db).nameTakenByOwner(
            result->guanceAccount.guanceAccountId, r.workspaceName));
    }

    // AWS with a fee-center account after all.
    const QString awsEmail = u"cloud@newco.com"_s;
    RegistrationRequest aws = request(u"newco-cloud"_s, awsEmail);
    aws.code = sendCode(*b.backend, awsEmail);
    aws.site = u"us1"_s;
    aws.method = SettlementMethod::Aws;
    aws.awsSubscriptionConfirmed = true;
    const auto awsResult = await(b->registerCommercialPlan(aws));
    QVERIFY2(awsResult.ok(), qPrintable(errorText(awsResult)));
    QVERIFY(awsResult->feeCenterAccount.has_value());
    const auto awsRow = rows(*b.backend, view::Workspaces,
                             {{column::WorkspaceId, awsResult->workspace.workspaceId}});
    QCOMPARE(awsRow[0].value(column::Settlement).toString(), u"aws"_s);
    QCOMPARE(awsRow[0].value(column::FeeCenterUsername).toString(), u"newco-cloud"_s);
}

// R-REG-3: a failure at any step of the transaction leaves nothing half-made. The failure is
// injected with a trigger on the table the step writes (a test-only fault in the file).
void TestRegistration::R_REG_3_allOrNothing_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("fee-center account") << u"fee_center_accounts"_s;
    QTest::newRow("workspace") << u"workspaces"_s;
    QTest::newRow("Huawei link") << u"fee_center_huawei_links"_s;
    QTest::newRow("registration email (last)") << u"outbox"_s;
}

void TestRegistration::R_REG_3_allOrNothing()
{
    QFETCH(QString, table);
    TestBackend b(true);
    const QString huaweiId =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::BuyerLogin));
    const QString email = u"ops@lianyuntech.com"_s;
    RegistrationRequest r = request(u"lianyun-ops"_s, email);
    r.code = sendCode(*b.backend, email);
    r.method = SettlementMethod::HuaweiCloud;
    r.huaweiAccountId = huaweiId;
    injectFailure(b.database(), u"injected_failure"_s, table, u"INSERT"_s);
    const Snapshot before = snapshot(b);
    const auto result = await(b->registerCommercialPlan(r));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().rule, u"E-STORE"_s);

    QCOMPARE(snapshot(b), before);
    verifyNothingOf(b, r.username, r.workspaceName);
    QCOMPARE(await(b->huaweiAccount(huaweiId))->linkedFeeCenterUsername, QString());
    QCOMPARE(count(*b.backend, view::Journal, {{column::Target, r.username}}), 0);
    // The code's consumption was rolled back with the rest: the customer can retry.
    QCOMPARE(codeState(b, email), (std::pair<qint64, bool>{0, false}));

    removeFailure(b.database(), u"injected_failure"_s, table);
    const auto retried = await(b->registerCommercialPlan(r));
    QVERIFY2(retried.ok(), qPrintable(errorText(retried)));
    QVERIFY(guanceAccountExists(b, r.username));
    QCOMPARE(await(b->huaweiAccount(huaweiId))->linkedFeeCenterUsername, r.username);
}

// ---- verification codes at the commit (R-VC-1) -----------------------------------------

void TestRegistration::R_VC_1_wrongCodeAtCommitLeavesNothing()
{
    TestBackend b(true);
    const QString email = u"ops@newco.com"_s;
    RegistrationRequest r = request(u"newco-ops"_s, email);
    const QString code = sendCode(*b.backend, email);
    r.code = code == u"000000" ? u"111111"_s : u"000000"_s;
    const Snapshot before = snapshot(b);
    const auto result = await(b->registerCommercialPlan(r));
    QCOMPARE(result.error(),
             makeError(u"R-VC-1"_s, u"code"_s, u"wrong"_s, {{u"attemptsLeft"_s, 4}}));
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
    const QString email = u"ops@newco.com"_s;
    RegistrationRequest r = request(u"newco-ops"_s, email);
    r.code = sendCode(*b.backend, email);
    QVERIFY(await(b->advanceClock(ClockStep::Hour)).ok()); // codes are valid 10 minutes
    const Snapshot before = snapshot(b);
    const auto result = await(b->registerCommercialPlan(r));
    QCOMPARE(result.error(), makeError(u"R-VC-1"_s, u"code"_s, u"expired"_s));
    QCOMPARE(snapshot(b), before);
    verifyNothingOf(b, r.username, r.workspaceName);
    QCOMPARE(codeState(b, email), (std::pair<qint64, bool>{0, false}));
}

void TestRegistration::R_VC_1_codeNotSentOrUsed()
{
    TestBackend b(true);
    const QString email = u"ops@newco.com"_s;
    RegistrationRequest r = request(u"newco-ops"_s, email);
    r.code = u"123456"_s;
    const Snapshot before = snapshot(b);
    QCOMPARE(await(b->registerCommercialPlan(r)).error(),
             makeError(u"R-VC-1"_s, u"code"_s, u"notSent"_s));
    QCOMPARE(snapshot(b), before);

    r.code = sendCode(*b.backend, email);
    QVERIFY(await(b->registerCommercialPlan(r)).ok());
    // Single use: the same email and code for a second registration on another site.
    RegistrationRequest again = request(u"newco-ops-eu"_s, email);
    again.site = u"eu1"_s;
    again.code = r.code;
    const Snapshot afterFirst = snapshot(b);
    QCOMPARE(await(b->registerCommercialPlan(again)).error(),
             makeError(u"R-VC-1"_s, u"code"_s, u"used"_s));
    QCOMPARE(snapshot(b), afterFirst);
}

void TestRegistration::R_VC_1_exhaustedAfterFiveWrongAttempts()
{
    TestBackend b(true);
    const QString email = u"ops@newco.com"_s;
    RegistrationRequest r = request(u"newco-ops"_s, email);
    const QString code = sendCode(*b.backend, email);
    r.code = code == u"000000" ? u"111111"_s : u"000000"_s;
    for (int left = 4; left >= 1; --left)
        QCOMPARE(await(b->registerCommercialPlan(r)).error(),
                 makeError(u"R-VC-1"_s, u"code"_s, u"wrong"_s, {{u"attemptsLeft"_s, left}}));
    QCOMPARE(await(b->registerCommercialPlan(r)).error(),
             makeError(u"R-VC-1"_s, u"code"_s, u"exhausted"_s));
    r.code = code; // the right code no longer helps: a new one must be requested
    QCOMPARE(await(b->registerCommercialPlan(r)).error(),
             makeError(u"R-VC-1"_s, u"code"_s, u"exhausted"_s));
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

    RegistrationRequest a = request(u"twin-ops"_s, u"a@twin.com"_s);
    a.code = sendCode(first, a.email);
    a.workspaceName = u"Twin A"_s;
    RegistrationRequest c = request(u"twin-ops"_s, u"c@twin.com"_s);
    c.code = sendCode(second, c.email);
    c.workspaceName = u"Twin C"_s;

    auto futureA = first.registerCommercialPlan(a);
    auto futureC = second.registerCommercialPlan(c);
    const auto resultA = await(futureA);
    const auto resultC = await(futureC);
    QVERIFY2(resultA.ok() != resultC.ok(),
             qPrintable(errorText(resultA) + QLatin1Char('/') + errorText(resultC)));
    const auto &loser = resultA.ok() ? resultC : resultA;
    QCOMPARE(loser.error(), makeError(u"R-FC-1"_s, u"username"_s, u"taken"_s));

    auto db = openStore(b.database());
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM guance_accounts WHERE username = 'twin-ops'"_s), 1);
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM fee_center_accounts WHERE username = 'twin-ops'"_s),
             1);
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM workspaces WHERE name IN ('Twin A', 'Twin C')"_s),
             1);
    const QString loserEmail = resultA.ok() ? c.email : a.email;
    QCOMPARE(scalar(*db,
                    QString::fromUtf8(
                        "SELECT count(*) FROM verification_codes WHERE destination = :d AND "
                        "consumed_at IS NULL"),
                    {{u":d"_s, loserEmail}}),
             1);
}

QTEST_GUILESS_MAIN(TestRegistration)
#include "test_registration.moc"
