#include "AuthIndividualPage.h"

#include "IndividualCertificateForm.h"
#include "core/Rules.h"
#include "ui_AuthIndividualPage.h"

namespace oc::gui {

AuthIndividualPage::AuthIndividualPage(AppContext *context, AuthFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::AuthIndividualPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_form = std::make_unique<IndividualCertificateForm>(
        this, flow, AuthFlow::IndividualPage, IndividualCertificateForm::widgetsOf(m_ui.get()),
        [](const QString &) { return rule::AUTH_1; }, [this] { retranslatePage(); });
    addStatusArea(m_ui->contentLayout);
}

AuthIndividualPage::~AuthIndividualPage() = default;

void AuthIndividualPage::initializePage()
{
    WizardPage::initializePage();
    m_form->display();
}

void AuthIndividualPage::retranslatePage()
{
    setTitle(tr("Individual Certificate Authentication"));
    setSubTitle(tr("Enter the details as they appear on the certificate."));
    m_ui->bannerLabel->setText(
        tr("The certificate information that you provide will only be used for real-name "
           "authentication. Your data will be treated as private and confidential."));
    m_form->retranslate(
        {.fullNamePlaceholder = tr("Enter your name as it appears on your certificate."),
         .certificateNumberPlaceholder = tr("Enter your certificate number."),
         .materialNote = tr(
             "Real-Name Authentication Material: upload a JPG, JPEG, BMP, PNG, or PDF file whose "
             "size is less than or equal to 10 MB. You may watermark it (e.g. \"For Huawei Cloud "
             "Only\") as long as the key data stays readable."),
         .passport = {tr("Passport personal information page:"),
                      tr("Image of you holding the passport:")},
         .idCard = {tr("ID card personal information side:"),
                    tr("Image of you holding the ID card:")},
         .driverLicense = {tr("Driver license personal information page:"),
                           tr("Image of you holding the driver license:")}});
}

} // namespace oc::gui
