#include "ReauthEnterprisePage.h"

#include "ApplicationFormTemplate.h"
#include "core/Countries.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/FormRows.h"
#include "gui/widgets/MaterialField.h"
#include "gui/widgets/TemplateDownload.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/auth/MaterialFields.h"
#include "ui_ReauthEnterprisePage.h"

#include <QPushButton>

namespace oc::gui {

ReauthEnterprisePage::ReauthEnterprisePage(AppContext *context, ReauthFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::ReauthEnterprisePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    for (const CountryInfo &country : Countries)
        m_ui->issuingCountryCombo->addItem(QString(), QString::fromLatin1(country.code));
    using F = ReauthFlow;
    FieldBinder *b = binder();
    b->bind(F::IssuingCountryKey, m_ui->issuingCountryCombo);
    b->bind(F::RegisteredAddressKey, m_ui->addressEdit);
    b->bind(F::EnterpriseNameKey, m_ui->enterpriseNameEdit);
    b->bind(F::RegistrationNumberKey, m_ui->registrationNumberEdit, true);
    b->bind(F::DeclarationKey, m_ui->declarationCheck);
    const QList<std::pair<QLatin1StringView, QLabel *>> errors = {
        {F::IssuingCountryKey, m_ui->issuingCountryRegionError},
        {F::RegisteredAddressKey, m_ui->registeredAddressError},
        {F::EnterpriseNameKey, m_ui->enterpriseNameError},
        {F::RegistrationNumberKey, m_ui->registrationNumberError}};
    for (const auto &[field, label] : errors)
        b->bindError(field, label);
    // The union of the two kinds' uploads; showKind() shows the chosen kind's.
    m_materials = addMaterialFields(
        this, flow, F::EnterprisePage,
        [flow](const QString &slot) { return flow->fileRuleOf(slot); },
        m_ui->registrationNumberEdit,
        {{QString::fromLatin1(MaterialSlot::HoldingVisaPage), m_ui->holdingLabel, m_ui->holdingSlot,
          m_ui->holdingVisaPageError},
         {QString::fromLatin1(MaterialSlot::HoldingPhoto), m_ui->holdingLabel, m_ui->holdingSlot,
          m_ui->holdingPhotoError},
         {QString::fromLatin1(MaterialSlot::CertificateFront), m_ui->certificateLabel,
          m_ui->certificateSlot, m_ui->certificateFrontError},
         {QString::fromLatin1(MaterialSlot::CertificateBack), m_ui->certificateLabel,
          m_ui->certificateSlot, m_ui->certificateBackError},
         {QString::fromLatin1(MaterialSlot::ApplicationForm), m_ui->applicationFormLabel,
          m_ui->applicationFormSlot, m_ui->applicationFormError}});
    b->bindError(F::DeclarationKey, m_ui->declarationError);
    QWidget::setTabOrder(m_materials.last()->chooseButton(), m_ui->declarationCheck);
    connect(flow, &ReauthFlow::valueChanged, this, [this] { emit completeChanged(); });
    connect(flow, &ReauthFlow::kindChanged, this, &ReauthEnterprisePage::showKind);
    // The form starts from Huawei's Word template (R-AUTH-12: filled in, then scanned).
    ApplicationFormTemplate::download(context, flow, m_ui->applicationFormSlot,
                                      m_materials.last()->chooseButton());
    addStatusArea(m_ui->contentLayout);
}

ReauthEnterprisePage::~ReauthEnterprisePage() = default;

void ReauthEnterprisePage::initializePage()
{
    WizardPage::initializePage();
    for (MaterialField *field : std::as_const(m_materials))
        field->display(m_flow->material(field->slot()));
    retranslatePage();
}

bool ReauthEnterprisePage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->submit(), tr("Submitting…"), done);
    return true;
}

void ReauthEnterprisePage::showKind()
{
    const bool ticket = m_flow->kind() == ReviewKind::IndividualToEnterprise;
    FormRows *rows = FormRows::of(m_ui->form);
    // The service ticket's country/region is the account's (R-AUTH-14); a new entity may
    // be registered elsewhere only as far as R-AUTH-7 allows, which the backend judges.
    rows->show(m_ui->countryValue, ticket);
    rows->show(m_ui->issuingCountryCombo, !ticket);
    const QStringList names = m_flow->materialSlotsOf(ReauthFlow::EnterprisePage);
    for (MaterialField *field : std::as_const(m_materials)) {
        const bool shown = names.contains(field->slot());
        rows->show(field, shown);
    }
}

void ReauthEnterprisePage::retranslatePage()
{
    const bool ticket = m_flow->kind() == ReviewKind::IndividualToEnterprise;
    setTitle(ticket ? tr("Change to an Enterprise Account") : tr("Change Enterprise Entity"));
    setSubTitle(ticket ? tr("The service ticket: the enterprise that takes over the account.")
                       : tr("Enter the new enterprise's information exactly as on its "
                            "certificate."));
    m_ui->introLabel->setText(
        tr("The certificate information that you provide will only be used for real-name "
           "authentication. Your data will be treated as private and confidential."));
    for (int i = 0; i < m_ui->issuingCountryCombo->count(); ++i)
        m_ui->issuingCountryCombo->setItemText(
            i, DomainText::countryName(m_ui->issuingCountryCombo->itemData(i).toString()));
    const auto &account = m_flow->account();
    m_ui->countryValue->setText(account ? DomainText::countryName(account->account.countryRegion)
                                        : QString());
    m_ui->enterpriseNameEdit->setPlaceholderText(
        tr("Enter the name exactly as displayed on the enterprise certificate."));
    m_ui->materialNote->setText(
        ticket ? tr("Photos: a JPG, JPEG, BMP, or PNG file of at most 10 MB; the original owner "
                    "holds the passport open at the visa page and at the personal information "
                    "page. The application form, from the template, signed by both parties: a "
                    "PDF scan or a photo.")
               : tr("Certificate: a JPG, JPEG, BMP, or PNG file of at most 10 MB. Download the "
                    "change application form, fill it in, print, sign and stamp it, then "
                    "upload a PDF scan or one original photo of all pages side by side."));
    // Two uploads side by side in a row (the page stays within a laptop's height); each
    // button is named after its own upload.
    m_ui->holdingLabel->setText(tr("Holding the passport:"));
    m_ui->certificateLabel->setText(tr("Enterprise certificate:"));
    m_ui->applicationFormLabel->setText(tr("Change application form:"));
    m_ui->declarationCheck->setText(ticket ? tr("The form is &signed by both parties")
                                           : tr("The form is &stamped by both enterprises"));
    const QStringList captions = {tr("Holding the passport, visa page"),
                                  tr("Holding the passport, personal page"),
                                  tr("Front of the enterprise certificate"),
                                  ticket ? tr("Back of the enterprise certificate")
                                         : tr("Back of the enterprise certificate (optional)"),
                                  tr("Change application form")};
    for (int i = 0; i < m_materials.size() && i < captions.size(); ++i)
        m_materials.at(i)->setCaption(captions.at(i));
    setButtonText(QWizard::CommitButton, tr("&Submit"));
    showKind();
}

} // namespace oc::gui
