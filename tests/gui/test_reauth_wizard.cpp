// W-REAUTH through the real widgets on the demo data (issue 17), in both languages: an
// individual changes its owner from "View/Change" in the account's details (the Word
// template downloaded there, then refused next to its upload, R-AUTH-12), an enterprise changes its
// name (R-AUTH-13), the variants an account's type allows and the refusals next to the choice
// (R-AUTH-5 KooGallery seller, R-AUTH-11 arrears); each request lands in the review queue
// with its kind (R-AUTH-10). Every page is snapshotted (accessibility and fit checks).

#include "DomainPrinting.h"
#include "GuiTestSupport.h"
#include "core/Materials.h"
#include "gui/views/HuaweiAccountsView.h"
#include "gui/views/ListViewWidget.h"
#include "gui/views/ReviewQueueView.h"
#include "gui/wizards/reauth/ReauthWizard.h"
#include "services/DemoStoryData.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

namespace {

// A file of `name` holding `bytes` (a PDF, a Word file: judged by their first bytes).
QString fileOf(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

QString pdf(const QTemporaryDir &dir, const QString &name)
{
    return fileOf(dir, name, QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n"));
}

QString word(const QTemporaryDir &dir, const QString &name)
{
    return fileOf(dir, name,
                  QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'));
}

} // namespace

class TestReauthWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void R_AUTH_12_R_AUTH_10_individualOwnerChangedFromTheDetails();
    void R_AUTH_13_enterpriseNameChangeInTheQueue();
    void R_AUTH_14_R_AUTH_5_enterprisePagesOfBothKinds();
    void R_AUTH_11_arrearsShownNextToTheChoice(); // and cleared in D-CONDITIONS
    void R_AUTH_5_backendRefusalBackAtTheChoice();

private:
    ReauthWizard *open(GuiFixture &f, const char *login);
    void check(QWidget *page);
};

void TestReauthWizard::check(QWidget *page)
{
    auto *box = page->findChild<QCheckBox *>(u"declarationCheck"_s);
    QVERIFY(box);
    if (!box->isChecked())
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    QVERIFY(box->isChecked());
}

ReauthWizard *TestReauthWizard::open(GuiFixture &f, const char *login)
{
    const QString account = accountIdOf(f.backend.backend.get(), QString::fromLatin1(login));
    f.window->openReauthWizard(account);
    ReauthWizard *wizard = nullptr;
    waitFor([&] {
        wizard = f.window->findChild<ReauthWizard *>();
        // Shown once the account and its requests are known.
        return wizard && wizard->isVisible() &&
               !wizard->currentPage()->findChild<QLabel *>(u"subjectValue"_s)->text().isEmpty();
    });
    return wizard;
}

void TestReauthWizard::R_AUTH_12_R_AUTH_10_individualOwnerChangedFromTheDetails()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    Backend *backend = f.backend.backend.get();
    QTemporaryDir dir;
    const QString account = accountIdOf(backend, QString::fromLatin1(demo::cast::IndividualLogin));
    w.showPage(MainWindow::Page::HuaweiAccounts);
    w.huaweiAccountsView()->selectAccount(account);
    auto *reauth = w.huaweiAccountsView()->findChild<QPushButton *>(u"reauthButton"_s);
    QVERIFY(reauth);
    QVERIFY(waitFor([&] {
        return w.huaweiAccountsView()->list()->currentValue(u"accountId"_s).toString() == account &&
               reauth->isEnabled();
    }));
    QTest::mouseClick(reauth, Qt::LeftButton);
    ReauthWizard *wizard = nullptr;
    QVERIFY(waitFor([&] {
        wizard = w.findChild<ReauthWizard *>();
        return wizard && wizard->isVisible() && wizard->button(QWizard::NextButton)->isEnabled();
    }));
    QWidget *page = wizard->currentPage();
    // An individual's two variants only.
    QVERIFY(page->findChild<QRadioButton *>(u"individualOwnerRadio"_s)->isVisible());
    QVERIFY(page->findChild<QRadioButton *>(u"toEnterpriseRadio"_s)->isVisible());
    QVERIFY(!page->findChild<QRadioButton *>(u"entityRadio"_s)->isVisible());
    QVERIFY(!page->findChild<QRadioButton *>(u"nameRadio"_s)->isVisible());
    QCOMPARE(wizard->button(QWizard::NextButton)->text(), inTestLanguage(u"&OK"_s, u"确定(&O)"_s));
    snapshot(wizard, u"reauth-kind-individual"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == ReauthWizard::CurrentOwner; }));

    page = wizard->currentPage();
    chooseMaterial(f, page, "currentCertificatePage", specimen(dir, u"passport.png"_s, "PNG"));
    chooseMaterial(f, page, "currentHoldingPhoto", specimen(dir, u"holding.jpg"_s, "JPG"));
    // The Word template, downloaded beside the upload: a real .docx with the account in it.
    const QString templatePath = dir.filePath(u"change-application-form.docx"_s);
    f.dialogs.saveFileAnswer = templatePath;
    QTest::mouseClick(page->findChild<QPushButton *>(u"downloadTemplateButton"_s), Qt::LeftButton);
    auto *saved = page->findChild<QLabel *>(u"templateStatus"_s);
    QVERIFY(waitFor([&] { return saved->isVisible(); }));
    QVERIFY(saved->text().contains(u"change-application-form.docx"_s));
    QFile downloaded(templatePath);
    QVERIFY(downloaded.open(QIODevice::ReadOnly));
    const QByteArray docx = downloaded.readAll();
    QVERIFY(material::detectType(docx.left(material::HeaderBytes)) == MaterialType::Word);
    QVERIFY(docx.contains("word/document.xml"));
    QVERIFY(docx.contains(account.toLatin1())); // stored, not compressed: the text is there
    // R-AUTH-12: the template as is: refused next to its upload as soon as it is chosen.
    chooseMaterial(f, page, "applicationForm", templatePath);
    auto *formError = page->findChild<QLabel *>(u"applicationFormError"_s);
    QVERIFY(waitFor([&] { return formError->isVisible(); }));
    // And on Next (a Word .doc as well).
    chooseMaterial(f, page, "applicationForm", word(dir, u"application.doc"_s));
    QVERIFY(waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return formError->isVisible(); }));
    QCOMPARE(wizard->currentId(), int(ReauthWizard::CurrentOwner));
    snapshot(wizard, u"reauth-current-owner-error"_s);
    chooseMaterial(f, page, "applicationForm", pdf(dir, u"application.pdf"_s));
    QVERIFY(waitFor([&] { return !formError->isVisible(); }));
    snapshot(wizard, u"reauth-current-owner"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == ReauthWizard::Individual; }));

    page = wizard->currentPage();
    type(page, "fullNameEdit", u"Li Wenjing"_s);
    type(page, "certificateNumberEdit", u"E55501234"_s);
    chooseMaterial(f, page, "certificatePage", specimen(dir, u"new-passport.png"_s, "PNG"));
    chooseMaterial(f, page, "holdingPhoto", specimen(dir, u"new-holding.jpg"_s, "JPG"));
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled()); // the declaration
    check(page);
    QVERIFY(waitFor([&] { return wizard->button(QWizard::CommitButton)->isEnabled(); }));
    snapshot(wizard, u"reauth-individual"_s);
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == ReauthWizard::Progress; }));
    auto *status = wizard->currentPage()->findChild<QLabel *>(u"statusValue"_s);
    QVERIFY(waitFor([&] { return !status->text().isEmpty(); }));
    QCOMPARE(status->text(), inTestLanguage(u"Under review"_s, u"审核中"_s));
    snapshot(wizard, u"reauth-progress"_s);
    const qint64 id = wizard->flow()->authenticationId();
    QVERIFY(id > 0);

    // In the review queue with its kind; the account keeps its authentication (R-AUTH-10).
    const QVariantMap row = findRow(backend, u"authentications"_s, u"authenticationId"_s, id);
    QCOMPARE(row.value(u"kind"_s).toString(), u"individual_owner"_s);
    QCOMPARE(row.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(findRow(backend, u"huaweiAccounts"_s, u"accountId"_s, account)
                 .value(u"authStatus"_s)
                 .toString(),
             u"authenticated"_s);
    clickWizardButton(wizard, QWizard::FinishButton);
    QVERIFY(waitFor([&] { return !wizard->isVisible(); }));
    ReviewQueueView *queue = selectInReviewQueue(w, id);
    QVERIFY(queue);
    QCOMPARE(queue->current()->kind, ReviewKind::IndividualOwner);
}

