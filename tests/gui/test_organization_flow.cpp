// W-ORG's flow without any widget (issue 15): OrganizationFlow over the suite's backend on a
// private copy of the demo, in a QCoreApplication: each page's messages and readiness, the
// branching (a new organization waits for its setup, R-ORG-3; an existing one does not),
// what each action sends, and where a refusal lands (R-ORG-2, R-BND-1, R-BND-4).

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "gui/wizards/organization/OrganizationFlow.h"
#include "services/DemoStoryData.h"

#include <QSignalSpy>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

namespace {

QString errorText(const Status &status)
{
    return status.ok() ? QString() : status.error().toString();
}

// A new organization of `owner`, created and then made ready by the demo clock (R-ORG-3).
bool createReady(Backend &backend, OrganizationFlow &flow, const QString &name,
                 const QString &abbreviation)
{
    flow.setEnterpriseName(name);
    flow.setAbbreviation(abbreviation);
    if (!await(flow.createOrganization()).ok() || !await(flow.loadDetail()).ok())
        return false;
    if (!await(backend.advanceClock(ClockStep::Hour)).ok())
        return false;
    // The backend settles the status within a second of the clock passing readyAt.
    return QTest::qWaitFor(
        [&flow] { return await(flow.loadDetail()).ok() && flow.isOrganizationReady(); }, 10000);
}

} // namespace

class TestOrganizationFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void setupMessages_data();
    void setupMessages();
    void R_BND_4_authorizationMessages_data();
    void R_BND_4_authorizationMessages();
    void branchesOnNewOrExisting();
    void bindsTheBuyersOrganization();
    void R_ORG_2_usedAbbreviationLandsOnItsField();
    void R_BND_1_orderBoundElsewhereIsRefused();
    void existingOrganizationIsListedAndBound();
};

void TestOrganizationFlow::setupMessages_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<bool>("creatingNew");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("abbreviation");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<bool>("ready");
    const QString owner = u"hw-1"_s;
    const QString name = u"Hangzhou Lianyun Technology Co., Ltd."_s;
    QTest::newRow("new, complete")
        << owner << true << name << u"lianyun"_s << QStringList{} << true;
    QTest::newRow("no owner") << QString() << true << name << u"lianyun"_s
                              << QStringList{u"E-REQUIRED:ownerAccountId"_s} << false;
    QTest::newRow("no name") << owner << true << QString() << u"lianyun"_s
                             << QStringList{u"R-ORG-1:enterpriseName"_s} << false;
    QTest::newRow("abbreviation with uppercase")
        << owner << true << name << u"LianYun"_s << QStringList{u"R-ORG-2:abbreviation"_s} << true;
    QTest::newRow("abbreviation empty")
        << owner << true << name << QString() << QStringList{u"E-REQUIRED:abbreviation"_s} << false;
    // An existing organization: name and abbreviation do not matter, the choice does.
    QTest::newRow("existing, none chosen") << owner << false << QString() << QString()
                                           << QStringList{u"E-REQUIRED:organizationId"_s} << false;
}

void TestOrganizationFlow::setupMessages()
{
    QFETCH(QString, owner);
    QFETCH(bool, creatingNew);
    QFETCH(QString, name);
    QFETCH(QString, abbreviation);
    QFETCH(QStringList, messages);
    QFETCH(bool, ready);
    OrganizationFlow flow(nullptr, owner);
    QVERIFY(flow.isNew()); // new is the default
    flow.setNew(creatingNew);
    flow.setEnterpriseName(name);
    flow.setAbbreviation(abbreviation);
    QCOMPARE(rulesAndFields(flow.messages(OrganizationFlow::SetupPage)), messages);
    QCOMPARE(flow.isReady(OrganizationFlow::SetupPage), ready);
}

void TestOrganizationFlow::R_BND_4_authorizationMessages_data()
{
    QTest::addColumn<QList<qint64>>("members");
    QTest::addColumn<bool>("terms");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("members and terms") << QList<qint64>{1, 2} << true << QStringList{};
    QTest::newRow("no member") << QList<qint64>{} << true << QStringList{u"R-BND-4:members"_s};
    QTest::newRow("terms not accepted")
        << QList<qint64>{1} << false << QStringList{u"R-BND-4:terms"_s};
    QTest::newRow("neither") << QList<qint64>{} << false
                             << QStringList{u"R-BND-4:members"_s, u"R-BND-4:terms"_s};
}

