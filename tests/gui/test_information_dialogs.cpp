// My Account's information dialogs through the real widgets on the demo data (issue 18), in
// both languages and on both backends: D-TENANT-NAME changes the buyer's tenant name a third
// time this year and refuses a fourth (R-ACC-3) and a malformed name next to the field;
// D-COMPLETE-INFO sets the type and name of the unauthenticated sign-up (R-ACC-10);
// D-EDIT-INFO keeps an enterprise an enterprise (R-ACC-6), the name of an authenticated
// account read-only (R-ACC-9), refuses a program renamed .pdf by its content and stores a
// real PDF (R-ACC-11), saves the contact address (R-ACC-12) and asks for a secondary industry
// (R-ACC-13). Each refusal is read under its field, and each change read back through the
// backend. Every dialog and its main error state is snapshotted (fit and accessibility).

#include "DomainPrinting.h"
#include "GuiTestSupport.h"
#include "core/MyAccount.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/dialogs/CompleteInformationDialog.h"
#include "gui/dialogs/EditInformationDialog.h"
#include "gui/dialogs/TenantNameDialog.h"
#include "services/DemoStoryData.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStandardPaths>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

namespace {

// A file of `name` holding `bytes` (judged by its first bytes, whatever its name).
QString fileOf(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

QByteArray pdfBytes()
{
    return QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                      "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
}

// The start of a Linux program (ELF) and of a Windows one (PE, "MZ"), padded.
QByteArray elfBytes()
{
    return QByteArray("\x7F"
                      "ELF\x02\x01\x01\x00",
                      8) +
           QByteArray(600, '\x01');
}

QByteArray peBytes()
{
    return QByteArray("MZ\x90\x00\x03\x00\x00\x00", 8) + QByteArray(600, '\x02');
}

QString errorText(const char *rule, const char *field, const char *reason, QVariantMap args = {})
{
    return ErrorText::message(makeError(QString::fromLatin1(rule), QString::fromLatin1(field),
                                        QString::fromLatin1(reason), std::move(args)));
}

HuaweiAccountDetail detailOf(Backend *backend, const QString &accountId)
{
    const Result<HuaweiAccountDetail> detail = await(backend->huaweiAccount(accountId));
    if (!detail.ok())
        qFatal("no detail for %s", qPrintable(accountId));
    return *detail;
}

QPushButton *okOf(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
}

void clickRadio(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
}

void choose(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->setFocus();
    combo->setCurrentIndex(index);
}

// The mnemonics ("&X") of the visible labels with a buddy and of the buttons of `dialog` that
// are used more than once: each Alt+letter reaches one control.
QStringList repeatedMnemonics(QDialog *dialog)
{
    QHash<QChar, QStringList> owners;
    const auto add = [&owners](QWidget *widget, const QString &text) {
        for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size();
             i = text.indexOf(u'&', i + 2)) {
            if (text.at(i + 1) != u'&') {
                owners[text.at(i + 1).toLower()] << widget->objectName();
                break;
            }
        }
    };
    for (QLabel *label : dialog->findChildren<QLabel *>())
        if (label->isVisible() && label->buddy())
            add(label, label->text());
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        if (button->isVisible())
            add(button, button->text());
    QStringList repeated;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            repeated << QStringLiteral("%1: %2").arg(it.key(), it.value().join(u", "_s));
    return repeated;
}

template<class Dialog>
Dialog *shown(Dialog *dialog)
{
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        qWarning("%s not exposed", qPrintable(dialog->objectName()));
    return dialog;
}

} // namespace

class TestInformationDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void R_ACC_3_R_ACC_7_tenantNameChangedThenFourthChangeRefused();
    void R_ACC_3_malformedTenantNameRefusedNextToTheField();
    void R_ACC_7_tenantNameThatIsTheLoginIdNotEditable();
    void R_ACC_10_completeInformationSetsTypeAndName();
    void R_ACC_6_enterpriseNeverBecomesIndividual();
    void R_ACC_9_nameOfAnAuthenticatedAccountReadOnly();
    void R_ACC_11_programRenamedPdfRefusedByContentRealPdfStored();
    void R_ACC_13_industryWithSecondariesNeedsOne();
    void R_ACC_12_contactAddressSavedAndReadBack();
};

