#include "MarketplaceView.h"

#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/widgets/MenuButton.h"
#include "gui/widgets/RecordPicker.h"

#include <QMenu>
#include <QPushButton>

namespace oc::gui {

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
        {ListViewWidget::enumOption("provisioning", enumName::InstanceStatus),
         ListViewWidget::enumOption("active", enumName::InstanceStatus),
         ListViewWidget::enumOption("frozen", enumName::InstanceStatus),
         ListViewWidget::enumOption("closed", enumName::InstanceStatus)});
    AppContext *ctx = context;
    connect(services->addAction(
                QStringLiteral("subscribeButton"),
                [ctx] { return tr("S&ubscribe to %1 SaaS Edition…").arg(ctx->brand()); }),
            &QPushButton::clicked, this,
            [this] { emit purchaseRequested(picker()->accountId(), ProductKind::Subscription); });
    // "More > Close resource" (seed 000 #cancel).
    auto *more = new MenuButton;
    services->addAction(
        QStringLiteral("moreButton"), [] { return tr("&More"); }, more);
    QMenu *moreMenu = more->popupMenu();
    moreMenu->setObjectName(QStringLiteral("moreMenu"));
    QAction *close = moreMenu->addAction(QString());
    close->setObjectName(QStringLiteral("closeResourceAction"));
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
        {ListViewWidget::enumOption("subscription", enumName::ProductKind),
         ListViewWidget::enumOption("stored_value_card", enumName::ProductKind)});
    connect(orders->addAction(QStringLiteral("buyCardsButton"),
                              [] { return tr("&Buy stored-value cards…"); }),
            &QPushButton::clicked, this, [this] {
                emit purchaseRequested(picker()->accountId(), ProductKind::StoredValueCard);
            });
}

void MarketplaceView::retranslate()
{
    TabbedListsView::retranslate();
    if (m_retranslateMore)
        m_retranslateMore();
}

} // namespace oc::gui
