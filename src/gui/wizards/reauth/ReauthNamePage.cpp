#include "ReauthNamePage.h"

#include "ApplicationFormTemplate.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/widgets/MaterialField.h"
#include "gui/widgets/TemplateDownload.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/auth/MaterialFields.h"
#include "ui_ReauthNamePage.h"

#include <QPushButton>

namespace oc::gui {

ReauthNamePage::ReauthNamePage(AppContext *context, ReauthFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::ReauthNamePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    using F = ReauthFlow;
    FieldBinder *b = binder();
    b->bind(F::EnterpriseNameKey, m_ui->enterpriseNameEdit);
    b->bind(F::DeclarationKey, m_ui->declarationCheck);
    b->bindError(F::EnterpriseNameKey, m_ui->enterpriseNameError);
    b->bindError(F::RegistrationNumberKey, m_ui->registrationNumberError, m_ui->enterpriseNameEdit);
    // §4.5.3: the number cannot change here; Change Enterprise Entity can (the seed's link
    // next to it): back to the choice with that variant chosen.
    m_changeEntity = new QPushButton(this);
    m_changeEntity->setObjectName(QStringLiteral("changeEntityButton"));
    m_ui->changeEntityRow->addWidget(m_changeEntity);
    m_ui->changeEntityRow->addStretch(1);
    connect(m_changeEntity, &QPushButton::clicked, this, [this] {
        m_flow->setKind(ReviewKind::EnterpriseEntity);
        wizard()->back();
    });
    disableWhileBusy(m_changeEntity);
    QWidget::setTabOrder(m_ui->enterpriseNameEdit, m_changeEntity);
    m_materials = addMaterialFields(
        this, flow, F::NamePage, [flow](const QString &slot) { return flow->fileRuleOf(slot); },
        m_changeEntity,
        {{QString::fromLatin1(MaterialSlot::Statement), m_ui->statementLabel, m_ui->statementSlot,
          m_ui->statementError},
         {QString::fromLatin1(MaterialSlot::AuthorityDocument), m_ui->authorityDocumentLabel,
          m_ui->authorityDocumentSlot, m_ui->authorityDocumentError},
         {QString::fromLatin1(MaterialSlot::NewCertificate), m_ui->newCertificateLabel,
          m_ui->newCertificateSlot, m_ui->newCertificateError}});
    b->bindError(F::DeclarationKey, m_ui->declarationError);
    QWidget::setTabOrder(m_materials.last()->chooseButton(), m_ui->declarationCheck);
    connect(flow, &ReauthFlow::valueChanged, this, [this] { emit completeChanged(); });
    // The form starts from Huawei's Word template (R-AUTH-12: filled in, then scanned).
    ApplicationFormTemplate::download(context, flow, m_ui->statementSlot,
                                      m_materials.first()->chooseButton());
    addStatusArea(m_ui->contentLayout);
}

ReauthNamePage::~ReauthNamePage() = default;

void ReauthNamePage::initializePage()
{
    WizardPage::initializePage();
    for (MaterialField *field : std::as_const(m_materials))
        field->display(m_flow->material(field->slot()));
    retranslatePage();
}

bool ReauthNamePage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->submit(), tr("Submitting…"), done);
    return true;
}

void ReauthNamePage::retranslatePage()
{
    setTitle(tr("Change Enterprise Name"));
    setSubTitle(tr("You are changing the enterprise name. Please provide the following details "
                   "and upload the materials required for authentication."));
    m_ui->introLabel->setText(
        tr("The certificate information that you provide will only be used for real-name "
           "authentication. Your data will be treated as private and confidential."));
    m_ui->enterpriseNameEdit->setPlaceholderText(
        tr("Enter the name exactly as displayed on the enterprise certificate."));
    // R-AUTH-13: the registration number cannot change (Change Enterprise Entity can).
    m_ui->registrationNumberValue->setText(m_flow->currentRegistrationNumber());
    m_changeEntity->setText(tr("Change Enterprise &Entity instead…"));
    m_ui->materialNote->setText(
        tr("Upload a JPG, JPEG, BMP, PNG, GIF, or PDF file whose size is less than or equal to "
           "10 MB: the statement of commitment (its template is a Word file: convert it first), "
           "stamped with an official seal that shows the new name (Chinese mainland) or signed "
           "(elsewhere); the supporting document issued by the industrial and commercial "
           "administration or higher-level authorities; the scanned copy of the new enterprise's "
           "certificate. The registration number cannot change: to change it, change the "
           "enterprise entity."));
    m_ui->statementLabel->setText(tr("Statement of commitment:"));
    m_ui->authorityDocumentLabel->setText(tr("Supporting document:"));
    m_ui->newCertificateLabel->setText(tr("New enterprise certificate:"));
    m_ui->declarationCheck->setText(tr("The statement is &sealed or signed"));
    const QList<QLabel *> labels = {m_ui->statementLabel, m_ui->authorityDocumentLabel,
                                    m_ui->newCertificateLabel};
    for (int i = 0; i < m_materials.size() && i < labels.size(); ++i)
        m_materials.at(i)->setCaption(captionOf(labels.at(i)));
    setButtonText(QWizard::CommitButton, tr("&Submit"));
}

} // namespace oc::gui