void TestInformationDialogs::R_ACC_3_R_ACC_7_tenantNameChangedThenFourthChangeRefused()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString account = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    const HuaweiAccountDetail before = detailOf(backend, account);
    QCOMPARE(before.account.tenantName, QString::fromLatin1(demo::cast::BuyerTenantName));
    QCOMPARE(before.tenantNameChangesThisYear, 2);

    auto *dialog = shown(new TenantNameDialog(&f.context, before, f.window.get()));
    QCOMPARE(dialog->objectName(), u"tenantNameDialog"_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"currentNameValue"_s)->text(), u"Lianyun-Cloud"_s);
    const QString twoOfThree =
        TenantNameDialog::tr("%1 of %2 changes used this year").arg(2).arg(3);
    QCOMPARE(dialog->findChild<QLabel *>(u"changesValue"_s)->text(), twoOfThree);
    QVERIFY(!dialog->findChild<QLabel *>(u"limitLabel"_s)->isVisible());
    // The precautions of §5.3: IAM login, and the login ID changed only once.
    const QString precautions = dialog->findChild<QLabel *>(u"precautionsLabel"_s)->text();
    QVERIFY(precautions.contains(u"IAM"_s));
    QVERIFY(okOf(dialog)->isEnabled());
    snapshot(dialog, u"tenant-name-dialog"_s);
    QCOMPARE(repeatedMnemonics(dialog), QStringList());

    // The third change this year.
    type(dialog, "newNameEdit", u"Lianyun-Cloud-2026"_s);
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    QVERIFY(waitFor([&] { return !dialog->isVisible(); }));
    QVERIFY(dialog->result());
    QCOMPARE(dialog->result()->tenantName, u"Lianyun-Cloud-2026"_s);
    QVERIFY(dialog->successMessage().contains(u"Lianyun-Cloud-2026"_s));
    const HuaweiAccountDetail after = detailOf(backend, account);
    QCOMPARE(after.account.tenantName, u"Lianyun-Cloud-2026"_s);
    QCOMPARE(after.tenantNameChangesThisYear, 3);

    // A fourth, from a dialog opened before the third went through ("2 of 3"): the backend
    // refuses it (R-ACC-3), said under the name, which is kept; no more OK this year.
    auto *stale = shown(new TenantNameDialog(&f.context, before, f.window.get()));
    type(stale, "newNameEdit", u"Lianyun-Hangzhou"_s);
    QTest::mouseClick(okOf(stale), Qt::LeftButton);
    auto *error = stale->findChild<QLabel *>(u"newNameError"_s);
    QVERIFY(waitFor([&] { return error->isVisible(); }));
    QCOMPARE(error->text(), errorText(rule::ACC_3, validate::Field::TenantName, "changeLimit",
                                      {{u"max"_s, validate::MaxTenantNameChangesPerYear}}));
    QVERIFY(stale->isVisible());
    QCOMPARE(stale->findChild<QLineEdit *>(u"newNameEdit"_s)->text(), u"Lianyun-Hangzhou"_s);
    QCOMPARE(stale->findChild<QLabel *>(u"changesValue"_s)->text(),
             TenantNameDialog::tr("%1 of %2 changes used this year").arg(3).arg(3));
    QVERIFY(stale->findChild<QLabel *>(u"limitLabel"_s)->isVisible());
    QVERIFY(!okOf(stale)->isEnabled());
    snapshot(stale, u"tenant-name-fourth-change"_s);
    QCOMPARE(detailOf(backend, account).account.tenantName, u"Lianyun-Cloud-2026"_s);
    stale->reject();

    // Opened now, the dialog says so up front.
    auto *exhausted = shown(new TenantNameDialog(&f.context, after, f.window.get()));
    QVERIFY(exhausted->findChild<QLabel *>(u"limitLabel"_s)->isVisible());
    QVERIFY(!okOf(exhausted)->isEnabled());
    exhausted->reject();
}

