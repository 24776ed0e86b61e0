// W-LOGIN through the asynchronous Backend: the unified login (R-ORG-6), the existing
// fee-center account (R-FC-3), binding and creating workspaces (R-WS-1..3, R-SET-2..5,
// R-FC-1, R-ACC-1, R-VC-1) and the activation that links the owner's Huawei account (R-FC-2),
// on private copies of the demo story, each test asserting what the store holds afterwards.

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "core/PasswordHasher.h"
#include "services/DemoStoryData.h"
#include "store/BindingRepository.h"
#include "store/FeeCenterRepository.h"
#include "store/GuanceAccountRepository.h"
#include "store/MemberRepository.h"
#include "store/OrganizationRepository.h"
#include "store/VerificationCodeRepository.h"
#include "store/WorkspaceRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <tuple>

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestLogin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    // unified login
    void R_ORG_6_loginNameFormat_data();
    void R_ORG_6_loginNameFormat();
    void R_ORG_6_unknownOrganization();
    void R_ORG_6_wrongPasswordCountedAndCommitted();
    void R_ORG_6_unauthorizedMemberRefused();
    void R_ORG_6_disabledMemberRefused();
    void R_ORG_6_throttledAfterFiveWrongPasswords();
    void R_ORG_6_initialPasswordChangedAtFirstLogin();
    void R_FC_2_linkedOwnerLogsInDirectly();
    // existing fee-center account
    void R_FC_3_existingFeeCenterAccountVerifiedByEmailCode();
    void R_FC_2_verifyRefusedWhenOwnerLinkedElsewhere();
    void R_FC_3_enterpriseInformationConfirmed();
    // binding workspaces
    void R_SET_2_bindWorkspaceSettlesThroughOwnerInstance();
    void R_FC_3_workspaceOfAnotherFeeCenterRefused();
    void R_SET_4_workspaceOfAnotherCloudRefused();
    void R_SET_5_lockedWorkspaceRefused();
    void R_SET_2_ownerWithoutActiveInstanceRefused();
    void R_SET_3_settlementChangesOncePerMonth();
    // creating workspaces
    void R_ACC_1_createWorkspaceWithGuanceAccount();
    void R_FC_1_createWorkspaceRegisteringGuanceAccount();
    void R_WS_1_workspaceNameTaken();
    void R_WS_2_R_WS_3_languageAndSiteNeverChange();
    void R_VC_1_createWorkspaceCodeChecked();
    // activation
    void R_FC_2_finishActivationLinksOwner();
};

