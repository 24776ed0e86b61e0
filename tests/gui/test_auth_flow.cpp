// W-AUTH's flow without any widget (issue 17): AuthFlow over the suite's backend (a
// LocalBackend, or a RemoteBackend on a billing-api process) on a private copy of the demo,
// in a QCoreApplication. Who may authenticate (R-ACC-16, R-AUTH-4, R-ACC-6), what each page
// needs, materials judged by their content (R-AUTH-1, R-AUTH-2), the issuing country
// (R-AUTH-7), the submission and the review it then follows (R-AUTH-4).

#include "DomainPrinting.h"
#include "GuiTestSupport.h"
#include "core/Materials.h"
#include "gui/widgets/MaterialField.h"
#include "gui/wizards/auth/AuthFlow.h"
#include "services/DemoStoryData.h"

#include <QImage>
#include <QSignalSpy>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

namespace {

MaterialUpload read(const QString &path, const char *slot)
{
    QString error;
    const MaterialUpload upload = MaterialField::readFile(path, QString::fromLatin1(slot), &error);
    if (!error.isEmpty())
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error));
    return upload;
}

// A material whose content is `header` (as if read), named `name`, of `size` bytes.
MaterialUpload fake(const char *slot, const QString &name, const QByteArray &header, qint64 size)
{
    MaterialUpload m;
    m.slot = QString::fromLatin1(slot);
    m.fileName = name;
    m.size = size;
    m.header = QString::fromLatin1(header.toBase64());
    m.sha256 = QString(64, u'a');
    return m;
}

} // namespace

class TestAuthFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void R_AUTH_4_R_ACC_16_whoMayAuthenticate_data();
    void R_AUTH_4_R_ACC_16_whoMayAuthenticate();
    void R_AUTH_1_materialsJudgedByContent();
    void R_AUTH_2_enterpriseTakesNoPdf();
    void R_AUTH_7_issuedByTheAccountsCountry();
    void R_AUTH_4_submitThenApproved();
    void R_AUTH_4_rejectedWithItsReason();
    void draftKeepsMaterialsAndTheRequest();
};

void TestAuthFlow::R_AUTH_4_R_ACC_16_whoMayAuthenticate_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("new sign-up") << QString::fromLatin1(demo::cast::NewSignUpLogin) << QString();
    QTest::newRow("under review") << QString::fromLatin1(demo::cast::PendingLogin)
                                  << u"R-AUTH-4:accountId:pending"_s;
    QTest::newRow("authenticated")
        << QString::fromLatin1(demo::cast::BuyerLogin) << u"R-AUTH-4:accountId:authenticated"_s;
    QTest::newRow("services not enabled")
        << QString::fromLatin1(demo::cast::NotEnabledLogin) << u"R-ACC-16:accountId:notEnabled"_s;
}

void TestAuthFlow::R_AUTH_4_R_ACC_16_whoMayAuthenticate()
{
    QFETCH(QString, login);
    QFETCH(QString, refusal);
    TestBackend backend(true);
    AuthFlow flow(backend.backend.get(), huaweiAccountIdOf(*backend.backend, login));
    QVERIFY(!flow.isReady(AuthFlow::TypePage)); // not known yet
    QSignalSpy loaded(&flow, &AuthFlow::accountLoaded);
    QVERIFY(await(flow.loadAccount()).ok());
    QCOMPARE(loaded.count(), 1);
    const auto error = flow.error(AuthFlow::AccountIdKey);
    QCOMPARE(error ? error->rule + u':' + error->field + u':' + error->reason : QString(), refusal);
    QCOMPARE(flow.isReady(AuthFlow::TypePage), refusal.isEmpty());
}

