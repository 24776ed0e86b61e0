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

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString DemoPassword = s(demo::cast::Password);
// The password of the test members of lianyun-tech's organization (addUnlinkedOwner).
const QString MemberPassword = s("Lianyun#2026");

Error err(const char *rule, const char *field, const char *reason, QVariantMap args = {})
{
    return makeError(s(rule), s(field), s(reason), std::move(args));
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
    store::SqlQuery q(*db, s("SELECT params FROM outbox WHERE related_id = :r AND "
                             "kind = 'memberCredentials'"));
    q.bind(s(":r"), s("member:%1").arg(memberId)).exec();
    if (!q.next())
        qFatal("no credentials of member %lld", memberId);
    return QJsonDocument::fromJson(q.text(0).toUtf8())
        .object()
        .value(s("initialPassword"))
        .toString();
}

// The newest code of `destination` for `purpose`: wrong attempts so far, consumed.
std::pair<int, bool> codeState(TestBackend &b, const QString &destination, const char *purpose)
{
    auto db = openStore(b.database());
    const auto latest = store::VerificationCodeRepository(*db).latest(destination, s(purpose));
    if (!latest)
        return {-1, false};
    return {latest->attempts, latest->consumed};
}

qint64 journalCount(Backend &backend, const QString &operation, const QString &target,
                    const QString &outcome = s("success"))
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
    u.accountId = huaweiAccountIdOf(*b.backend, s(demo::cast::BuyerLogin));
    const auto instances = rows(*b.backend, view::Instances,
                                {{column::AccountId, u.accountId},
                                 {column::Status, s("active")},
                                 {column::ProductKind, s("subscription")}});
    if (instances.size() != 1 ||
        !instances.first().value(column::BoundOrganization).toString().isEmpty())
        qFatal("lianyun-tech should have one unbound active SaaS instance");
    u.instanceId = instances.first().value(column::InstanceId).toString();
    u.orderId = instances.first().value(column::OrderId).toString();
    const QDateTime at = now(*b.backend);

    auto db = openStore(b.database());
    store::Transaction tx(*db);
    Organization o;
    o.organizationId = s("org_7e570000000a11ce");
    o.ownerAccountId = u.accountId;
    o.enterpriseName = s("Hangzhou Lianyun Technology Co., Ltd.");
    o.abbreviation = s("lianyun");
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
    binding.productId = s(Catalogue::SaasProductId);
    binding.organizationId = o.organizationId;
    binding.boundAt = at.addSecs(-300);
    store::BindingRepository bindings(*db);
    const qint64 bindingId = bindings.insert(binding);

    const QString hash = PasswordHasher(HashCost::Minimum).hash(MemberPassword);
    store::MemberRepository members(*db);
    const auto addMember = [&](const char *account, const char *name, const char *mobile) {
        Member m;
        m.organizationId = o.organizationId;
        m.account = s(account);
        m.displayName = s(name);
        m.departmentId = root;
        m.mobile = s(mobile);
        m.email = s(account) + s("@lianyuntech.com");
        m.mustChangePassword = false;
        m.enabled = true;
        m.createdAt = at.addSecs(-240);
        const qint64 id = members.insert(m, hash);
        bindings.authorize(bindingId, id, at.addSecs(-120));
        return id;
    };
    u.memberId = addMember("xujing", "Xu Jing", "+8613857160399");
    u.loginName = s("xujing@lianyun");
    u.secondMemberId = addMember("chenlei", "Chen Lei", "+8613857160398");
    u.secondLoginName = s("chenlei@lianyun");
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
    const auto sent =
        await(backend.sendCode(Channel::Email, email, s(CodePurpose::CreateWorkspace)));
    if (!sent.ok())
        qFatal("send code: %s", qPrintable(sent.error().toString()));
    return latestCode(backend, email);
}

QString wrongCodeFor(const QString &code)
{
    return code == u"000000" ? s("111111") : s("000000");
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
    r.site = s("cn4");
    r.workspaceName = s("Lianyun Production");
    r.language = WorkspaceLanguage::Chinese;
    r.haveGuanceAccount = false;
    r.username = s("lianyun-dev");
    r.password = s("Lianyun#Dev26");
    r.email = s("dev@lianyuntech.com");
    r.mobile = s("+86 138 5716 0399");
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
        count(*b.backend, view::Workspaces, {{column::Settlement, s("huawei_cloud")}});
    state.workspaceMails = count(*b.backend, view::Outbox, {{column::Kind, s("workspaceCreated")}});
    auto db = openStore(b.database());
    state.guanceAccounts = scalar(*db, s("SELECT count(*) FROM guance_accounts"));
    state.links = scalar(*db, s("SELECT count(*) FROM fee_center_huawei_links"));
    return state;
}

} // namespace

// ---- unified login (R-ORG-6) ---------------------------------------------------------------

