#include "PurchaseProductPage.h"

#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/widgets/RecordPicker.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_PurchaseProductPage.h"

#include <QButtonGroup>

namespace oc::gui {

namespace {

using namespace Qt::StringLiterals;
QString key(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

PurchaseProductPage::PurchaseProductPage(AppContext *context, PurchaseFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::PurchaseProductPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_picker = RecordPicker::huaweiAccounts(context, false, this);
    m_picker->setObjectName(QStringLiteral("accountPicker"));
    m_ui->accountSlot->addWidget(m_picker);
    m_ui->accountLabel->setBuddy(m_picker);
    // The account the wizard was opened for stays chosen when the list arrives.
    if (!flow->accountId().isEmpty())
        m_picker->setRecordId(flow->accountId());
    // Tab as laid out, the account (added here, so last otherwise) first.
    const QList<QWidget *> order = {m_ui->scrollArea,         m_picker,
                                    m_ui->accountStatusValue, m_ui->accountHelpLabel,
                                    m_ui->productSaasRadio,   m_ui->productCardsRadio,
                                    m_ui->productIdValue,     m_ui->quantityEdit,
                                    m_ui->amountValue};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    m_productGroup = new QButtonGroup(this);
    m_productGroup->addButton(m_ui->productSaasRadio, 0);
    m_productGroup->addButton(m_ui->productCardsRadio, 1);
    binder()->bind(key(PurchaseFlow::ProductKey), m_productGroup,
                   {toString(ProductKind::Subscription), toString(ProductKind::StoredValueCard)});
    binder()->bind(key(PurchaseFlow::QuantityKey), m_ui->quantityEdit);
    binder()->bindError(key(PurchaseFlow::AccountIdKey), m_ui->accountIdError, m_picker);
    binder()->bindError(key(PurchaseFlow::QuantityKey), m_ui->quantityError);
    m_ui->quantityEdit->setMaximum(PurchaseRequest::MaxCardQuantity);
    flow->setFieldPage(key(PurchaseFlow::AccountIdKey), PurchaseFlow::ProductPage);
    flow->setFieldPage(key(PurchaseFlow::QuantityKey), PurchaseFlow::ProductPage);

    connect(m_picker, &RecordPicker::recordChanged, this, [this] {
        if (!m_picker->accountId().isEmpty())
            m_flow->setAccountId(m_picker->accountId());
    });
    connect(m_picker, &RecordPicker::loaded, this, [this] {
        if (!m_flow->accountId().isEmpty()) {
            m_picker->setRecordId(m_flow->accountId());
            checkAccount();
        } else if (!m_picker->accountId().isEmpty()) {
            // The first account of the list, taken as a default (checked on the change).
            m_flow->setDefault(key(PurchaseFlow::AccountIdKey), m_picker->accountId());
        }
    });
    connect(flow, &PurchaseFlow::accountIdChanged, this, &PurchaseProductPage::checkAccount);
    connect(flow, &PurchaseFlow::accountChecked, this, &PurchaseProductPage::showAccount);
    connect(flow, &PurchaseFlow::productChanged, this, &PurchaseProductPage::updateProduct);
    connect(flow, &PurchaseFlow::quantityChanged, this, &PurchaseProductPage::updateProduct);
    connect(m_picker, &RecordPicker::failed, this,
            [this](const Error &error) { showError(error, [this] { m_picker->reload(); }); });
    connect(m_ui->accountHelpLabel, &QLabel::linkActivated, this,
            [this](const QString &action) { emit fixRequested(action, m_flow->accountId()); });
    addStatusArea(m_ui->contentLayout);
}

PurchaseProductPage::~PurchaseProductPage() = default;

void PurchaseProductPage::initializePage()
{
    WizardPage::initializePage();
    if (!m_flow->accountId().isEmpty())
        m_picker->setRecordId(m_flow->accountId());
    updateProduct();
    checkAccount();
}

void PurchaseProductPage::checkAccount()
{
    if (m_flow->accountId().isEmpty())
        return;
    await(m_flow->checkAccount(), tr("Checking the account…"), [this](const Status &status) {
        if (!status.ok())
            showError(status.error(), [this] { checkAccount(); });
    });
}

void PurchaseProductPage::showAccount()
{
    const auto account = m_flow->account();
    QString status;
    if (account)
        status = account->servicesStatus == ServicesStatus::Enabled
                     ? DomainText::enumValue(enumName::AuthStatus, toString(account->authStatus))
                     : DomainText::enumValue(enumName::ServicesStatus,
                                             toString(account->servicesStatus));
    m_ui->accountStatusValue->setText(status);
    // R-MKT-1: say why, and the way forward (a link to what fixes it), before the operator
    // goes on.
    const auto refusal = m_flow->refusal();
    const QString help = refusal && m_flow->error(key(PurchaseFlow::AccountIdKey)).has_value()
                             ? wayForward(*refusal)
                             : QString();
    m_ui->accountHelpLabel->setText(help);
    m_ui->accountHelpLabel->setVisible(!help.isEmpty());
    emit completeChanged();
}

QString PurchaseProductPage::wayForward(const Error &refusal) const
{
    const QString &reason = refusal.reason;
    if (reason == u"servicesNotEnabled")
        return tr("Huawei Cloud services are enabled when the customer signs in to Huawei "
                  "Cloud. <a href=\"login\">Sign in and enable the services…</a> or choose "
                  "another account.");
    if (reason == u"servicesDisabled")
        return tr("Disabled services cannot be restored. Choose another account.");
    if (reason == u"servicesClosed")
        return tr("Closed services can be restored in My Account from 24 hours after closing, "
                  "within the retention period. <a href=\"account\">Show this account</a> or "
                  "choose another one.");
    if (reason == u"frozen")
        return tr("The account stays frozen until its reseller sets a monthly budget. "
                  "<a href=\"account\">Show this account</a> or choose another one.");
    if (refusal.args.value(u"authStatus"_s).toString() == toString(AuthStatus::Pending))
        return tr("Its real-name authentication is under review (within 3 working days). "
                  "<a href=\"review\">Open the review queue</a> to act as Huawei's reviewer, "
                  "or choose an authenticated account.");
    return tr("Real-name authentication is done in My Account and reviewed within 3 working "
              "days. <a href=\"authenticate\">Authenticate this account…</a> or choose an "
              "authenticated one.");
}

void PurchaseProductPage::updateProduct()
{
    const bool cards = m_flow->product() == ProductKind::StoredValueCard;
    m_ui->quantityEdit->setEnabled(cards);
    m_ui->quantityLabel->setEnabled(cards);
    m_ui->productIdValue->setText(QString::fromLatin1(cards ? Catalogue::StoredValueCardProductId
                                                            : Catalogue::SaasProductId));
    m_ui->amountValue->setText(
        cards ? tr("%1 (%n card(s) x %2)", nullptr, m_flow->quantity())
                    .arg(DomainText::money(m_flow->amount()),
                         DomainText::money(Fen(Catalogue::StoredValueCardUnitFen)))
              : tr("Pay per use, settled monthly"));
    m_ui->productDescription->setText(cards ? tr("Prepaid cards of 100 CNY each, redeemed in the "
                                                 "Billing Center. For 5,000 CNY buy 50 cards.")
                                            : tr("Subscribe to %1 SaaS Edition. After purchase, "
                                                 "bind the order to an organization in Joint "
                                                 "Operations.")
                                                  .arg(context()->brand()));
}

void PurchaseProductPage::retranslatePage()
{
    setTitle(tr("Choose the account and the product"));
    setSubTitle(
        tr("KooGallery: the buyer must be a real-name authenticated Huawei Cloud account."));
    m_ui->productSaasRadio->setText(tr("%1 SaaS &Edition (subscription)").arg(context()->brand()));
    m_ui->productCardsRadio->setText(tr("%1 stored-value &cards").arg(context()->brand()));
    updateProduct();
}

} // namespace oc::gui