void TestAuthFlow::R_AUTH_1_materialsJudgedByContent()
{
    QTemporaryDir dir;
    AuthFlow flow(nullptr, u"0123456789abcdef0123456789abcdef"_s);
    flow.setIssuingCountryRegion(u"CN"_s);
    flow.setFullName(u"Chen Xiaoyu"_s);
    flow.setCertificateNumber(u"E12345678"_s);
    QCOMPARE(rulesAndFields(flow.messages(AuthFlow::IndividualPage)),
             (QStringList{u"R-AUTH-1:certificatePage"_s, u"R-AUTH-1:holdingPhoto"_s}));
    QVERIFY(!flow.isReady(AuthFlow::IndividualPage));

    // A real PNG and a real JPEG, read as the material field reads them: thumbnails drawn.
    const MaterialUpload page =
        read(specimen(dir, u"passport.png"_s, "PNG"), MaterialSlot::CertificatePage);
    QVERIFY(material::detectType(QByteArray::fromBase64(page.header.toLatin1())) ==
            MaterialType::Png);
    QImage thumbnail;
    QVERIFY(thumbnail.loadFromData(QByteArray::fromBase64(page.thumbnail.toLatin1()), "PNG"));
    QVERIFY(thumbnail.width() <= MaterialField::ThumbnailSize &&
            thumbnail.height() <= MaterialField::ThumbnailSize);
    QCOMPARE(page.sha256.size(), 64);
    flow.setMaterial(page);
    // A JPEG named .png: its content decides, and the name must agree.
    const QString jpegPath = specimen(dir, u"holding.jpg"_s, "JPG");
    QVERIFY(QFile::rename(jpegPath, dir.filePath(u"holding.png"_s)));
    flow.setMaterial(read(dir.filePath(u"holding.png"_s), MaterialSlot::HoldingPhoto));
    const QList<Error> errors = flow.messages(AuthFlow::IndividualPage);
    QCOMPARE(rulesAndFields(errors), QStringList{u"R-AUTH-1:holdingPhoto"_s});
    QCOMPARE(errors.first().reason, u"extension"_s);
    QVERIFY(flow.isReady(AuthFlow::IndividualPage)); // said on Next, next to the upload

    const auto reasonOf = [&flow](const MaterialUpload &m) {
        flow.setMaterial(m);
        const QList<Error> e = flow.messages(AuthFlow::IndividualPage);
        return e.isEmpty() ? QString() : e.first().reason;
    };
    QCOMPARE(reasonOf(fake(MaterialSlot::HoldingPhoto, u"form.docx"_s,
                           QByteArray("PK\x03\x04[Content_Types].xml"), 2000)),
             u"word"_s);
    QCOMPARE(reasonOf(fake(MaterialSlot::HoldingPhoto, u"huge.pdf"_s, QByteArray("%PDF-1.7"),
                           material::MaxBytes + 1)),
             u"tooLarge"_s);
    QCOMPARE(reasonOf(fake(MaterialSlot::HoldingPhoto, u"scan.pdf"_s, QByteArray("%PDF-1.7"),
                           material::MaxBytes)),
             QString()); // exactly 10 MB, and PDF is an individual's type
    QCOMPARE(reasonOf(fake(MaterialSlot::HoldingPhoto, u"notes.txt"_s, QByteArray("hello"), 5)),
             u"type"_s);
}

void TestAuthFlow::R_AUTH_2_enterpriseTakesNoPdf()
{
    AuthFlow flow(nullptr, u"0123456789abcdef0123456789abcdef"_s);
    flow.setEnterprise(true);
    QCOMPARE(flow.materialSlots(), (QStringList{u"certificateFront"_s, u"certificateBack"_s}));
    flow.setRegisteredAddress(u"1 Binhai Road, Shenzhen"_s);
    flow.setEnterpriseName(u"Hengtai Precision Co., Ltd."_s);
    flow.setRegistrationNumber(u"91440300MA5F"_s);
    flow.setMaterial(
        fake(MaterialSlot::CertificateFront, u"front.pdf"_s, QByteArray("%PDF-1.4"), 1000));
    flow.setMaterial(fake(MaterialSlot::CertificateBack, u"back.png"_s,
                          QByteArray("\x89PNG\r\n\x1A\n", 8), 1000));
    const QList<Error> errors = flow.messages(AuthFlow::EnterprisePage);
    QCOMPARE(rulesAndFields(errors), QStringList{u"R-AUTH-2:certificateFront"_s});
    QCOMPARE(errors.first().reason, u"type"_s);
    flow.setRegistrationNumber(u"9 1"_s);
    QVERIFY(rulesAndFields(flow.messages(AuthFlow::EnterprisePage))
                .contains(u"R-AUTH-2:registrationNumber"_s));
}

void TestAuthFlow::R_AUTH_7_issuedByTheAccountsCountry()
{
    TestBackend backend(true);
    AuthFlow flow(
        backend.backend.get(),
        huaweiAccountIdOf(*backend.backend, QString::fromLatin1(demo::cast::NewSignUpLogin)));
    QVERIFY(await(flow.loadAccount()).ok());
    const QString home = flow.account()->account.countryRegion;
    QCOMPARE(flow.request().issuingCountryRegion, home); // prefilled with the account's
    flow.setIssuingCountryRegion(home == u"SG" ? u"MY"_s : u"SG"_s);
    QVERIFY(rulesAndFields(flow.messages(AuthFlow::IndividualPage))
                .contains(u"R-AUTH-7:issuingCountryRegion"_s));
}

namespace {

// Fills an individual request for `flow`'s account with real specimens and submits it.
Status submitIndividual(AuthFlow &flow, const QTemporaryDir &dir, const QString &number)
{
    flow.setFullName(u"Chen Xiaoyu"_s);
    flow.setCertificateType(CertificateType::IdCard);
    flow.setCertificateNumber(number);
    flow.setMaterial(read(specimen(dir, u"id-front.png"_s, "PNG"), MaterialSlot::CertificatePage));
    flow.setMaterial(read(specimen(dir, u"holding.jpg"_s, "JPG"), MaterialSlot::HoldingPhoto));
    if (const QList<Error> e = flow.messages(AuthFlow::IndividualPage); !e.isEmpty())
        return e.first();
    return await(flow.submit());
}

} // namespace

