#include "BillingWizards.h"

#include "FieldBinder.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/widgets/HelpLink.h"
#include "ui_RechargeOrderPage.h"
#include "ui_RechargeResultPage.h"
#include "ui_RechargeTypePage.h"
#include "ui_SettlementAccountPage.h"
#include "ui_SettlementConfirmPage.h"
#include "ui_SettlementMethodPage.h"

#include <QButtonGroup>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableWidget>

namespace oc::gui {

namespace {

QString k(const char *name)
{
    return QString::fromLatin1(name);
}

QString methodName(const QString &spelling)
{
    return DomainText::enumValue(enumName::SettlementMethod, spelling);
}

} // namespace

// ---- W-SET state -------------------------------------------------------------------------

SettlementState::SettlementState(QObject *parent)
    : WizardState(parent)
{
    setDefault(k(Method), toString(SettlementMethod::HuaweiCloud));
}

bool SettlementState::toHuawei() const
{
    return text(k(Method)) == toString(SettlementMethod::HuaweiCloud);
}

SettlementChangeRequest SettlementState::request() const
{
    SettlementChangeRequest r;
    r.workspaceId = text(k(WorkspaceId));
    r.method = enumOr(text(k(Method)), SettlementMethod::HuaweiCloud);
    if (toHuawei()) {
        r.accountId = text(k(AccountId));
        r.instanceId = text(k(InstanceId));
    }
    return r;
}

// ---- W-SET page 1: the method (R-SET-1) ---------------------------------------------------

SettlementMethodPage::SettlementMethodPage(AppContext *context, SettlementState *state,
                                           QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::SettlementMethodPage>())
    , m_set(state)
{
    m_ui->setupUi(this);
    m_methods = new QButtonGroup(this);
    m_methods->addButton(m_ui->huaweiRadio, 0);
    m_methods->addButton(m_ui->feeCenterRadio, 1);
    m_methods->addButton(m_ui->alibabaRadio, 2);
    m_methods->addButton(m_ui->awsRadio, 3);
    // The other cloud accounts are listed but bound in their own marketplaces (R-SET-1).
    m_ui->alibabaRadio->setEnabled(false);
    m_ui->awsRadio->setEnabled(false);
    binder()->bind(k(SettlementState::Method), m_methods,
                   {toString(SettlementMethod::HuaweiCloud), toString(SettlementMethod::FeeCenter),
                    toString(SettlementMethod::AlibabaCloud), toString(SettlementMethod::Aws)});
    binder()->bindError(k(SettlementState::Method), m_ui->methodError);
    state->setFieldPage(k(SettlementState::Method), SettlementWizard::Method);
    addStatusArea(m_ui->contentLayout);
}

SettlementMethodPage::~SettlementMethodPage() = default;

void SettlementMethodPage::initializePage()
{
    WizardPage::initializePage();
    reload();
}

void SettlementMethodPage::reload()
{
    ListQuery query;
    query.view = view::Workspaces;
    query.filters.insert(column::WorkspaceId, m_set->text(k(SettlementState::WorkspaceId)));
    query.limit = 1;
    await(context()->backend()->list(query), tr("Loading the workspace…"),
          [this](const Result<ListPage> &page) {
              if (!page.ok() || page->rows.isEmpty()) {
                  showError(page.ok() ? makeError(QString::fromLatin1(SystemError::NotFound),
                                                  QString(), QStringLiteral("workspace"))
                                      : page.error(),
                            [this] { reload(); });
                  return;
              }
              m_set->workspace = page->record(0);
              showWorkspace();
              emit completeChanged();
          });
}

void SettlementMethodPage::showWorkspace()
{
    const QVariantMap &w = m_set->workspace;
    if (w.isEmpty())
        return;
    m_ui->workspaceValue->setText(tr("%1 (%2, %3)")
                                      .arg(w.value(column::Name).toString(),
                                           DomainText::siteName(w.value(column::Site).toString()),
                                           w.value(column::FeeCenterUsername).toString()));
    QString current = methodName(w.value(column::Settlement).toString());
    if (!w.value(column::SettlementAccountId).toString().isEmpty())
        current += QStringLiteral("\n") + w.value(column::SettlementAccountId).toString();
    if (!w.value(column::SettlementInstanceId).toString().isEmpty())
        current += QStringLiteral("\n") + w.value(column::SettlementInstanceId).toString();
    m_ui->currentValue->setText(current);
}

bool SettlementMethodPage::isPageComplete() const
{
    return !m_set->workspace.isEmpty();
}

bool SettlementMethodPage::startRemoteStep(std::function<void(const Status &)> done)
{
    if (m_set->toHuawei())
        return false; // the account page checks the Huawei details
    // Back to the fee-center account: the backend says at once whether it may.
    await(context()->backend()->checkSettlementChange(m_set->request()), tr("Checking…"),
          [done](const Status &status) { done(status); });
    return true;
}

void SettlementMethodPage::retranslatePage()
{
    setTitle(tr("Change settlement"));
    setSubTitle(tr("Billing Center > Workspace management: who pays for this workspace."));
    m_ui->methodNote->setText(
        tr("Alibaba Cloud and AWS accounts are bound from their own marketplaces. The settlement "
           "method changes at most once per calendar month."));
    showWorkspace();
}

// ---- W-SET page 2: account id and instance id (R-SET-2..4) --------------------------------------

SettlementAccountPage::SettlementAccountPage(AppContext *context, SettlementState *state,
                                             QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::SettlementAccountPage>())
    , m_set(state)
{
    m_ui->setupUi(this);
    auto *accountHelp = new HelpLink(HelpTopic::AccountId, this);
    accountHelp->setObjectName(QStringLiteral("accountIdHelp"));
    m_ui->accountHelpSlot->addWidget(accountHelp);
    auto *instanceHelp = new HelpLink(HelpTopic::InstanceId, this);
    instanceHelp->setObjectName(QStringLiteral("instanceIdHelp"));
    m_ui->instanceHelpSlot->addWidget(instanceHelp);
    setTabOrder(m_ui->accountIdEdit, accountHelp);
    setTabOrder(accountHelp, m_ui->instanceIdEdit);
    setTabOrder(m_ui->instanceIdEdit, instanceHelp);
    binder()->bind(k(SettlementState::AccountId), m_ui->accountIdEdit, true);
    binder()->bind(k(SettlementState::InstanceId), m_ui->instanceIdEdit, true);
    binder()->bindError(k(SettlementState::AccountId), m_ui->accountIdError);
    binder()->bindError(k(SettlementState::InstanceId), m_ui->instanceIdError);
    state->setFieldPage(k(SettlementState::AccountId), SettlementWizard::Account);
    state->setFieldPage(k(SettlementState::InstanceId), SettlementWizard::Account);
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(500);
    connect(&m_checkTimer, &QTimer::timeout, this, &SettlementAccountPage::checkLive);
    connect(m_ui->accountIdEdit, &QLineEdit::textChanged, &m_checkTimer,
            qOverload<>(&QTimer::start));
    connect(m_ui->instanceIdEdit, &QLineEdit::textChanged, &m_checkTimer,
            qOverload<>(&QTimer::start));
    addStatusArea(m_ui->contentLayout);
}

SettlementAccountPage::~SettlementAccountPage() = default;

void SettlementAccountPage::checkLive()
{
    m_ui->checkValue->clear();
    if (!localErrors().isEmpty())
        return;
    const SettlementChangeRequest request = m_set->request();
    onFinished(context()->backend()->checkSettlementChange(request), this,
               [this, request](const Status &status) {
                   if (request.accountId != m_set->text(k(SettlementState::AccountId)) ||
                       request.instanceId != m_set->text(k(SettlementState::InstanceId)))
                       return;
                   if (status.ok())
                       m_ui->checkValue->setText(
                           tr("✓ The instance is active and belongs to this account."));
                   else if (!isTransient(status.error())) // early feedback; Next asks again
                       showError(status.error());
               });
}

bool SettlementAccountPage::isPageComplete() const
{
    return !m_set->text(k(SettlementState::AccountId)).isEmpty() &&
           !m_set->text(k(SettlementState::InstanceId)).isEmpty();
}

QList<Error> SettlementAccountPage::localErrors() const
{
    QList<Error> errors;
    if (auto id = validate::huaweiAccountId(m_set->text(k(SettlementState::AccountId))); !id.ok())
        errors << id.error();
    if (auto id = validate::instanceId(m_set->text(k(SettlementState::InstanceId))); !id.ok())
        errors << id.error();
    return errors;
}

bool SettlementAccountPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(context()->backend()->checkSettlementChange(m_set->request()), tr("Checking…"),
          [done](const Status &status) { done(status); });
    return true;
}