namespace {

const QString DemoPassword = QString::fromUtf8(demo::cast::Password);
// The password of the test members of lianyun-tech's organization (addUnlinkedOwner).
const QString MemberPassword = u"Lianyun#2026"_s;

Error err(const char *rule, const char *field, const char *reason, QVariantMap args = {})
{
    return makeError(QString::fromUtf8(rule), QString::fromUtf8(field), QString::fromUtf8(reason),
                     std::move(args));
}

template<class T>
QString errorText(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

LoginRequest login(const QString &loginName, const QString &password)
{
    return LoginRequest{loginName, password};
}

QVariantMap paramsOf(const QVariantMap &outboxRow)
{
    return QJsonDocument::fromJson(outboxRow.value(column::Params).toString().toUtf8())
        .object()
        .toVariantMap();
}

qint64 scalar(store::Database &db, const QString &sql, const QVariantMap &binds = {})
{
    store::SqlQuery q(db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
    return q.next() ? q.integer(0) : -1;
}

void execute(TestBackend &b, const QString &sql, const QVariantMap &binds = {})
{
    auto db = openStore(b.database());
    store::SqlQuery q(*db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
}

QDateTime now(Backend &backend)
{
    return await(backend.clock())->now;
}

QVariantMap memberRow(Backend &backend, const QString &loginName)
{
    for (const QVariantMap &row : rows(backend, view::Members, {}, loginName))
        if (row.value(column::LoginName).toString() == loginName)
            return row;
    qFatal("no member %s", qPrintable(loginName));
}

qint64 memberIdOf(Backend &backend, const QString &loginName)
{
    return memberRow(backend, loginName).value(column::MemberId).toLongLong();
}

QVariantMap feeCenterRow(Backend &backend, const QString &username)
{
    const auto found = rows(backend, view::FeeCenterAccounts, {{column::Username, username}});
    if (found.size() != 1)
        qFatal("no fee-center account %s", qPrintable(username));
    return found.first();
}

qint64 feeCenterIdOf(Backend &backend, const QString &username)
{
    return feeCenterRow(backend, username).value(column::FeeCenterAccountId).toLongLong();
}

QVariantMap workspaceRow(Backend &backend, const QString &workspaceId)
{
    const auto found = rows(backend, view::Workspaces, {{column::WorkspaceId, workspaceId}});
    if (found.size() != 1)
        qFatal("no workspace %s", qPrintable(workspaceId));
    return found.first();
}

QString workspaceIdOf(Backend &backend, const QString &name)
{
    for (const QVariantMap &row : rows(backend, view::Workspaces, {}, name))
        if (row.value(column::Name).toString() == name)
            return row.value(column::WorkspaceId).toString();
    qFatal("no workspace %s", qPrintable(name));
}

// Failed logins and lock of a member, as the store holds them.
std::pair<int, QDateTime> loginFailures(TestBackend &b, qint64 memberId)
{
    auto db = openStore(b.database());
    QDateTime lockedUntil;
    const int failures = store::MemberRepository(*db).loginFailures(memberId, &lockedUntil);
    return {failures, lockedUntil};
}

// The initial password of a member's credentials SMS (held until authorized: not in the
// Outbox view, so read from the store).
QString initialPasswordOf(TestBackend &b, qint64 memberId)
{
    auto db = openStore(b.database());
    store::SqlQuery q(*db, QString::fromUtf8("SELECT params FROM outbox WHERE related_id = :r AND "
                                             "kind = 'memberCredentials'"));
    q.bind(u":r"_s, u"member:%1"_s.arg(memberId)).exec();
    if (!q.next())
        qFatal("no credentials of member %lld", memberId);
    return QJsonDocument::fromJson(q.text(0).toUtf8())
        .object()
        .value(u"initialPassword"_s)
        .toString();
}

// The newest code of `destination` for `purpose`: wrong attempts so far, consumed.
std::pair<int, bool> codeState(TestBackend &b, const QString &destination, const char *purpose)
{
    auto db = openStore(b.database());
    const auto latest =
        store::VerificationCodeRepository(*db).latest(destination, QString::fromUtf8(purpose));
    if (!latest)
        return {-1, false};
    return {latest->attempts, latest->consumed};
}

qint64 journalCount(Backend &backend, const QString &operation, const QString &target,
                    const QString &outcome = u"success"_s)
{
    return count(
        backend, view::Journal,
        {{column::Operation, operation}, {column::Target, target}, {column::Outcome, outcome}});
}

// A Huawei owner whose account is NOT linked to a fee-center account, with authorized members:
// lianyun-tech (active SaaS instance, no link) gets a ready organization "lianyun", its
// unbound SaaS order bound to it and two members authorized (xujing and chenlei, password
// MemberPassword, already changed). Written straight into the store through the
// repositories, as W-ORG (another branch) would.
struct UnlinkedOwner
{
    QString accountId;
    QString orderId;
    QString instanceId;
    QString organizationId;
    qint64 memberId = 0; // xujing@lianyun
    QString loginName;
    qint64 secondMemberId = 0; // chenlei@lianyun
    QString secondLoginName;
};

UnlinkedOwner addUnlinkedOwner(TestBackend &b)
{
    UnlinkedOwner u;
    u.accountId = huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::BuyerLogin));
    const auto instances = rows(*b.backend, view::Instances,
                                {{column::AccountId, u.accountId},
                                 {column::Status, u"active"_s},
                                 {column::ProductKind, u"subscription"_s}});
    if (instances.size() != 1 ||
        !instances.first().value(column::BoundOrganization).toString().isEmpty())
        qFatal("lianyun-tech should have one unbound active SaaS instance");
    u.instanceId = instances.first().value(column::InstanceId).toString();
    u.orderId = instances.first().value(column::OrderId).toString();
    const QDateTime at = now(*b.backend);

    auto db = openStore(b.database());
    store::Transaction tx(*db);
    Organization o;
    o.organizationId = u"org_7e570000000a11ce"_s;
    o.ownerAccountId = u.accountId;
    o.enterpriseName = u"Hangzhou Lianyun Technology Co., Ltd."_s;
    o.abbreviation = u"lianyun"_s;
    o.status = OrganizationStatus::Ready;
    o.createdAt = at.addSecs(-600);
    o.readyAt = at.addSecs(-480);
    store::OrganizationRepository organizations(*db);
    organizations.insert(o);
    u.organizationId = o.organizationId;
    const qint64 root = organizations.insertDepartment(o.organizationId, 0, o.enterpriseName);

    AppBinding binding;
    binding.orderId = u.orderId;
    binding.instanceId = u.instanceId;
    binding.productId = QString::fromUtf8(Catalogue::SaasProductId);
    binding.organizationId = o.organizationId;
    binding.boundAt = at.addSecs(-300);
    store::BindingRepository bindings(*db);
    const qint64 bindingId = bindings.insert(binding);

    const QString hash = PasswordHasher(HashCost::Minimum).hash(MemberPassword);
    store::MemberRepository members(*db);
    const auto addMember = [&](const char *account, const char *name, const char *mobile) {
        Member m;
        m.organizationId = o.organizationId;
        m.account = QString::fromUtf8(account);
        m.displayName = QString::fromUtf8(name);
        m.departmentId = root;
        m.mobile = QString::fromUtf8(mobile);
        m.email = QString::fromUtf8(account) + u"@lianyuntech.com"_s;
        m.mustChangePassword = false;
        m.enabled = true;
        m.createdAt = at.addSecs(-240);
        const qint64 id = members.insert(m, hash);
        bindings.authorize(bindingId, id, at.addSecs(-120));
        return id;
    };
    u.memberId = addMember("xujing", "Xu Jing", "+8613857160399");
    u.loginName = u"xujing@lianyun"_s;
    u.secondMemberId = addMember("chenlei", "Chen Lei", "+8613857160398");
    u.secondLoginName = u"chenlei@lianyun"_s;
    tx.commit();
    return u;
}

// W-LOGIN step 4: Send code to the fee-center account's email, and the code the Outbox shows.
QString feeCenterCode(Backend &backend, const QString &username)
{
    const auto sent = await(backend.sendFeeCenterCode(username));
    if (!sent.ok())
        qFatal("send fee-center code: %s", qPrintable(sent.error().toString()));
    return latestCode(backend, feeCenterRow(backend, username).value(column::Email).toString());
}

// W-LOGIN "create workspace": the code to the Guance account's email (Backend::sendCode).
QString createWorkspaceCode(Backend &backend, const QString &email)
{
    const auto sent = await(
        backend.sendCode(Channel::Email, email, QString::fromUtf8(CodePurpose::CreateWorkspace)));
    if (!sent.ok())
        qFatal("send code: %s", qPrintable(sent.error().toString()));
    return latestCode(backend, email);
}

QString wrongCodeFor(const QString &code)
{
    return code == u"000000" ? u"111111"_s : u"000000"_s;
}

BindWorkspaceRequest bindRequest(qint64 memberId, qint64 feeCenterAccountId,
                                 const QString &workspaceId)
{
    return BindWorkspaceRequest{memberId, feeCenterAccountId, workspaceId};
}

// A complete "No Guance account" request; tests change what they test.
CreateWorkspaceRequest registeringRequest(qint64 memberId, qint64 feeCenterAccountId)
{
    CreateWorkspaceRequest r;
    r.memberId = memberId;
    r.feeCenterAccountId = feeCenterAccountId;
    r.site = u"cn4"_s;
    r.workspaceName = u"Lianyun Production"_s;
    r.language = WorkspaceLanguage::Chinese;
    r.haveGuanceAccount = false;
    r.username = u"lianyun-dev"_s;
    r.password = u"Lianyun#Dev26"_s;
    r.email = u"dev@lianyuntech.com"_s;
    r.mobile = u"+86 138 5716 0399"_s;
    r.termsAccepted = true;
    return r;
}

// What a refused workspace change must leave alone.
struct WorkspaceState
{
    qint64 workspaces = 0;
    qint64 guanceAccounts = 0;
    qint64 huaweiSettled = 0;
    qint64 links = 0;
    qint64 workspaceMails = 0;
    bool operator==(const WorkspaceState &) const = default;
};

WorkspaceState workspaceState(TestBackend &b)
{
    WorkspaceState state;
    state.workspaces = count(*b.backend, view::Workspaces);
    state.huaweiSettled =
        count(*b.backend, view::Workspaces, {{column::Settlement, u"huawei_cloud"_s}});
    state.workspaceMails = count(*b.backend, view::Outbox, {{column::Kind, u"workspaceCreated"_s}});
    auto db = openStore(b.database());
    state.guanceAccounts = scalar(*db, u"SELECT count(*) FROM guance_accounts"_s);
    state.links = scalar(*db, u"SELECT count(*) FROM fee_center_huawei_links"_s);
    return state;
}

} // namespace

// ---- unified login (R-ORG-6) ---------------------------------------------------------------

void TestLogin::R_ORG_6_loginNameFormat_data()
{
    QTest::addColumn<QString>("loginName");
    QTest::newRow("empty") << QString();
    QTest::newRow("no at") << u"wangfang"_s;
    QTest::newRow("no account") << u"@qiming"_s;
    QTest::newRow("no abbreviation") << u"wangfang@"_s;
    QTest::newRow("space in account") << u"wang fang@qiming"_s;
    QTest::newRow("uppercase abbreviation") << u"wangfang@Qiming"_s;
    QTest::newRow("abbreviation too short") << u"wangfang@q"_s;
    QTest::newRow("two at signs") << u"wang@fang@qiming"_s;
}

void TestLogin::R_ORG_6_loginNameFormat()
{
    QFETCH(QString, loginName);
    TestBackend b(true);
    const qint64 journalBefore = count(*b.backend, view::Journal);
    const auto result = await(b->unifiedLogin(login(loginName, DemoPassword)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), err("R-ORG-6", "loginName", "format"));
    // Malformed input is not an attempt on any member: nothing counted, nothing journaled.
    QCOMPARE(count(*b.backend, view::Journal), journalBefore);
    QCOMPARE(loginFailures(b, memberIdOf(*b.backend, u"wangfang@qiming"_s)).first, 0);
}

void TestLogin::R_ORG_6_unknownOrganization()
{
    TestBackend b(true);
    const auto result = await(b->unifiedLogin(login(u" wangfang@nosuchorg "_s, DemoPassword)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), err("R-ORG-6", "loginName", "unknownOrganization"));
    // R-AUD-1: the refused attempt is journaled against the login name typed.
    const auto entries =
        rows(*b.backend, view::Journal,
             {{column::Operation, u"memberLogin"_s}, {column::Target, u"wangfang@nosuchorg"_s}});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].value(column::Outcome).toString(), u"R-ORG-6"_s);
    QCOMPARE(entries[0].value(column::Details).toString(), u"loginName:unknownOrganization"_s);
}

