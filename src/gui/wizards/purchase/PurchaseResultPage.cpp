#include "PurchaseResultPage.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "ui_PurchaseResultPage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

namespace oc::gui {

PurchaseResultPage::PurchaseResultPage(AppContext *context, PurchaseFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::PurchaseResultPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    connect(m_ui->copyOrderButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->orderIdValue->text()); });
    connect(m_ui->copyInstanceButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->instanceIdValue->text()); });
    // R-MKT-2: the instance becomes active shortly after; follow it here.
    connect(context->backend(), &Backend::changed, this, [this](const QStringList &views) {
        if (views.contains(view::Instances) && isVisible())
            refreshStatus();
    });
    connect(flow, &PurchaseFlow::instanceStatusChanged, this, &PurchaseResultPage::retranslatePage);
    addStatusArea(m_ui->contentLayout);
}

PurchaseResultPage::~PurchaseResultPage() = default;

void PurchaseResultPage::initializePage()
{
    WizardPage::initializePage();
    const bool subscription = m_flow->product() == ProductKind::Subscription;
    m_ui->orderIdValue->setText(m_flow->orderId());
    m_ui->instanceIdValue->setText(m_flow->instanceId());
    for (QWidget *w : {static_cast<QWidget *>(m_ui->instanceIdLabel),
                       static_cast<QWidget *>(m_ui->instanceIdValue),
                       static_cast<QWidget *>(m_ui->copyInstanceButton),
                       static_cast<QWidget *>(m_ui->instanceStatusLabel),
                       static_cast<QWidget *>(m_ui->instanceStatusValue)})
        w->setVisible(subscription);
    retranslatePage();
    refreshStatus();
}

void PurchaseResultPage::refreshStatus()
{
    onFinished(m_flow->refreshInstanceStatus(), this, [this](const Status &status) {
        // The purchase is done; only following the instance's status failed.
        if (!status.ok() && isTransient(status.error()))
            showError(status.error(), [this] { refreshStatus(); });
    });
}

void PurchaseResultPage::retranslatePage()
{
    const bool subscription = m_flow->product() == ProductKind::Subscription;
    setTitle(tr("Purchase complete"));
    setSubTitle(QString());
    m_ui->resultTitle->setText(subscription ? tr("SaaS subscription task submitted successfully")
                                            : tr("Payment successful"));
    m_ui->resultText->setText(
        subscription
            ? tr("The service appears in Purchased services; it is provisioning and becomes active "
                 "shortly. Next: bind the order to an organization (Joint Operations).")
            : tr("Keep the order number: recharge the cards in the Billing Center with the Huawei "
                 "Cloud "
                 "account ID and this order number."));
    const QString status = m_flow->instanceStatus().isEmpty()
                               ? toString(InstanceStatus::Provisioning)
                               : m_flow->instanceStatus();
    m_ui->instanceStatusValue->setText(DomainText::enumValue(enumName::InstanceStatus, status));
    m_ui->copyOrderButton->setAccessibleName(tr("Copy the order number"));
    m_ui->copyInstanceButton->setAccessibleName(tr("Copy the instance ID"));
    setButtonText(QWizard::FinishButton, tr("&Return to My Marketplace"));
}

} // namespace oc::gui