void SettlementAccountPage::retranslatePage()
{
    setTitle(tr("Huawei Cloud account settlement"));
    setSubTitle(tr("First activate %1 SaaS Edition on Huawei Cloud, then enter the account ID and "
                   "the instance ID.")
                    .arg(context()->brand()));
}

// ---- W-SET page 3/4: confirm, then the result ------------------------------------------------

SettlementConfirmPage::SettlementConfirmPage(AppContext *context, SettlementState *state,
                                             bool result, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::SettlementConfirmPage>())
    , m_set(state)
    , m_result(result)
{
    m_ui->setupUi(this);
    setCommitPage(!result);
    addStatusArea(m_ui->contentLayout);
}

SettlementConfirmPage::~SettlementConfirmPage() = default;

void SettlementConfirmPage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
}

bool SettlementConfirmPage::startRemoteStep(std::function<void(const Status &)> done)
{
    if (m_result)
        return false;
    await(context()->backend()->changeSettlement(m_set->request()), tr("Changing the settlement…"),
          [this, done](const Result<Workspace> &workspace) {
              if (!workspace.ok())
                  return done(workspace.error());
              m_set->changed = *workspace;
              done(okStatus());
          });
    return true;
}

void SettlementConfirmPage::retranslatePage()
{
    const bool huawei = m_set->toHuawei();
    setTitle(m_result ? tr("Settlement changed") : tr("Confirm"));
    setSubTitle(m_result ? tr("The workspace now settles as shown.")
                         : tr("Check and confirm the change."));
    setButtonText(QWizard::CommitButton, tr("&Confirm"));
    m_ui->confirmWorkspaceValue->setText(m_set->workspace.value(column::Name).toString());
    if (m_result && m_set->changed) {
        const Workspace &w = *m_set->changed;
        m_ui->confirmMethodValue->setText(methodName(toString(w.settlement)));
        m_ui->confirmAccountValue->setText(w.settlementAccountId);
        m_ui->confirmInstanceValue->setText(w.settlementInstanceId);
    } else {
        m_ui->confirmMethodValue->setText(methodName(m_set->text(k(SettlementState::Method))));
        m_ui->confirmAccountValue->setText(huawei ? m_set->text(k(SettlementState::AccountId))
                                                  : QString());
        m_ui->confirmInstanceValue->setText(huawei ? m_set->text(k(SettlementState::InstanceId))
                                                   : QString());
    }
    showFormRow(m_ui->form, m_ui->confirmAccountValue, huawei);
    showFormRow(m_ui->form, m_ui->confirmInstanceValue, huawei);
    m_ui->monthlyNote->setText(
        m_result ? QString()
                 : tr("The settlement method can be changed again next calendar month."));
}