void TestLogin::R_ORG_6_wrongPasswordCountedAndCommitted()
{
    TestBackend b(true);
    const QString wangfang = u"wangfang@qiming"_s;
    const qint64 id = memberIdOf(*b.backend, wangfang);
    const QString target = QString::number(id);

    for (int attempt = 1; attempt <= 2; ++attempt) {
        const auto result = await(b->unifiedLogin(login(wangfang, u"Wrong@2026a"_s)));
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), err("R-ORG-6", "password", "wrongPassword"));
        // Committed although the login was refused.
        QCOMPARE(loginFailures(b, id).first, attempt);
        QVERIFY(!loginFailures(b, id).second.isValid());
    }
    QCOMPARE(journalCount(*b.backend, u"memberLogin"_s, target, u"R-ORG-6"_s), 2);

    // An unknown account gets the very same answer (which accounts exist is not revealed),
    // and counts against no one.
    const auto unknown = await(b->unifiedLogin(login(u"nobody@qiming"_s, DemoPassword)));
    QCOMPARE(unknown.error(), err("R-ORG-6", "password", "wrongPassword"));
    QCOMPARE(loginFailures(b, id).first, 2);
    QCOMPARE(journalCount(*b.backend, u"memberLogin"_s, u"nobody@qiming"_s, u"R-ORG-6"_s), 1);

    // An empty password is not an attempt.
    QCOMPARE(await(b->unifiedLogin(login(wangfang, QString()))).error(),
             err("E-REQUIRED", "password", "required"));
    QCOMPARE(loginFailures(b, id).first, 2);

    // Success resets the count.
    const auto ok = await(b->unifiedLogin(login(wangfang, DemoPassword)));
    QVERIFY2(ok.ok(), qPrintable(errorText(ok)));
    QCOMPARE(ok->memberId, id);
    QCOMPARE(loginFailures(b, id).first, 0);
}

void TestLogin::R_ORG_6_unauthorizedMemberRefused()
{
    TestBackend b(true);
    const QString zhangwei = u"zhangwei@qiming"_s;
    const QVariantMap row = memberRow(*b.backend, zhangwei);
    QCOMPARE(row.value(column::Authorized).toInt(), 0);
    const qint64 id = row.value(column::MemberId).toLongLong();
    const QString initial = initialPasswordOf(b, id);
    QVERIFY(!initial.isEmpty());

    const auto refused = await(b->unifiedLogin(login(zhangwei, initial)));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), err("R-ORG-6", "loginName", "notAuthorized"));
    const auto entries =
        rows(*b.backend, view::Journal,
             {{column::Operation, u"memberLogin"_s}, {column::Target, QString::number(id)}});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].value(column::Details).toString(), u"loginName:notAuthorized"_s);
    // Only the right password learns that: a wrong one is just wrong.
    QCOMPARE(await(b->unifiedLogin(login(zhangwei, DemoPassword))).error(),
             err("R-ORG-6", "password", "wrongPassword"));
    QCOMPARE(memberRow(*b.backend, zhangwei).value(column::Authorized).toInt(), 0);
}

void TestLogin::R_ORG_6_disabledMemberRefused()
{
    TestBackend b(true);
    const QString liqiang = u"liqiang@qiming"_s;
    const qint64 id = memberIdOf(*b.backend, liqiang);
    execute(b, u"UPDATE members SET enabled = 0 WHERE member_id = :id"_s, {{u":id"_s, id}});
    QCOMPARE(memberRow(*b.backend, liqiang).value(column::Enabled).toInt(), 0);

    const auto refused = await(b->unifiedLogin(login(liqiang, DemoPassword)));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), err("R-ORG-6", "loginName", "disabled"));
    QCOMPARE(journalCount(*b.backend, u"memberLogin"_s, QString::number(id), u"R-ORG-6"_s), 1);
    QCOMPARE(journalCount(*b.backend, u"memberLogin"_s, QString::number(id)), 0);

    execute(b, u"UPDATE members SET enabled = 1 WHERE member_id = :id"_s, {{u":id"_s, id}});
    QVERIFY(await(b->unifiedLogin(login(liqiang, DemoPassword))).ok());
    QCOMPARE(journalCount(*b.backend, u"memberLogin"_s, QString::number(id)), 1);
}

void TestLogin::R_ORG_6_throttledAfterFiveWrongPasswords()
{
    TestBackend b(true);
    const QString wangfang = u"wangfang@qiming"_s;
    const qint64 id = memberIdOf(*b.backend, wangfang);
    const QDateTime start = now(*b.backend);
    for (int attempt = 1; attempt <= 4; ++attempt)
        QCOMPARE(await(b->unifiedLogin(login(wangfang, u"Wrong@2026a"_s))).error(),
                 err("R-ORG-6", "password", "wrongPassword"));
    // The fifth wrong password locks the member out for 15 minutes.
    QCOMPARE(await(b->unifiedLogin(login(wangfang, u"Wrong@2026a"_s))).error(),
             err("R-ORG-6", "loginName", "throttled", {{u"minutes"_s, 15}}));
    QCOMPARE(loginFailures(b, id), (std::pair<int, QDateTime>{5, start.addSecs(15 * 60)}));

    // Locked: even the right password is refused, and not judged.
    QCOMPARE(await(b->unifiedLogin(login(wangfang, DemoPassword))).error(),
             err("R-ORG-6", "loginName", "throttled", {{u"minutes"_s, 15}}));
    QVERIFY(await(b->advanceClock(ClockStep::Minute)).ok());
    QCOMPARE(await(b->unifiedLogin(login(wangfang, DemoPassword))).error(),
             err("R-ORG-6", "loginName", "throttled", {{u"minutes"_s, 14}}));
    QCOMPARE(loginFailures(b, id).first, 5);

    // The lock lifts after 15 minutes on the demo clock; a wrong password starts a new count.
    QVERIFY(await(b->advanceClock(ClockStep::Hour)).ok());
    QCOMPARE(await(b->unifiedLogin(login(wangfang, u"Wrong@2026a"_s))).error(),
             err("R-ORG-6", "password", "wrongPassword"));
    QCOMPARE(loginFailures(b, id).first, 1);
    QVERIFY(!loginFailures(b, id).second.isValid());
    const auto ok = await(b->unifiedLogin(login(wangfang, DemoPassword)));
    QVERIFY2(ok.ok(), qPrintable(errorText(ok)));
    QCOMPARE(loginFailures(b, id), (std::pair<int, QDateTime>{0, QDateTime()}));
}

void TestLogin::R_ORG_6_initialPasswordChangedAtFirstLogin()
{
    TestBackend b(true);
    const QString liuyang = u"liuyang@qiming"_s;
    // The credentials SMS of liuyang, as the Outbox shows it.
    ListQuery sms;
    sms.view = view::Outbox;
    sms.filters = {{column::Kind, u"memberCredentials"_s},
                   {column::Destination, u"+8618019263347"_s}};
    const auto messages = rows(*b.backend, sms);
    QCOMPARE(messages.size(), 1);
    const QString initial = paramsOf(messages[0]).value(u"initialPassword"_s).toString();
    QCOMPARE(paramsOf(messages[0]).value(u"loginName"_s).toString(), liuyang);
    QVERIFY(!initial.isEmpty());

    const auto first = await(b->unifiedLogin(login(liuyang, initial)));
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QVERIFY(first->mustChangePassword);
    QCOMPARE(first->loginName, liuyang);
    QCOMPARE(first->displayName, u"Liu Yang"_s);
    const qint64 id = first->memberId;
    QCOMPARE(memberRow(*b.backend, liuyang).value(column::MustChangePassword).toInt(), 1);

    const QString next = u"Liuyang#2026"_s;
    QCOMPARE(await(b->changeInitialPassword(999999, initial, next)).error(),
             err("E-NOT-FOUND", "memberId", "member"));
    QCOMPARE(await(b->changeInitialPassword(id, u"Wrong@2026a"_s, next)).error(),
             err("R-ORG-6", "currentPassword", "wrongPassword"));
    const Error weak = await(b->changeInitialPassword(id, initial, u"short"_s)).error();
    QCOMPARE(weak.rule, u"R-ACC-2"_s);
    QCOMPARE(weak.field, u"newPassword"_s);
    QCOMPARE(weak.reason, u"length"_s);
    QCOMPARE(await(b->changeInitialPassword(id, initial, u"alllowercase"_s)).error().reason,
             u"classes"_s);
    QCOMPARE(await(b->changeInitialPassword(id, initial, initial)).error(),
             err("R-ORG-6", "newPassword", "samePassword"));
    QCOMPARE(memberRow(*b.backend, liuyang).value(column::MustChangePassword).toInt(), 1);
    QCOMPARE(paramsOf(rows(*b.backend, sms).first()).value(u"initialPassword"_s).toString(),
             initial);

    const Status changed = await(b->changeInitialPassword(id, initial, next));
    QVERIFY2(changed.ok(), qPrintable(errorText(changed)));
    QCOMPARE(memberRow(*b.backend, liuyang).value(column::MustChangePassword).toInt(), 0);
    // The Outbox no longer shows the initial password ("passwords never stored plain").
    const auto after = rows(*b.backend, sms);
    QCOMPARE(after.size(), 1);
    QVERIFY(!after[0].value(column::Params).toString().contains(initial));
    QCOMPARE(paramsOf(after[0]).value(u"initialPassword"_s).toString(), u"••••••"_s);
    {
        auto db = openStore(b.database());
        const QString hash = store::MemberRepository(*db).passwordHash(id).value_or(QString());
        QVERIFY(hash.startsWith(u"$argon2id$"_s));
        QVERIFY(PasswordHasher(HashCost::Minimum).verify(hash, next));
    }
    QCOMPARE(journalCount(*b.backend, u"changePassword"_s, QString::number(id)), 1);

    QCOMPARE(await(b->unifiedLogin(login(liuyang, initial))).error(),
             err("R-ORG-6", "password", "wrongPassword"));
    const auto second = await(b->unifiedLogin(login(liuyang, next)));
    QVERIFY2(second.ok(), qPrintable(errorText(second)));
    QVERIFY(!second->mustChangePassword);
}