void TestReauthWizard::R_AUTH_13_enterpriseNameChangeInTheQueue()
{
    GuiFixture f;
    QTemporaryDir dir;
    ReauthWizard *wizard = open(f, demo::cast::BuyerLogin);
    QVERIFY(wizard);
    QWidget *page = wizard->currentPage();
    QVERIFY(page->findChild<QRadioButton *>(u"entityRadio"_s)->isVisible());
    QVERIFY(!page->findChild<QRadioButton *>(u"individualOwnerRadio"_s)->isVisible());
    snapshot(wizard, u"reauth-kind-enterprise"_s);
    QTest::mouseClick(page->findChild<QRadioButton *>(u"nameRadio"_s), Qt::LeftButton, {},
                      QPoint(4, 4));
    QCOMPARE(wizard->flow()->kind(), ReviewKind::EnterpriseName);
    QVERIFY(waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == ReauthWizard::NameChange; }));
    page = wizard->currentPage();
    const QString number = wizard->flow()->currentRegistrationNumber();
    QVERIFY(!number.isEmpty());
    QCOMPARE(page->findChild<QLabel *>(u"registrationNumberValue"_s)->text(), number);
    type(page, "enterpriseNameEdit", u"Lianyun Intelligent Technology Co., Ltd."_s);
    chooseMaterial(f, page, "statement", pdf(dir, u"statement.pdf"_s));
    chooseMaterial(f, page, "authorityDocument", specimen(dir, u"authority.png"_s, "PNG"));
    chooseMaterial(f, page, "newCertificate", specimen(dir, u"certificate.jpg"_s, "JPG"));
    check(page);
    QVERIFY(waitFor([&] { return wizard->button(QWizard::CommitButton)->isEnabled(); }));
    snapshot(wizard, u"reauth-name"_s);
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == ReauthWizard::Progress; }));
    const qint64 id = wizard->flow()->authenticationId();
    QVERIFY(id > 0);
    const QVariantMap row =
        findRow(f.backend.backend.get(), u"authentications"_s, u"authenticationId"_s, id);
    QCOMPARE(row.value(u"kind"_s).toString(), u"enterprise_name"_s);
    QCOMPARE(row.value(u"certificateNumber"_s).toString(), number);
    QCOMPARE(row.value(u"subjectName"_s).toString(), u"Lianyun Intelligent Technology Co., Ltd."_s);
}