SettlementWizard::SettlementWizard(AppContext *context, const QString &workspaceId, QWidget *parent)
    : Wizard(context, new SettlementState, QString::fromLatin1(Name), parent)
    , m_set(static_cast<SettlementState *>(state()))
{
    m_set->setDefault(k(SettlementState::WorkspaceId), workspaceId);
    addNamedPage(Method, new SettlementMethodPage(context, m_set, this),
                 QStringLiteral("settlementMethod"));
    addNamedPage(Account, new SettlementAccountPage(context, m_set, this),
                 QStringLiteral("settlementAccount"));
    addNamedPage(Confirm, new SettlementConfirmPage(context, m_set, false, this),
                 QStringLiteral("settlementConfirm"));
    addNamedPage(Result, new SettlementConfirmPage(context, m_set, true, this),
                 QStringLiteral("settlementResult"));
    retranslate();
}

int SettlementWizard::nextId() const
{
    if (currentId() == Method && !m_set->toHuawei())
        return Confirm;
    return QWizard::nextId();
}

QString SettlementWizard::title() const
{
    return tr("Change settlement");
}

// ---- W-SVC --------------------------------------------------------------------------------

RechargeState::RechargeState(QObject *parent)
    : WizardState(parent)
{}

RechargeRequest RechargeState::request() const
{
    RechargeRequest r;
    r.feeCenterAccountId = value(k(FeeCenterAccountId)).toLongLong();
    r.huaweiAccountId = text(k(HuaweiAccountId));
    r.orderId = text(k(OrderId));
    return r;
}

