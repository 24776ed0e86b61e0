#include "ReauthIndividualPage.h"

#include "gui/widgets/MaterialField.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/auth/IndividualCertificateForm.h"
#include "ui_ReauthIndividualPage.h"

#include <QPushButton>

namespace oc::gui {

ReauthIndividualPage::ReauthIndividualPage(AppContext *context, ReauthFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::ReauthIndividualPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    m_form = std::make_unique<IndividualCertificateForm>(
        this, flow, ReauthFlow::IndividualPage, IndividualCertificateForm::widgetsOf(m_ui.get()),
        [flow](const QString &slot) { return flow->fileRuleOf(slot); },
        [this] { retranslatePage(); });
    binder()->bind(ReauthFlow::DeclarationKey, m_ui->declarationCheck);
    binder()->bindError(ReauthFlow::DeclarationKey, m_ui->declarationError);
    QWidget::setTabOrder(m_form->materials().last()->chooseButton(), m_ui->declarationCheck);
    addStatusArea(m_ui->contentLayout);
}

ReauthIndividualPage::~ReauthIndividualPage() = default;

void ReauthIndividualPage::initializePage()
{
    WizardPage::initializePage();
    m_form->display();
}

bool ReauthIndividualPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->submit(), tr("Submitting…"), done);
    return true;
}

void ReauthIndividualPage::retranslatePage()
{
    setTitle(tr("The New Owner"));
    setSubTitle(tr("Enter the new owner's details as they appear on the certificate."));
    m_ui->introLabel->setText(
        tr("The certificate information that you provide will only be used for real-name "
           "authentication. Your data will be treated as private and confidential."));
    m_ui->declarationCheck->setText(tr("Both owners &signed the application form"));
    m_form->retranslate(
        {.fullNamePlaceholder = tr("Enter the new owner's name as it appears on the certificate."),
         .certificateNumberPlaceholder = tr("Enter the certificate number."),
         .materialNote =
             tr("Identity verification, new authentication material: upload a JPG, JPEG, BMP, "
                "PNG, or PDF file whose size is less than or equal to 10 MB. You may watermark it "
                "as long as the key data stays readable."),
         .passport = {tr("New owner's passport page:"), tr("New owner holding the passport:")},
         .idCard = {tr("New owner's ID card:"), tr("New owner holding the ID card:")},
         .driverLicense = {tr("New owner's driver license:"),
                           tr("New owner holding the license:")}});
    setButtonText(QWizard::CommitButton, tr("&Submit"));
}

} // namespace oc::gui
