#include "ReauthCurrentOwnerPage.h"

#include "ApplicationFormTemplate.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/widgets/MaterialField.h"
#include "gui/widgets/TemplateDownload.h"
#include "gui/wizards/auth/MaterialFields.h"
#include "ui_ReauthCurrentOwnerPage.h"

#include <QPushButton>

namespace oc::gui {

ReauthCurrentOwnerPage::ReauthCurrentOwnerPage(AppContext *context, ReauthFlow *flow,
                                               QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::ReauthCurrentOwnerPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_materials = addMaterialFields(
        this, flow, ReauthFlow::CurrentOwnerPage,
        [flow](const QString &slot) { return flow->fileRuleOf(slot); }, nullptr,
        {{QString::fromLatin1(MaterialSlot::CurrentCertificatePage),
          m_ui->currentCertificatePageLabel, m_ui->currentCertificatePageSlot,
          m_ui->currentCertificatePageError},
         {QString::fromLatin1(MaterialSlot::CurrentHoldingPhoto), m_ui->currentHoldingPhotoLabel,
          m_ui->currentHoldingPhotoSlot, m_ui->currentHoldingPhotoError},
         {QString::fromLatin1(MaterialSlot::ApplicationForm), m_ui->applicationFormLabel,
          m_ui->applicationFormSlot, m_ui->applicationFormError}});
    connect(flow, &ReauthFlow::valueChanged, this, [this] { emit completeChanged(); });
    // The form starts from Huawei's Word template (R-AUTH-12: filled in, then scanned).
    ApplicationFormTemplate::download(context, flow, m_ui->applicationFormSlot,
                                      m_materials.last()->chooseButton());
    addStatusArea(m_ui->contentLayout);
}

ReauthCurrentOwnerPage::~ReauthCurrentOwnerPage() = default;

void ReauthCurrentOwnerPage::initializePage()
{
    WizardPage::initializePage();
    for (MaterialField *field : std::as_const(m_materials))
        field->display(m_flow->material(field->slot()));
    retranslatePage();
}

void ReauthCurrentOwnerPage::retranslatePage()
{
    setTitle(tr("Modify Individual Authentication Information"));
    setSubTitle(tr("First the current owner proves their identity."));
    m_ui->introLabel->setText(
        tr("Upload the materials of the current, authenticated owner and the change application "
           "form signed by both owners."));
    const auto &account = m_flow->account();
    m_ui->ownerValue->setText(account ? account->account.displayName() : QString());
    m_ui->currentCertificatePageLabel->setText(tr("Current owner's certificate page:"));
    m_ui->currentHoldingPhotoLabel->setText(tr("Current owner holding the certificate:"));
    m_ui->applicationFormLabel->setText(tr("Change application form (PDF):"));
    m_ui->materialNote->setText(
        tr("Certificate materials: a JPG, JPEG, BMP, PNG, or PDF file of at most 10 MB. The "
           "application form template is a Word file and cannot be uploaded as is: convert or "
           "scan it to PDF."));
    if (m_materials.size() == 3) {
        m_materials.at(0)->setCaption(captionOf(m_ui->currentCertificatePageLabel));
        m_materials.at(1)->setCaption(captionOf(m_ui->currentHoldingPhotoLabel));
        m_materials.at(2)->setCaption(captionOf(m_ui->applicationFormLabel));
    }
}

} // namespace oc::gui