// R-FC-2: the owner qiming-retail is linked to qiming-ops: its members skip the bind pages.
void TestLogin::R_FC_2_linkedOwnerLogsInDirectly()
{
    TestBackend b(true);
    const QString qiming =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::OnboardedLogin));
    const auto session = await(b->unifiedLogin(login(u"wangfang@qiming"_s, DemoPassword)));
    QVERIFY2(session.ok(), qPrintable(errorText(session)));
    QCOMPARE(session->loginName, u"wangfang@qiming"_s);
    QCOMPARE(session->displayName, u"Wang Fang"_s);
    QCOMPARE(session->abbreviation, u"qiming"_s);
    QCOMPARE(session->ownerAccountId, qiming);
    QVERIFY(!session->organizationId.isEmpty());
    QVERIFY(!session->mustChangePassword);
    QCOMPARE(session->linkedFeeCenterAccountId,
             feeCenterIdOf(*b.backend, QString::fromUtf8(demo::cast::OnboardedFeeCenter)));
    QCOMPARE(session->linkedFeeCenterUsername, QString::fromUtf8(demo::cast::OnboardedFeeCenter));
    // R-AUD-1: in the member's trace and the owner account's CTS traces.
    QCOMPARE(journalCount(*b.backend, u"memberLogin"_s, QString::number(session->memberId)), 1);
    QCOMPARE(journalCount(*b.backend, u"memberLogin"_s, qiming), 1);

    const auto jcmedia = await(b->unifiedLogin(login(u"huangli@jcmedia"_s, DemoPassword)));
    QVERIFY2(jcmedia.ok(), qPrintable(errorText(jcmedia)));
    QCOMPARE(jcmedia->linkedFeeCenterUsername, QString::fromUtf8(demo::cast::ClosedFeeCenter));

    // An owner without a link: the member goes on to the bind pages.
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const auto unlinked = await(b->unifiedLogin(login(u.loginName, MemberPassword)));
    QVERIFY2(unlinked.ok(), qPrintable(errorText(unlinked)));
    QCOMPARE(unlinked->linkedFeeCenterAccountId, 0);
    QCOMPARE(unlinked->linkedFeeCenterUsername, QString());
    QCOMPARE(unlinked->ownerAccountId, u.accountId);
}

// ---- existing fee-center account (R-FC-3, R-FC-2) ---------------------------------------------

void TestLogin::R_FC_3_existingFeeCenterAccountVerifiedByEmailCode()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const QString lanhai = QString::fromUtf8(demo::cast::ExistingFeeCenter);
    const QString email = feeCenterRow(*b.backend, lanhai).value(column::Email).toString();
    QCOMPARE(email, u"devops@lanhaigames.com"_s);
    const QDateTime start = now(*b.backend);

    QCOMPARE(await(b->sendFeeCenterCode(u"no-such-account"_s)).error(),
             err("E-NOT-FOUND", "username", "feeCenterAccount"));
    QCOMPARE(await(b->sendFeeCenterCode(u"  "_s)).error(),
             err("E-REQUIRED", "username", "required"));
    const auto sent = await(b->sendFeeCenterCode(u" lanhai-games "_s));
    QVERIFY2(sent.ok(), qPrintable(errorText(sent)));
    QCOMPARE(sent->maskedEmail, u"d***@lanhaigames.com"_s);
    QCOMPARE(sent->expiresAt, start.addSecs(10 * 60));
    QCOMPARE(sent->resendAllowedAt, start.addSecs(60));
    const auto mails = rows(*b.backend, view::Outbox,
                            {{column::Destination, email}, {column::Kind, u"verificationCode"_s}});
    QVERIFY(!mails.isEmpty());
    QCOMPARE(paramsOf(mails.first()).value(u"purpose"_s).toString(),
             QString::fromUtf8(CodePurpose::BindFeeCenter));
    const QString code = latestCode(*b.backend, email);
    // R-VC-1: one code per minute, refused next to the code field.
    const Error tooSoon = await(b->sendFeeCenterCode(lanhai)).error();
    QCOMPARE(tooSoon.rule, u"R-VC-1"_s);
    QCOMPARE(tooSoon.field, u"code"_s);
    QCOMPARE(tooSoon.reason, u"tooSoon"_s);

    FeeCenterVerification v{u.memberId, u"cn1"_s, lanhai, wrongCodeFor(code)};
    QCOMPARE(await(b->verifyFeeCenter(v)).error(),
             err("R-VC-1", "code", "wrong", {{u"attemptsLeft"_s, 4}}));
    QCOMPARE(codeState(b, email, CodePurpose::BindFeeCenter), (std::pair<int, bool>{1, false}));
    v.code = code;
    v.site = u"xx9"_s;
    QCOMPARE(await(b->verifyFeeCenter(v)).error(), err("R-WS-3", "site", "unknown"));
    v.site = u"cn1"_s;
    v.memberId = 999999;
    QCOMPARE(await(b->verifyFeeCenter(v)).error(), err("E-NOT-FOUND", "memberId", "member"));
    v.memberId = u.memberId;
    v.username = u"no-such-account"_s;
    QCOMPARE(await(b->verifyFeeCenter(v)).error(),
             err("E-NOT-FOUND", "username", "feeCenterAccount"));
    QCOMPARE(codeState(b, email, CodePurpose::BindFeeCenter), (std::pair<int, bool>{1, false}));

    v.username = lanhai;
    const auto verified = await(b->verifyFeeCenter(v));
    QVERIFY2(verified.ok(), qPrintable(errorText(verified)));
    QCOMPARE(verified->account.username, lanhai);
    QCOMPARE(verified->account.feeCenterAccountId, feeCenterIdOf(*b.backend, lanhai));
    QStringList names;
    for (const Workspace &w : verified->workspaces) {
        names << w.name;
        QCOMPARE(w.settlement, SettlementMethod::FeeCenter);
    }
    QCOMPARE(names, (QStringList{u"Lanhai Game Servers"_s, u"Lanhai Global Launch"_s}));
    QCOMPARE(codeState(b, email, CodePurpose::BindFeeCenter), (std::pair<int, bool>{1, true}));
    QCOMPARE(journalCount(*b.backend, u"verifyFeeCenter"_s, lanhai), 1);
    QCOMPARE(journalCount(*b.backend, u"verifyFeeCenter"_s, u.accountId), 1);
    // Verifying links nothing yet (finishActivation does).
    QCOMPARE(await(b->huaweiAccount(u.accountId))->linkedFeeCenterUsername, QString());
    // Single use.
    QCOMPARE(await(b->verifyFeeCenter(v)).error(), err("R-VC-1", "code", "used"));
}