void TestInformationDialogs::R_ACC_3_malformedTenantNameRefusedNextToTheField()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString account = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    auto *dialog =
        shown(new TenantNameDialog(&f.context, detailOf(backend, account), f.window.get()));
    auto *error = dialog->findChild<QLabel *>(u"newNameError"_s);
    // Starts with a digit.
    type(dialog, "newNameEdit", u"9lianyun-cloud"_s);
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"newNameEdit"_s), Qt::Key_Return);
    QVERIFY(waitFor([&] { return error->isVisible(); }));
    QCOMPARE(error->text(), errorText(rule::ACC_3, validate::Field::TenantName, "format"));
    QVERIFY(dialog->isVisible());
    snapshot(dialog, u"tenant-name-malformed"_s);
    // Editing the name takes the message away; too short is said as such.
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"newNameEdit"_s), Qt::Key_Backspace);
    QVERIFY(!error->isVisible());
    type(dialog, "newNameEdit", u"lyun"_s);
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    QVERIFY(waitFor([&] { return error->isVisible(); }));
    QCOMPARE(error->text(), errorText(rule::ACC_3, validate::Field::TenantName, "length"));
    // Another account's login ID, whatever its case: taken (the backend says so).
    type(dialog, "newNameEdit", u"ZhouMingyuan"_s);
    QVERIFY(!error->isVisible());
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    QVERIFY(waitFor([&] { return error->isVisible(); }));
    QCOMPARE(error->text(), errorText(rule::ACC_3, validate::Field::TenantName, "taken"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(detailOf(backend, account).account.tenantName,
             QString::fromLatin1(demo::cast::BuyerTenantName));
}

void TestInformationDialogs::R_ACC_7_tenantNameThatIsTheLoginIdNotEditable()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString account = accountIdOf(backend, QString::fromLatin1(demo::cast::IndividualLogin));
    const HuaweiAccountDetail detail = detailOf(backend, account);
    QVERIFY(!myaccount::tenantNameEditable(detail.account));
    auto *dialog = shown(new TenantNameDialog(&f.context, detail, f.window.get()));
    auto *limit = dialog->findChild<QLabel *>(u"limitLabel"_s);
    QVERIFY(limit->isVisible());
    QCOMPARE(limit->text(), errorText(rule::ACC_7, validate::Field::TenantName, "sameAsLoginId"));
    QVERIFY(!okOf(dialog)->isEnabled());
}

