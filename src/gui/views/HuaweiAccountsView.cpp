#include "HuaweiAccountsView.h"

#include "ListViewWidget.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/dialogs/ConditionsDialog.h"
#include "gui/widgets/HistoricalCards.h"
#include "ui_HuaweiAccountsView.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

#include <algorithm>

namespace oc::gui {

HuaweiAccountsView::HuaweiAccountsView(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HuaweiAccountsView>())
    , m_context(context)
{
    m_ui->setupUi(this);
    m_list = new ListViewWidget(context, view::HuaweiAccounts,
                                {column::Name, column::AccountId, column::LoginId,
                                 column::AccountType, column::AuthStatus, column::ServicesStatus,
                                 column::Partner, column::Email, column::CreatedAt},
                                this);
    m_ui->listSlot->addWidget(m_list);
    setTabOrder(m_list->table(), m_ui->detailTabs); // the list above its account's details
    m_list->setTitle([] { return tr("Huawei Cloud accounts"); });
    m_list->setEmptyTexts([] { return tr("No Huawei Cloud accounts yet."); },
                          [] { return tr("No account matches the search or filters."); });
    m_list->addFilter(
        column::AuthStatus, [] { return tr("&Authentication:"); }, [] { return tr("Any"); },
        {ListViewWidget::enumOption("authenticated", enumName::AuthStatus),
         ListViewWidget::enumOption("pending", enumName::AuthStatus),
         ListViewWidget::enumOption("unauthenticated", enumName::AuthStatus),
         ListViewWidget::enumOption("rejected", enumName::AuthStatus)});
    m_list->addFilter(
        column::AccountType, [] { return tr("&Type:"); }, [] { return tr("Any"); },
        {ListViewWidget::enumOption("enterprise", enumName::AccountType),
         ListViewWidget::enumOption("individual", enumName::AccountType),
         ListViewWidget::enumOption("unset", enumName::AccountType)});
    auto *signUp = m_list->addAction(QStringLiteral("signUpButton"),
                                     [] { return tr("&Sign up a HUAWEI ID…"); });
    connect(signUp, &QPushButton::clicked, this, &HuaweiAccountsView::signUpRequested);
    auto *signIn = m_list->addAction(QStringLiteral("signInButton"),
                                     [] { return tr("Sign &in to Huawei Cloud…"); });
    connect(signIn, &QPushButton::clicked, this,
            [this] { emit signInRequested(m_list->currentValue(column::LoginId).toString()); });
    auto *authenticate = m_list->addAction(QStringLiteral("authenticateButton"),
                                           [] { return tr("&Authenticate…"); });
    connect(authenticate, &QPushButton::clicked, this, [this] {
        emit authenticateRequested(m_list->currentValue(column::AccountId).toString());
    });
    // W-REAUTH sits where the seed has it, in the Authentication Status row of the details
    // (the toolbar has no room left).
    m_ui->reauthButton->setEnabled(false); // until an authenticated account is shown
    connect(m_ui->reauthButton, &QPushButton::clicked, this, [this] {
        emit reauthenticateRequested(m_list->currentValue(column::AccountId).toString());
    });
    // D-CONDITIONS: the operator sets what the console does not model (my-account.md D.2).
    connect(m_ui->conditionsButton, &QPushButton::clicked, this, [this] {
        const QString accountId = m_list->currentValue(column::AccountId).toString();
        if (accountId.isEmpty())
            return;
        auto *dialog = new ConditionsDialog(m_context, accountId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *buy =
        m_list->addAction(QStringLiteral("buyButton"), [] { return tr("&Buy on KooGallery…"); });
    connect(buy, &QPushButton::clicked, this,
            [this] { emit purchaseRequested(m_list->currentValue(column::AccountId).toString()); });
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({360, 240});
    // Show the first account's details until the operator picks another.
    connect(m_list->model(), &PagedTableModel::pageLoaded, this, [this](int page) {
        if (page == 0 && m_list->currentRow() < 0 && m_list->model()->total() > 0)
            m_list->table()->selectRow(0);
    });
    HistoricalCards::setUp(m_ui->cardsTable);
    m_ui->tracesTable->verticalHeader()->hide();
    m_ui->tracesTable->horizontalHeader()->setStretchLastSection(true);

    connect(m_list, &ListViewWidget::currentRowChanged, this, &HuaweiAccountsView::loadDetail);
    connect(context->backend(), &Backend::changed, this, [this](const QStringList &views) {
        if (views.contains(view::HuaweiAccounts) || views.contains(view::Journal))
            loadDetail();
    });
    retranslate();
}

HuaweiAccountsView::~HuaweiAccountsView() = default;

void HuaweiAccountsView::selectAccount(const QString &accountId)
{
    m_list->selectWhere(column::AccountId, accountId);
}

QByteArray HuaweiAccountsView::saveState() const
{
    return m_ui->splitter->saveState();
}

void HuaweiAccountsView::restoreState(const QByteArray &state)
{
    m_ui->splitter->restoreState(state);
}

void HuaweiAccountsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void HuaweiAccountsView::retranslate()
{
    m_ui->detailTabs->setAccessibleName(tr("Account details"));
    m_ui->splitter->setAccessibleName(tr("Accounts and details"));
    m_ui->tracesTable->setAccessibleName(tr("Audit traces"));
    HistoricalCards::retranslate(m_ui->cardsTable);
    m_ui->tracesTable->setHorizontalHeaderLabels(
        {tr("Time"), tr("Operation"), tr("Operator"), tr("Outcome"), tr("Details")});
    nameAllFormFields(this);
    showDetail();
}

void HuaweiAccountsView::loadDetail()
{
    const QString accountId = m_list->currentValue(column::AccountId).toString();
    m_loadingId = accountId;
    if (accountId.isEmpty()) {
        m_detail.reset();
        showDetail();
        return;
    }
    onFinished(m_context->backend()->huaweiAccount(accountId), this,
               [this, accountId](const Result<HuaweiAccountDetail> &result) {
                   if (accountId != m_loadingId)
                       return;
                   if (result.ok())
                       m_detail = *result;
                   else
                       m_detail.reset();
                   showDetail();
               });
}

void HuaweiAccountsView::showDetail()
{
    m_ui->detailTabs->setEnabled(m_detail.has_value());
    const auto zone = m_context->displayZone();
    if (!m_detail) {
        for (QLabel *label : m_ui->detailTabs->findChildren<QLabel *>())
            if (label->objectName().endsWith(QLatin1String("Value")))
                label->clear();
        m_ui->tracesTable->setRowCount(0);
        m_ui->cardsTable->setRowCount(0);
        return;
    }
    const HuaweiAccount &a = m_detail->account;
    m_ui->accountIdValue->setText(a.accountId);
    m_ui->loginIdValue->setText(a.loginId);
    m_ui->tenantNameValue->setText(tr("%1 (changed %2 of %3 times allowed this year)")
                                       .arg(a.tenantName)
                                       .arg(m_detail->tenantNameChangesThisYear)
                                       .arg(validate::MaxTenantNameChangesPerYear));
    m_ui->accountTypeValue->setText(
        DomainText::enumValue(enumName::AccountType, toString(a.accountType)));
    m_ui->displayNameValue->setText(a.displayName());
    m_ui->emailValue->setText(a.email);
    m_ui->mobileValue->setText(a.serviceMobile.isEmpty() ? tr("Not set") : a.serviceMobile);
    m_ui->countryRegionValue->setText(
        tr("%1 (fixed once services are enabled)").arg(a.countryRegion));
    QString services = DomainText::enumValue(enumName::ServicesStatus, toString(a.servicesStatus));
    if (a.retentionUntil.isValid())
        services =
            tr("%1, data kept until %2").arg(services, DomainText::time(a.retentionUntil, zone));
    m_ui->servicesValue->setText(services);
    m_ui->feeCenterValue->setText(m_detail->linkedFeeCenterUsername.isEmpty()
                                      ? tr("Not linked")
                                      : m_detail->linkedFeeCenterUsername);
    m_ui->createdValue->setText(DomainText::time(a.createdAt, zone));

    m_ui->authStatusValue->setText(
        DomainText::enumValue(enumName::AuthStatus, toString(a.authStatus)));
    // Only an authenticated account re-authenticates (R-AUTH-5).
    m_ui->reauthButton->setEnabled(a.authStatus == AuthStatus::Authenticated);
    m_ui->authHintValue->setText(
        a.authStatus == AuthStatus::Authenticated
            ? tr("Can buy on KooGallery.")
            : tr("Cannot buy on KooGallery until real-name authentication is approved."));

    m_ui->messageLanguageValue->setText(DomainText::messageLanguage(a.messageLanguage));
    m_ui->timeZoneValue->setText(a.timeZone);
    m_ui->currencyValue->setText(a.currency);
    // R-ACC-12: the address's parts on one line, in the order of an envelope; the country is
    // the account's.
    const ContactAddress &address = a.contactAddress;
    QStringList addressParts;
    for (const QString &part : {address.line1, address.line2, address.commune, address.city,
                                address.stateProvince, address.postalCode})
        if (!part.isEmpty())
            addressParts << part;
    m_ui->contactAddressValue->setText(address.isEmpty() ? tr("Not set")
                                                         : addressParts.join(QStringLiteral(", ")));
    m_ui->industryValue->setText(a.industry.isEmpty()
                                     ? tr("Not set")
                                     : DomainText::industry(a.industry, a.secondaryIndustry));

    if (m_detail->partner) {
        const PartnerInfo &p = *m_detail->partner;
        m_ui->partnerNameValue->setText(p.partnerName);
        m_ui->partnerModelValue->setText(p.model == PartnerModel::Reseller ? tr("Reseller")
                                                                           : tr("Referral"));
        m_ui->partnerStatusValue->setText(p.status);
        m_ui->partnerSinceValue->setText(DomainText::time(p.since, zone));
    } else {
        m_ui->partnerNameValue->setText(tr("No partner association"));
        m_ui->partnerModelValue->clear();
        m_ui->partnerStatusValue->clear();
        m_ui->partnerSinceValue->clear();
    }

    // Payment (my-account.md D.3): the card bound last, the post-payment qualification it
    // gave (R-ACC-18) and every binding attempt.
    const auto bound =
        std::find_if(m_detail->cards.cbegin(), m_detail->cards.cend(),
                     [](const PaymentCard &c) { return c.result == CardVerification::Approved; });
    m_ui->boundCardValue->setText(
        bound == m_detail->cards.cend()
            ? tr("No card bound")
            : tr("%1 (%2, expires %3)").arg(bound->maskedNumber, bound->holder, bound->expiry));
    m_ui->postPaymentValue->setText(
        a.postPayment ? tr("Qualified: use first, pay later; billed on the 3rd of the next month")
                      : tr("Not qualified: bind a card to use first and pay later"));
    HistoricalCards::show(m_ui->cardsTable, m_detail->cards, zone);
    m_ui->cardsLabel->setVisible(!m_detail->cards.isEmpty());
    m_ui->cardsTable->setVisible(!m_detail->cards.isEmpty());

    const auto &traces = m_detail->traces;
    m_ui->tracesTable->setColumnCount(5);
    m_ui->tracesTable->setRowCount(int(traces.size()));
    for (int row = 0; row < traces.size(); ++row) {
        const JournalEntry &e = traces.at(row);
        const QStringList cells = {DomainText::time(e.at, zone), e.operation, e.actor, e.outcome,
                                   e.details};
        for (int column = 0; column < cells.size(); ++column)
            m_ui->tracesTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

} // namespace oc::gui
