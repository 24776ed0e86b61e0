#include "PartnerInstructionsPage.h"

#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/PartnerText.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_PartnerInstructionsPage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QRadioButton>

namespace oc::gui {

PartnerInstructionsPage::PartnerInstructionsPage(AppContext *context, PartnerAssocFlow *flow,
                                                 QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::PartnerInstructionsPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    using F = PartnerAssocFlow;
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_ui->registerRadio, 0);
    choice->addButton(m_ui->loginRadio, 1);
    FieldBinder *b = binder();
    b->bind(F::InstructionsKey, m_ui->instructionsCheck);
    b->bind(F::AuthorizationKey, m_ui->authorizationCheck);
    b->bind(F::ChoiceKey, choice, {QString(F::ChoiceRegister), QString(F::ChoiceLogin)});
    b->bindError(F::InstructionsKey, m_ui->instructionsAcceptedError, m_ui->instructionsCheck);
    b->bindError(F::ChoiceKey, m_ui->registerNewError, m_ui->registerRadio);
    for (QLatin1StringView key : {F::InstructionsKey, F::AuthorizationKey, F::ChoiceKey})
        flow->setFieldPage(key, F::InstructionsPage);
    // The checkboxes' words wrap in labels beside them; their mnemonics reach the boxes.
    m_ui->instructionsCheckText->setBuddy(m_ui->instructionsCheck);
    m_ui->authorizationCheckText->setBuddy(m_ui->authorizationCheck);
    connect(flow, &PartnerAssocFlow::invitationChanged, this,
            &PartnerInstructionsPage::showInvitation);
    addStatusArea(m_ui->contentLayout);
}

PartnerInstructionsPage::~PartnerInstructionsPage() = default;

void PartnerInstructionsPage::initializePage()
{
    WizardPage::initializePage();
    showInvitation();
    m_ui->instructionsCheck->setFocus();
    if (m_flow->invitation())
        return;
    // A resumed wizard: the invitation is read again.
    await(m_flow->loadInvitation(), tr("Loading the invitation…"), [this](const Status &status) {
        if (!status.ok())
            showError(status.error(), [this] { initializePage(); });
        emit completeChanged();
    });
}

void PartnerInstructionsPage::showInvitation()
{
    const auto &invitation = m_flow->invitation();
    m_ui->partnerValue->setText(invitation ? invitation->partner.enterpriseName : QString());
    m_ui->modelValue->setText(invitation ? PartnerText::modelText(invitation->model) : QString());
    m_ui->invitationValue->setText(!invitation ? QString()
                                   : invitation->online
                                       ? tr("Online invitation link: new and existing accounts")
                                       : tr("Invitation for new accounts only"));
    m_ui->warningLabel->setText(PartnerText::freezeWarning());
    m_ui->warningLabel->setVisible(m_flow->isReseller());
    const bool login = m_flow->loginAllowed();
    m_ui->loginRadio->setEnabled(login);
    // R-PTN-5: why Log In and Associate is not offered.
    m_ui->loginNote->setText(
        login ? tr("Log in with an existing HUAWEI ID, or register a new one.")
              : tr("Log In and Associate is not available: an existing account can associate "
                   "only through the partner's online invitation link. Ask the partner for "
                   "one, or register a new HUAWEI ID."));
    m_ui->loginRadio->setAccessibleDescription(login ? QString() : m_ui->loginNote->text());
    binder()->load();
    emit completeChanged();
}

void PartnerInstructionsPage::retranslatePage()
{
    setTitle(tr("Associate with a Partner"));
    setSubTitle(tr("Step 1 of 3: Read the Instructions"));
    m_ui->instructionsText->setText(PartnerText::instructions());
    m_ui->instructionsCheckText->setText(
        tr("&I have read and agree with the Instructions for Associating with a Huawei Cloud "
           "Partner."));
    m_ui->instructionsCheck->setAccessibleName(captionOf(m_ui->instructionsCheckText));
    m_ui->authorizationCheckText->setText(
        tr("I have read and agree to the Letter of &Authorization."));
    m_ui->authorizationCheck->setAccessibleName(captionOf(m_ui->authorizationCheckText));
    m_ui->authorizationNote->setText(
        tr("Optional. It lets the partner place orders and perform O&M for you. It can also be "
           "given later, without affecting the association."));
    m_ui->authorizationCheck->setAccessibleDescription(m_ui->authorizationNote->text());
    showInvitation();
}

} // namespace oc::gui