void TestOrganizationFlow::R_BND_4_authorizationMessages()
{
    QFETCH(QList<qint64>, members);
    QFETCH(bool, terms);
    QFETCH(QStringList, messages);
    OrganizationFlow flow(nullptr, u"hw-1"_s);
    flow.setMembersToAuthorize(members);
    flow.setTermsAccepted(terms);
    QCOMPARE(rulesAndFields(flow.messages(OrganizationFlow::AuthorizationPage)), messages);
    QCOMPARE(flow.isReady(OrganizationFlow::AuthorizationPage), messages.isEmpty());
}

void TestOrganizationFlow::branchesOnNewOrExisting()
{
    OrganizationFlow flow(nullptr, u"hw-1"_s);
    QCOMPARE(flow.nextPage(OrganizationFlow::SetupPage), OrganizationFlow::ProgressPage);
    QCOMPARE(flow.nextPage(OrganizationFlow::ProgressPage), OrganizationFlow::MembersPage);
    QCOMPARE(flow.nextPage(OrganizationFlow::MembersPage), OrganizationFlow::BindingPage);
    QCOMPARE(flow.nextPage(OrganizationFlow::BindingPage), OrganizationFlow::AuthorizationPage);
    QCOMPARE(flow.nextPage(OrganizationFlow::AuthorizationPage), OrganizationFlow::DonePage);
    QCOMPARE(flow.nextPage(OrganizationFlow::DonePage), OrganizationFlow::NoPage);
    // An organization the owner already has is set up: no progress to wait for.
    flow.setNew(false);
    QCOMPARE(flow.nextPage(OrganizationFlow::SetupPage), OrganizationFlow::MembersPage);
    flow.setExistingOrganizationId(u"org-1"_s);
    QCOMPARE(flow.organizationId(), u"org-1"_s);
    // Nothing loaded yet: no page after the setup is ready.
    for (auto page : {OrganizationFlow::ProgressPage, OrganizationFlow::MembersPage,
                      OrganizationFlow::BindingPage})
        QVERIFY(!flow.isReady(page));
}