RechargeTypePage::RechargeTypePage(AppContext *context, RechargeState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::RechargeTypePage>())
    , m_recharge(state)
{
    m_ui->setupUi(this);
    m_ui->marketplaceRadio->setChecked(true);
    m_ui->directRadio->setEnabled(false); // bought in the Billing Center itself, not here
    addStatusArea(m_ui->contentLayout);
}

RechargeTypePage::~RechargeTypePage() = default;

void RechargeTypePage::initializePage()
{
    WizardPage::initializePage();
    reload();
}

void RechargeTypePage::reload()
{
    ListQuery query;
    query.view = view::FeeCenterAccounts;
    query.filters.insert(column::FeeCenterAccountId,
                         m_recharge->value(k(RechargeState::FeeCenterAccountId)));
    query.limit = 1;
    // Only shows the account's name: Next need not wait for it.
    onFinished(context()->backend()->list(query), this, [this](const Result<ListPage> &page) {
        if (!page.ok())
            return showError(page.error(), [this] { reload(); });
        if (page->rows.isEmpty())
            return;
        m_recharge->feeCenterUsername = page->value(0, column::Username).toString();
        m_ui->feeCenterValue->setText(m_recharge->feeCenterUsername);
    });
}

void RechargeTypePage::retranslatePage()
{
    setTitle(tr("Buy stored-value card"));
    setSubTitle(tr("Billing Center > Account overview: recharge with cards bought on KooGallery."));
    m_ui->typeNote->setText(
        tr("After paying for %1 stored-value cards on KooGallery, recharge the fee-center account "
           "with the Huawei Cloud account ID and the order number. Each unit becomes one card of "
           "100 CNY.")
            .arg(context()->brand()));
}

RechargeOrderPage::RechargeOrderPage(AppContext *context, RechargeState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::RechargeOrderPage>())
    , m_recharge(state)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    auto *accountHelp = new HelpLink(HelpTopic::AccountId, this);
    accountHelp->setObjectName(QStringLiteral("accountIdHelp"));
    m_ui->accountHelpSlot->addWidget(accountHelp);
    auto *orderHelp = new HelpLink(HelpTopic::OrderId, this);
    orderHelp->setObjectName(QStringLiteral("orderIdHelp"));
    m_ui->orderHelpSlot->addWidget(orderHelp);
    setTabOrder(m_ui->accountIdEdit, accountHelp);
    setTabOrder(accountHelp, m_ui->orderIdEdit);
    setTabOrder(m_ui->orderIdEdit, orderHelp);
    binder()->bind(k(RechargeState::HuaweiAccountId), m_ui->accountIdEdit, true);
    binder()->bind(k(RechargeState::OrderId), m_ui->orderIdEdit, true);
    binder()->bindError(k(RechargeState::HuaweiAccountId), m_ui->huaweiAccountIdError);
    binder()->bindError(k(RechargeState::OrderId), m_ui->orderIdError);
    state->setFieldPage(k(RechargeState::HuaweiAccountId), RechargeWizard::Order);
    state->setFieldPage(k(RechargeState::OrderId), RechargeWizard::Order);
    addStatusArea(m_ui->contentLayout);
}

RechargeOrderPage::~RechargeOrderPage() = default;

bool RechargeOrderPage::isPageComplete() const
{
    return !m_recharge->text(k(RechargeState::HuaweiAccountId)).isEmpty() &&
           !m_recharge->text(k(RechargeState::OrderId)).isEmpty();
}