void TestLogin::R_ORG_6_loginNameFormat_data()
{
    QTest::addColumn<QString>("loginName");
    QTest::newRow("empty") << QString();
    QTest::newRow("no at") << s("wangfang");
    QTest::newRow("no account") << s("@qiming");
    QTest::newRow("no abbreviation") << s("wangfang@");
    QTest::newRow("space in account") << s("wang fang@qiming");
    QTest::newRow("uppercase abbreviation") << s("wangfang@Qiming");
    QTest::newRow("abbreviation too short") << s("wangfang@q");
    QTest::newRow("two at signs") << s("wang@fang@qiming");
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
    QCOMPARE(loginFailures(b, memberIdOf(*b.backend, s("wangfang@qiming"))).first, 0);
}

void TestLogin::R_ORG_6_unknownOrganization()
{
    TestBackend b(true);
    const auto result = await(b->unifiedLogin(login(s(" wangfang@nosuchorg "), DemoPassword)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), err("R-ORG-6", "loginName", "unknownOrganization"));
    // R-AUD-1: the refused attempt is journaled against the login name typed.
    const auto entries =
        rows(*b.backend, view::Journal,
             {{column::Operation, s("memberLogin")}, {column::Target, s("wangfang@nosuchorg")}});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].value(column::Outcome).toString(), s("R-ORG-6"));
    QCOMPARE(entries[0].value(column::Details).toString(), s("loginName:unknownOrganization"));
}

void TestLogin::R_ORG_6_wrongPasswordCountedAndCommitted()
{
    TestBackend b(true);
    const QString wangfang = s("wangfang@qiming");
    const qint64 id = memberIdOf(*b.backend, wangfang);
    const QString target = QString::number(id);

    for (int attempt = 1; attempt <= 2; ++attempt) {
        const auto result = await(b->unifiedLogin(login(wangfang, s("Wrong@2026a"))));
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), err("R-ORG-6", "password", "wrongPassword"));
        // Committed although the login was refused.
        QCOMPARE(loginFailures(b, id).first, attempt);
        QVERIFY(!loginFailures(b, id).second.isValid());
    }
    QCOMPARE(journalCount(*b.backend, s("memberLogin"), target, s("R-ORG-6")), 2);

    // An unknown account gets the very same answer (which accounts exist is not revealed),
    // and counts against no one.
    const auto unknown = await(b->unifiedLogin(login(s("nobody@qiming"), DemoPassword)));
    QCOMPARE(unknown.error(), err("R-ORG-6", "password", "wrongPassword"));
    QCOMPARE(loginFailures(b, id).first, 2);
    QCOMPARE(journalCount(*b.backend, s("memberLogin"), s("nobody@qiming"), s("R-ORG-6")), 1);

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
    const QString zhangwei = s("zhangwei@qiming");
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
             {{column::Operation, s("memberLogin")}, {column::Target, QString::number(id)}});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].value(column::Details).toString(), s("loginName:notAuthorized"));
    // Only the right password learns that: a wrong one is just wrong.
    QCOMPARE(await(b->unifiedLogin(login(zhangwei, DemoPassword))).error(),
             err("R-ORG-6", "password", "wrongPassword"));
    QCOMPARE(memberRow(*b.backend, zhangwei).value(column::Authorized).toInt(), 0);
}

void TestLogin::R_ORG_6_disabledMemberRefused()
{
    TestBackend b(true);
    const QString liqiang = s("liqiang@qiming");
    const qint64 id = memberIdOf(*b.backend, liqiang);
    execute(b, s("UPDATE members SET enabled = 0 WHERE member_id = :id"), {{s(":id"), id}});
    QCOMPARE(memberRow(*b.backend, liqiang).value(column::Enabled).toInt(), 0);

    const auto refused = await(b->unifiedLogin(login(liqiang, DemoPassword)));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), err("R-ORG-6", "loginName", "disabled"));
    QCOMPARE(journalCount(*b.backend, s("memberLogin"), QString::number(id), s("R-ORG-6")), 1);
    QCOMPARE(journalCount(*b.backend, s("memberLogin"), QString::number(id)), 0);

    execute(b, s("UPDATE members SET enabled = 1 WHERE member_id = :id"), {{s(":id"), id}});
    QVERIFY(await(b->unifiedLogin(login(liqiang, DemoPassword))).ok());
    QCOMPARE(journalCount(*b.backend, s("memberLogin"), QString::number(id)), 1);
}

