// W-REAUTH's flow without any widget (issue 17): ReauthFlow over the suite's backend (a
// LocalBackend, or a RemoteBackend on a billing-api process) on a private copy of the demo,
// in a QCoreApplication. Which variants an account's type allows and who may re-authenticate
// (R-ACC-16, R-AUTH-4, R-AUTH-5, R-AUTH-11), each kind's uploads judged early by the services'
// table (R-AUTH-11..14), each kind submitted into the review queue (R-AUTH-10), and the
// backend's refusals on their fields and pages.

#include "AuthenticationFixtures.h"
#include "DomainPrinting.h"
#include "TestSupport.h"
#include "core/ListNames.h"
#include "gui/wizards/reauth/ReauthFlow.h"
#include "services/DemoStoryData.h"

#include <QSignalSpy>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

namespace {

QString idOf(TestBackend &backend, const char *login)
{
    return huaweiAccountIdOf(*backend.backend, QString::fromLatin1(login));
}

QString refusalOf(const ReauthFlow &flow, const QString &field)
{
    const auto e = flow.error(field);
    return e ? e->rule + u':' + e->field + u':' + e->reason : QString();
}

// Fills `flow` for its kind with valid entries and materials (the new subject numbered
// `number`).
void fill(ReauthFlow &flow, const QString &number)
{
    flow.setDeclaration(true);
    switch (flow.kind()) {
    case ReviewKind::IndividualOwner:
        flow.setCertificateType(CertificateType::Passport);
        flow.setFullName(u"Li Wenjing"_s);
        flow.setCertificateNumber(number);
        flow.setMaterial(pngMaterial(MaterialSlot::CurrentCertificatePage));
        flow.setMaterial(jpegMaterial(MaterialSlot::CurrentHoldingPhoto));
        flow.setMaterial(pdfMaterial(MaterialSlot::ApplicationForm));
        flow.setMaterial(pngMaterial(MaterialSlot::CertificatePage));
        flow.setMaterial(jpegMaterial(MaterialSlot::HoldingPhoto));
        break;
    case ReviewKind::IndividualToEnterprise:
        flow.setRegisteredAddress(u"88 Keyuan Road, Shenzhen"_s);
        flow.setEnterpriseName(u"Zhou Studio Co., Ltd."_s);
        flow.setRegistrationNumber(number);
        flow.setMaterial(pngMaterial(MaterialSlot::HoldingVisaPage));
        flow.setMaterial(jpegMaterial(MaterialSlot::HoldingPhoto));
        flow.setMaterial(pdfMaterial(MaterialSlot::ApplicationForm));
        flow.setMaterial(pngMaterial(MaterialSlot::CertificateFront));
        flow.setMaterial(pngMaterial(MaterialSlot::CertificateBack));
        break;
    case ReviewKind::EnterpriseEntity:
        flow.setRegisteredAddress(u"1 Binhai Road, Shenzhen"_s);
        flow.setEnterpriseName(u"Lianyun Cloud Co., Ltd."_s);
        flow.setRegistrationNumber(number);
        flow.setMaterial(pngMaterial(MaterialSlot::CertificateFront));
        flow.setMaterial(pdfMaterial(MaterialSlot::ApplicationForm));
        break;
    case ReviewKind::EnterpriseName:
    case ReviewKind::Authentication:
        flow.setEnterpriseName(u"Lianyun Intelligent Technology Co., Ltd."_s);
        flow.setMaterial(pdfMaterial(MaterialSlot::Statement));
        flow.setMaterial(gifMaterial(MaterialSlot::AuthorityDocument));
        flow.setMaterial(pngMaterial(MaterialSlot::NewCertificate));
        break;
    }
}

} // namespace

class TestReauthFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void R_AUTH_5_R_AUTH_4_R_AUTH_11_whoMayReauthenticate_data();
    void R_AUTH_5_R_AUTH_4_R_AUTH_11_whoMayReauthenticate();
    void R_AUTH_5_koogallerySellerKeepsItsEntity();
    void R_AUTH_12_applicationFormPdfOnlyForAnIndividual();
    void R_AUTH_13_nameChangeKeepsTheNumber();
    void R_AUTH_10_eachKindSubmittedIntoTheQueue_data();
    void R_AUTH_10_eachKindSubmittedIntoTheQueue();
    void R_AUTH_5_refusalsLandOnTheirField();
};