void TestInformationDialogs::R_ACC_10_completeInformationSetsTypeAndName()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString account = accountIdOf(backend, QString::fromLatin1(demo::cast::NewSignUpLogin));
    const HuaweiAccountDetail before = detailOf(backend, account);
    QCOMPARE(before.account.accountType, AccountType::Unset);
    QVERIFY(myaccount::completeInformationOffered(before.account));

    auto *dialog = shown(new CompleteInformationDialog(&f.context, before, f.window.get()));
    QCOMPARE(dialog->objectName(), u"completeInformationDialog"_s);
    auto *individual = dialog->findChild<QRadioButton *>(u"individualRadio"_s);
    auto *enterprise = dialog->findChild<QRadioButton *>(u"enterpriseRadio"_s);
    QVERIFY(!individual->isChecked() && !enterprise->isChecked());
    // Neither a type nor a name: both said, each under its field.
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    auto *typeError = dialog->findChild<QLabel *>(u"accountTypeError"_s);
    auto *nameError = dialog->findChild<QLabel *>(u"nameError"_s);
    QVERIFY(waitFor([&] { return typeError->isVisible() && nameError->isVisible(); }));
    QCOMPARE(typeError->text(), errorText(rule::ACC_10, "accountType", "required"));
    QCOMPARE(nameError->text(), errorText(rule::ACC_10, "name", "required"));
    QVERIFY(dialog->isVisible());
    snapshot(dialog, u"complete-information-errors"_s);

    // The name's label follows the type.
    clickRadio(enterprise);
    QVERIFY(!typeError->isVisible());
    auto *nameLabel = dialog->findChild<QLabel *>(u"nameLabel"_s);
    QCOMPARE(nameLabel->text(), CompleteInformationDialog::tr("Enterprise &name:"));
    clickRadio(individual);
    QCOMPARE(nameLabel->text(), CompleteInformationDialog::tr("Full &name:"));
    type(dialog, "nameEdit", u"Chen Xiaoyu"_s);
    QVERIFY(!nameError->isVisible());
    snapshot(dialog, u"complete-information"_s);
    QCOMPARE(repeatedMnemonics(dialog), QStringList());
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    QVERIFY(waitFor([&] { return !dialog->isVisible(); }));
    QVERIFY(dialog->result());
    QVERIFY(!dialog->successMessage().isEmpty());
    const HuaweiAccount after = detailOf(backend, account).account;
    QCOMPARE(after.accountType, AccountType::Individual);
    QCOMPARE(after.fullName, u"Chen Xiaoyu"_s);
    QVERIFY(!myaccount::completeInformationOffered(after));

    // A dialog opened before: the backend refuses (the type is set), said on the page.
    auto *stale = shown(new CompleteInformationDialog(&f.context, before, f.window.get()));
    clickRadio(stale->findChild<QRadioButton *>(u"enterpriseRadio"_s));
    type(stale, "nameEdit", u"Chen Studio"_s);
    QTest::mouseClick(okOf(stale), Qt::LeftButton);
    auto *pageError = stale->findChild<QLabel *>(u"pageError"_s);
    QVERIFY(waitFor([&] { return pageError->isVisible(); }));
    QCOMPARE(pageError->text(), errorText(rule::ACC_10, "accountType", "typeSet"));
    QVERIFY(!okOf(stale)->isEnabled());
    QCOMPARE(detailOf(backend, account).account.accountType, AccountType::Individual);
}

void TestInformationDialogs::R_ACC_6_enterpriseNeverBecomesIndividual()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    // An enterprise not authenticated yet: it cannot become an individual either.
    const QString signUp = accountIdOf(backend, QString::fromLatin1(demo::cast::NewSignUpLogin));
    CompleteInformationRequest complete;
    complete.accountId = signUp;
    complete.accountType = AccountType::Enterprise;
    complete.name = u"Chen Studio Co., Ltd."_s;
    QVERIFY(await(backend->completeInformation(complete)).ok());
    auto *dialog =
        shown(new EditInformationDialog(&f.context, detailOf(backend, signUp), f.window.get()));
    QCOMPARE(dialog->objectName(), u"editInformationDialog"_s);
    auto *individual = dialog->findChild<QRadioButton *>(u"individualRadio"_s);
    auto *enterprise = dialog->findChild<QRadioButton *>(u"enterpriseRadio"_s);
    QVERIFY(enterprise->isChecked() && enterprise->isEnabled());
    QVERIFY(!individual->isEnabled());
    QCOMPARE(dialog->findChild<QLabel *>(u"accountTypeHint"_s)->text(),
             errorText(rule::ACC_6, "accountType", "enterpriseToIndividual"));
    QVERIFY(dialog->findChild<QLineEdit *>(u"enterpriseNameEdit"_s)->isVisible());
    QVERIFY(!dialog->findChild<QLineEdit *>(u"fullNameEdit"_s)->isVisible());
    dialog->reject();

    // The authenticated buyer, an enterprise: both fixed. Were the individual choice forced
    // (a stale form), the backend refuses it, said under the type.
    const QString buyer = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    const HuaweiAccountDetail before = detailOf(backend, buyer);
    auto *edit = shown(new EditInformationDialog(&f.context, before, f.window.get()));
    individual = edit->findChild<QRadioButton *>(u"individualRadio"_s);
    enterprise = edit->findChild<QRadioButton *>(u"enterpriseRadio"_s);
    QVERIFY(enterprise->isChecked());
    QVERIFY(!individual->isEnabled() && !enterprise->isEnabled());
    individual->setEnabled(true);
    clickRadio(individual);
    QVERIFY(individual->isChecked());
    auto *fullName = edit->findChild<QLineEdit *>(u"fullNameEdit"_s);
    QVERIFY(fullName->isVisible());
    fullName->setText(u"Lianyun Owner"_s);
    QTest::mouseClick(okOf(edit), Qt::LeftButton);
    auto *typeError = edit->findChild<QLabel *>(u"accountTypeError"_s);
    QVERIFY(waitFor([&] { return typeError->isVisible(); }));
    QCOMPARE(typeError->text(), errorText(rule::ACC_6, "accountType", "enterpriseToIndividual"));
    QVERIFY(edit->isVisible());
    QCOMPARE(detailOf(backend, buyer).account.accountType, AccountType::Enterprise);
}