void TestLogin::R_ORG_6_throttledAfterFiveWrongPasswords()
{
    TestBackend b(true);
    const QString wangfang = s("wangfang@qiming");
    const qint64 id = memberIdOf(*b.backend, wangfang);
    const QDateTime start = now(*b.backend);
    for (int attempt = 1; attempt <= 4; ++attempt)
        QCOMPARE(await(b->unifiedLogin(login(wangfang, s("Wrong@2026a")))).error(),
                 err("R-ORG-6", "password", "wrongPassword"));
    // The fifth wrong password locks the member out for 15 minutes.
    QCOMPARE(await(b->unifiedLogin(login(wangfang, s("Wrong@2026a")))).error(),
             err("R-ORG-6", "loginName", "throttled", {{s("minutes"), 15}}));
    QCOMPARE(loginFailures(b, id), (std::pair<int, QDateTime>{5, start.addSecs(15 * 60)}));

    // Locked: even the right password is refused, and not judged.
    QCOMPARE(await(b->unifiedLogin(login(wangfang, DemoPassword))).error(),
             err("R-ORG-6", "loginName", "throttled", {{s("minutes"), 15}}));
    QVERIFY(await(b->advanceClock(ClockStep::Minute)).ok());
    QCOMPARE(await(b->unifiedLogin(login(wangfang, DemoPassword))).error(),
             err("R-ORG-6", "loginName", "throttled", {{s("minutes"), 14}}));
    QCOMPARE(loginFailures(b, id).first, 5);

    // The lock lifts after 15 minutes on the demo clock; a wrong password starts a new count.
    QVERIFY(await(b->advanceClock(ClockStep::Hour)).ok());
    QCOMPARE(await(b->unifiedLogin(login(wangfang, s("Wrong@2026a")))).error(),
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
    const QString liuyang = s("liuyang@qiming");
    // The credentials SMS of liuyang, as the Outbox shows it.
    ListQuery sms;
    sms.view = view::Outbox;
    sms.filters = {{column::Kind, s("memberCredentials")},
                   {column::Destination, s("+8618019263347")}};
    const auto messages = rows(*b.backend, sms);
    QCOMPARE(messages.size(), 1);
    const QString initial = paramsOf(messages[0]).value(s("initialPassword")).toString();
    QCOMPARE(paramsOf(messages[0]).value(s("loginName")).toString(), liuyang);
    QVERIFY(!initial.isEmpty());

    const auto first = await(b->unifiedLogin(login(liuyang, initial)));
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QVERIFY(first->mustChangePassword);
    QCOMPARE(first->loginName, liuyang);
    QCOMPARE(first->displayName, s("Liu Yang"));
    const qint64 id = first->memberId;
    QCOMPARE(memberRow(*b.backend, liuyang).value(column::MustChangePassword).toInt(), 1);

    const QString next = s("Liuyang#2026");
    QCOMPARE(await(b->changeInitialPassword(999999, initial, next)).error(),
             err("E-NOT-FOUND", "memberId", "member"));
    QCOMPARE(await(b->changeInitialPassword(id, s("Wrong@2026a"), next)).error(),
             err("R-ORG-6", "currentPassword", "wrongPassword"));
    const Error weak = await(b->changeInitialPassword(id, initial, s("short"))).error();
    QCOMPARE(weak.rule, s("R-ACC-2"));
    QCOMPARE(weak.field, s("newPassword"));
    QCOMPARE(weak.reason, s("length"));
    QCOMPARE(await(b->changeInitialPassword(id, initial, s("alllowercase"))).error().reason,
             s("classes"));
    QCOMPARE(await(b->changeInitialPassword(id, initial, initial)).error(),
             err("R-ORG-6", "newPassword", "samePassword"));
    QCOMPARE(memberRow(*b.backend, liuyang).value(column::MustChangePassword).toInt(), 1);
    QCOMPARE(paramsOf(rows(*b.backend, sms).first()).value(s("initialPassword")).toString(),
             initial);

    const Status changed = await(b->changeInitialPassword(id, initial, next));
    QVERIFY2(changed.ok(), qPrintable(errorText(changed)));
    QCOMPARE(memberRow(*b.backend, liuyang).value(column::MustChangePassword).toInt(), 0);
    // The Outbox no longer shows the initial password ("passwords never stored plain").
    const auto after = rows(*b.backend, sms);
    QCOMPARE(after.size(), 1);
    QVERIFY(!after[0].value(column::Params).toString().contains(initial));
    QCOMPARE(paramsOf(after[0]).value(s("initialPassword")).toString(), s("••••••"));
    {
        auto db = openStore(b.database());
        const QString hash = store::MemberRepository(*db).passwordHash(id).value_or(QString());
        QVERIFY(hash.startsWith(s("$argon2id$")));
        QVERIFY(PasswordHasher(HashCost::Minimum).verify(hash, next));
    }
    QCOMPARE(journalCount(*b.backend, s("changePassword"), QString::number(id)), 1);

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
    const QString qiming = huaweiAccountIdOf(*b.backend, s(demo::cast::OnboardedLogin));
    const auto session = await(b->unifiedLogin(login(s("wangfang@qiming"), DemoPassword)));
    QVERIFY2(session.ok(), qPrintable(errorText(session)));
    QCOMPARE(session->loginName, s("wangfang@qiming"));
    QCOMPARE(session->displayName, s("Wang Fang"));
    QCOMPARE(session->abbreviation, s("qiming"));
    QCOMPARE(session->ownerAccountId, qiming);
    QVERIFY(!session->organizationId.isEmpty());
    QVERIFY(!session->mustChangePassword);
    QCOMPARE(session->linkedFeeCenterAccountId,
             feeCenterIdOf(*b.backend, s(demo::cast::OnboardedFeeCenter)));
    QCOMPARE(session->linkedFeeCenterUsername, s(demo::cast::OnboardedFeeCenter));
    // R-AUD-1: in the member's trace and the owner account's CTS traces.
    QCOMPARE(journalCount(*b.backend, s("memberLogin"), QString::number(session->memberId)), 1);
    QCOMPARE(journalCount(*b.backend, s("memberLogin"), qiming), 1);

    const auto jcmedia = await(b->unifiedLogin(login(s("huangli@jcmedia"), DemoPassword)));
    QVERIFY2(jcmedia.ok(), qPrintable(errorText(jcmedia)));
    QCOMPARE(jcmedia->linkedFeeCenterUsername, s(demo::cast::ClosedFeeCenter));

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
    const QString lanhai = s(demo::cast::ExistingFeeCenter);
    const QString email = feeCenterRow(*b.backend, lanhai).value(column::Email).toString();
    QCOMPARE(email, s("devops@lanhaigames.com"));
    const QDateTime start = now(*b.backend);

    QCOMPARE(await(b->sendFeeCenterCode(s("no-such-account"))).error(),
             err("E-NOT-FOUND", "username", "feeCenterAccount"));
    QCOMPARE(await(b->sendFeeCenterCode(s("  "))).error(),
             err("E-REQUIRED", "username", "required"));
    const auto sent = await(b->sendFeeCenterCode(s(" lanhai-games ")));
    QVERIFY2(sent.ok(), qPrintable(errorText(sent)));
    QCOMPARE(sent->maskedEmail, s("d***@lanhaigames.com"));
    QCOMPARE(sent->expiresAt, start.addSecs(10 * 60));
    QCOMPARE(sent->resendAllowedAt, start.addSecs(60));
    const auto mails = rows(*b.backend, view::Outbox,
                            {{column::Destination, email}, {column::Kind, s("verificationCode")}});
    QVERIFY(!mails.isEmpty());
    QCOMPARE(paramsOf(mails.first()).value(s("purpose")).toString(), s(CodePurpose::BindFeeCenter));
    const QString code = latestCode(*b.backend, email);
    // R-VC-1: one code per minute, refused next to the code field.
    const Error tooSoon = await(b->sendFeeCenterCode(lanhai)).error();
    QCOMPARE(tooSoon.rule, s("R-VC-1"));
    QCOMPARE(tooSoon.field, s("code"));
    QCOMPARE(tooSoon.reason, s("tooSoon"));

    FeeCenterVerification v{u.memberId, s("cn1"), lanhai, wrongCodeFor(code)};
    QCOMPARE(await(b->verifyFeeCenter(v)).error(),
             err("R-VC-1", "code", "wrong", {{s("attemptsLeft"), 4}}));
    QCOMPARE(codeState(b, email, CodePurpose::BindFeeCenter), (std::pair<int, bool>{1, false}));
    v.code = code;
    v.site = s("xx9");
    QCOMPARE(await(b->verifyFeeCenter(v)).error(), err("R-WS-3", "site", "unknown"));
    v.site = s("cn1");
    v.memberId = 999999;
    QCOMPARE(await(b->verifyFeeCenter(v)).error(), err("E-NOT-FOUND", "memberId", "member"));
    v.memberId = u.memberId;
    v.username = s("no-such-account");
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
    QCOMPARE(names, (QStringList{s("Lanhai Game Servers"), s("Lanhai Global Launch")}));
    QCOMPARE(codeState(b, email, CodePurpose::BindFeeCenter), (std::pair<int, bool>{1, true}));
    QCOMPARE(journalCount(*b.backend, s("verifyFeeCenter"), lanhai), 1);
    QCOMPARE(journalCount(*b.backend, s("verifyFeeCenter"), u.accountId), 1);
    // Verifying links nothing yet (finishActivation does).
    QCOMPARE(await(b->huaweiAccount(u.accountId))->linkedFeeCenterUsername, QString());
    // Single use.
    QCOMPARE(await(b->verifyFeeCenter(v)).error(), err("R-VC-1", "code", "used"));
}

void TestLogin::R_FC_2_verifyRefusedWhenOwnerLinkedElsewhere()
{
    TestBackend b(true);
    const qint64 wangfang = memberIdOf(*b.backend, s("wangfang@qiming"));
    const QString lanhai = s(demo::cast::ExistingFeeCenter);
    const QString email = feeCenterRow(*b.backend, lanhai).value(column::Email).toString();
    const QString code = feeCenterCode(*b.backend, lanhai);
    const auto refused = await(b->verifyFeeCenter({wangfang, s("cn1"), lanhai, code}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), err("R-FC-2", "username", "linked",
                                  {{s("username"), s(demo::cast::OnboardedFeeCenter)}}));
    // Refused before the code was judged: no attempt spent, nothing consumed.
    QCOMPARE(codeState(b, email, CodePurpose::BindFeeCenter), (std::pair<int, bool>{0, false}));

    // The account it is linked to verifies fine.
    const QString ops = s(demo::cast::OnboardedFeeCenter);
    const auto own =
        await(b->verifyFeeCenter({wangfang, s("cn4"), ops, feeCenterCode(*b.backend, ops)}));
    QVERIFY2(own.ok(), qPrintable(errorText(own)));
    QCOMPARE(own->workspaces.size(), 3);
}

void TestLogin::R_FC_3_enterpriseInformationConfirmed()
{
    TestBackend b(true);
    const QString lanhai = s(demo::cast::ExistingFeeCenter);
    const qint64 id = feeCenterIdOf(*b.backend, lanhai);
    const QString longText(300, QLatin1Char('x'));
    QCOMPARE(await(b->confirmEnterprise({999999, s("X Co."), {}, {}})).error(),
             err("E-NOT-FOUND", "feeCenterAccountId", "feeCenterAccount"));
    QCOMPARE(await(b->confirmEnterprise({id, s("  "), {}, {}})).error(),
             err("E-REQUIRED", "enterpriseName", "required"));
    QCOMPARE(await(b->confirmEnterprise({id, longText.left(65), {}, {}})).error(),
             err("E-TOO-LONG", "enterpriseName", "tooLong", {{s("max"), 64}}));
    QCOMPARE(await(b->confirmEnterprise({id, s("X Co."), longText, {}})).error(),
             err("E-TOO-LONG", "industry", "tooLong", {{s("max"), 256}}));
    QCOMPARE(feeCenterRow(*b.backend, lanhai).value(column::EnterpriseName).toString(),
             s("Xiamen Lanhai Games Co., Ltd."));

    const Status confirmed = await(b->confirmEnterprise(
        {id, s(" Xiamen Lanhai Interactive  Games Co., Ltd. "), s("Gaming"), s("Lin Yue")}));
    QVERIFY2(confirmed.ok(), qPrintable(errorText(confirmed)));
    QCOMPARE(feeCenterRow(*b.backend, lanhai).value(column::EnterpriseName).toString(),
             s("Xiamen Lanhai Interactive Games Co., Ltd."));
    {
        auto db = openStore(b.database());
        const auto account = store::FeeCenterRepository(*db).find(id);
        QCOMPARE(account->industry, s("Gaming"));
        QCOMPARE(account->contact, s("Lin Yue"));
    }
    QCOMPARE(journalCount(*b.backend, s("confirmEnterprise"), lanhai), 1);
}

// ---- binding workspaces (R-FC-3, R-SET-2..5) ---------------------------------------------------

void TestLogin::R_SET_2_bindWorkspaceSettlesThroughOwnerInstance()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const qint64 lanhai = feeCenterIdOf(*b.backend, s(demo::cast::ExistingFeeCenter));
    const QString servers = workspaceIdOf(*b.backend, s("Lanhai Game Servers"));
    const QString launch = workspaceIdOf(*b.backend, s("Lanhai Global Launch"));
    const QDateTime at = now(*b.backend);

    QCOMPARE(await(b->bindWorkspace(bindRequest(999999, lanhai, servers))).error(),
             err("E-NOT-FOUND", "memberId", "member"));
    QCOMPARE(await(b->bindWorkspace(bindRequest(u.memberId, 999999, servers))).error(),
             err("E-NOT-FOUND", "feeCenterAccountId", "feeCenterAccount"));
    QCOMPARE(await(b->bindWorkspace(bindRequest(u.memberId, lanhai, s("wksp_nope")))).error(),
             err("E-NOT-FOUND", "workspaceId", "workspace"));

    const auto bound = await(b->bindWorkspace(bindRequest(u.memberId, lanhai, servers)));
    QVERIFY2(bound.ok(), qPrintable(errorText(bound)));
    QCOMPARE(bound->workspaceId, servers);
    QCOMPARE(bound->settlement, SettlementMethod::HuaweiCloud);
    QCOMPARE(bound->settlementAccountId, u.accountId);
    QCOMPARE(bound->settlementInstanceId, u.instanceId);
    QCOMPARE(bound->settlementChangedAt, at);
    const QVariantMap row = workspaceRow(*b.backend, servers);
    QCOMPARE(row.value(column::Settlement).toString(), s("huawei_cloud"));
    QCOMPARE(row.value(column::SettlementAccountId).toString(), u.accountId);
    QCOMPARE(row.value(column::SettlementInstanceId).toString(), u.instanceId);
    QCOMPARE(row.value(column::Status).toString(), s("active"));
    QCOMPARE(row.value(column::FeeCenterAccountId).toLongLong(), lanhai);
    // The other workspace is untouched.
    QCOMPARE(workspaceRow(*b.backend, launch).value(column::Settlement).toString(),
             s("fee_center"));
    // R-AUD-1: in the workspace's trace and the owner account's.
    QCOMPARE(journalCount(*b.backend, s("bindWorkspace"), servers), 1);
    QCOMPARE(journalCount(*b.backend, s("bindWorkspace"), u.accountId), 1);

    // Bound already: nothing changes (not even R-SET-3's month).
    const auto again = await(b->bindWorkspace(bindRequest(u.memberId, lanhai, servers)));
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again->settlementChangedAt, at);
    QCOMPARE(journalCount(*b.backend, s("bindWorkspace"), servers), 1);
}