void TestReauthFlow::R_AUTH_5_R_AUTH_4_R_AUTH_11_whoMayReauthenticate_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("enterprise");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("authenticated individual")
        << QString::fromLatin1(demo::cast::IndividualLogin) << false << QString();
    QTest::newRow("authenticated enterprise")
        << QString::fromLatin1(demo::cast::BuyerLogin) << true << QString();
    QTest::newRow("R-AUTH-5 not authenticated")
        << QString::fromLatin1(demo::cast::NewSignUpLogin) << false
        << u"R-AUTH-5:accountId:notAuthenticated"_s;
    QTest::newRow("R-AUTH-4 a name change pending")
        << QString::fromLatin1(demo::cast::NameChangeLogin) << true
        << u"R-AUTH-4:accountId:pending"_s;
    QTest::newRow("R-AUTH-11 arrears") << QString::fromLatin1(demo::cast::ArrearsLogin) << true
                                       << u"R-AUTH-11:accountId:arrears"_s;
}

void TestReauthFlow::R_AUTH_5_R_AUTH_4_R_AUTH_11_whoMayReauthenticate()
{
    QFETCH(QString, login);
    QFETCH(bool, enterprise);
    QFETCH(QString, refusal);
    TestBackend backend(true);
    ReauthFlow flow(backend.backend.get(), huaweiAccountIdOf(*backend.backend, login));
    QVERIFY(!flow.isReady(ReauthFlow::KindPage)); // not known yet
    QSignalSpy loaded(&flow, &ReauthFlow::accountLoaded);
    QVERIFY(await(flow.loadAccount()).ok());
    QCOMPARE(loaded.count(), 1);
    const QList<ReviewKind> kinds =
        enterprise ? QList{ReviewKind::EnterpriseEntity, ReviewKind::EnterpriseName}
                   : QList{ReviewKind::IndividualOwner, ReviewKind::IndividualToEnterprise};
    QCOMPARE(flow.allowedKinds(), kinds);
    QCOMPARE(flow.kind(), kinds.first());
    QCOMPARE(refusalOf(flow, ReauthFlow::AccountIdKey), refusal);
    QCOMPARE(flow.isReady(ReauthFlow::KindPage), refusal.isEmpty());
}

void TestReauthFlow::R_AUTH_5_koogallerySellerKeepsItsEntity()
{
    TestBackend backend(true);
    ReauthFlow flow(backend.backend.get(), idOf(backend, demo::cast::KooGallerySellerLogin));
    QVERIFY(await(flow.loadAccount()).ok());
    QCOMPARE(flow.kind(), ReviewKind::EnterpriseEntity);
    QCOMPARE(refusalOf(flow, ReauthFlow::KindKey), u"R-AUTH-5:kind:koogallerySeller"_s);
    QVERIFY(!flow.isReady(ReauthFlow::KindPage));
    // Its name may change.
    flow.setKind(ReviewKind::EnterpriseName);
    QCOMPARE(refusalOf(flow, ReauthFlow::KindKey), QString());
    QVERIFY(flow.isReady(ReauthFlow::KindPage));
    QCOMPARE(flow.nextPage(ReauthFlow::KindPage), ReauthFlow::NamePage);
    // And the backend says the same of an entity change submitted anyway.
    flow.setKind(ReviewKind::EnterpriseEntity);
    fill(flow, u"91440300MA5FAAAA1X"_s);
    const Status refused = await(flow.submit());
    QVERIFY(!refused.ok());
    QCOMPARE(refusalOf(flow, ReauthFlow::AccountIdKey), u"R-AUTH-5:accountId:koogallerySeller"_s);
    QCOMPARE(flow.pageOf(ReauthFlow::AccountIdKey), ReauthFlow::KindPage);
}