void TestInformationDialogs::R_ACC_9_nameOfAnAuthenticatedAccountReadOnly()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    // An authenticated individual: the full name is read-only, and the hint says why.
    const QString zhou = accountIdOf(backend, QString::fromLatin1(demo::cast::IndividualLogin));
    auto *dialog =
        shown(new EditInformationDialog(&f.context, detailOf(backend, zhou), f.window.get()));
    auto *fullName = dialog->findChild<QLineEdit *>(u"fullNameEdit"_s);
    QVERIFY(fullName->isVisible() && fullName->isReadOnly());
    QCOMPARE(fullName->text(), u"Zhou Mingyuan"_s);
    auto *hint = dialog->findChild<QLabel *>(u"nameHint"_s);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), errorText(rule::ACC_9, "fullName", "authenticated"));
    QVERIFY(!dialog->findChild<QRadioButton *>(u"enterpriseRadio"_s)->isEnabled());
    dialog->reject();

    // The authenticated buyer: a changed enterprise name (set past the read-only edit) is
    // refused by the backend, said under the name; nothing is saved.
    const QString buyer = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    const HuaweiAccountDetail before = detailOf(backend, buyer);
    auto *edit = shown(new EditInformationDialog(&f.context, before, f.window.get()));
    auto *name = edit->findChild<QLineEdit *>(u"enterpriseNameEdit"_s);
    QVERIFY(name->isReadOnly());
    QCOMPARE(name->text(), before.account.enterpriseName);
    name->setText(u"Hangzhou Lianyun Cloud Co., Ltd."_s);
    QTest::mouseClick(okOf(edit), Qt::LeftButton);
    auto *nameError = edit->findChild<QLabel *>(u"enterpriseNameError"_s);
    QVERIFY(waitFor([&] { return nameError->isVisible(); }));
    QCOMPARE(nameError->text(), errorText(rule::ACC_9, "enterpriseName", "authenticated"));
    QVERIFY(edit->isVisible());
    QCOMPARE(detailOf(backend, buyer).account, before.account);
}