void TestOrganizationFlow::bindsTheBuyersOrganization()
{
    TestBackend backend(true);
    const QString buyer =
        huaweiAccountIdOf(*backend.backend, QString::fromLatin1(demo::cast::BuyerLogin));
    OrganizationFlow flow(backend.backend.get(), buyer);

    // 1-2. Created `creating`; the demo clock makes it ready (R-ORG-3).
    flow.setEnterpriseName(u"Hangzhou Lianyun Technology Co., Ltd."_s);
    flow.setAbbreviation(u"lianyun"_s);
    QVERIFY(await(flow.checkAbbreviation()).ok());
    const Status created = await(flow.createOrganization());
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    QVERIFY(flow.isCreated());
    QVERIFY(!flow.organizationId().isEmpty());
    QVERIFY(await(flow.loadDetail()).ok());
    QCOMPARE(flow.detail()->organization.status, OrganizationStatus::Creating);
    QVERIFY(!flow.isReady(OrganizationFlow::ProgressPage));
    const Organization &o = flow.detail()->organization;
    QCOMPARE(flow.setupPercent(o.createdAt), 0);
    QVERIFY(flow.setupSecondsLeft(o.createdAt) >= 60);
    QCOMPARE(flow.setupPercent(o.readyAt.addSecs(-1)), 99); // not ready before the backend says
    // R-ORG-1/2: created, name and abbreviation are no longer checked, and Create not asked again.
    flow.setAbbreviation(u"NOT VALID"_s);
    QCOMPARE(flow.messages(OrganizationFlow::SetupPage), QList<Error>{});
    flow.setAbbreviation(u"lianyun"_s);
    QVERIFY(await(flow.createOrganization()).ok());
    QVERIFY(await(backend->advanceClock(ClockStep::Hour)).ok());
    QVERIFY(QTest::qWaitFor(
        [&flow] { return await(flow.loadDetail()).ok() && flow.isOrganizationReady(); }, 10000));
    QCOMPARE(flow.setupPercent(QDateTime()), 100);
    QVERIFY(flow.isReady(OrganizationFlow::ProgressPage));

    // 3. R-ORG-5: the first member is prefilled from the owner; members make the page ready.
    QVERIFY(!flow.isReady(OrganizationFlow::MembersPage));
    QVERIFY(await(flow.loadOwnerPrefill()).ok());
    QVERIFY(flow.ownerPrefill());
    QVERIFY(!flow.ownerPrefill()->displayName.isEmpty());
    for (const auto &[account, mobile] : {std::pair{u"lina"_s, u"+8613857160001"_s},
                                          std::pair{u"wanglei"_s, u"+8613857160002"_s}}) {
        MemberInput input;
        input.organizationId = flow.organizationId();
        input.account = account;
        input.displayName = account;
        input.mobile = mobile;
        input.password = u"Lianyun#2026"_s;
        QVERIFY(await(backend->saveMember(input)).ok());
    }
    QVERIFY(await(flow.loadDetail()).ok());
    QCOMPARE(flow.detail()->members.size(), 2);
    QVERIFY(flow.isReady(OrganizationFlow::MembersPage));
    QCOMPARE(flow.departmentName(flow.detail()->members.first().departmentId),
             flow.detail()->departments.first().name);

    // 4. The buyer's purchased order is offered, bound, and then shown bound here.
    QVERIFY(await(flow.loadOrders()).ok());
    const int suggested = flow.suggestedOrder();
    QVERIFY(suggested >= 0);
    const BindableOrder order = flow.orders().at(suggested);
    QCOMPARE(flow.bindingOf(order), OrganizationFlow::OrderBinding::NotBound);
    QVERIFY(!flow.isReady(OrganizationFlow::BindingPage));
    const Status bound = await(flow.bindOrder(order.order.orderId));
    QVERIFY2(bound.ok(), qPrintable(errorText(bound)));
    QVERIFY(flow.bindingId() > 0);
    QVERIFY(flow.isReady(OrganizationFlow::BindingPage));
    QVERIFY(await(flow.loadOrders()).ok());
    const auto again =
        std::find_if(flow.orders().begin(), flow.orders().end(), [&order](const BindableOrder &b) {
            return b.order.orderId == order.order.orderId;
        });
    QVERIFY(again != flow.orders().end());
    QCOMPARE(flow.bindingOf(*again), OrganizationFlow::OrderBinding::BoundHere);

    // 5-6. R-BND-4: the first member authorized; the result names their login.
    flow.setMembersToAuthorize({flow.detail()->members.first().memberId});
    flow.setTermsAccepted(true);
    QVERIFY(flow.isReady(OrganizationFlow::AuthorizationPage));
    const Status authorized = await(flow.authorize());
    QVERIFY2(authorized.ok(), qPrintable(errorText(authorized)));
    QVERIFY(flow.result());
    QCOMPARE(flow.result()->loginAddress, QString::fromLatin1(Catalogue::UnifiedLoginAddress));
    QCOMPARE(flow.result()->logins.size(), 1);
    QCOMPARE(flow.result()->logins.first().loginName, u"lina@lianyun"_s);

    // A draft keeps the entries and what was created, not what the backend listed.
    const QJsonObject draft = flow.toDraft();
    QCOMPARE(draft.value(u"abbreviation"_s).toString(), u"lianyun"_s);
    QCOMPARE(draft.value(u"createdOrganizationId"_s).toString(), flow.organizationId());
    OrganizationFlow resumed(backend.backend.get(), QString());
    resumed.restoreDraft(draft);
    QCOMPARE(resumed.organizationId(), flow.organizationId());
    QCOMPARE(resumed.bindingId(), flow.bindingId());
    QVERIFY(!resumed.detail());
}

void TestOrganizationFlow::R_ORG_2_usedAbbreviationLandsOnItsField()
{
    TestBackend backend(true);
    const QString buyer =
        huaweiAccountIdOf(*backend.backend, QString::fromLatin1(demo::cast::BuyerLogin));
    OrganizationFlow flow(backend.backend.get(), buyer);
    flow.setEnterpriseName(u"Copycat Ltd."_s);
    flow.setAbbreviation(QString::fromLatin1(demo::cast::OnboardedAbbreviation));
    // Live: refused, on the abbreviation's field.
    const Status checked = await(flow.checkAbbreviation());
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().rule, u"R-ORG-2"_s);
    QVERIFY(flow.error(u"abbreviation"_s));
    // Typing clears it; Create is refused the same way and nothing is created.
    flow.setAbbreviation(u"qiming2"_s);
    QVERIFY(!flow.error(u"abbreviation"_s));
    flow.setAbbreviation(QString::fromLatin1(demo::cast::OnboardedAbbreviation));
    const Status created = await(flow.createOrganization());
    QVERIFY(!created.ok());
    QCOMPARE(rulesAndFields({created.error()}), QStringList{u"R-ORG-2:abbreviation"_s});
    QCOMPARE(flow.error(u"abbreviation"_s)->rule, u"R-ORG-2"_s);
    QVERIFY(!flow.isCreated());
}