void TestLogin::R_FC_2_verifyRefusedWhenOwnerLinkedElsewhere()
{
    TestBackend b(true);
    const qint64 wangfang = memberIdOf(*b.backend, u"wangfang@qiming"_s);
    const QString lanhai = QString::fromUtf8(demo::cast::ExistingFeeCenter);
    const QString email = feeCenterRow(*b.backend, lanhai).value(column::Email).toString();
    const QString code = feeCenterCode(*b.backend, lanhai);
    const auto refused = await(b->verifyFeeCenter({wangfang, u"cn1"_s, lanhai, code}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
             err("R-FC-2", "username", "linked",
                 {{u"username"_s, QString::fromUtf8(demo::cast::OnboardedFeeCenter)}}));
    // Refused before the code was judged: no attempt spent, nothing consumed.
    QCOMPARE(codeState(b, email, CodePurpose::BindFeeCenter), (std::pair<int, bool>{0, false}));

    // The account it is linked to verifies fine.
    const QString ops = QString::fromUtf8(demo::cast::OnboardedFeeCenter);
    const auto own =
        await(b->verifyFeeCenter({wangfang, u"cn4"_s, ops, feeCenterCode(*b.backend, ops)}));
    QVERIFY2(own.ok(), qPrintable(errorText(own)));
    QCOMPARE(own->workspaces.size(), 3);
}

void TestLogin::R_FC_3_enterpriseInformationConfirmed()
{
    TestBackend b(true);
    const QString lanhai = QString::fromUtf8(demo::cast::ExistingFeeCenter);
    const qint64 id = feeCenterIdOf(*b.backend, lanhai);
    const QString longText(300, QLatin1Char('x'));
    QCOMPARE(await(b->confirmEnterprise({999999, u"X Co."_s, {}, {}})).error(),
             err("E-NOT-FOUND", "feeCenterAccountId", "feeCenterAccount"));
    QCOMPARE(await(b->confirmEnterprise({id, u"  "_s, {}, {}})).error(),
             err("E-REQUIRED", "enterpriseName", "required"));
    QCOMPARE(await(b->confirmEnterprise({id, longText.left(65), {}, {}})).error(),
             err("E-TOO-LONG", "enterpriseName", "tooLong", {{u"max"_s, 64}}));
    QCOMPARE(await(b->confirmEnterprise({id, u"X Co."_s, longText, {}})).error(),
             err("E-TOO-LONG", "industry", "tooLong", {{u"max"_s, 256}}));
    QCOMPARE(feeCenterRow(*b.backend, lanhai).value(column::EnterpriseName).toString(),
             u"Xiamen Lanhai Games Co., Ltd."_s);

    const Status confirmed = await(b->confirmEnterprise(
        {id, u" Xiamen Lanhai Interactive  Games Co., Ltd. "_s, u"Gaming"_s, u"Lin Yue"_s}));
    QVERIFY2(confirmed.ok(), qPrintable(errorText(confirmed)));
    QCOMPARE(feeCenterRow(*b.backend, lanhai).value(column::EnterpriseName).toString(),
             u"Xiamen Lanhai Interactive Games Co., Ltd."_s);
    {
        auto db = openStore(b.database());
        const auto account = store::FeeCenterRepository(*db).find(id);
        QCOMPARE(account->industry, u"Gaming"_s);
        QCOMPARE(account->contact, u"Lin Yue"_s);
    }
    QCOMPARE(journalCount(*b.backend, u"confirmEnterprise"_s, lanhai), 1);
}

// ---- binding workspaces (R-FC-3, R-SET-2..5) ---------------------------------------------------

void TestLogin::R_SET_2_bindWorkspaceSettlesThroughOwnerInstance()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const qint64 lanhai =
        feeCenterIdOf(*b.backend, QString::fromUtf8(demo::cast::ExistingFeeCenter));
    const QString servers = workspaceIdOf(*b.backend, u"Lanhai Game Servers"_s);
    const QString launch = workspaceIdOf(*b.backend, u"Lanhai Global Launch"_s);
    const QDateTime at = now(*b.backend);

    QCOMPARE(await(b->bindWorkspace(bindRequest(999999, lanhai, servers))).error(),
             err("E-NOT-FOUND", "memberId", "member"));
    QCOMPARE(await(b->bindWorkspace(bindRequest(u.memberId, 999999, servers))).error(),
             err("E-NOT-FOUND", "feeCenterAccountId", "feeCenterAccount"));
    QCOMPARE(await(b->bindWorkspace(bindRequest(u.memberId, lanhai, u"wksp_nope"_s))).error(),
             err("E-NOT-FOUND", "workspaceId", "workspace"));

    const auto bound = await(b->bindWorkspace(bindRequest(u.memberId, lanhai, servers)));
    QVERIFY2(bound.ok(), qPrintable(errorText(bound)));
    QCOMPARE(bound->workspaceId, servers);
    QCOMPARE(bound->settlement, SettlementMethod::HuaweiCloud);
    QCOMPARE(bound->settlementAccountId, u.accountId);
    QCOMPARE(bound->settlementInstanceId, u.instanceId);
    QCOMPARE(bound->settlementChangedAt, at);
    const QVariantMap row = workspaceRow(*b.backend, servers);
    QCOMPARE(row.value(column::Settlement).toString(), u"huawei_cloud"_s);
    QCOMPARE(row.value(column::SettlementAccountId).toString(), u.accountId);
    QCOMPARE(row.value(column::SettlementInstanceId).toString(), u.instanceId);
    QCOMPARE(row.value(column::Status).toString(), u"active"_s);
    QCOMPARE(row.value(column::FeeCenterAccountId).toLongLong(), lanhai);
    // The other workspace is untouched.
    QCOMPARE(workspaceRow(*b.backend, launch).value(column::Settlement).toString(),
             u"fee_center"_s);
    // R-AUD-1: in the workspace's trace and the owner account's.
    QCOMPARE(journalCount(*b.backend, u"bindWorkspace"_s, servers), 1);
    QCOMPARE(journalCount(*b.backend, u"bindWorkspace"_s, u.accountId), 1);

    // Bound already: nothing changes (not even R-SET-3's month).
    const auto again = await(b->bindWorkspace(bindRequest(u.memberId, lanhai, servers)));
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again->settlementChangedAt, at);
    QCOMPARE(journalCount(*b.backend, u"bindWorkspace"_s, servers), 1);
}

void TestLogin::R_FC_3_workspaceOfAnotherFeeCenterRefused()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const qint64 lanhai =
        feeCenterIdOf(*b.backend, QString::fromUtf8(demo::cast::ExistingFeeCenter));
    const QString riskLab = workspaceIdOf(*b.backend, u"Tianfu Risk Lab"_s);
    const WorkspaceState before = workspaceState(b);
    const auto refused = await(b->bindWorkspace(bindRequest(u.memberId, lanhai, riskLab)));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), err("R-FC-3", "workspaceId", "otherFeeCenter"));
    QCOMPARE(workspaceState(b), before);
    QCOMPARE(workspaceRow(*b.backend, riskLab).value(column::Settlement).toString(),
             u"fee_center"_s);
    QCOMPARE(journalCount(*b.backend, u"bindWorkspace"_s, riskLab, u"R-FC-3"_s), 1);
}

