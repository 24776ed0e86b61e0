#include "AuthEnterprisePage.h"

#include "MaterialFields.h"
#include "core/Rules.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/widgets/MaterialField.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_AuthEnterprisePage.h"

#include <QPushButton>

namespace oc::gui {

AuthEnterprisePage::AuthEnterprisePage(AppContext *context, AuthFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::AuthEnterprisePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    using F = AuthFlow;
    FieldBinder *b = binder();
    b->bind(F::RegisteredAddressKey, m_ui->addressEdit);
    b->bind(F::EnterpriseNameKey, m_ui->enterpriseNameEdit);
    b->bind(F::RegistrationNumberKey, m_ui->registrationNumberEdit, true);
    const QList<std::pair<QLatin1StringView, QLabel *>> errors = {
        {F::RegisteredAddressKey, m_ui->registeredAddressError},
        {F::EnterpriseNameKey, m_ui->enterpriseNameError},
        {F::RegistrationNumberKey, m_ui->registrationNumberError}};
    for (const auto &[field, label] : errors) {
        b->bindError(field, label);
        flow->setFieldPage(field, F::EnterprisePage);
    }
    m_materials = addMaterialFields(
        this, flow, F::EnterprisePage, rule::AUTH_2, m_ui->registrationNumberEdit,
        {{QString::fromLatin1(MaterialSlot::CertificateFront), m_ui->certificateFrontLabel,
          m_ui->certificateFrontSlot, m_ui->certificateFrontError},
         {QString::fromLatin1(MaterialSlot::CertificateBack), m_ui->certificateBackLabel,
          m_ui->certificateBackSlot, m_ui->certificateBackError}});
    connect(flow, &AuthFlow::valueChanged, this, [this] { emit completeChanged(); });
    addStatusArea(m_ui->contentLayout);
}

AuthEnterprisePage::~AuthEnterprisePage() = default;

void AuthEnterprisePage::initializePage()
{
    WizardPage::initializePage();
    for (MaterialField *field : std::as_const(m_materials))
        field->display(m_flow->material(field->slot()));
    retranslatePage();
}

void AuthEnterprisePage::retranslatePage()
{
    setTitle(tr("Enterprise Authentication"));
    setSubTitle(tr("The registered country/region, address, enterprise name and registration "
                   "number must match the certificate exactly."));
    m_ui->bannerLabel->setText(
        tr("The certificate information that you provide will only be used for real-name "
           "authentication. Your data will be treated as private and confidential."));
    // R-AUTH-7: the account's country/region, fixed since services were enabled (R-ACC-5).
    const auto &account = m_flow->account();
    m_ui->countryValue->setText(account ? DomainText::countryName(account->account.countryRegion)
                                        : QString());
    m_ui->enterpriseNameEdit->setPlaceholderText(
        tr("Enter the name exactly as displayed on the enterprise certificate."));
    m_ui->materialNote->setText(
        tr("Upload a JPG, JPEG, BMP, or PNG file whose size is less than or equal to 10 MB, "
           "clearly readable. You may watermark it as long as the key data stays readable."));
    m_ui->certificateFrontLabel->setText(tr("Front of the enterprise certificate:"));
    m_ui->certificateBackLabel->setText(tr("Back of the enterprise certificate:"));
    if (m_materials.size() == 2) {
        m_materials.at(0)->setCaption(captionOf(m_ui->certificateFrontLabel));
        m_materials.at(1)->setCaption(captionOf(m_ui->certificateBackLabel));
    }
}

} // namespace oc::gui