void TestReauthFlow::R_AUTH_12_applicationFormPdfOnlyForAnIndividual()
{
    ReauthFlow flow(nullptr, u"0123456789abcdef0123456789abcdef"_s);
    flow.setKind(ReviewKind::IndividualOwner);
    QCOMPARE(flow.nextPage(ReauthFlow::KindPage), ReauthFlow::CurrentOwnerPage);
    QCOMPARE(flow.nextPage(ReauthFlow::CurrentOwnerPage), ReauthFlow::IndividualPage);
    QCOMPARE(
        flow.materialSlotsOf(ReauthFlow::CurrentOwnerPage),
        (QStringList{u"currentCertificatePage"_s, u"currentHoldingPhoto"_s, u"applicationForm"_s}));
    QCOMPARE(rulesAndFields(flow.messages(ReauthFlow::CurrentOwnerPage)),
             (QStringList{u"R-AUTH-11:currentCertificatePage"_s, u"R-AUTH-11:currentHoldingPhoto"_s,
                          u"R-AUTH-12:applicationForm"_s}));
    flow.setMaterial(pngMaterial(MaterialSlot::CurrentCertificatePage));
    flow.setMaterial(pngMaterial(MaterialSlot::CurrentHoldingPhoto));
    flow.setMaterial(wordMaterial(MaterialSlot::ApplicationForm));
    QVERIFY(flow.isReady(ReauthFlow::CurrentOwnerPage)); // said on Next, next to the upload
    QList<Error> errors = flow.messages(ReauthFlow::CurrentOwnerPage);
    QCOMPARE(rulesAndFields(errors), QStringList{u"R-AUTH-12:applicationForm"_s});
    QCOMPARE(errors.first().reason, u"word"_s);
    // A photo of the form is not a PDF for an individual; it is for an entity change.
    flow.setMaterial(pngMaterial(MaterialSlot::ApplicationForm, u"form.png"_s));
    errors = flow.messages(ReauthFlow::CurrentOwnerPage);
    QCOMPARE(rulesAndFields(errors), QStringList{u"R-AUTH-12:applicationForm"_s});
    QCOMPARE(errors.first().reason, u"type"_s);
    flow.setKind(ReviewKind::EnterpriseEntity);
    QCOMPARE(flow.pageOf(u"applicationForm"_s), ReauthFlow::EnterprisePage);
    QVERIFY(!rulesAndFields(flow.messages(ReauthFlow::EnterprisePage))
                 .contains(u"R-AUTH-12:applicationForm"_s));
    // The entity's certificate back is optional; the ticket's is not.
    QVERIFY(!flow.materialSlotsOf(ReauthFlow::EnterprisePage).isEmpty());
    QVERIFY(!rulesAndFields(flow.messages(ReauthFlow::EnterprisePage))
                 .contains(u"R-AUTH-2:certificateBack"_s));
    flow.setKind(ReviewKind::IndividualToEnterprise);
    QVERIFY(rulesAndFields(flow.messages(ReauthFlow::EnterprisePage))
                .contains(u"R-AUTH-14:certificateBack"_s));
    // R-AUTH-11: the declaration.
    QVERIFY(rulesAndFields(flow.messages(ReauthFlow::EnterprisePage))
                .contains(u"R-AUTH-11:declaration"_s));
}

void TestReauthFlow::R_AUTH_13_nameChangeKeepsTheNumber()
{
    TestBackend backend(true);
    ReauthFlow flow(backend.backend.get(), idOf(backend, demo::cast::BuyerLogin));
    QVERIFY(await(flow.loadAccount()).ok());
    flow.setKind(ReviewKind::EnterpriseName);
    QVERIFY(!flow.currentRegistrationNumber().isEmpty());
    fill(flow, QString());
    QCOMPARE(flow.request().certificateNumber, flow.currentRegistrationNumber());
    QVERIFY(flow.messages(ReauthFlow::NamePage).isEmpty());
    // The current name is no change.
    flow.setEnterpriseName(flow.account()->account.enterpriseName.toUpper());
    QCOMPARE(rulesAndFields(flow.messages(ReauthFlow::NamePage)),
             QStringList{u"R-AUTH-13:enterpriseName"_s});
    // Submitted anyway: the backend's refusal lands on the same field.
    QVERIFY(!await(flow.submit()).ok());
    QCOMPARE(refusalOf(flow, ReauthFlow::EnterpriseNameKey),
             u"R-AUTH-13:enterpriseName:unchanged"_s);
    QCOMPARE(flow.pageOf(ReauthFlow::EnterpriseNameKey), ReauthFlow::NamePage);
    flow.setDeclaration(false);
    QVERIFY(
        rulesAndFields(flow.messages(ReauthFlow::NamePage)).contains(u"R-AUTH-13:declaration"_s));
}

void TestReauthFlow::R_AUTH_10_eachKindSubmittedIntoTheQueue_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<ReviewKind>("kind");
    QTest::addColumn<QString>("number");
    QTest::addColumn<ReauthFlow::Page>("lastPage");
    QTest::newRow("IndividualOwner")
        << QString::fromLatin1(demo::cast::IndividualLogin) << ReviewKind::IndividualOwner
        << u"E55501234"_s << ReauthFlow::IndividualPage;
    QTest::newRow("IndividualToEnterprise (R-AUTH-14)")
        << QString::fromLatin1(demo::cast::IndividualLogin) << ReviewKind::IndividualToEnterprise
        << u"91440300MA5FZZZZ2Y"_s << ReauthFlow::EnterprisePage;
    QTest::newRow("EnterpriseEntity")
        << QString::fromLatin1(demo::cast::BuyerLogin) << ReviewKind::EnterpriseEntity
        << u"91310000MA1GQQQQ3Z"_s << ReauthFlow::EnterprisePage;
    QTest::newRow("EnterpriseName (R-AUTH-13)")
        << QString::fromLatin1(demo::cast::BuyerLogin) << ReviewKind::EnterpriseName << QString()
        << ReauthFlow::NamePage;
}