void TestLogin::R_SET_4_workspaceOfAnotherCloudRefused()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const WorkspaceState before = workspaceState(b);
    // Alibaba Cloud, AWS, and the Huawei account of another customer.
    for (const auto &[feeCenter, workspace, method] :
         {std::tuple{demo::cast::MultiCloudFeeCenter, "Tianfu Payments Core", "alibaba_cloud"},
          std::tuple{demo::cast::ClosedFeeCenter, "Jiangcheng Overseas Edition", "aws"},
          std::tuple{demo::cast::OnboardedFeeCenter, "Qiming Store Monitoring", "huawei_cloud"}}) {
        const QString id = workspaceIdOf(*b.backend, QString::fromUtf8(workspace));
        const QVariantMap rowBefore = workspaceRow(*b.backend, id);
        QCOMPARE(rowBefore.value(column::Settlement).toString(), QString::fromUtf8(method));
        const auto refused = await(b->bindWorkspace(
            bindRequest(u.memberId, feeCenterIdOf(*b.backend, QString::fromUtf8(feeCenter)), id)));
        QVERIFY2(!refused.ok(), workspace);
        QCOMPARE(refused.error(), err("R-SET-4", "workspaceId", "otherCloud"));
        QCOMPARE(workspaceRow(*b.backend, id), rowBefore);
    }
    QCOMPARE(workspaceState(b), before);
}

void TestLogin::R_SET_5_lockedWorkspaceRefused()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const QString newsroom = workspaceIdOf(*b.backend, u"Jiangcheng Newsroom Monitoring"_s);
    const QVariantMap before = workspaceRow(*b.backend, newsroom);
    QCOMPARE(before.value(column::Status).toString(), u"locked"_s);
    const auto refused = await(b->bindWorkspace(bindRequest(
        u.memberId, feeCenterIdOf(*b.backend, QString::fromUtf8(demo::cast::ClosedFeeCenter)),
        newsroom)));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), err("R-SET-5", "workspaceId", "locked"));
    QCOMPARE(workspaceRow(*b.backend, newsroom), before);
}

// jiangcheng-media's only instance is closed: its members cannot settle anything through it.
void TestLogin::R_SET_2_ownerWithoutActiveInstanceRefused()
{
    TestBackend b(true);
    const auto session = await(b->unifiedLogin(login(u"huangli@jcmedia"_s, DemoPassword)));
    QVERIFY2(session.ok(), qPrintable(errorText(session)));
    const qint64 lanhai =
        feeCenterIdOf(*b.backend, QString::fromUtf8(demo::cast::ExistingFeeCenter));
    const QString servers = workspaceIdOf(*b.backend, u"Lanhai Game Servers"_s);
    const WorkspaceState before = workspaceState(b);
    QCOMPARE(await(b->bindWorkspace(bindRequest(session->memberId, lanhai, servers))).error(),
             err("R-SET-2", "workspaceId", "notActive"));
    QCOMPARE(workspaceRow(*b.backend, servers).value(column::Settlement).toString(),
             u"fee_center"_s);

    CreateWorkspaceRequest r = registeringRequest(session->memberId, lanhai);
    r.code = createWorkspaceCode(*b.backend, r.email);
    QCOMPARE(await(b->createWorkspace(r)).error(), err("R-SET-2", "workspaceName", "notActive"));
    QCOMPARE(workspaceState(b), before);
    // Refused before the code was judged.
    QCOMPARE(codeState(b, r.email, CodePurpose::CreateWorkspace), (std::pair<int, bool>{0, false}));
}

void TestLogin::R_SET_3_settlementChangesOncePerMonth()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const qint64 lanhai =
        feeCenterIdOf(*b.backend, QString::fromUtf8(demo::cast::ExistingFeeCenter));
    const QString servers = workspaceIdOf(*b.backend, u"Lanhai Game Servers"_s);
    const QString launch = workspaceIdOf(*b.backend, u"Lanhai Global Launch"_s);
    const QTimeZone china = ClockSteps::chinaTimeZone();
    // The demo starts on 2026-03-02 (UTC+8). Servers changed last month (23:59 on the last
    // day); Launch 30 minutes into this month, in China, which is still February in UTC.
    {
        auto db = openStore(b.database());
        store::WorkspaceRepository workspaces(*db);
        workspaces.setSettlement(servers, SettlementMethod::FeeCenter, {}, {},
                                 QDateTime(QDate(2026, 2, 28), QTime(23, 59), china));
        workspaces.setSettlement(launch, SettlementMethod::FeeCenter, {}, {},
                                 QDateTime(QDate(2026, 3, 1), QTime(0, 30), china));
    }
    const QVariantMap before = workspaceRow(*b.backend, launch);
    const auto refused = await(b->bindWorkspace(bindRequest(u.memberId, lanhai, launch)));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
             err("R-SET-3", "workspaceId", "monthly", {{u"nextChange"_s, u"2026-04-01"_s}}));
    QCOMPARE(workspaceRow(*b.backend, launch), before);

    const auto servedLastMonth = await(b->bindWorkspace(bindRequest(u.memberId, lanhai, servers)));
    QVERIFY2(servedLastMonth.ok(), qPrintable(errorText(servedLastMonth)));
    QCOMPARE(servedLastMonth->settlement, SettlementMethod::HuaweiCloud);

    // Next month the change is allowed.
    QVERIFY(await(b->advanceClock(ClockStep::Month)).ok());
    const auto nextMonth = await(b->bindWorkspace(bindRequest(u.memberId, lanhai, launch)));
    QVERIFY2(nextMonth.ok(), qPrintable(errorText(nextMonth)));
    QCOMPARE(workspaceRow(*b.backend, launch).value(column::SettlementAccountId).toString(),
             u.accountId);
}

// ---- creating workspaces (R-WS-1..3, R-FC-1, R-ACC-1, R-SET-2, R-VC-1) -------------------------

// "Have Guance account": the owner is the Guance account registered with that email on the site.
void TestLogin::R_ACC_1_createWorkspaceWithGuanceAccount()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const qint64 lanhai =
        feeCenterIdOf(*b.backend, QString::fromUtf8(demo::cast::ExistingFeeCenter));
    GuanceAccount guance;
    {
        auto db = openStore(b.database());
        guance = *store::GuanceAccountRepository(*db).findByUsername(
            QString::fromUtf8(demo::cast::ExistingFeeCenter));
    }
    QCOMPARE(guance.site, u"cn1"_s);

    CreateWorkspaceRequest r;
    r.memberId = u.memberId;
    r.feeCenterAccountId = lanhai;
    r.site = u"cn4"_s; // no Guance account with this email there
    r.workspaceName = u"Lanhai Huawei Launch"_s;
    r.language = WorkspaceLanguage::English;
    r.haveGuanceAccount = true;
    r.email = guance.email;
    r.termsAccepted = true;
    const WorkspaceState before = workspaceState(b);
    QCOMPARE(await(b->createWorkspace(r)).error(), err("R-ACC-1", "email", "noAccount"));
    QCOMPARE(workspaceState(b), before);

    r.site = guance.site;
    r.code = createWorkspaceCode(*b.backend, r.email);
    const auto created = await(b->createWorkspace(r));
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    const Workspace &w = *created;
    QVERIFY(w.workspaceId.startsWith(u"wksp_"_s));
    QCOMPARE(w.ownerGuanceAccountId, guance.guanceAccountId);

    const QVariantMap row = workspaceRow(*b.backend, w.workspaceId);
    QCOMPARE(row.value(column::Name).toString(), u"Lanhai Huawei Launch"_s);
    QCOMPARE(row.value(column::FeeCenterAccountId).toLongLong(), lanhai);
    QCOMPARE(row.value(column::Site).toString(), u"cn1"_s);
    QCOMPARE(row.value(column::Language).toString(), u"en"_s);
    QCOMPARE(row.value(column::Settlement).toString(), u"huawei_cloud"_s);
    QCOMPARE(row.value(column::SettlementAccountId).toString(), u.accountId);
    QCOMPARE(row.value(column::SettlementInstanceId).toString(), u.instanceId);
    QCOMPARE(row.value(column::Status).toString(), u"active"_s);
    {
        auto db = openStore(b.database());
        QCOMPARE(scalar(*db,
                        u"SELECT owner_guance_account_id FROM workspaces WHERE workspace_id = :w"_s,
                        {{u":w"_s, w.workspaceId}}),
                 guance.guanceAccountId);
    }
    WorkspaceState expected = before;
    expected.workspaces += 1;
    expected.huaweiSettled += 1;
    expected.workspaceMails += 1;
    QCOMPARE(workspaceState(b), expected); // no new Guance account
    QCOMPARE(codeState(b, r.email, CodePurpose::CreateWorkspace), (std::pair<int, bool>{0, true}));
    QCOMPARE(journalCount(*b.backend, u"createWorkspace"_s, w.workspaceId), 1);
    QCOMPARE(journalCount(*b.backend, u"createWorkspace"_s, u.accountId), 1);
    const auto mails =
        rows(*b.backend, view::Outbox,
             {{column::Kind, u"workspaceCreated"_s}, {column::Destination, guance.email}});
    QCOMPARE(mails.size(), 1);
    const QVariantMap params = paramsOf(mails[0]);
    QCOMPARE(params.value(u"workspaceName"_s).toString(), u"Lanhai Huawei Launch"_s);
    QCOMPARE(params.value(u"site"_s).toString(), u"cn1"_s);
    QCOMPARE(params.value(u"username"_s).toString(),
             QString::fromUtf8(demo::cast::ExistingFeeCenter));
}