void TestLogin::R_FC_3_workspaceOfAnotherFeeCenterRefused()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const qint64 lanhai = feeCenterIdOf(*b.backend, s(demo::cast::ExistingFeeCenter));
    const QString riskLab = workspaceIdOf(*b.backend, s("Tianfu Risk Lab"));
    const WorkspaceState before = workspaceState(b);
    const auto refused = await(b->bindWorkspace(bindRequest(u.memberId, lanhai, riskLab)));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), err("R-FC-3", "workspaceId", "otherFeeCenter"));
    QCOMPARE(workspaceState(b), before);
    QCOMPARE(workspaceRow(*b.backend, riskLab).value(column::Settlement).toString(),
             s("fee_center"));
    QCOMPARE(journalCount(*b.backend, s("bindWorkspace"), riskLab, s("R-FC-3")), 1);
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
        const QString id = workspaceIdOf(*b.backend, s(workspace));
        const QVariantMap rowBefore = workspaceRow(*b.backend, id);
        QCOMPARE(rowBefore.value(column::Settlement).toString(), s(method));
        const auto refused = await(
            b->bindWorkspace(bindRequest(u.memberId, feeCenterIdOf(*b.backend, s(feeCenter)), id)));
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
    const QString newsroom = workspaceIdOf(*b.backend, s("Jiangcheng Newsroom Monitoring"));
    const QVariantMap before = workspaceRow(*b.backend, newsroom);
    QCOMPARE(before.value(column::Status).toString(), s("locked"));
    const auto refused = await(b->bindWorkspace(bindRequest(
        u.memberId, feeCenterIdOf(*b.backend, s(demo::cast::ClosedFeeCenter)), newsroom)));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), err("R-SET-5", "workspaceId", "locked"));
    QCOMPARE(workspaceRow(*b.backend, newsroom), before);
}