void TestOrganizationFlow::R_BND_1_orderBoundElsewhereIsRefused()
{
    TestBackend backend(true);
    const QString buyer =
        huaweiAccountIdOf(*backend.backend, QString::fromLatin1(demo::cast::BuyerLogin));
    OrganizationFlow first(backend.backend.get(), buyer);
    QVERIFY(createReady(*backend.backend, first, u"Lianyun One"_s, u"lianyun"_s));
    QVERIFY(await(first.loadOrders()).ok());
    QVERIFY(first.suggestedOrder() >= 0);
    const QString orderId = first.orders().at(first.suggestedOrder()).order.orderId;
    QVERIFY(await(first.bindOrder(orderId)).ok());

    OrganizationFlow second(backend.backend.get(), buyer);
    QVERIFY(createReady(*backend.backend, second, u"Lianyun Two"_s, u"lianyun2"_s));
    QVERIFY(await(second.loadOrders()).ok());
    const auto listed =
        std::find_if(second.orders().begin(), second.orders().end(),
                     [&orderId](const BindableOrder &b) { return b.order.orderId == orderId; });
    QVERIFY(listed != second.orders().end());
    QCOMPARE(second.bindingOf(*listed), OrganizationFlow::OrderBinding::BoundElsewhere);
    QCOMPARE(second.suggestedOrder(), -1); // nothing left to offer
    const Status refused = await(second.bindOrder(orderId));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, u"R-BND-1"_s);
    QCOMPARE(second.bindingId(), 0);
    QVERIFY(!second.isReady(OrganizationFlow::BindingPage));
    // Nothing chosen: refused before the backend is asked.
    QCOMPARE(await(second.bindOrder(QString())).error().rule,
             QString::fromLatin1(SystemError::Required));
}

void TestOrganizationFlow::existingOrganizationIsListedAndBound()
{
    TestBackend backend(true);
    const QString owner =
        huaweiAccountIdOf(*backend.backend, QString::fromLatin1(demo::cast::OnboardedLogin));
    OrganizationFlow flow(backend.backend.get(), owner);
    QSignalSpy listed(&flow, &OrganizationFlow::existingOrganizationsLoaded);
    QVERIFY(await(flow.loadExistingOrganizations()).ok());
    QCOMPARE(listed.size(), 1);
    QVERIFY(!flow.existingOrganizations().isEmpty());
    QVERIFY(flow.existingOrganizations().first().second.contains(
        QString::fromLatin1(demo::cast::OnboardedAbbreviation)));
    // The first is chosen; choosing "existing" skips the setup progress.
    QCOMPARE(flow.existingOrganizationId(), flow.existingOrganizations().first().first);
    flow.setNew(false);
    QVERIFY(flow.isReady(OrganizationFlow::SetupPage));
    QCOMPARE(flow.nextPage(OrganizationFlow::SetupPage), OrganizationFlow::MembersPage);
    QVERIFY(await(flow.createOrganization()).ok()); // nothing to create
    QVERIFY(!flow.isCreated());
    // Its binding is known once loaded: the page after the orders is reachable.
    QVERIFY(await(flow.loadOrders()).ok());
    QVERIFY(flow.bindingId() > 0);
    QVERIFY(
        std::any_of(flow.orders().begin(), flow.orders().end(), [&flow](const BindableOrder &b) {
            return flow.bindingOf(b) == OrganizationFlow::OrderBinding::BoundHere;
        }));
    QVERIFY(flow.isReady(OrganizationFlow::MembersPage));
    QVERIFY(flow.isReady(OrganizationFlow::BindingPage));
}

QTEST_GUILESS_MAIN(TestOrganizationFlow)
#include "test_organization_flow.moc"