// "No Guance account": a new Guance account (R-FC-1 username, R-ACC-1/2/4) owns the workspace.
void TestLogin::R_FC_1_createWorkspaceRegisteringGuanceAccount()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const qint64 lanhai =
        feeCenterIdOf(*b.backend, QString::fromUtf8(demo::cast::ExistingFeeCenter));
    const CreateWorkspaceRequest valid = registeringRequest(u.memberId, lanhai);
    const WorkspaceState before = workspaceState(b);

    struct Case
    {
        const char *name;
        std::function<void(CreateWorkspaceRequest &)> change;
        const char *rule;
        const char *field;
        const char *reason;
    };
    const QList<Case> cases = {
        {"username taken", [](auto &r) { r.username = u"qiming-hk"_s; }, "R-FC-1", "username",
         "taken"},
        {"username format", [](auto &r) { r.username = u"9lives"_s; }, "R-FC-1", "username",
         "format"},
        {"password classes", [](auto &r) { r.password = u"weakpassword"_s; }, "R-ACC-2", "password",
         "classes"},
        {"email taken on site", [](auto &r) { r.email = u"ops@qimingretail.com"_s; }, "R-ACC-1",
         "email", "taken"},
        {"email format", [](auto &r) { r.email = u"dev+1@lianyuntech.com"_s; }, "R-ACC-1", "email",
         "forbiddenCharacter"},
        {"mobile format", [](auto &r) { r.mobile = u"12345"_s; }, "R-ACC-4", "mobile", "format"},
        {"terms", [](auto &r) { r.termsAccepted = false; }, "E-REQUIRED", "terms", "terms"},
        {"site", [](auto &r) { r.site = u"xx9"_s; }, "R-WS-3", "site", "unknown"},
        {"fee-center account", [](auto &r) { r.feeCenterAccountId = 999999; }, "E-NOT-FOUND",
         "feeCenterAccountId", "feeCenterAccount"},
        {"member", [](auto &r) { r.memberId = 999999; }, "E-NOT-FOUND", "memberId", "member"},
    };
    const QString code = createWorkspaceCode(*b.backend, valid.email);
    for (const Case &c : cases) {
        CreateWorkspaceRequest r = valid;
        r.code = code;
        c.change(r);
        const auto refused = await(b->createWorkspace(r));
        QVERIFY2(!refused.ok(), c.name);
        QCOMPARE(refused.error().rule, QString::fromUtf8(c.rule));
        QCOMPARE(refused.error().field, QString::fromUtf8(c.field));
        QCOMPARE(refused.error().reason, QString::fromUtf8(c.reason));
    }
    QCOMPARE(workspaceState(b), before);
    QCOMPARE(codeState(b, valid.email, CodePurpose::CreateWorkspace),
             (std::pair<int, bool>{0, false})); // no attempt spent

    CreateWorkspaceRequest r = valid;
    r.code = code;
    const auto created = await(b->createWorkspace(r));
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    {
        auto db = openStore(b.database());
        const auto account = store::GuanceAccountRepository(*db).findByUsername(u"lianyun-dev"_s);
        QVERIFY(account.has_value());
        QCOMPARE(account->email, u"dev@lianyuntech.com"_s);
        QCOMPARE(account->site, u"cn4"_s);
        QCOMPARE(account->mobile, u"+8613857160399"_s);
        QCOMPARE(created->ownerGuanceAccountId, account->guanceAccountId);
        store::SqlQuery hash(*db,
                             u"SELECT password_hash FROM guance_accounts WHERE username = :u"_s);
        hash.bind(u":u"_s, u"lianyun-dev"_s).exec();
        QVERIFY(hash.next());
        QVERIFY(hash.text(0).startsWith(u"$argon2id$"_s));
        QVERIFY(PasswordHasher(HashCost::Minimum).verify(hash.text(0), valid.password));
    }
    const QVariantMap row = workspaceRow(*b.backend, created->workspaceId);
    QCOMPARE(row.value(column::FeeCenterAccountId).toLongLong(), lanhai);
    QCOMPARE(row.value(column::Settlement).toString(), u"huawei_cloud"_s);
    QCOMPARE(row.value(column::SettlementAccountId).toString(), u.accountId);
    QCOMPARE(row.value(column::Site).toString(), u"cn4"_s);
    QCOMPARE(row.value(column::Language).toString(), u"zh"_s);
    QCOMPARE(journalCount(*b.backend, u"createGuanceAccount"_s, u"lianyun-dev"_s), 1);
    QCOMPARE(journalCount(*b.backend, u"createWorkspace"_s, created->workspaceId), 1);
    const auto mails =
        rows(*b.backend, view::Outbox,
             {{column::Kind, u"workspaceCreated"_s}, {column::Destination, valid.email}});
    QCOMPARE(mails.size(), 1);
    QCOMPARE(paramsOf(mails[0]).value(u"username"_s).toString(), u"lianyun-dev"_s);
    QCOMPARE(codeState(b, valid.email, CodePurpose::CreateWorkspace),
             (std::pair<int, bool>{0, true}));

    // The username is now taken.
    CreateWorkspaceRequest again = valid;
    again.workspaceName = u"Lianyun Staging"_s;
    again.email = u"dev2@lianyuntech.com"_s;
    QCOMPARE(await(b->createWorkspace(again)).error(), err("R-FC-1", "username", "taken"));
}

void TestLogin::R_WS_1_workspaceNameTaken()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const qint64 lanhai =
        feeCenterIdOf(*b.backend, QString::fromUtf8(demo::cast::ExistingFeeCenter));
    CreateWorkspaceRequest r = registeringRequest(u.memberId, lanhai);
    r.code = createWorkspaceCode(*b.backend, r.email);
    const WorkspaceState before = workspaceState(b);
    r.workspaceName = u" Lanhai Game Servers "_s;
    QCOMPARE(await(b->createWorkspace(r)).error(), err("R-WS-1", "workspaceName", "taken"));
    r.workspaceName = u"   "_s;
    QCOMPARE(await(b->createWorkspace(r)).error(), err("R-WS-1", "workspaceName", "required"));
    r.workspaceName = QString(51, QLatin1Char('w'));
    QCOMPARE(await(b->createWorkspace(r)).error().reason, u"length"_s);
    QCOMPARE(workspaceState(b), before);
    QCOMPARE(codeState(b, r.email, CodePurpose::CreateWorkspace), (std::pair<int, bool>{0, false}));

    // Unique within its fee-center account only: another account's name is free here.
    r.workspaceName = u"Tianfu Risk Lab"_s;
    const auto created = await(b->createWorkspace(r));
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    QCOMPARE(count(*b.backend, view::Workspaces, {{column::FeeCenterAccountId, lanhai}}), 3);
}