// jiangcheng-media's only instance is closed: its members cannot settle anything through it.
void TestLogin::R_SET_2_ownerWithoutActiveInstanceRefused()
{
    TestBackend b(true);
    const auto session = await(b->unifiedLogin(login(s("huangli@jcmedia"), DemoPassword)));
    QVERIFY2(session.ok(), qPrintable(errorText(session)));
    const qint64 lanhai = feeCenterIdOf(*b.backend, s(demo::cast::ExistingFeeCenter));
    const QString servers = workspaceIdOf(*b.backend, s("Lanhai Game Servers"));
    const WorkspaceState before = workspaceState(b);
    QCOMPARE(await(b->bindWorkspace(bindRequest(session->memberId, lanhai, servers))).error(),
             err("R-SET-2", "workspaceId", "notActive"));
    QCOMPARE(workspaceRow(*b.backend, servers).value(column::Settlement).toString(),
             s("fee_center"));

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
    const qint64 lanhai = feeCenterIdOf(*b.backend, s(demo::cast::ExistingFeeCenter));
    const QString servers = workspaceIdOf(*b.backend, s("Lanhai Game Servers"));
    const QString launch = workspaceIdOf(*b.backend, s("Lanhai Global Launch"));
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
             err("R-SET-3", "workspaceId", "monthly", {{s("nextChange"), s("2026-04-01")}}));
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
    const qint64 lanhai = feeCenterIdOf(*b.backend, s(demo::cast::ExistingFeeCenter));
    GuanceAccount guance;
    {
        auto db = openStore(b.database());
        guance =
            *store::GuanceAccountRepository(*db).findByUsername(s(demo::cast::ExistingFeeCenter));
    }
    QCOMPARE(guance.site, s("cn1"));

    CreateWorkspaceRequest r;
    r.memberId = u.memberId;
    r.feeCenterAccountId = lanhai;
    r.site = s("cn4"); // no Guance account with this email there
    r.workspaceName = s("Lanhai Huawei Launch");
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
    QVERIFY(w.workspaceId.startsWith(s("wksp_")));
    QCOMPARE(w.ownerGuanceAccountId, guance.guanceAccountId);

    const QVariantMap row = workspaceRow(*b.backend, w.workspaceId);
    QCOMPARE(row.value(column::Name).toString(), s("Lanhai Huawei Launch"));
    QCOMPARE(row.value(column::FeeCenterAccountId).toLongLong(), lanhai);
    QCOMPARE(row.value(column::Site).toString(), s("cn1"));
    QCOMPARE(row.value(column::Language).toString(), s("en"));
    QCOMPARE(row.value(column::Settlement).toString(), s("huawei_cloud"));
    QCOMPARE(row.value(column::SettlementAccountId).toString(), u.accountId);
    QCOMPARE(row.value(column::SettlementInstanceId).toString(), u.instanceId);
    QCOMPARE(row.value(column::Status).toString(), s("active"));
    {
        auto db = openStore(b.database());
        QCOMPARE(scalar(*db,
                        s("SELECT owner_guance_account_id FROM workspaces WHERE workspace_id = :w"),
                        {{s(":w"), w.workspaceId}}),
                 guance.guanceAccountId);
    }
    WorkspaceState expected = before;
    expected.workspaces += 1;
    expected.huaweiSettled += 1;
    expected.workspaceMails += 1;
    QCOMPARE(workspaceState(b), expected); // no new Guance account
    QCOMPARE(codeState(b, r.email, CodePurpose::CreateWorkspace), (std::pair<int, bool>{0, true}));
    QCOMPARE(journalCount(*b.backend, s("createWorkspace"), w.workspaceId), 1);
    QCOMPARE(journalCount(*b.backend, s("createWorkspace"), u.accountId), 1);
    const auto mails =
        rows(*b.backend, view::Outbox,
             {{column::Kind, s("workspaceCreated")}, {column::Destination, guance.email}});
    QCOMPARE(mails.size(), 1);
    const QVariantMap params = paramsOf(mails[0]);
    QCOMPARE(params.value(s("workspaceName")).toString(), s("Lanhai Huawei Launch"));
    QCOMPARE(params.value(s("site")).toString(), s("cn1"));
    QCOMPARE(params.value(s("username")).toString(), s(demo::cast::ExistingFeeCenter));
}