QList<Error> RechargeOrderPage::localErrors() const
{
    QList<Error> errors;
    if (auto id = validate::huaweiAccountId(m_recharge->text(k(RechargeState::HuaweiAccountId)),
                                            k(RechargeState::HuaweiAccountId));
        !id.ok())
        errors << id.error();
    if (auto id = validate::orderId(m_recharge->text(k(RechargeState::OrderId))); !id.ok())
        errors << id.error();
    return errors;
}

bool RechargeOrderPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(context()->backend()->rechargeStoredValueCards(m_recharge->request()), tr("Recharging…"),
          [this, done](const Result<QList<StoredValueCard>> &cards) {
              if (!cards.ok())
                  return done(cards.error());
              m_recharge->cards = *cards;
              done(okStatus());
          });
    return true;
}

void RechargeOrderPage::retranslatePage()
{
    setTitle(tr("Huawei Cloud marketplace purchase"));
    setSubTitle(tr("Enter the Huawei Cloud account ID and the order number of the stored-value "
                   "card purchase."));
    setButtonText(QWizard::CommitButton, tr("&Recharge"));
}

RechargeResultPage::RechargeResultPage(AppContext *context, RechargeState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::RechargeResultPage>())
    , m_recharge(state)
{
    m_ui->setupUi(this);
    m_cards = new QTableWidget(this);
    m_cards->setObjectName(QStringLiteral("cardsTable"));
    m_cards->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cards->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cards->setTabKeyNavigation(false);
    m_cards->verticalHeader()->hide();
    m_cards->horizontalHeader()->setStretchLastSection(true);
    m_cards->setMinimumHeight(m_cards->fontMetrics().height() * 10);
    m_ui->cardsSlot->addWidget(m_cards);
    addStatusArea(m_ui->contentLayout);
}

RechargeResultPage::~RechargeResultPage() = default;

void RechargeResultPage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
}

void RechargeResultPage::retranslatePage()
{
    setTitle(tr("Recharged"));
    setSubTitle(QString());
    m_ui->resultTitle->setText(tr("Recharge successful"));
    const QList<StoredValueCard> &cards = m_recharge->cards;
    Fen total;
    for (const StoredValueCard &c : cards)
        total += c.faceValue;
    m_ui->resultText->setText(
        tr("%n stored-value card(s), %1 in all, were added to fee-center account %2.", nullptr,
           int(cards.size()))
            .arg(DomainText::money(total), m_recharge->feeCenterUsername));
    m_cards->setAccessibleName(tr("New stored-value cards"));
    m_cards->setColumnCount(5);
    m_cards->setHorizontalHeaderLabels(
        {tr("Card number"), tr("Face value"), tr("Available balance"), tr("Status"), tr("Expiry")});
    m_cards->setRowCount(int(cards.size()));
    const QTimeZone zone = context()->displayZone();
    for (int row = 0; row < cards.size(); ++row) {
        const StoredValueCard &c = cards.at(row);
        const QStringList cells = {c.cardNumber, DomainText::money(c.faceValue),
                                   DomainText::money(c.balance),
                                   DomainText::enumValue(enumName::CardStatus, toString(c.status)),
                                   DomainText::time(c.expiresAt, zone)};
        for (int column = 0; column < cells.size(); ++column)
            m_cards->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_cards->resizeColumnsToContents();
}

RechargeWizard::RechargeWizard(AppContext *context, qint64 feeCenterAccountId, QWidget *parent)
    : Wizard(context, new RechargeState, QString::fromLatin1(Name), parent)
    , m_recharge(static_cast<RechargeState *>(state()))
{
    m_recharge->setDefault(k(RechargeState::FeeCenterAccountId), feeCenterAccountId);
    addNamedPage(Type, new RechargeTypePage(context, m_recharge, this),
                 QStringLiteral("rechargeType"));
    addNamedPage(Order, new RechargeOrderPage(context, m_recharge, this),
                 QStringLiteral("rechargeOrder"));
    addNamedPage(Result, new RechargeResultPage(context, m_recharge, this),
                 QStringLiteral("rechargeResult"));
    retranslate();
}

QString RechargeWizard::title() const
{
    return tr("Buy stored-value card");
}

} // namespace oc::gui
