#include "ConsoleViews.h"

#include "AccountOverview.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/Domain.h"
#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/dialogs/AuthorizeMembersDialog.h"
#include "gui/dialogs/MemberDialog.h"
#include "gui/widgets/RecordPicker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>

namespace oc::gui {

namespace {

ListViewWidget::Option option(const char *value, QLatin1StringView enumeration)
{
    const QString v = QString::fromLatin1(value);
    return {v, [v, enumeration] { return DomainText::enumValue(enumeration, v); }};
}

} // namespace

MarketplaceView::MarketplaceView(AppContext *context, QWidget *parent)
    : TabbedListsView(
          context, QStringLiteral("marketplaceView"), [] { return tr("Marketplace (KooGallery)"); },
          parent)
{
    setPicker(RecordPicker::huaweiAccounts(context, true, this), [] { return tr("&Account:"); });
    picker()->setObjectName(QStringLiteral("marketplaceAccount"));

    auto *services = addList(
        view::Instances,
        {column::ProductName, column::InstanceId, column::OrderId, column::Status,
         column::BoundOrganization, column::OpenedAt, column::ClosedAt, column::AccountId},
        [] { return tr("Purchased services"); }, column::AccountId);
    services->setEmptyTexts(
        [] { return tr("No purchased services. Subscribe on KooGallery first."); },
        [] { return tr("No purchased service matches."); });
    services->addFilter(
        column::Status, [] { return tr("&Status:"); }, [] { return tr("Any"); },
        {option("provisioning", enumName::InstanceStatus),
         option("active", enumName::InstanceStatus), option("frozen", enumName::InstanceStatus),
         option("closed", enumName::InstanceStatus)});
    AppContext *ctx = context;
    connect(services->addAction(
                QStringLiteral("subscribeButton"),
                [ctx] { return tr("S&ubscribe to %1 SaaS Edition…").arg(ctx->brand()); }),
            &QPushButton::clicked, this,
            [this] { emit purchaseRequested(picker()->accountId(), ProductKind::Subscription); });
    // "More > Close resource" (seed 000 #cancel).
    QPushButton *more =
        services->addAction(QStringLiteral("moreButton"), [] { return tr("&More"); });
    auto *moreMenu = new QMenu(more);
    moreMenu->setObjectName(QStringLiteral("moreMenu"));
    QAction *close = moreMenu->addAction(QString());
    close->setObjectName(QStringLiteral("closeResourceAction"));
    more->setMenu(moreMenu);
    connect(close, &QAction::triggered, this, [this, services] {
        const QString instanceId = services->currentValue(column::InstanceId).toString();
        if (instanceId.isEmpty())
            this->context()->dialogs()->inform(this, tr("Close resource"),
                                               tr("Select a purchased service first."));
        else
            emit closeResourceRequested(instanceId);
    });
    m_retranslateMore = [close] { close->setText(tr("&Close resource…")); };
    m_retranslateMore();

    auto *orders = addList(
        view::Orders,
        {column::OrderId, column::ProductName, column::Quantity, column::Amount, column::Status,
         column::Redeemed, column::BoundOrganization, column::CreatedAt, column::AccountId},
        [] { return tr("My orders"); }, column::AccountId);
    orders->setEmptyTexts([] { return tr("No orders yet."); },
                          [] { return tr("No order matches."); });
    orders->addFilter(
        column::ProductKind, [] { return tr("&Product:"); }, [] { return tr("Any"); },
        {option("subscription", enumName::ProductKind),
         option("stored_value_card", enumName::ProductKind)});
    connect(orders->addAction(QStringLiteral("buyCardsButton"),
                              [] { return tr("&Buy stored-value cards…"); }),
            &QPushButton::clicked, this, [this] {
                emit purchaseRequested(picker()->accountId(), ProductKind::StoredValueCard);
            });
}

JointOperationsView::JointOperationsView(AppContext *context, QWidget *parent)
    : TabbedListsView(
          context, QStringLiteral("jointOperationsView"),
          [] { return tr("Joint Operations (partner services)"); }, parent)
{
    setPicker(RecordPicker::huaweiAccounts(context, true, this), [] { return tr("&Owner:"); });
    picker()->setObjectName(QStringLiteral("jointOperationsOwner"));

    auto *organizations = addList(
        view::Organizations,
        {column::EnterpriseName, column::Abbreviation, column::Status, column::MemberCount,
         column::OwnerName, column::CreatedAt, column::ReadyAt},
        [] { return tr("Organizations"); }, column::OwnerAccountId);
    organizations->setEmptyTexts(
        [] { return tr("No organizations. Create one after buying on KooGallery."); },
        [] { return tr("No organization matches."); });
    organizations->addFilter(
        column::Status, [] { return tr("&Status:"); }, [] { return tr("Any"); },
        {option("creating", enumName::OrganizationStatus),
         option("ready", enumName::OrganizationStatus)});
    connect(organizations->addAction(QStringLiteral("bindOrganizationButton"),
                                     [] { return tr("&Bind the organization…"); }),
            &QPushButton::clicked, this,
            [this] { emit organizationWizardRequested(picker()->accountId()); });
    connect(organizations->addAction(QStringLiteral("addMemberButton"),
                                     [] { return tr("&Add member…"); }),
            &QPushButton::clicked, this, &JointOperationsView::addMember);

    auto *members = addList(
        view::Members,
        {column::LoginName, column::DisplayName, column::Department, column::Mobile, column::Email,
         column::Authorized, column::MustChangePassword, column::Enabled},
        [] { return tr("Members"); }, column::OwnerAccountId);
    members->setEmptyTexts([] { return tr("No members yet."); },
                           [] { return tr("No member matches."); });
    connect(members->addAction(QStringLiteral("loginButton"), [] { return tr("Unified &login…"); }),
            &QPushButton::clicked, this, [this, members] {
                emit loginWizardRequested(members->currentValue(column::LoginName).toString());
            });
    members->model()->setFormatter(column::MustChangePassword,
                                   [](const PagedTableModel &, int, const QVariant &value) {
                                       return value.toInt() ? tr("Not changed yet") : tr("Changed");
                                   });

    auto *bindings = addList(
        view::Bindings,
        {column::OrderId, column::ProductName, column::Abbreviation, column::InstanceStatus,
         column::AuthorizedCount, column::BoundAt, column::InstanceId},
        [] { return tr("App binding"); }, column::OwnerAccountId);
    bindings->setEmptyTexts([] { return tr("No orders bound to an organization yet."); },
                            [] { return tr("No binding matches."); });
    connect(bindings->addAction(QStringLiteral("authorizeButton"),
                                [] { return tr("A&uthorize members…"); }),
            &QPushButton::clicked, this, &JointOperationsView::authorizeMembers);

    auto *authorizations = addList(
        view::Authorizations,
        {column::LoginName, column::DisplayName, column::OrderId, column::AuthorizedAt},
        [] { return tr("App authorization"); }, column::OwnerAccountId);
    authorizations->setEmptyTexts([] { return tr("No members authorized yet."); },
                                  [] { return tr("No authorization matches."); });
}

void JointOperationsView::addMember()
{
    const QString organizationId =
        list(view::Organizations)->currentValue(column::OrganizationId).toString();
    if (organizationId.isEmpty()) {
        context()->dialogs()->inform(this, tr("Add member"), tr("Select an organization first."));
        return;
    }
    onFinished(
        context()->backend()->organization(organizationId), this,
        [this](const Result<OrganizationDetail> &detail) {
            if (!detail.ok()) {
                context()->dialogs()->warn(this, tr("Add member"),
                                           ErrorText::message(detail.error(), context()->brand()));
                return;
            }
            auto *dialog = new MemberDialog(context(), *detail, std::nullopt, std::nullopt, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

void JointOperationsView::authorizeMembers()
{
    ListViewWidget *bindings = list(view::Bindings);
    const QString organizationId = bindings->currentValue(column::OrganizationId).toString();
    const qint64 bindingId = bindings->currentValue(column::BindingId).toLongLong();
    if (organizationId.isEmpty()) {
        context()->dialogs()->inform(this, tr("Authorize members"),
                                     tr("Select a bound order first."));
        return;
    }
    onFinished(context()->backend()->organization(organizationId), this,
               [this, bindingId](const Result<OrganizationDetail> &detail) {
                   if (!detail.ok()) {
                       context()->dialogs()->warn(
                           this, tr("Authorize members"),
                           ErrorText::message(detail.error(), context()->brand()));
                       return;
                   }
                   auto *dialog = new AuthorizeMembersDialog(context(), *detail, bindingId, this);
                   dialog->setAttribute(Qt::WA_DeleteOnClose);
                   dialog->open();
               });
}

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
        {option("active", enumName::WorkspaceStatus), option("locked", enumName::WorkspaceStatus)});
    workspaces->addFilter(
        column::Settlement, [] { return tr("Settle&ment:"); }, [] { return tr("Any"); },
        {option("fee_center", enumName::SettlementMethod),
         option("huawei_cloud", enumName::SettlementMethod),
         option("alibaba_cloud", enumName::SettlementMethod),
         option("aws", enumName::SettlementMethod)});
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
        {option("available", enumName::CardStatus), option("used_up", enumName::CardStatus),
         option("expired", enumName::CardStatus)});
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

OutboxView::OutboxView(AppContext *context, QWidget *parent)
    : TabbedListsView(
          context, QStringLiteral("outboxView"), [] { return tr("Outbox"); }, parent)
{
    auto *messages = addList(
        view::Outbox,
        {column::SentAt, column::Channel, column::Destination, column::Kind, column::Params},
        [] { return tr("Sent messages"); });
    messages->setEmptyTexts([] { return tr("No messages sent yet."); },
                            [] { return tr("No message matches."); });
    messages->addFilter(
        column::Channel, [] { return tr("C&hannel:"); }, [] { return tr("Any"); },
        {option("email", enumName::Channel), option("sms", enumName::Channel)});
    AppContext *ctx = context;
    const auto params = [](const PagedTableModel &model, int row) {
        return QJsonDocument::fromJson(model.raw(row, column::Params).toString().toUtf8())
            .object()
            .toVariantMap();
    };
    messages->model()->setFormatter(
        column::Kind, [ctx, params](const PagedTableModel &model, int row, const QVariant &value) {
            return DomainText::outboxSubject(value.toString(), params(model, row), ctx->brand());
        });
    messages->model()->setFormatter(
        column::Params, [ctx, params](const PagedTableModel &model, int row, const QVariant &) {
            return DomainText::outboxBody(model.raw(row, column::Kind).toString(),
                                          params(model, row), ctx->brand());
        });
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("outboxMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFocusPolicy(Qt::StrongFocus);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(8);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 4);
    setDetailWidget(m_message);
    connect(messages, &ListViewWidget::currentRowChanged, this, &OutboxView::showMessage);
    connect(messages->model(), &QAbstractItemModel::dataChanged, this, &OutboxView::showMessage);
    retranslate();
}

void OutboxView::retranslate()
{
    TabbedListsView::retranslate();
    if (m_message) {
        m_message->setAccessibleName(tr("Selected message"));
        showMessage();
    }
}

void OutboxView::showMessage()
{
    ListViewWidget *messages = list(0);
    const int row = messages->currentRow();
    if (row < 0 || !messages->model()->isRowLoaded(row)) {
        m_message->setText(tr("Select a message to read it in full."));
        return;
    }
    const PagedTableModel *model = messages->model();
    const auto text = [&](QLatin1StringView key) {
        const int column = model->columnOf(key);
        return model->index(row, column).data().toString();
    };
    m_message->setText(tr("To: %1 (%2), %3\n%4\n\n%5")
                           .arg(text(column::Destination), text(column::Channel),
                                text(column::SentAt), text(column::Kind), text(column::Params)));
}

JournalView::JournalView(AppContext *context, QWidget *parent)
    : TabbedListsView(
          context, QStringLiteral("journalView"), [] { return tr("Journal"); }, parent)
{
    auto *journal = addList(view::Journal,
                            {column::At, column::Actor, column::Operation, column::ResourceType,
                             column::Target, column::Outcome, column::Details},
                            [] { return tr("Audit journal"); });
    journal->setEmptyTexts([] { return tr("Nothing journaled yet."); },
                           [] { return tr("No entry matches."); });
    journal->addFilter(
        column::Outcome, [] { return tr("&Outcome:"); }, [] { return tr("Any"); },
        {{QStringLiteral("success"),
          [] { return DomainText::outcome(QStringLiteral("success")); }}});
    journal->model()->setFormatter(column::Outcome,
                                   [](const PagedTableModel &, int, const QVariant &value) {
                                       return DomainText::outcome(value.toString());
                                   });
    journal->model()->setFormatter(column::ResourceType,
                                   [](const PagedTableModel &, int, const QVariant &value) {
                                       return DomainText::resourceType(value.toString());
                                   });
}

} // namespace oc::gui