// "No Guance account": a new Guance account (R-FC-1 username, R-ACC-1/2/4) owns the workspace.
void TestLogin::R_FC_1_createWorkspaceRegisteringGuanceAccount()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const qint64 lanhai = feeCenterIdOf(*b.backend, s(demo::cast::ExistingFeeCenter));
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
        {"username taken", [](auto &r) { r.username = s("qiming-hk"); }, "R-FC-1", "username",
         "taken"},
        {"username format", [](auto &r) { r.username = s("9lives"); }, "R-FC-1", "username",
         "format"},
        {"password classes", [](auto &r) { r.password = s("weakpassword"); }, "R-ACC-2", "password",
         "classes"},
        {"email taken on site", [](auto &r) { r.email = s("ops@qimingretail.com"); }, "R-ACC-1",
         "email", "taken"},
        {"email format", [](auto &r) { r.email = s("dev+1@lianyuntech.com"); }, "R-ACC-1", "email",
         "forbiddenCharacter"},
        {"mobile format", [](auto &r) { r.mobile = s("12345"); }, "R-ACC-4", "mobile", "format"},
        {"terms", [](auto &r) { r.termsAccepted = false; }, "E-REQUIRED", "terms", "terms"},
        {"site", [](auto &r) { r.site = s("xx9"); }, "R-WS-3", "site", "unknown"},
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
        QCOMPARE(refused.error().rule, s(c.rule));
        QCOMPARE(refused.error().field, s(c.field));
        QCOMPARE(refused.error().reason, s(c.reason));
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
        const auto account = store::GuanceAccountRepository(*db).findByUsername(s("lianyun-dev"));
        QVERIFY(account.has_value());
        QCOMPARE(account->email, s("dev@lianyuntech.com"));
        QCOMPARE(account->site, s("cn4"));
        QCOMPARE(account->mobile, s("+8613857160399"));
        QCOMPARE(created->ownerGuanceAccountId, account->guanceAccountId);
        store::SqlQuery hash(*db,
                             s("SELECT password_hash FROM guance_accounts WHERE username = :u"));
        hash.bind(s(":u"), s("lianyun-dev")).exec();
        QVERIFY(hash.next());
        QVERIFY(hash.text(0).startsWith(s("$argon2id$")));
        QVERIFY(PasswordHasher(HashCost::Minimum).verify(hash.text(0), valid.password));
    }
    const QVariantMap row = workspaceRow(*b.backend, created->workspaceId);
    QCOMPARE(row.value(column::FeeCenterAccountId).toLongLong(), lanhai);
    QCOMPARE(row.value(column::Settlement).toString(), s("huawei_cloud"));
    QCOMPARE(row.value(column::SettlementAccountId).toString(), u.accountId);
    QCOMPARE(row.value(column::Site).toString(), s("cn4"));
    QCOMPARE(row.value(column::Language).toString(), s("zh"));
    QCOMPARE(journalCount(*b.backend, s("createGuanceAccount"), s("lianyun-dev")), 1);
    QCOMPARE(journalCount(*b.backend, s("createWorkspace"), created->workspaceId), 1);
    const auto mails =
        rows(*b.backend, view::Outbox,
             {{column::Kind, s("workspaceCreated")}, {column::Destination, valid.email}});
    QCOMPARE(mails.size(), 1);
    QCOMPARE(paramsOf(mails[0]).value(s("username")).toString(), s("lianyun-dev"));
    QCOMPARE(codeState(b, valid.email, CodePurpose::CreateWorkspace),
             (std::pair<int, bool>{0, true}));

    // The username is now taken.
    CreateWorkspaceRequest again = valid;
    again.workspaceName = s("Lianyun Staging");
    again.email = s("dev2@lianyuntech.com");
    QCOMPARE(await(b->createWorkspace(again)).error(), err("R-FC-1", "username", "taken"));
}