void TestAuthFlow::R_AUTH_4_submitThenApproved()
{
    TestBackend backend(true);
    QTemporaryDir dir;
    const QString account =
        huaweiAccountIdOf(*backend.backend, QString::fromLatin1(demo::cast::NewSignUpLogin));
    AuthFlow flow(backend.backend.get(), account);
    QVERIFY(await(flow.loadAccount()).ok());
    QCOMPARE(flow.nextPage(AuthFlow::TypePage), AuthFlow::IndividualPage);
    const Status submitted = submitIndividual(flow, dir, u"110101199003077777"_s);
    QVERIFY2(submitted.ok(), submitted.ok() ? "" : qPrintable(submitted.error().toString()));
    QVERIFY(flow.authenticationId() > 0);
    QCOMPARE(flow.record()->status, ReviewStatus::Pending);
    QVERIFY(flow.record()->dueBy > flow.record()->submittedAt);
    QCOMPARE(flow.record()->materials.size(), 2);
    QVERIFY(!flow.record()->materials.first().thumbnail.isEmpty());
    QVERIFY(flow.isReady(AuthFlow::ProgressPage));

    // Submitting again (a resumed wizard) sends nothing.
    QVERIFY(await(flow.submit()).ok());
    QCOMPARE(count(*backend.backend, QString(view::Authentications),
                   {{QString(column::AccountId), account}}),
             1);

    // Huawei's reviewer approves (the review queue); the progress page follows.
    ReviewDecision approve;
    approve.authenticationId = flow.authenticationId();
    approve.approve = true;
    QVERIFY(await(backend->reviewAuthentication(approve)).ok());
    QSignalSpy changed(&flow, &AuthFlow::recordChanged);
    QVERIFY(await(flow.refresh()).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(flow.record()->status, ReviewStatus::Approved);
    const auto detail = await(backend->huaweiAccount(account));
    QCOMPARE(detail->account.authStatus, AuthStatus::Authenticated);
    QCOMPARE(detail->account.fullName, u"Chen Xiaoyu"_s);
}

void TestAuthFlow::R_AUTH_4_rejectedWithItsReason()
{
    TestBackend backend(true);
    QTemporaryDir dir;
    AuthFlow flow(
        backend.backend.get(),
        huaweiAccountIdOf(*backend.backend, QString::fromLatin1(demo::cast::NewSignUpLogin)));
    QVERIFY(await(flow.loadAccount()).ok());
    QVERIFY(submitIndividual(flow, dir, u"E98765432"_s).ok());
    ReviewDecision reject;
    reject.authenticationId = flow.authenticationId();
    const auto noReason = await(backend->reviewAuthentication(reject));
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().rule, u"R-AUTH-4"_s);
    QCOMPARE(noReason.error().reason, u"required"_s);
    reject.reason = RejectReason::Illegible;
    reject.note = u"The holding photo is blurred."_s;
    QVERIFY(await(backend->reviewAuthentication(reject)).ok());
    QVERIFY(await(flow.refresh()).ok());
    QCOMPARE(flow.record()->status, ReviewStatus::Rejected);
    QVERIFY(flow.record()->rejectReason == std::optional(RejectReason::Illegible));

    // R-AUTH-4: rejected may submit again (a new wizard).
    AuthFlow again(backend.backend.get(), flow.accountId());
    QVERIFY(await(again.loadAccount()).ok());
    QVERIFY(again.isReady(AuthFlow::TypePage));
}

void TestAuthFlow::draftKeepsMaterialsAndTheRequest()
{
    QTemporaryDir dir;
    AuthFlow flow(nullptr, u"0123456789abcdef0123456789abcdef"_s);
    flow.setFullName(u"Chen Xiaoyu"_s);
    const MaterialUpload page =
        read(specimen(dir, u"page.png"_s, "PNG"), MaterialSlot::CertificatePage);
    flow.setMaterial(page);
    AuthFlow resumed(nullptr, flow.accountId());
    resumed.restoreDraft(flow.toDraft());
    QVERIFY(resumed.material(QString::fromLatin1(MaterialSlot::CertificatePage)) ==
            std::optional(page));
    QVERIFY(!resumed.material(QString::fromLatin1(MaterialSlot::HoldingPhoto)));
    QCOMPARE(resumed.text(AuthFlow::FullNameKey), u"Chen Xiaoyu"_s);
}

QTEST_GUILESS_MAIN(TestAuthFlow)
#include "test_auth_flow.moc"