void TestReauthWizard::R_AUTH_14_R_AUTH_5_enterprisePagesOfBothKinds()
{
    {
        // The service ticket of an individual: the account's country/region, the photos.
        GuiFixture f;
        ReauthWizard *wizard = open(f, demo::cast::IndividualLogin);
        QVERIFY(wizard);
        QTest::mouseClick(wizard->currentPage()->findChild<QRadioButton *>(u"toEnterpriseRadio"_s),
                          Qt::LeftButton, {}, QPoint(4, 4));
        QVERIFY(waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
        clickWizardButton(wizard, QWizard::NextButton);
        QVERIFY(waitFor([&] { return wizard->currentId() == ReauthWizard::Enterprise; }));
        QWidget *page = wizard->currentPage();
        QVERIFY(page->findChild<QLabel *>(u"countryValue"_s)->isVisible());
        QVERIFY(!page->findChild<QWidget *>(u"issuingCountryCombo"_s)->isVisible());
        QVERIFY(page->findChild<QWidget *>(u"holdingVisaPageField"_s)->isVisible());
        snapshot(wizard, u"reauth-enterprise-ticket"_s);
    }
    {
        // A KooGallery seller cannot change its entity: said next to the choice.
        GuiFixture f;
        ReauthWizard *wizard = open(f, demo::cast::KooGallerySellerLogin);
        QVERIFY(wizard);
        QWidget *page = wizard->currentPage();
        auto *error = page->findChild<QLabel *>(u"kindError"_s);
        QVERIFY(waitFor([&] { return error->isVisible(); }));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        snapshot(wizard, u"reauth-kind-seller"_s);
    }
    {
        // The entity change of an enterprise: its own country/region, no holding photos.
        GuiFixture f;
        ReauthWizard *wizard = open(f, demo::cast::BuyerLogin);
        QVERIFY(wizard);
        QVERIFY(waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
        clickWizardButton(wizard, QWizard::NextButton);
        QVERIFY(waitFor([&] { return wizard->currentId() == ReauthWizard::Enterprise; }));
        QWidget *page = wizard->currentPage();
        QVERIFY(page->findChild<QWidget *>(u"issuingCountryCombo"_s)->isVisible());
        QVERIFY(!page->findChild<QWidget *>(u"holdingVisaPageField"_s)->isVisible());
        QVERIFY(page->findChild<QWidget *>(u"applicationFormField"_s)->isVisible());
        snapshot(wizard, u"reauth-enterprise-entity"_s);
        // From the name change, the seed's link to Change Enterprise Entity (§4.5.3).
        clickWizardButton(wizard, QWizard::BackButton);
        QVERIFY(waitFor([&] { return wizard->currentId() == ReauthWizard::Kind; }));
        QTest::mouseClick(wizard->currentPage()->findChild<QRadioButton *>(u"nameRadio"_s),
                          Qt::LeftButton, {}, QPoint(4, 4));
        clickWizardButton(wizard, QWizard::NextButton);
        QVERIFY(waitFor([&] { return wizard->currentId() == ReauthWizard::NameChange; }));
        QTest::mouseClick(wizard->currentPage()->findChild<QPushButton *>(u"changeEntityButton"_s),
                          Qt::LeftButton);
        QVERIFY(waitFor([&] { return wizard->currentId() == ReauthWizard::Kind; }));
        QCOMPARE(wizard->flow()->kind(), ReviewKind::EnterpriseEntity);
        QVERIFY(wizard->currentPage()->findChild<QRadioButton *>(u"entityRadio"_s)->isChecked());
    }
}

void TestReauthWizard::R_AUTH_11_arrearsShownNextToTheChoice()
{
    GuiFixture f;
    ReauthWizard *wizard = open(f, demo::cast::ArrearsLogin);
    QVERIFY(wizard);
    auto *error = wizard->currentPage()->findChild<QLabel *>(u"accountIdError"_s);
    QVERIFY(waitFor([&] { return error->isVisible(); }));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    snapshot(wizard, u"reauth-kind-arrears"_s);
    wizard->close();

    // D-CONDITIONS: the operator clears the simulated arrears from the account's details
    // (a mistyped amount refused next to its field), and the same choice is free.
    MainWindow &w = *f.window;
    const QString account =
        accountIdOf(f.backend.backend.get(), QString::fromLatin1(demo::cast::ArrearsLogin));
    w.showPage(MainWindow::Page::HuaweiAccounts);
    w.huaweiAccountsView()->selectAccount(account);
    auto *tabs = w.huaweiAccountsView()->findChild<QTabWidget *>(u"detailTabs"_s);
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(u"authTab"_s));
    auto *conditions = w.huaweiAccountsView()->findChild<QPushButton *>(u"conditionsButton"_s);
    QVERIFY(waitFor([&] { return conditions->isVisible() && conditions->isEnabled(); }));
    QVERIFY(waitFor([&] {
        return w.huaweiAccountsView()->list()->currentValue(u"accountId"_s).toString() == account;
    }));
    QTest::mouseClick(conditions, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QVERIFY(waitFor([&] {
        dialog = w.findChild<QDialog *>(u"conditionsDialog"_s);
        return dialog && dialog->isVisible() &&
               dialog->findChild<QLineEdit *>(u"arrearsEdit"_s)->text() == u"1280.50"_s;
    }));
    auto *arrears = dialog->findChild<QLineEdit *>(u"arrearsEdit"_s);
    arrears->selectAll();
    QTest::keyClicks(arrears, u"12.3.4"_s);
    auto *ok = dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    auto *arrearsError = dialog->findChild<QLabel *>(u"arrearsError"_s);
    QVERIFY(waitFor([&] { return arrearsError->isVisible(); }));
    QVERIFY(dialog->isVisible());
    snapshot(dialog, u"conditions-error"_s);
    arrears->selectAll();
    QTest::keyClicks(arrears, u"0"_s);
    // The customer's CTS switched on in the same dialog (R-AUD-2).
    auto *cts = dialog->findChild<QCheckBox *>(u"ctsEnabledCheck"_s);
    QVERIFY(!cts->isChecked());
    QTest::mouseClick(cts, Qt::LeftButton, {}, QPoint(6, cts->height() / 2));
    QVERIFY(cts->isChecked());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(waitFor([&] { return !w.findChild<QDialog *>(u"conditionsDialog"_s); }));
    const auto saved = await(f.backend.backend->accountConditions(account));
    QVERIFY(saved.ok());
    QCOMPARE(saved->arrears, Fen(0));
    QVERIFY(saved->ctsEnabled);
    wizard = open(f, demo::cast::ArrearsLogin);
    QVERIFY(wizard);
    QVERIFY(waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
    QVERIFY(!wizard->currentPage()->findChild<QLabel *>(u"accountIdError"_s)->isVisible());
}

// The master's invitation is not accepted yet (§4.5.1): only the backend knows; its refusal
// takes the wizard back to the choice and is shown there, every entry kept.
void TestReauthWizard::R_AUTH_5_backendRefusalBackAtTheChoice()
{
    GuiFixture f;
    QTemporaryDir dir;
    ReauthWizard *wizard = open(f, demo::cast::MasterLogin);
    QVERIFY(wizard);
    QTest::mouseClick(wizard->currentPage()->findChild<QRadioButton *>(u"nameRadio"_s),
                      Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == ReauthWizard::NameChange; }));
    QWidget *page = wizard->currentPage();
    type(page, "enterpriseNameEdit", u"Xinghe Holdings Co., Ltd."_s);
    chooseMaterial(f, page, "statement", pdf(dir, u"statement.pdf"_s));
    chooseMaterial(f, page, "authorityDocument", specimen(dir, u"authority.png"_s, "PNG"));
    chooseMaterial(f, page, "newCertificate", specimen(dir, u"certificate.jpg"_s, "JPG"));
    check(page);
    QVERIFY(waitFor([&] { return wizard->button(QWizard::CommitButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == ReauthWizard::Kind; }));
    auto *error = wizard->currentPage()->findChild<QLabel *>(u"accountIdError"_s);
    QVERIFY(waitFor([&] { return error->isVisible(); }));
    QCOMPARE(wizard->flow()->error(ReauthFlow::AccountIdKey)->reason, u"masterInvitationPending"_s);
    QCOMPARE(wizard->flow()->text(ReauthFlow::EnterpriseNameKey), u"Xinghe Holdings Co., Ltd."_s);
    QCOMPARE(wizard->flow()->authenticationId(), qint64(0));
    snapshot(wizard, u"reauth-kind-refused"_s);
}

QTEST_MAIN(TestReauthWizard)
#include "test_reauth_wizard.moc"