void TestLogin::R_WS_1_workspaceNameTaken()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const qint64 lanhai = feeCenterIdOf(*b.backend, s(demo::cast::ExistingFeeCenter));
    CreateWorkspaceRequest r = registeringRequest(u.memberId, lanhai);
    r.code = createWorkspaceCode(*b.backend, r.email);
    const WorkspaceState before = workspaceState(b);
    r.workspaceName = s(" Lanhai Game Servers ");
    QCOMPARE(await(b->createWorkspace(r)).error(), err("R-WS-1", "workspaceName", "taken"));
    r.workspaceName = s("   ");
    QCOMPARE(await(b->createWorkspace(r)).error(), err("R-WS-1", "workspaceName", "required"));
    r.workspaceName = QString(51, QLatin1Char('w'));
    QCOMPARE(await(b->createWorkspace(r)).error().reason, s("length"));
    QCOMPARE(workspaceState(b), before);
    QCOMPARE(codeState(b, r.email, CodePurpose::CreateWorkspace), (std::pair<int, bool>{0, false}));

    // Unique within its fee-center account only: another account's name is free here.
    r.workspaceName = s("Tianfu Risk Lab");
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
    const qint64 lanhai = feeCenterIdOf(*b.backend, s(demo::cast::ExistingFeeCenter));
    const QString launch = workspaceIdOf(*b.backend, s("Lanhai Global Launch"));
    const QVariantMap before = workspaceRow(*b.backend, launch);
    QCOMPARE(before.value(column::Language).toString(), s("en"));
    QCOMPARE(before.value(column::Site).toString(), s("cn1"));
    // The member's site for this flow is another one (R-WS-3: it applies to new workspaces).
    const QString code = feeCenterCode(*b.backend, s(demo::cast::ExistingFeeCenter));
    QVERIFY(
        await(b->verifyFeeCenter({u.memberId, s("eu1"), s(demo::cast::ExistingFeeCenter), code}))
            .ok());
    const auto bound = await(b->bindWorkspace(bindRequest(u.memberId, lanhai, launch)));
    QVERIFY2(bound.ok(), qPrintable(errorText(bound)));
    QCOMPARE(bound->language, WorkspaceLanguage::English);
    QCOMPARE(bound->site, s("cn1"));
    const QVariantMap after = workspaceRow(*b.backend, launch);
    QCOMPARE(after.value(column::Language).toString(), s("en"));
    QCOMPARE(after.value(column::Site).toString(), s("cn1"));
    QCOMPARE(after.value(column::CreatedAt), before.value(column::CreatedAt));

    CreateWorkspaceRequest r = registeringRequest(u.memberId, lanhai);
    r.site = s("eu1");
    r.language = WorkspaceLanguage::English;
    r.workspaceName = s("Lianyun Europe");
    r.code = createWorkspaceCode(*b.backend, r.email);
    const auto created = await(b->createWorkspace(r));
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    QCOMPARE(created->language, WorkspaceLanguage::English);
    QCOMPARE(created->site, s("eu1"));
    const QVariantMap row = workspaceRow(*b.backend, created->workspaceId);
    QCOMPARE(row.value(column::Language).toString(), s("en"));
    QCOMPARE(row.value(column::Site).toString(), s("eu1"));
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
    const qint64 lanhai = feeCenterIdOf(*b.backend, s(demo::cast::ExistingFeeCenter));
    CreateWorkspaceRequest r = registeringRequest(u.memberId, lanhai);
    const WorkspaceState before = workspaceState(b);
    r.code = s("123456");
    QCOMPARE(await(b->createWorkspace(r)).error(), err("R-VC-1", "code", "notSent"));

    const QString code = createWorkspaceCode(*b.backend, r.email);
    r.code = wrongCodeFor(code);
    QCOMPARE(await(b->createWorkspace(r)).error(),
             err("R-VC-1", "code", "wrong", {{s("attemptsLeft"), 4}}));
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
    r.workspaceName = s("Lianyun Staging");
    r.username = s("lianyun-dev2");
    QCOMPARE(await(b->createWorkspace(r)).error(), err("R-ACC-1", "email", "taken"));
}

