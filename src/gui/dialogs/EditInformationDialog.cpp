#include "EditInformationDialog.h"

#include "Submit.h"
#include "contract/Backend.h"
#include "core/Materials.h"
#include "core/MyAccount.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/widgets/MaterialField.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/WizardState.h"
#include "ui_EditInformationDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QPushButton>
#include <QSignalBlocker>

#include <iterator>

namespace oc::gui {

using namespace Qt::StringLiterals;
namespace F = myaccount::Field;

namespace {

const QString TypeKey = QString::fromLatin1(validate::Field::AccountType);
const QString FullNameKey = QString::fromLatin1(F::FullName);
const QString EnterpriseNameKey = QString::fromLatin1(F::EnterpriseName);
const QString QualificationNameKey = QString::fromLatin1(F::QualificationName);
const QString ProofKey = QString::fromLatin1(F::QualificationProof);
const QString TaxIdKey = QString::fromLatin1(F::TaxId);
const QString DesignationKey = QString::fromLatin1(F::Designation);
const QString Line1Key = QString::fromLatin1(F::AddressLine1);
const QString Line2Key = QString::fromLatin1(F::AddressLine2);
const QString CommuneKey = QString::fromLatin1(F::Commune);
const QString CityKey = QString::fromLatin1(F::City);
const QString StateKey = QString::fromLatin1(F::StateProvince);
const QString PostalCodeKey = QString::fromLatin1(F::PostalCode);
const QString CurrencyKey = QString::fromLatin1(F::PaymentCurrency);
const QString IndustryKey = QString::fromLatin1(F::Industry);
const QString SecondaryKey = QString::fromLatin1(F::SecondaryIndustry);

constexpr int MaxNameLength = 64; // the service's limit of a name (E-TOO-LONG {max})

// R-ACC-11: the qualification names of core/MyAccount.h, in the user's language.
struct QualificationText
{
    const char *code;
    const char *text;
};
constexpr QualificationText QualificationTexts[] = {
    {"business_license", QT_TRANSLATE_NOOP("EditInformationDialog", "Business license")},
    {"tax_registration_certificate",
     QT_TRANSLATE_NOOP("EditInformationDialog", "Tax registration certificate")},
    {"organization_code_certificate",
     QT_TRANSLATE_NOOP("EditInformationDialog", "Organization code certificate")},
    {"other", QT_TRANSLATE_NOOP("EditInformationDialog", "Other")},
};
static_assert(std::size(QualificationTexts) == std::size(myaccount::QualificationNames));

QString qualificationText(const QString &code)
{
    for (const QualificationText &entry : QualificationTexts)
        if (code == QLatin1StringView(entry.code))
            return QCoreApplication::translate("EditInformationDialog", entry.text);
    return code;
}

// The part of an address a contact-address field names.
QString *addressPart(ContactAddress &address, const QString &field)
{
    if (field == Line1Key)
        return &address.line1;
    if (field == Line2Key)
        return &address.line2;
    if (field == CommuneKey)
        return &address.commune;
    if (field == CityKey)
        return &address.city;
    if (field == StateKey)
        return &address.stateProvince;
    if (field == PostalCodeKey)
        return &address.postalCode;
    return nullptr;
}

} // namespace

EditInformationDialog::EditInformationDialog(AppContext *context, const HuaweiAccountDetail &detail,
                                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditInformationDialog>())
    , m_context(context)
    , m_detail(detail)
    , m_state(new WizardState(this))
    , m_binder(new FieldBinder(context, m_state, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("editInformationDialog"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &EditInformationDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // R-ACC-11: the proof is judged by its content the moment it is chosen.
    m_proof = new MaterialField(context, QString::fromLatin1(MaterialSlot::QualificationProof),
                                m_ui->scrollContents);
    m_proof->setObjectName(QStringLiteral("qualificationProofField"));
    m_ui->qualificationProofSlot->addWidget(m_proof);
    m_ui->qualificationProofLabel->setBuddy(m_proof->chooseButton());
    m_proof->display(detail.qualificationProof); // the stored proof, by its name
    setTabOrder(m_ui->qualificationNameCombo, m_proof->chooseButton());
    setTabOrder(m_proof->chooseButton(), m_ui->taxIdEdit);
    connect(m_proof, &MaterialField::chosen, this, [this](const MaterialUpload &upload) {
        m_newProof = upload;
        m_state->clearError(ProofKey);
        if (const std::optional<Error> problem = proofProblem(upload))
            m_state->setError(*problem);
    });
    connect(
        m_proof, &MaterialField::unreadable, this, [this](const QString &name, const QString &why) {
            m_newProof.reset();
            m_state->setError(makeError(QString::fromLatin1(rule::AUTH_1), ProofKey,
                                        u"unreadable"_s, {{u"file"_s, name}, {u"reason"_s, why}}));
        });

    // The form starts from the account as it is.
    const HuaweiAccount &a = detail.account;
    const ContactAddress &address = a.contactAddress;
    m_state->setDefault(TypeKey,
                        a.accountType == AccountType::Unset ? QString() : toString(a.accountType));
    const std::pair<QString, QString> defaults[] = {
        {FullNameKey, a.fullName},
        {EnterpriseNameKey, a.enterpriseName},
        {QualificationNameKey, a.qualificationName},
        {TaxIdKey, a.taxId},
        {DesignationKey, a.designation},
        {Line1Key, address.line1},
        {Line2Key, address.line2},
        {CommuneKey, address.commune},
        {CityKey, address.city},
        {StateKey, address.stateProvince},
        {PostalCodeKey, address.postalCode},
        {CurrencyKey, a.paymentCurrency},
        {IndustryKey, a.industry},
        {SecondaryKey, a.secondaryIndustry},
    };
    for (const auto &[key, value] : defaults)
        m_state->setDefault(key, value);

    m_type = new QButtonGroup(this);
    m_type->addButton(m_ui->individualRadio, 0);
    m_type->addButton(m_ui->enterpriseRadio, 1);
    fillLists();
    fillSecondaries(a.industry);
    m_binder->bind(TypeKey, m_type,
                   {toString(AccountType::Individual), toString(AccountType::Enterprise)});
    m_binder->bind(FullNameKey, m_ui->fullNameEdit);
    m_binder->bind(EnterpriseNameKey, m_ui->enterpriseNameEdit);
    m_binder->bind(QualificationNameKey, m_ui->qualificationNameCombo);
    m_binder->bind(TaxIdKey, m_ui->taxIdEdit);
    m_binder->bind(DesignationKey, m_ui->designationEdit);
    m_binder->bind(Line1Key, m_ui->addressLine1Edit);
    m_binder->bind(Line2Key, m_ui->addressLine2Edit);
    m_binder->bind(CommuneKey, m_ui->communeEdit);
    m_binder->bind(CityKey, m_ui->cityEdit);
    m_binder->bind(StateKey, m_ui->stateProvinceEdit);
    m_binder->bind(PostalCodeKey, m_ui->postalCodeEdit);
    m_binder->bind(CurrencyKey, m_ui->paymentCurrencyCombo);
    m_binder->bind(IndustryKey, m_ui->industryCombo);
    m_binder->bind(SecondaryKey, m_ui->secondaryIndustryCombo);
    const std::pair<QString, QLabel *> errors[] = {
        {TypeKey, m_ui->accountTypeError},
        {FullNameKey, m_ui->fullNameError},
        {EnterpriseNameKey, m_ui->enterpriseNameError},
        {QualificationNameKey, m_ui->qualificationNameError},
        {ProofKey, m_ui->qualificationProofError},
        {TaxIdKey, m_ui->taxIdError},
        {DesignationKey, m_ui->designationError},
        {Line1Key, m_ui->addressLine1Error},
        {Line2Key, m_ui->addressLine2Error},
        {CommuneKey, m_ui->communeError},
        {CityKey, m_ui->cityError},
        {StateKey, m_ui->stateProvinceError},
        {PostalCodeKey, m_ui->postalCodeError},
        {CurrencyKey, m_ui->paymentCurrencyError},
        {IndustryKey, m_ui->industryError},
        {SecondaryKey, m_ui->secondaryIndustryError},
    };
    for (const auto &[key, label] : errors) {
        m_errorKeys << key;
        QWidget *field = key == TypeKey    ? m_ui->individualRadio
                         : key == ProofKey ? static_cast<QWidget *>(m_proof->chooseButton())
                                           : nullptr;
        m_binder->bindError(key, label, field);
    }
    m_binder->load();
    connect(m_state, &WizardState::valueChanged, this, [this](const QString &key) {
        if (key == TypeKey) {
            updateType();
        } else if (key == IndustryKey) {
            // R-ACC-13: a new industry, its own secondary industries (none chosen yet).
            fillSecondaries(m_state->text(IndustryKey));
            m_state->setValue(SecondaryKey, QString());
            updateSecondary();
        }
    });

    // R-ACC-6: enterprise -> individual never; no change once authentication was submitted.
    // R-ACC-9: the name likewise, read-only then (only re-authentication changes it).
    const bool submitted = authenticationSubmitted();
    m_ui->individualRadio->setEnabled(!submitted && a.accountType != AccountType::Enterprise);
    m_ui->enterpriseRadio->setEnabled(!submitted);
    m_ui->fullNameEdit->setReadOnly(submitted);
    m_ui->enterpriseNameEdit->setReadOnly(submitted);
    showFormRow(m_ui->form, m_ui->nameHint, submitted);
    m_ui->pageError->hide();
    updateType();
    updateSecondary();
    retranslate();
    // A long form, in two columns (the account's information, then its contact address and
    // business) so that it shows whole at 1024x720 in either language; on a smaller screen
    // it scrolls (fitDialogToForm: at most 680 pixels high), the scroll area following the
    // focus rather than taking it.
    m_ui->columns->setStretch(0, 1);
    m_ui->columns->setStretch(2, 1);
    m_ui->scrollArea->setFocusPolicy(Qt::NoFocus);
    fitDialogToForm(this, m_ui->scrollContents, qMin(1000, fontMetrics().averageCharWidth() * 150));
    if (QAbstractButton *checked = m_type->checkedButton(); checked && checked->isEnabled())
        checked->setFocus();
    else
        (submitted ? static_cast<QWidget *>(m_ui->qualificationNameCombo)
                   : static_cast<QWidget *>(m_ui->fullNameEdit))
            ->setFocus();
}

EditInformationDialog::~EditInformationDialog() = default;

AccountType EditInformationDialog::chosenType() const
{
    return enumOr(m_state->text(TypeKey), AccountType::Unset);
}

bool EditInformationDialog::authenticationSubmitted() const
{
    const AuthStatus status = m_detail.account.authStatus;
    return status == AuthStatus::Authenticated || status == AuthStatus::Pending;
}

QString EditInformationDialog::successMessage() const
{
    return m_result ? tr("The account information was saved.") : QString();
}

void EditInformationDialog::fillLists()
{
    // Each list starts with "nothing chosen" (an empty value); the texts are set by
    // retranslate().
    QComboBox *qualification = m_ui->qualificationNameCombo;
    qualification->addItem(QString(), QString());
    for (const myaccount::Choice &choice : myaccount::QualificationNames)
        qualification->addItem(QString(), QString::fromLatin1(choice.code));
    QComboBox *currency = m_ui->paymentCurrencyCombo;
    currency->addItem(QString(), QString());
    for (const char *code : myaccount::Currencies)
        currency->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    QComboBox *industry = m_ui->industryCombo;
    industry->addItem(QString(), QString());
    for (const myaccount::Industry &entry : myaccount::Industries)
        industry->addItem(QString(), QString::fromLatin1(entry.code));
}

void EditInformationDialog::fillSecondaries(const QString &industry)
{
    // Refilled without telling the binder: the state's value is set by the caller.
    QComboBox *combo = m_ui->secondaryIndustryCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("--Select--"), QString());
    if (const myaccount::Industry *found = myaccount::industry(industry))
        for (const myaccount::Choice &choice : found->secondaries)
            combo->addItem(DomainText::industry(QString::fromLatin1(choice.code), {}),
                           QString::fromLatin1(choice.code));
    const int index = combo->findData(m_state->text(SecondaryKey));
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void EditInformationDialog::updateType()
{
    // The name of the chosen type; an individual's while none is chosen.
    const bool enterprise = chosenType() == AccountType::Enterprise;
    showFormRow(m_ui->form, m_ui->fullNameEdit, !enterprise);
    showFormRow(m_ui->form, m_ui->enterpriseNameEdit, enterprise);
    // The other name's message no longer concerns what is shown.
    m_state->clearError(enterprise ? FullNameKey : EnterpriseNameKey);
}

void EditInformationDialog::updateSecondary()
{
    // R-ACC-13: shown (and required) only for an industry that has secondary industries.
    const myaccount::Industry *industry = myaccount::industry(m_state->text(IndustryKey));
    const bool shown = industry && !industry->secondaries.empty();
    showFormRow(m_ui->addressForm, m_ui->secondaryIndustryCombo, shown);
    if (!shown)
        m_state->clearError(SecondaryKey);
}

std::optional<Error> EditInformationDialog::proofProblem(const MaterialUpload &upload) const
{
    return material::check(rule::ACC_11, ProofKey, upload.fileName, upload.size,
                           QByteArray::fromBase64(upload.header.toLatin1()),
                           material::qualificationProofTypes(),
                           material::MaxQualificationProofBytes);
}

QList<Error> EditInformationDialog::localErrors() const
{
    // The service's checks, with the same validators (core/MyAccount.h), for early feedback;
    // every field's at once.
    QList<Error> errors;
    const auto add = [&errors](const auto &result) {
        if (!result.ok())
            errors << result.error();
    };
    const AccountType type = chosenType();
    if (type == AccountType::Unset)
        errors << makeError(QString::fromLatin1(rule::ACC_10), TypeKey, u"required"_s);
    const QString nameKey = type == AccountType::Enterprise ? EnterpriseNameKey : FullNameKey;
    const QString name = m_state->text(nameKey).simplified();
    if (name.isEmpty())
        errors << makeError(QString::fromLatin1(rule::ACC_10), nameKey, u"required"_s);
    else if (name.size() > MaxNameLength)
        errors << makeError(QString::fromLatin1(SystemError::TooLong), nameKey, u"tooLong"_s,
                            {{u"max"_s, MaxNameLength}});
    add(myaccount::qualificationName(m_state->text(QualificationNameKey)));
    if (m_newProof)
        if (const std::optional<Error> problem = proofProblem(*m_newProof))
            errors << *problem;
    add(myaccount::taxId(m_state->text(TaxIdKey)));
    add(myaccount::designation(m_state->text(DesignationKey)));
    // The validator names the first part at fault: each part's message is found by setting
    // the parts already judged to a value it takes.
    ContactAddress address = request().contactAddress;
    for (int part = 0; part < 6; ++part) {
        const Result<ContactAddress> checked = myaccount::contactAddress(address);
        if (checked.ok())
            break;
        errors << checked.error();
        QString *value = addressPart(address, checked.error().field);
        if (!value)
            break;
        *value = QStringLiteral("00000");
    }
    add(myaccount::paymentCurrency(m_state->text(CurrencyKey)));
    add(myaccount::industryChoice(m_state->text(IndustryKey), m_state->text(SecondaryKey)));
    return errors;
}

EditInformationRequest EditInformationDialog::request() const
{
    EditInformationRequest r;
    r.accountId = m_detail.account.accountId;
    r.accountType = chosenType();
    r.fullName = m_state->text(FullNameKey);
    r.enterpriseName = m_state->text(EnterpriseNameKey);
    r.qualificationName = m_state->text(QualificationNameKey);
    r.qualificationProof = m_newProof;
    r.taxId = m_state->text(TaxIdKey);
    r.designation = m_state->text(DesignationKey);
    r.contactAddress.line1 = m_state->text(Line1Key);
    r.contactAddress.line2 = m_state->text(Line2Key);
    r.contactAddress.commune = m_state->text(CommuneKey);
    r.contactAddress.city = m_state->text(CityKey);
    r.contactAddress.stateProvince = m_state->text(StateKey);
    r.contactAddress.postalCode = m_state->text(PostalCodeKey);
    r.paymentCurrency = m_state->text(CurrencyKey);
    r.industry = m_state->text(IndustryKey);
    r.secondaryIndustry = m_state->text(SecondaryKey);
    return r;
}

void EditInformationDialog::accept()
{
    if (isSubmitting(m_ui->buttons) || m_proof->isReading())
        return;
    m_pageError.reset();
    m_ui->pageError->hide();
    const QList<Error> errors = localErrors();
    for (const Error &error : errors)
        m_state->setError(error);
    if (!errors.isEmpty())
        return focusFirstError();
    submit(
        this, m_ui->buttons, m_context->backend()->editInformation(request()),
        [this](const HuaweiAccount &saved) { m_result = saved; },
        [this](const Error &error) {
            // The backend names the field at fault (R-ACC-6, R-ACC-9, R-ACC-11..13): its
            // message shows under it; anything else (the account's state, the system) below
            // the form.
            if (!isTransient(error) && m_errorKeys.contains(error.field)) {
                m_state->setError(error);
                return focusFirstError();
            }
            showPageError(error);
        });
}

void EditInformationDialog::focusFirstError()
{
    QWidget *first = m_binder->firstWidgetWithError();
    if (!first)
        return;
    first->setFocus();
    m_ui->scrollArea->ensureWidgetVisible(first);
}

void EditInformationDialog::showPageError(const Error &error)
{
    m_pageError = error;
    m_ui->pageError->setText(ErrorText::message(error, m_context->brand()));
    m_ui->pageError->show();
}

void EditInformationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        m_binder->load(); // the errors' texts in the new language
    }
    QDialog::changeEvent(event);
}

void EditInformationDialog::retranslate()
{
    setWindowTitle(tr("Edit Information"));
    // The rules' own sentences (ErrorText) where the form says why something is fixed.
    const HuaweiAccount &account = m_detail.account;
    const auto ruleText = [this](const char *rule, const QString &field, const QString &reason) {
        return ErrorText::message(makeError(QString::fromLatin1(rule), field, reason),
                                  m_context->brand());
    };
    m_ui->accountTypeHint->setText(
        authenticationSubmitted() ? ruleText(rule::ACC_6, TypeKey, u"reauthenticationRequired"_s)
        : account.accountType == AccountType::Enterprise
            ? ruleText(rule::ACC_6, TypeKey, u"enterpriseToIndividual"_s)
            : tr("Before real-name authentication an individual account can become an "
                 "enterprise one, never the other way round."));
    m_ui->nameHint->setText(
        ruleText(rule::ACC_9, FullNameKey,
                 account.authStatus == AuthStatus::Pending ? u"pending"_s : u"authenticated"_s));
    m_proof->setCaption(tr("Qualification proof"));
    const QString country = DomainText::countryName(m_detail.account.countryRegion);
    m_ui->countryRegionValue->setText(country.isEmpty() ? tr("Not set") : country);

    QComboBox *qualification = m_ui->qualificationNameCombo;
    qualification->setItemText(0, tr("Select a qualification name."));
    for (int i = 1; i < qualification->count(); ++i)
        qualification->setItemText(i, qualificationText(qualification->itemData(i).toString()));
    m_ui->paymentCurrencyCombo->setItemText(0, tr("--Select--"));
    QComboBox *industry = m_ui->industryCombo;
    industry->setItemText(0, tr("--Select--"));
    for (int i = 1; i < industry->count(); ++i)
        industry->setItemText(i, DomainText::industry(industry->itemData(i).toString(), {}));
    QComboBox *secondary = m_ui->secondaryIndustryCombo;
    secondary->setItemText(0, tr("--Select--"));
    for (int i = 1; i < secondary->count(); ++i)
        secondary->setItemText(i, DomainText::industry(secondary->itemData(i).toString(), {}));
    if (m_pageError)
        m_ui->pageError->setText(ErrorText::message(*m_pageError, m_context->brand()));
    nameAllFormFields(this);
}

} // namespace oc::gui
