#include "ReauthKindPage.h"

#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/FormRows.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_ReauthKindPage.h"

#include <QButtonGroup>
#include <QPushButton>

namespace oc::gui {

using namespace Qt::StringLiterals;

ReauthKindPage::ReauthKindPage(AppContext *context, ReauthFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::ReauthKindPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_ui->individualOwnerRadio, 0);
    kinds->addButton(m_ui->toEnterpriseRadio, 1);
    kinds->addButton(m_ui->entityRadio, 2);
    kinds->addButton(m_ui->nameRadio, 3);
    FieldBinder *b = binder();
    b->bind(ReauthFlow::KindKey, kinds,
            {oc::toString(ReviewKind::IndividualOwner),
             oc::toString(ReviewKind::IndividualToEnterprise),
             oc::toString(ReviewKind::EnterpriseEntity), oc::toString(ReviewKind::EnterpriseName)});
    b->bindError(ReauthFlow::AccountIdKey, m_ui->accountIdError, m_ui->individualOwnerRadio);
    b->bindError(ReauthFlow::KindKey, m_ui->kindError, m_ui->individualOwnerRadio);
    flow->setFieldPage(ReauthFlow::AccountIdKey, ReauthFlow::KindPage);
    flow->setFieldPage(ReauthFlow::KindKey, ReauthFlow::KindPage);
    connect(flow, &ReauthFlow::accountLoaded, this, &ReauthKindPage::showAccount);
    connect(flow, &ReauthFlow::kindChanged, this, [this] { emit completeChanged(); });
    connect(flow, &WizardState::errorChanged, this, [this] { emit completeChanged(); });
    addStatusArea(m_ui->contentLayout);
}

ReauthKindPage::~ReauthKindPage() = default;

void ReauthKindPage::initializePage()
{
    WizardPage::initializePage();
    if (m_flow->account())
        return showAccount();
    showAccount(); // the variants of an individual until the account is known
    await(m_flow->loadAccount(), tr("Loading the account…"), [this](const Status &status) {
        if (!status.ok())
            showError(status.error(), [this] { initializePage(); });
        emit completeChanged();
    });
}

void ReauthKindPage::showAccount()
{
    const auto &detail = m_flow->account();
    const bool enterprise = detail && detail->account.accountType == AccountType::Enterprise;
    // R-AUTH-5: the variants the account's type allows.
    FormRows *rows = FormRows::of(m_ui->form);
    rows->show(m_ui->individualOwnerRadio, !enterprise);
    rows->show(m_ui->individualOwnerNote, !enterprise);
    rows->show(m_ui->toEnterpriseRadio, !enterprise);
    rows->show(m_ui->toEnterpriseNote, !enterprise);
    rows->show(m_ui->entityRadio, enterprise);
    rows->show(m_ui->entityNote, enterprise);
    rows->show(m_ui->nameRadio, enterprise);
    rows->show(m_ui->nameNote, enterprise);
    m_ui->notesLabel->setText(
        enterprise
            ? tr("The old authentication record stays valid until the request is approved. On "
                 "approval, resources bought during the request and any amounts owed move to "
                 "the new entity; on rejection they stay with the original entity.")
            : tr("The old authentication stays valid until the request is approved. Arrears and "
                 "resources bought between submission and approval belong to the new owner; "
                 "if the request is rejected, they belong to the original owner."));
    if (!detail)
        return;
    const HuaweiAccount &a = detail->account;
    m_ui->accountValue->setText(tr("%1 (%2)").arg(a.displayName(), a.accountId));
    m_ui->statusValue->setText(
        DomainText::enumValue(enumName::AuthStatus, oc::toString(a.authStatus)));
    m_ui->subjectValue->setText(enterprise ? a.enterpriseName : a.fullName);
    binder()->load();
    emit completeChanged();
}

void ReauthKindPage::retranslatePage()
{
    setTitle(tr("View/Change Authentication"));
    setSubTitle(tr("Choose what to change in the account's real-name authentication."));
    m_ui->introLabel->setText(
        tr("Re-authentication passes the account to another owner or changes the enterprise "
           "behind it. The review ends within three working days."));
    m_ui->individualOwnerNote->setText(
        tr("The account passes to another person. Both owners sign the change application "
           "form; no arrears."));
    m_ui->toEnterpriseNote->setText(
        tr("The account passes to an enterprise through a service ticket: the enterprise's "
           "details, photos and the form signed by both parties."));
    m_ui->entityNote->setText(
        tr("The account's resources and funds pass to another enterprise. The form is stamped "
           "by both enterprises; no arrears. A KooGallery seller cannot change its entity."));
    m_ui->nameNote->setText(tr("The same enterprise under a new name; the registration number "
                               "cannot change."));
    m_ui->confirmLabel->setText(tr("Click OK to confirm the re-authentication."));
    setButtonText(QWizard::NextButton, tr("&OK"));
    showAccount();
}

} // namespace oc::gui
