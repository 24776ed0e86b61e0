#include "OrgBindingPage.h"

#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/widgets/RecordTable.h"
#include "ui_OrgBindingPage.h"

#include <QPushButton>
#include <QTableWidget>

namespace oc::gui {

using namespace Qt::StringLiterals;

OrgBindingPage::OrgBindingPage(AppContext *context, OrganizationFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::OrgBindingPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_table = makeRecordTable(this, u"ordersTable"_s, 9);
    m_ui->ordersSlot->addWidget(m_table);
    setTabOrder(m_table, m_ui->bindButton);
    setTabOrder(m_ui->bindButton, m_ui->refreshOrdersButton);
    connect(m_ui->bindButton, &QPushButton::clicked, this, &OrgBindingPage::bindSelected);
    connect(m_ui->refreshOrdersButton, &QPushButton::clicked, this, &OrgBindingPage::reload);
    disableWhileBusy(m_ui->bindButton);
    disableWhileBusy(m_ui->refreshOrdersButton);
    connect(flow, &OrganizationFlow::ordersChangedElsewhere, this, [this] {
        if (isVisible())
            reload();
    });
    addStatusArea(m_ui->contentLayout);
}

OrgBindingPage::~OrgBindingPage() = default;

void OrgBindingPage::initializePage()
{
    WizardPage::initializePage();
    reload();
}

void OrgBindingPage::reload()
{
    await(m_flow->loadOrders(), tr("Loading the orders…"), [this](const Status &status) {
        if (!status.ok())
            return showError(status.error(), [this] { reload(); });
        showOrders();
    });
}

void OrgBindingPage::showOrders()
{
    const QList<BindableOrder> &orders = m_flow->orders();
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Order number"), tr("Product"), tr("Instance ID"),
                                        tr("Instance status"), tr("Binding state")});
    m_table->setRowCount(int(orders.size()));
    for (int row = 0; row < orders.size(); ++row) {
        const BindableOrder &o = orders.at(row);
        QString state = tr("Not bound");
        switch (m_flow->bindingOf(o)) {
        case OrganizationFlow::OrderBinding::BoundHere:
            state = tr("Bound to this organization");
            break;
        case OrganizationFlow::OrderBinding::BoundElsewhere:
            state = tr("Bound to %1").arg(o.boundAbbreviation);
            break;
        case OrganizationFlow::OrderBinding::NotBound:
            break;
        }
        setRecordRow(
            m_table, row,
            {o.order.orderId, DomainText::productName(u"subscription"_s, context()->brand()),
             o.instance.instanceId,
             DomainText::enumValue(enumName::InstanceStatus, toString(o.instance.status)), state},
            o.order.orderId);
    }
    m_table->resizeColumnsToContents();
    if (const int suggested = m_flow->suggestedOrder();
        suggested >= 0 && m_table->selectedItems().isEmpty())
        m_table->selectRow(suggested);
    emit completeChanged();
}

void OrgBindingPage::bindSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    bind(selected.isEmpty() ? QString() : selected.first()->data(Qt::UserRole).toString());
}

void OrgBindingPage::bind(const QString &orderId)
{
    clearPageError();
    await(m_flow->bindOrder(orderId), tr("Binding the order…"),
          [this, orderId](const Status &status) {
              if (!status.ok())
                  showError(status.error(), [this, orderId] { bind(orderId); });
              reload(); // a refusal (R-BND-2, bound meanwhile) shows the orders as they are
          });
}

void OrgBindingPage::retranslatePage()
{
    setTitle(tr("App binding"));
    setSubTitle(tr("Bind the purchased order to the organization."));
    m_table->setAccessibleName(tr("Purchased orders"));
    m_ui->bindingNote->setText(
        tr("Note: one order is bound to one organization. Multiple orders of the same product "
           "cannot be bound to the same organization."));
}

} // namespace oc::gui
