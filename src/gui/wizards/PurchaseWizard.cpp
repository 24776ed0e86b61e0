#include "PurchaseWizard.h"

#include "FieldBinder.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "core/Validators.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/widgets/RecordPicker.h"
#include "ui_PurchaseConfirmPage.h"
#include "ui_PurchaseProductPage.h"
#include "ui_PurchaseResultPage.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

namespace oc::gui {

namespace {
QString key(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

// ---- state ---------------------------------------------------------------------------

PurchaseState::PurchaseState(QObject *parent)
    : WizardState(parent)
{
    setDefault(key(Product), toString(ProductKind::Subscription));
    setDefault(key(Quantity), 1);
    setDefault(key(Terms), false);
}

ProductKind PurchaseState::product() const
{
    return enumOr(text(key(Product)), ProductKind::Subscription);
}

int PurchaseState::quantity() const
{
    return product() == ProductKind::Subscription ? 1 : value(key(Quantity)).toInt();
}

Fen PurchaseState::amount() const
{
    return product() == ProductKind::StoredValueCard
               ? Fen(Catalogue::StoredValueCardUnitFen) * quantity()
               : Fen(0);
}

bool PurchaseState::isAuthenticated() const
{
    return text(key(AuthStatus)) == toString(AuthStatus::Authenticated);
}

PurchaseRequest PurchaseState::request() const
{
    PurchaseRequest request;
    request.accountId = accountId();
    request.product = product();
    request.quantity = quantity();
    request.termsAccepted = flag(key(Terms));
    return request;
}

QList<Error> PurchaseState::productPageErrors() const
{
    QList<Error> errors;
    if (accountId().isEmpty())
        errors << makeError(QString::fromLatin1(SystemError::Required), key(AccountId),
                            QStringLiteral("required"));
    else if (!text(key(AuthStatus)).isEmpty() && !isAuthenticated())
        errors << makeError(QStringLiteral("R-MKT-1"), key(AccountId),
                            QStringLiteral("unauthenticated"),
                            {{QStringLiteral("authStatus"), text(key(AuthStatus))}});
    if (product() == ProductKind::StoredValueCard &&
        (quantity() < 1 || quantity() > PurchaseRequest::MaxCardQuantity))
        errors << makeError(QStringLiteral("R-MKT-3"), key(Quantity), QStringLiteral("quantity"),
                            {{QStringLiteral("max"), PurchaseRequest::MaxCardQuantity}});
    return errors;
}

// ---- page 1: account and product -------------------------------------------------------

PurchaseProductPage::PurchaseProductPage(AppContext *context, PurchaseState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::PurchaseProductPage>())
    , m_purchase(state)
{
    m_ui->setupUi(this);
    m_picker = RecordPicker::huaweiAccounts(context, false, this);
    m_picker->setObjectName(QStringLiteral("accountPicker"));
    m_ui->accountSlot->addWidget(m_picker);
    m_ui->accountLabel->setBuddy(m_picker);
    // The account the wizard was opened for stays chosen when the list arrives.
    if (!state->accountId().isEmpty())
        m_picker->setRecordId(state->accountId());
    setTabOrder(m_picker, m_ui->productSaasRadio);
    setTabOrder(m_ui->productSaasRadio, m_ui->productCardsRadio);
    setTabOrder(m_ui->productCardsRadio, m_ui->quantityEdit);

    m_productGroup = new QButtonGroup(this);
    m_productGroup->addButton(m_ui->productSaasRadio, 0);
    m_productGroup->addButton(m_ui->productCardsRadio, 1);
    binder()->bind(key(PurchaseState::Product), m_productGroup,
                   {toString(ProductKind::Subscription), toString(ProductKind::StoredValueCard)});
    binder()->bind(key(PurchaseState::Quantity), m_ui->quantityEdit);
    binder()->bindError(key(PurchaseState::AccountId), m_ui->accountIdError, m_picker);
    binder()->bindError(key(PurchaseState::Quantity), m_ui->quantityError);
    m_ui->quantityEdit->setMaximum(PurchaseRequest::MaxCardQuantity);
    state->setFieldPage(key(PurchaseState::AccountId), PurchaseWizard::ProductPage);
    state->setFieldPage(key(PurchaseState::Quantity), PurchaseWizard::ProductPage);

    connect(m_picker, &RecordPicker::recordChanged, this, [this] {
        if (m_picker->accountId() != m_purchase->accountId() && !m_picker->accountId().isEmpty())
            m_purchase->setValue(key(PurchaseState::AccountId), m_picker->accountId());
        loadAccount();
    });
    connect(m_picker, &RecordPicker::loaded, this, [this] {
        if (!m_purchase->accountId().isEmpty())
            m_picker->setRecordId(m_purchase->accountId());
        else if (!m_picker->accountId().isEmpty())
            m_purchase->setDefault(key(PurchaseState::AccountId), m_picker->accountId());
        loadAccount();
    });
    connect(state, &WizardState::valueChanged, this, [this](const QString &changed) {
        if (changed == key(PurchaseState::Product) || changed == key(PurchaseState::Quantity))
            updateProduct();
    });
    connect(m_picker, &RecordPicker::failed, this,
            [this](const Error &error) { showError(error, [this] { m_picker->reload(); }); });
    connect(m_ui->accountHelpLabel, &QLabel::linkActivated, this,
            [this] { emit showAccountRequested(m_purchase->accountId()); });
    addStatusArea(m_ui->contentLayout);
}

PurchaseProductPage::~PurchaseProductPage() = default;

void PurchaseProductPage::initializePage()
{
    WizardPage::initializePage();
    if (!m_purchase->accountId().isEmpty())
        m_picker->setRecordId(m_purchase->accountId());
    updateProduct();
    loadAccount();
}

void PurchaseProductPage::loadAccount()
{
    const QString accountId = m_purchase->accountId();
    if (accountId.isEmpty())
        return;
    await(
        context()->backend()->huaweiAccount(accountId), tr("Checking the account…"),
        [this, accountId](const Result<HuaweiAccountDetail> &detail) {
            if (accountId != m_purchase->accountId())
                return;
            if (!detail.ok())
                return showError(detail.error(), [this] { loadAccount(); });
            const HuaweiAccount &a = detail->account;
            m_purchase->setDefault(key(PurchaseState::AuthStatus), toString(a.authStatus));
            m_purchase->setDefault(key(PurchaseState::AccountName), a.displayName());
            m_ui->accountStatusValue->setText(
                DomainText::enumValue(enumName::AuthStatus, toString(a.authStatus)));
            // R-MKT-1: say why, and the way forward, before the operator goes on.
            const auto errors = m_purchase->productPageErrors();
            const bool refused = std::any_of(errors.begin(), errors.end(),
                                             [](const Error &e) { return e.rule == u"R-MKT-1"; });
            if (refused) {
                m_purchase->setError(errors.first());
                m_ui->accountHelpLabel->setText(tr(
                    "Real-name authentication is done in My Account > Real-Name Authentication and "
                    "reviewed within 3 working days. <a href=\"account\">Show this account</a> or "
                    "choose an authenticated one."));
                m_ui->accountHelpLabel->show();
            } else {
                m_purchase->clearError(key(PurchaseState::AccountId));
                m_ui->accountHelpLabel->hide();
            }
            emit completeChanged();
        });
}

void PurchaseProductPage::updateProduct()
{
    const bool cards = m_purchase->product() == ProductKind::StoredValueCard;
    m_ui->quantityEdit->setEnabled(cards);
    m_ui->quantityLabel->setEnabled(cards);
    m_ui->productIdValue->setText(QString::fromLatin1(cards ? Catalogue::StoredValueCardProductId
                                                            : Catalogue::SaasProductId));
    m_ui->amountValue->setText(
        cards ? tr("%1 (%n card(s) x %2)", nullptr, m_purchase->quantity())
                    .arg(DomainText::money(m_purchase->amount()),
                         DomainText::money(Fen(Catalogue::StoredValueCardUnitFen)))
              : tr("Pay per use, settled monthly"));
    m_ui->productDescription->setText(cards ? tr("Prepaid cards of 100 CNY each, redeemed in the "
                                                 "Billing Center. For 5,000 CNY buy 50 cards.")
                                            : tr("Subscribe to %1 SaaS Edition. After purchase, "
                                                 "bind the order to an organization in Joint "
                                                 "Operations.")
                                                  .arg(context()->brand()));
}

bool PurchaseProductPage::isPageComplete() const
{
    return !m_purchase->accountId().isEmpty() && m_purchase->isAuthenticated();
}

QList<Error> PurchaseProductPage::localErrors() const
{
    return m_purchase->productPageErrors();
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

// ---- page 2: confirm ------------------------------------------------------------------

PurchaseConfirmPage::PurchaseConfirmPage(AppContext *context, PurchaseState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::PurchaseConfirmPage>())
    , m_purchase(state)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    binder()->bind(key(PurchaseState::Terms), m_ui->termsCheck);
    binder()->bindError(QStringLiteral("terms"), m_ui->termsError, m_ui->termsCheck);
    state->setFieldPage(QStringLiteral("terms"), PurchaseWizard::ConfirmPage);
    addStatusArea(m_ui->contentLayout);
}

PurchaseConfirmPage::~PurchaseConfirmPage() = default;

void PurchaseConfirmPage::initializePage()
{
    WizardPage::initializePage();
    const bool cards = m_purchase->product() == ProductKind::StoredValueCard;
    m_ui->summaryAccountValue->setText(QStringLiteral("%1\n%2").arg(
        m_purchase->text(key(PurchaseState::AccountName)), m_purchase->accountId()));
    m_ui->summaryProductValue->setText(
        DomainText::productName(toString(m_purchase->product()), context()->brand()));
    m_ui->summaryQuantityValue->setText(QString::number(m_purchase->quantity()));
    m_ui->summaryAmountValue->setText(cards ? DomainText::money(m_purchase->amount())
                                            : tr("Pay per use"));
    m_ui->summaryPaymentValue->setText(cards ? tr("Huawei Cloud account balance")
                                             : tr("Billed through the Huawei Cloud account"));
    retranslatePage();
}

bool PurchaseConfirmPage::isPageComplete() const
{
    return m_purchase->flag(key(PurchaseState::Terms));
}

QList<Error> PurchaseConfirmPage::localErrors() const
{
    if (!m_purchase->flag(key(PurchaseState::Terms)))
        return {makeError(QString::fromLatin1(SystemError::Required), QStringLiteral("terms"),
                          QStringLiteral("terms"))};
    return {};
}

bool PurchaseConfirmPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(context()->backend()->purchase(m_purchase->request()),
          m_purchase->product() == ProductKind::Subscription ? tr("Submitting the subscription…")
                                                             : tr("Paying the order…"),
          [this, done](const Result<PurchaseResult> &result) {
              if (result.ok()) {
                  m_purchase->setDefault(key(PurchaseState::OrderId), result->order.orderId);
                  m_purchase->setDefault(key(PurchaseState::InstanceId),
                                         result->instance ? result->instance->instanceId
                                                          : QString());
                  done(okStatus());
              } else {
                  done(result.error());
              }
          });
    return true;
}

void PurchaseConfirmPage::retranslatePage()
{
    const bool cards = m_purchase->product() == ProductKind::StoredValueCard;
    setTitle(cards ? tr("Order details") : tr("Purchase %1 SaaS Edition").arg(context()->brand()));
    setSubTitle(cards ? tr("Check the order and pay.") : tr("Agree to the terms and subscribe."));
    setButtonText(QWizard::CommitButton, cards ? tr("&Pay") : tr("&Subscribe now"));
}

// ---- page 3: result -------------------------------------------------------------------

PurchaseResultPage::PurchaseResultPage(AppContext *context, PurchaseState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::PurchaseResultPage>())
    , m_purchase(state)
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
    addStatusArea(m_ui->contentLayout);
}

PurchaseResultPage::~PurchaseResultPage() = default;

void PurchaseResultPage::initializePage()
{
    WizardPage::initializePage();
    const bool subscription = m_purchase->product() == ProductKind::Subscription;
    m_ui->orderIdValue->setText(m_purchase->text(key(PurchaseState::OrderId)));
    m_ui->instanceIdValue->setText(m_purchase->text(key(PurchaseState::InstanceId)));
    for (QWidget *w : {static_cast<QWidget *>(m_ui->instanceIdLabel),
                       static_cast<QWidget *>(m_ui->instanceIdValue),
                       static_cast<QWidget *>(m_ui->copyInstanceButton),
                       static_cast<QWidget *>(m_ui->instanceStatusLabel),
                       static_cast<QWidget *>(m_ui->instanceStatusValue)})
        w->setVisible(subscription);
    m_instanceStatus = toString(InstanceStatus::Provisioning);
    retranslatePage();
    refreshStatus();
}

void PurchaseResultPage::refreshStatus()
{
    const QString instanceId = m_purchase->text(key(PurchaseState::InstanceId));
    if (instanceId.isEmpty())
        return;
    ListQuery query;
    query.view = view::Instances;
    query.filters.insert(column::InstanceId, instanceId);
    query.limit = 1;
    onFinished(context()->backend()->list(query), this, [this](const Result<ListPage> &page) {
        if (!page.ok()) {
            // The purchase is done; only following the instance's status failed.
            if (isTransient(page.error()))
                showError(page.error(), [this] { refreshStatus(); });
            return;
        }
        if (page->rows.isEmpty())
            return;
        m_instanceStatus = page->value(0, column::Status).toString();
        retranslatePage();
    });
}

void PurchaseResultPage::retranslatePage()
{
    const bool subscription = m_purchase->product() == ProductKind::Subscription;
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
    m_ui->instanceStatusValue->setText(
        DomainText::enumValue(enumName::InstanceStatus, m_instanceStatus));
    m_ui->copyOrderButton->setAccessibleName(tr("Copy the order number"));
    m_ui->copyInstanceButton->setAccessibleName(tr("Copy the instance ID"));
    setButtonText(QWizard::FinishButton, tr("&Return to My Marketplace"));
}

// ---- wizard ----------------------------------------------------------------------------

PurchaseWizard::PurchaseWizard(AppContext *context, const QString &accountId, ProductKind product,
                               QWidget *parent)
    : Wizard(context, new PurchaseState, QString::fromLatin1(Name), parent)
    , m_purchase(static_cast<PurchaseState *>(state()))
{
    if (!accountId.isEmpty())
        m_purchase->setDefault(key(PurchaseState::AccountId), accountId);
    m_purchase->setDefault(key(PurchaseState::Product), toString(product));
    auto *productPage = new PurchaseProductPage(context, m_purchase, this);
    addNamedPage(ProductPage, productPage, QStringLiteral("purchaseProduct"));
    addNamedPage(ConfirmPage, new PurchaseConfirmPage(context, m_purchase, this),
                 QStringLiteral("purchaseConfirm"));
    addNamedPage(ResultPage, new PurchaseResultPage(context, m_purchase, this),
                 QStringLiteral("purchaseResult"));
    connect(productPage, &PurchaseProductPage::showAccountRequested, this,
            [this](const QString &id) {
                emit showAccountRequested(id);
                close(); // an interruption: the draft stays
            });
    connect(this, &QDialog::accepted, this, [this] {
        emit returnToMarketplace(m_purchase->accountId(),
                                 m_purchase->text(key(PurchaseState::OrderId)),
                                 m_purchase->text(key(PurchaseState::InstanceId)));
    });
    retranslate();
}

QString PurchaseWizard::title() const
{
    return tr("Buy on KooGallery");
}

} // namespace oc::gui