// R-WS-2 (language) and R-WS-3 (site) are fixed at creation: binding changes only the
// settlement, creating keeps what was chosen.
void TestLogin::R_WS_2_R_WS_3_languageAndSiteNeverChange()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const qint64 lanhai =
        feeCenterIdOf(*b.backend, QString::fromUtf8(demo::cast::ExistingFeeCenter));
    const QString launch = workspaceIdOf(*b.backend, u"Lanhai Global Launch"_s);
    const QVariantMap before = workspaceRow(*b.backend, launch);
    QCOMPARE(before.value(column::Language).toString(), u"en"_s);
    QCOMPARE(before.value(column::Site).toString(), u"cn1"_s);
    // The member's site for this flow is another one (R-WS-3: it applies to new workspaces).
    const QString code =
        feeCenterCode(*b.backend, QString::fromUtf8(demo::cast::ExistingFeeCenter));
    QVERIFY(await(b->verifyFeeCenter({u.memberId, u"eu1"_s,
                                      QString::fromUtf8(demo::cast::ExistingFeeCenter), code}))
                .ok());
    const auto bound = await(b->bindWorkspace(bindRequest(u.memberId, lanhai, launch)));
    QVERIFY2(bound.ok(), qPrintable(errorText(bound)));
    QCOMPARE(bound->language, WorkspaceLanguage::English);
    QCOMPARE(bound->site, u"cn1"_s);
    const QVariantMap after = workspaceRow(*b.backend, launch);
    QCOMPARE(after.value(column::Language).toString(), u"en"_s);
    QCOMPARE(after.value(column::Site).toString(), u"cn1"_s);
    QCOMPARE(after.value(column::CreatedAt), before.value(column::CreatedAt));

    CreateWorkspaceRequest r = registeringRequest(u.memberId, lanhai);
    r.site = u"eu1"_s;
    r.language = WorkspaceLanguage::English;
    r.workspaceName = u"Lianyun Europe"_s;
    r.code = createWorkspaceCode(*b.backend, r.email);
    const auto created = await(b->createWorkspace(r));
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    QCOMPARE(created->language, WorkspaceLanguage::English);
    QCOMPARE(created->site, u"eu1"_s);
    const QVariantMap row = workspaceRow(*b.backend, created->workspaceId);
    QCOMPARE(row.value(column::Language).toString(), u"en"_s);
    QCOMPARE(row.value(column::Site).toString(), u"eu1"_s);
    // Binding it again (idempotent) keeps both.
    const auto rebound =
        await(b->bindWorkspace(bindRequest(u.memberId, lanhai, created->workspaceId)));
    QVERIFY2(rebound.ok(), qPrintable(errorText(rebound)));
    QCOMPARE(workspaceRow(*b.backend, created->workspaceId), row);
}

void TestLogin::R_VC_1_createWorkspaceCodeChecked()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const qint64 lanhai =
        feeCenterIdOf(*b.backend, QString::fromUtf8(demo::cast::ExistingFeeCenter));
    CreateWorkspaceRequest r = registeringRequest(u.memberId, lanhai);
    const WorkspaceState before = workspaceState(b);
    r.code = u"123456"_s;
    QCOMPARE(await(b->createWorkspace(r)).error(), err("R-VC-1", "code", "notSent"));

    const QString code = createWorkspaceCode(*b.backend, r.email);
    r.code = wrongCodeFor(code);
    QCOMPARE(await(b->createWorkspace(r)).error(),
             err("R-VC-1", "code", "wrong", {{u"attemptsLeft"_s, 4}}));
    QCOMPARE(workspaceState(b), before);
    // The wrong attempt counts although nothing was created.
    QCOMPARE(codeState(b, r.email, CodePurpose::CreateWorkspace), (std::pair<int, bool>{1, false}));
    {
        auto db = openStore(b.database());
        QVERIFY(!store::GuanceAccountRepository(*db).findByUsername(r.username).has_value());
    }
    r.code = code;
    const auto created = await(b->createWorkspace(r));
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    QCOMPARE(codeState(b, r.email, CodePurpose::CreateWorkspace), (std::pair<int, bool>{1, true}));
    // The email now belongs to a Guance account on this site.
    r.workspaceName = u"Lianyun Staging"_s;
    r.username = u"lianyun-dev2"_s;
    QCOMPARE(await(b->createWorkspace(r)).error(), err("R-ACC-1", "email", "taken"));
}

// ---- activation (R-FC-2)
// -------------------------------------------------------------------------

void TestLogin::R_FC_2_finishActivationLinksOwner()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const QString lanhaiName = QString::fromUtf8(demo::cast::ExistingFeeCenter);
    const qint64 lanhai = feeCenterIdOf(*b.backend, lanhaiName);
    const qint64 tianfu =
        feeCenterIdOf(*b.backend, QString::fromUtf8(demo::cast::MultiCloudFeeCenter));
    const QString servers = workspaceIdOf(*b.backend, u"Lanhai Game Servers"_s);
    const QString riskLab = workspaceIdOf(*b.backend, u"Tianfu Risk Lab"_s);

    const auto before = await(b->unifiedLogin(login(u.loginName, MemberPassword)));
    QVERIFY2(before.ok(), qPrintable(errorText(before)));
    QCOMPARE(before->linkedFeeCenterAccountId, 0);

    QCOMPARE(await(b->finishActivation(u.memberId, lanhai)).error(),
             err("E-REQUIRED", "workspaceId", "bindFirst"));
    QCOMPARE(await(b->finishActivation(999999, lanhai)).error(),
             err("E-NOT-FOUND", "memberId", "member"));
    QCOMPARE(await(b->finishActivation(u.memberId, 999999)).error(),
             err("E-NOT-FOUND", "feeCenterAccountId", "feeCenterAccount"));
    QCOMPARE(await(b->huaweiAccount(u.accountId))->linkedFeeCenterUsername, QString());

    // A workspace bound in each of two fee-center accounts; the first activation wins.
    QVERIFY(await(b->bindWorkspace(bindRequest(u.memberId, lanhai, servers))).ok());
    QVERIFY(await(b->bindWorkspace(bindRequest(u.memberId, tianfu, riskLab))).ok());

    const auto activated = await(b->finishActivation(u.memberId, lanhai));
    QVERIFY2(activated.ok(), qPrintable(errorText(activated)));
    QCOMPARE(activated->account.username, lanhaiName);
    QCOMPARE(activated->boundWorkspaces.size(), 1);
    QCOMPARE(activated->boundWorkspaces[0].workspaceId, servers);
    QCOMPARE(await(b->huaweiAccount(u.accountId))->linkedFeeCenterUsername, lanhaiName);
    QCOMPARE(feeCenterRow(*b.backend, lanhaiName).value(column::LinkedHuaweiAccounts).toInt(), 1);
    QCOMPARE(journalCount(*b.backend, u"linkHuaweiAccount"_s, u.accountId), 1);

    // Again: already linked to this account, nothing more happens.
    QVERIFY(await(b->finishActivation(u.memberId, lanhai)).ok());
    QCOMPARE(journalCount(*b.backend, u"linkHuaweiAccount"_s, u.accountId), 1);

    // R-FC-2: one fee-center account per Huawei account.
    const auto refused = await(b->finishActivation(u.memberId, tianfu));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
             err("R-FC-2", "feeCenterAccountId", "linked", {{u"username"_s, lanhaiName}}));
    QCOMPARE(await(b->huaweiAccount(u.accountId))->linkedFeeCenterUsername, lanhaiName);
    QCOMPARE(feeCenterRow(*b.backend, QString::fromUtf8(demo::cast::MultiCloudFeeCenter))
                 .value(column::LinkedHuaweiAccounts)
                 .toInt(),
             0);

    // Direct login from now on, for any member of the owner's organization.
    for (const QString &name : {u.loginName, u.secondLoginName}) {
        const auto session = await(b->unifiedLogin(login(name, MemberPassword)));
        QVERIFY2(session.ok(), qPrintable(errorText(session)));
        QCOMPARE(session->linkedFeeCenterAccountId, lanhai);
        QCOMPARE(session->linkedFeeCenterUsername, lanhaiName);
    }
}

QTEST_GUILESS_MAIN(TestLogin)
#include "test_login.moc"
