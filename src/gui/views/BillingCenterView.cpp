#include "BillingCenterView.h"

#include "AccountOverview.h"
#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/DomainText.h"
#include "gui/widgets/RecordPicker.h"

#include <QPushButton>

namespace oc::gui {

BillingCenterView::BillingCenterView(AppContext *context, QWidget *parent)
    : TabbedListsView(
          context, QStringLiteral("billingCenterView"), [] { return tr("Billing Center"); }, parent)
{
    setPicker(RecordPicker::feeCenterAccounts(context, true, this),
              [] { return tr("&Fee-center account:"); });
    picker()->setObjectName(QStringLiteral("billingCenterAccount"));

    auto *accounts = addList(
        view::FeeCenterAccounts,
        {column::Username, column::EnterpriseName, column::Email, column::CashBalance,
         column::CardBalance, column::WorkspaceCount, column::LinkedHuaweiAccounts,
         column::CreatedAt},
        [] { return tr("Fee-center accounts"); }, column::FeeCenterAccountId);
    accounts->setEmptyTexts(
        [] { return tr("No fee-center accounts. Register the Commercial Plan first."); },
        [] { return tr("No fee-center account matches."); });
    connect(accounts->addAction(QStringLiteral("registerButton"),
                                [] { return tr("&Register the Commercial Plan…"); }),
            &QPushButton::clicked, this, &BillingCenterView::registrationRequested);

    auto *workspaces = addList(
        view::Workspaces,
        {column::Name, column::Status, column::LockedAt, column::LockReason, column::Settlement,
         column::SettlementAccountId, column::SettlementInstanceId, column::Site, column::Language,
         column::FeeCenterUsername, column::CreatedAt},
        [] { return tr("Workspace management"); }, column::FeeCenterAccountId);
    workspaces->setEmptyTexts([] { return tr("No workspaces yet."); },
                              [] { return tr("No workspace matches."); });
    workspaces->addFilter(
        column::Status, [] { return tr("&Status:"); }, [] { return tr("Any"); },
        {ListViewWidget::enumOption("active", enumName::WorkspaceStatus),
         ListViewWidget::enumOption("locked", enumName::WorkspaceStatus)});
    workspaces->addFilter(
        column::Settlement, [] { return tr("Settle&ment:"); }, [] { return tr("Any"); },
        {ListViewWidget::enumOption("fee_center", enumName::SettlementMethod),
         ListViewWidget::enumOption("huawei_cloud", enumName::SettlementMethod),
         ListViewWidget::enumOption("alibaba_cloud", enumName::SettlementMethod),
         ListViewWidget::enumOption("aws", enumName::SettlementMethod)});
    // Locked workspaces show how many of the 14 retention days are left (R-SET-7).
    AppContext *ctx = context;
    workspaces->model()->setFormatter(
        column::LockedAt, [ctx](const PagedTableModel &model, int row, const QVariant &value) {
            if (value.isNull() || model.raw(row, column::Status).toString() != u"locked")
                return QString();
            const QDateTime locked =
                QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
            const qint64 left = ctx->now().daysTo(locked.addDays(Catalogue::LockedRetentionDays));
            const QString when = DomainText::time(locked, ctx->displayZone());
            return left > 0 ? tr("%1 (%n day(s) left)", nullptr, int(left)).arg(when)
                            : tr("%1 (retention over: due for wiping)").arg(when);
        });
    // Why it is locked, in words (R-SET-5; a frozen instance, KooGallery's FREEZE).
    workspaces->model()->setFormatter(
        column::LockReason, [](const PagedTableModel &, int, const QVariant &value) {
            const QString reason = value.toString();
            if (reason == QLatin1String(Catalogue::InstanceClosedLockReason))
                return tr("Huawei Cloud subscription closed");
            if (reason == QLatin1String(Catalogue::InstanceFrozenLockReason))
                return tr("Huawei Cloud subscription frozen");
            return reason;
        });

    connect(workspaces->addAction(QStringLiteral("changeSettlementButton"),
                                  [] { return tr("&Change…"); }),
            &QPushButton::clicked, this, [this, workspaces] {
                const QString id = workspaces->currentValue(column::WorkspaceId).toString();
                if (id.isEmpty())
                    this->context()->dialogs()->inform(this, tr("Change settlement"),
                                                       tr("Select a workspace first."));
                else
                    emit settlementWizardRequested(id);
            });
    connect(workspaces->addAction(QStringLiteral("unlockButton"), [] { return tr("&Unlock…"); }),
            &QPushButton::clicked, this, [this, workspaces] {
                const QString id = workspaces->currentValue(column::WorkspaceId).toString();
                if (id.isEmpty())
                    this->context()->dialogs()->inform(this, tr("Unlock"),
                                                       tr("Select a locked workspace first."));
                else
                    emit unlockRequested(id, workspaces->currentValue(column::Name).toString());
            });

    auto *cards = addList(
        view::StoredValueCards,
        {column::CardNumber, column::FaceValue, column::Balance, column::Status,
         column::PurchaseType, column::PurchasedAt, column::ExpiresAt, column::SourceOrderId,
         column::FeeCenterUsername},
        [] { return tr("Stored-value cards"); }, column::FeeCenterAccountId);
    cards->setEmptyTexts(
        [] { return tr("No stored-value cards. Recharge with a KooGallery order."); },
        [] { return tr("No card matches."); });
    cards->addFilter(
        column::Status, [] { return tr("&Status:"); }, [] { return tr("Any"); },
        {ListViewWidget::enumOption("available", enumName::CardStatus),
         ListViewWidget::enumOption("used_up", enumName::CardStatus),
         ListViewWidget::enumOption("expired", enumName::CardStatus)});
    connect(cards->addAction(QStringLiteral("buyCardsButton"),
                             [] { return tr("&Buy stored-value card…"); }),
            &QPushButton::clicked, this, [this] { requestRecharge(picker()->recordId()); });

    // Account overview first, as in the Billing Center (seed 001).
    m_overview = new AccountOverview(context, this);
    addPage(m_overview, [] { return tr("Account overview"); });
    tabs()->setCurrentIndex(0);
    connect(picker(), &RecordPicker::recordChanged, m_overview,
            &AccountOverview::setFeeCenterAccount);
    connect(m_overview, &AccountOverview::buyCardsRequested, this,
            [this](qint64 id) { requestRecharge(QVariant(id)); });
    connect(m_overview, &AccountOverview::manageCardsRequested, this,
            [this] { showList(view::StoredValueCards); });
}

void BillingCenterView::requestRecharge(const QVariant &feeCenterAccountId)
{
    if (!feeCenterAccountId.isValid() || feeCenterAccountId.toLongLong() <= 0) {
        context()->dialogs()->inform(
            this, tr("Buy stored-value card"),
            tr("Choose the fee-center account to recharge first (above)."));
        return;
    }
    emit rechargeWizardRequested(feeCenterAccountId.toLongLong());
}

} // namespace oc::gui