void TestInformationDialogs::R_ACC_11_programRenamedPdfRefusedByContentRealPdfStored()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    QTemporaryDir dir;
    const QString buyer = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    const HuaweiAccountDetail before = detailOf(backend, buyer);
    auto *dialog = shown(new EditInformationDialog(&f.context, before, f.window.get()));
    snapshot(dialog, u"edit-information"_s);
    QCOMPARE(repeatedMnemonics(dialog), QStringList());
    QCOMPARE(dialog->findChild<QComboBox *>(u"qualificationNameCombo"_s)->currentData(),
             QVariant(before.account.qualificationName));

    // A Linux program named .pdf: refused by its content as soon as it is chosen.
    auto *proofError = dialog->findChild<QLabel *>(u"qualificationProofError"_s);
    chooseMaterial(f, dialog, MaterialSlot::QualificationProof,
                   fileOf(dir, u"vat-certificate.pdf"_s, elfBytes()));
    QVERIFY(waitFor([&] { return proofError->isVisible(); }));
    const QString refused = errorText(rule::ACC_11, "qualificationProof", "type",
                                      {{u"allowed"_s, u"Word, JPG, PNG, PDF, ODT"_s}});
    QCOMPARE(proofError->text(), refused);
    dialog->findChild<QScrollArea *>(u"scrollArea"_s)->ensureWidgetVisible(proofError);
    snapshot(dialog, u"edit-information-executable-proof"_s);
    // OK does not save it.
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(dialog->isVisible());
    QVERIFY(proofError->isVisible());
    QVERIFY(detailOf(backend, buyer).qualificationProof == before.qualificationProof);
    // A Windows program named .docx: the same.
    chooseMaterial(f, dialog, MaterialSlot::QualificationProof,
                   fileOf(dir, u"vat-certificate.docx"_s, peBytes()));
    QVERIFY(waitFor([&] { return proofError->isVisible(); }));
    QCOMPARE(proofError->text(), refused);

    // A real PDF: accepted at once, and stored.
    const QString pdf = fileOf(dir, u"vat-registration.pdf"_s, pdfBytes());
    chooseMaterial(f, dialog, MaterialSlot::QualificationProof, pdf);
    QVERIFY(waitFor([&] { return !proofError->isVisible(); }));
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    QVERIFY(waitFor([&] { return !dialog->isVisible(); }));
    QVERIFY(dialog->result());
    QCOMPARE(dialog->successMessage(),
             EditInformationDialog::tr("The account information was saved."));
    const HuaweiAccountDetail after = detailOf(backend, buyer);
    QVERIFY(after.qualificationProof);
    QCOMPARE(after.qualificationProof->fileName, u"vat-registration.pdf"_s);
    QCOMPARE(after.qualificationProof->slot, QString::fromLatin1(MaterialSlot::QualificationProof));
    QCOMPARE(after.qualificationProof->sha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(pdfBytes(), QCryptographicHash::Sha256).toHex()));
    // The rest of the form was saved as it was.
    QCOMPARE(after.account.contactAddress, before.account.contactAddress);
    QCOMPARE(after.account.industry, before.account.industry);

    // Opened again, the stored proof is shown by its name.
    auto *again = shown(new EditInformationDialog(&f.context, after, f.window.get()));
    QVERIFY(again->findChild<QLabel *>(u"qualificationProofFileName"_s)
                ->text()
                .contains(u"vat-registration.pdf"_s));
}

void TestInformationDialogs::R_ACC_13_industryWithSecondariesNeedsOne()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString buyer = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    const HuaweiAccountDetail before = detailOf(backend, buyer);
    auto *dialog = shown(new EditInformationDialog(&f.context, before, f.window.get()));
    auto *industry = dialog->findChild<QComboBox *>(u"industryCombo"_s);
    auto *secondary = dialog->findChild<QComboBox *>(u"secondaryIndustryCombo"_s);
    QCOMPARE(industry->currentData(), QVariant(before.account.industry));
    QVERIFY(secondary->isVisible());
    QCOMPARE(secondary->currentData(), QVariant(before.account.secondaryIndustry));

    // An industry without secondaries: none asked.
    choose(industry, u"education"_s);
    QVERIFY(!secondary->isVisible());
    // Finance has three: one must be chosen.
    choose(industry, u"finance"_s);
    QVERIFY(secondary->isVisible());
    QCOMPARE(secondary->count(), 4); // "--Select--" and its three
    QCOMPARE(secondary->currentData(), QVariant(QString()));
    QCOMPARE(industry->currentText(), DomainText::industry(u"finance"_s, {}));
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(u"secondaryIndustryError"_s);
    QVERIFY(waitFor([&] { return error->isVisible(); }));
    QCOMPARE(error->text(), errorText(rule::ACC_13, "secondaryIndustry", "required"));
    QVERIFY(dialog->isVisible());
    snapshot(dialog, u"edit-information-secondary-industry"_s);
    choose(secondary, u"banking"_s);
    QVERIFY(!error->isVisible());
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    QVERIFY(waitFor([&] { return !dialog->isVisible(); }));
    const HuaweiAccount after = detailOf(backend, buyer).account;
    QCOMPARE(after.industry, u"finance"_s);
    QCOMPARE(after.secondaryIndustry, u"banking"_s);
}