void TestReauthFlow::R_AUTH_10_eachKindSubmittedIntoTheQueue()
{
    QFETCH(QString, login);
    QFETCH(ReviewKind, kind);
    QFETCH(QString, number);
    QFETCH(ReauthFlow::Page, lastPage);
    TestBackend backend(true);
    const QString account = huaweiAccountIdOf(*backend.backend, login);
    ReauthFlow flow(backend.backend.get(), account);
    QVERIFY(await(flow.loadAccount()).ok());
    flow.setKind(kind);
    QVERIFY(flow.isReady(ReauthFlow::KindPage));
    fill(flow, number);
    ReauthFlow::Page page = flow.nextPage(ReauthFlow::KindPage);
    while (page != lastPage) {
        QVERIFY2(flow.messages(page).isEmpty(),
                 qPrintable(rulesAndFields(flow.messages(page)).join(u' ')));
        page = flow.nextPage(page);
    }
    QVERIFY2(flow.messages(page).isEmpty(),
             qPrintable(rulesAndFields(flow.messages(page)).join(u' ')));
    QVERIFY(flow.isReady(page));
    QCOMPARE(flow.nextPage(page), ReauthFlow::ProgressPage);
    const Status submitted = await(flow.submit());
    QVERIFY2(submitted.ok(), submitted.ok() ? "" : qPrintable(submitted.error().toString()));
    QVERIFY(flow.authenticationId() > 0);
    QCOMPARE(flow.record()->kind, kind);
    QCOMPARE(flow.record()->status, ReviewStatus::Pending);
    QVERIFY(flow.record()->dueBy > flow.record()->submittedAt);
    QVERIFY(flow.isReady(ReauthFlow::ProgressPage));
    // R-AUTH-10: the account keeps its authentication meanwhile.
    QCOMPARE(await(backend->huaweiAccount(account))->account.authStatus, AuthStatus::Authenticated);
    // In the review queue with its kind.
    const QList<QVariantMap> queued =
        rows(*backend.backend, QString(view::Authentications),
             {{QString(column::AuthenticationId), flow.authenticationId()}});
    QCOMPARE(queued.size(), 1);
    const QVariantMap &row = queued.first();
    QCOMPARE(row.value(QString(column::Kind)).toString(), QString::fromLatin1(oc::toString(kind)));
    QCOMPARE(row.value(QString(column::Status)).toString(), u"pending"_s);
    // A second request waits for this one (R-AUTH-4).
    ReauthFlow again(backend.backend.get(), account);
    QVERIFY(await(again.loadAccount()).ok());
    QCOMPARE(refusalOf(again, ReauthFlow::AccountIdKey), u"R-AUTH-4:accountId:pending"_s);
    // Approved, the progress follows.
    ReviewDecision approve;
    approve.authenticationId = flow.authenticationId();
    approve.approve = true;
    QVERIFY(await(backend->reviewAuthentication(approve)).ok());
    QVERIFY(await(flow.refresh()).ok());
    QCOMPARE(flow.record()->status, ReviewStatus::Approved);
}

void TestReauthFlow::R_AUTH_5_refusalsLandOnTheirField()
{
    TestBackend backend(true);
    // The master's invitation is not accepted yet: neither account re-authenticates.
    ReauthFlow flow(backend.backend.get(), idOf(backend, demo::cast::MasterLogin));
    QVERIFY(await(flow.loadAccount()).ok());
    flow.setKind(ReviewKind::EnterpriseName);
    fill(flow, QString());
    QVERIFY(!await(flow.submit()).ok());
    QCOMPARE(refusalOf(flow, ReauthFlow::AccountIdKey),
             u"R-AUTH-5:accountId:masterInvitationPending"_s);
    QCOMPARE(flow.pageOf(ReauthFlow::AccountIdKey), ReauthFlow::KindPage);
    QCOMPARE(flow.authenticationId(), qint64(0));

    // An individual's new owner with a number of the wrong form: on its field, its page.
    ReauthFlow owner(backend.backend.get(), idOf(backend, demo::cast::IndividualLogin));
    QVERIFY(await(owner.loadAccount()).ok());
    fill(owner, u"E5550"_s);
    owner.setCertificateNumber(u"??"_s);
    QVERIFY(!await(owner.submit()).ok());
    QCOMPARE(owner.error(ReauthFlow::CertificateNumberKey)->rule, u"R-AUTH-1"_s);
    QCOMPARE(owner.pageOf(ReauthFlow::CertificateNumberKey), ReauthFlow::IndividualPage);
    // Without the declaration: R-AUTH-11 on the checkbox.
    fill(owner, u"E55509876"_s);
    owner.setDeclaration(false);
    QVERIFY(!await(owner.submit()).ok());
    QCOMPARE(refusalOf(owner, ReauthFlow::DeclarationKey), u"R-AUTH-11:declaration:required"_s);
}

QTEST_GUILESS_MAIN(TestReauthFlow)
#include "test_reauth_flow.moc"