// ---- activation (R-FC-2)
// -------------------------------------------------------------------------

void TestLogin::R_FC_2_finishActivationLinksOwner()
{
    TestBackend b(true);
    const UnlinkedOwner u = addUnlinkedOwner(b);
    const QString lanhaiName = s(demo::cast::ExistingFeeCenter);
    const qint64 lanhai = feeCenterIdOf(*b.backend, lanhaiName);
    const qint64 tianfu = feeCenterIdOf(*b.backend, s(demo::cast::MultiCloudFeeCenter));
    const QString servers = workspaceIdOf(*b.backend, s("Lanhai Game Servers"));
    const QString riskLab = workspaceIdOf(*b.backend, s("Tianfu Risk Lab"));

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
    QCOMPARE(journalCount(*b.backend, s("linkHuaweiAccount"), u.accountId), 1);

    // Again: already linked to this account, nothing more happens.
    QVERIFY(await(b->finishActivation(u.memberId, lanhai)).ok());
    QCOMPARE(journalCount(*b.backend, s("linkHuaweiAccount"), u.accountId), 1);

    // R-FC-2: one fee-center account per Huawei account.
    const auto refused = await(b->finishActivation(u.memberId, tianfu));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
             err("R-FC-2", "feeCenterAccountId", "linked", {{s("username"), lanhaiName}}));
    QCOMPARE(await(b->huaweiAccount(u.accountId))->linkedFeeCenterUsername, lanhaiName);
    QCOMPARE(feeCenterRow(*b.backend, s(demo::cast::MultiCloudFeeCenter))
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