void TestInformationDialogs::R_ACC_12_contactAddressSavedAndReadBack()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString zhou = accountIdOf(backend, QString::fromLatin1(demo::cast::IndividualLogin));
    const HuaweiAccountDetail before = detailOf(backend, zhou);
    QVERIFY(before.account.contactAddress.isEmpty());
    auto *dialog = shown(new EditInformationDialog(&f.context, before, f.window.get()));
    // Country/region read-only: shown, not edited.
    QVERIFY(!dialog->findChild<QLabel *>(u"countryRegionValue"_s)->text().isEmpty());

    // The required parts, each said under its field; the optional ones not.
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    const char *required[] = {"addressLine1Error", "cityError", "stateProvinceError",
                              "postalCodeError"};
    for (const char *name : required) {
        auto *label = dialog->findChild<QLabel *>(QString::fromLatin1(name));
        QVERIFY2(waitFor([&] { return label->isVisible(); }), name);
    }
    QCOMPARE(dialog->findChild<QLabel *>(u"cityError"_s)->text(),
             errorText(rule::ACC_12, "contactAddress.city", "required"));
    QVERIFY(!dialog->findChild<QLabel *>(u"addressLine2Error"_s)->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(u"communeError"_s)->isVisible());
    QVERIFY(dialog->isVisible());
    snapshot(dialog, u"edit-information-address-errors"_s);
    QCOMPARE(repeatedMnemonics(dialog), QStringList()); // an individual's: the full name

    type(dialog, "addressLine1Edit", u"Room 1203, No. 88 Wensan Road"_s);
    QVERIFY(!dialog->findChild<QLabel *>(u"addressLine1Error"_s)->isVisible());
    type(dialog, "addressLine2Edit", u"Building B"_s);
    type(dialog, "communeEdit", u"Xihu"_s);
    type(dialog, "cityEdit", u"Hangzhou"_s);
    type(dialog, "stateProvinceEdit", u"Zhejiang"_s);
    type(dialog, "postalCodeEdit", u"#310012"_s);
    choose(dialog->findChild<QComboBox *>(u"paymentCurrencyCombo"_s), u"CNY"_s);
    auto *industry = dialog->findChild<QComboBox *>(u"industryCombo"_s);
    choose(industry, u"it_internet"_s);
    choose(dialog->findChild<QComboBox *>(u"secondaryIndustryCombo"_s), u"software"_s);
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    auto *postalError = dialog->findChild<QLabel *>(u"postalCodeError"_s);
    QVERIFY(waitFor([&] { return postalError->isVisible(); }));
    QCOMPARE(postalError->text(), errorText(rule::ACC_12, "contactAddress.postalCode", "format"));
    type(dialog, "postalCodeEdit", u"310012"_s);
    QVERIFY(!postalError->isVisible());
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    QVERIFY(waitFor([&] { return !dialog->isVisible(); }));

    const HuaweiAccount after = detailOf(backend, zhou).account;
    QCOMPARE(after.contactAddress.line1, u"Room 1203, No. 88 Wensan Road"_s);
    QCOMPARE(after.contactAddress.line2, u"Building B"_s);
    QCOMPARE(after.contactAddress.commune, u"Xihu"_s);
    QCOMPARE(after.contactAddress.city, u"Hangzhou"_s);
    QCOMPARE(after.contactAddress.stateProvince, u"Zhejiang"_s);
    QCOMPARE(after.contactAddress.postalCode, u"310012"_s);
    QCOMPARE(after.paymentCurrency, u"CNY"_s);
    QCOMPARE(after.industry, u"it_internet"_s);
    QCOMPARE(after.secondaryIndustry, u"software"_s);
    QCOMPARE(after.countryRegion, before.account.countryRegion); // read-only
    QCOMPARE(after.fullName, before.account.fullName);
}

QTEST_MAIN(TestInformationDialogs)
#include "test_information_dialogs.moc"
