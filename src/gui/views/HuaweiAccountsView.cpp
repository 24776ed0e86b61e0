#include "HuaweiAccountsView.h"

#include "ListViewWidget.h"
#include "MyMasterAccountPanel.h"
#include "MyPartnerPanel.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "core/MyAccount.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/dialogs/CompleteInformationDialog.h"
#include "gui/dialogs/ConditionsDialog.h"
#include "gui/dialogs/DisableServicesDialog.h"
#include "gui/dialogs/EditInformationDialog.h"
#include "gui/dialogs/HuaweiIdManageDialog.h"
#include "gui/dialogs/LastCheckDialog.h"
#include "gui/dialogs/PasswordDialog.h"
#include "gui/dialogs/RecipientDialog.h"
#include "gui/dialogs/RestoreServicesDialog.h"
#include "gui/dialogs/ServiceContactDialog.h"
#include "gui/dialogs/TenantNameDialog.h"
#include "gui/dialogs/TerminateClosingDialog.h"
#include "gui/widgets/HistoricalCards.h"
#include "ui_HuaweiAccountsView.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace oc::gui {

namespace {

// A label of the console's own words for a field that has nothing (my-account.md §5.2).
QString orEmptyText(const QString &value, const QString &empty)
{
    return value.isEmpty() ? empty : value;
}

// Shows and hides the buttons of one place by status. A button that goes while it has the
// focus of its window (the one just used: Complete Information once complete, Close once
// closed) hands it to the first one shown, or to `fallback`. Left to Qt, a hidden focus widget
// passes it along the tab chain, and its scroll area scrolls to the next control if the window
// is active at that moment but not while a dialog or wizard is: where the panel stood after
// one depended on which came first.
void showButtons(std::initializer_list<std::pair<QWidget *, bool>> buttons,
                 QWidget *fallback = nullptr)
{
    for (const auto &[button, shown] : buttons)
        if (shown)
            button->show();
    for (const auto &[button, shown] : buttons) {
        if (shown || button != button->window()->focusWidget())
            continue;
        const auto next = std::find_if(buttons.begin(), buttons.end(), [](const auto &b) {
            return b.second && b.first->isVisible();
        });
        if (QWidget *to = next != buttons.end() ? next->first : fallback)
            to->setFocus(Qt::OtherFocusReason);
    }
    for (const auto &[button, shown] : buttons)
        if (!shown)
            button->hide();
}

} // namespace

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
    auto *buy =
        m_list->addAction(QStringLiteral("buyButton"), [] { return tr("&Buy on KooGallery…"); });
    connect(buy, &QPushButton::clicked, this,
            [this] { emit purchaseRequested(m_list->currentValue(column::AccountId).toString()); });

    // ---- Basic Information (my-account.md §5.2, D.3) --------------------------------------
    // The outcome of the last change, as a framed line above the details.
    m_ui->myAccountMessage->setFrameShape(QFrame::StyledPanel);
    m_ui->myAccountMessage->setMargin(6);
    m_ui->myAccountMessage->hide();
    connect(m_ui->manageButton, &QPushButton::clicked, this,
            [this] { openDialog(Dialog::Manage); });
    connect(m_ui->changePasswordButton, &QPushButton::clicked, this,
            [this] { openDialog(Dialog::Password); });
    connect(m_ui->completeInfoButton, &QPushButton::clicked, this,
            [this] { openDialog(Dialog::CompleteInfo); });
    connect(m_ui->editInfoButton, &QPushButton::clicked, this,
            [this] { openDialog(Dialog::EditInfo); });
    connect(m_ui->tenantNameButton, &QPushButton::clicked, this,
            [this] { openDialog(Dialog::TenantName); });
    connect(m_ui->serviceMobileButton, &QPushButton::clicked, this,
            [this] { openDialog(Dialog::ServiceMobile); });
    connect(m_ui->serviceEmailButton, &QPushButton::clicked, this,
            [this] { openDialog(Dialog::ServiceEmail); });
    // The Authentication Status row: W-AUTH, or W-REAUTH once authenticated (R-AUTH-5).
    connect(m_ui->authenticateRowButton, &QPushButton::clicked, this, [this] {
        emit authenticateRequested(m_list->currentValue(column::AccountId).toString());
    });
    m_ui->reauthButton->setEnabled(false); // until an authenticated account is shown
    connect(m_ui->reauthButton, &QPushButton::clicked, this, [this] {
        emit reauthenticateRequested(m_list->currentValue(column::AccountId).toString());
    });
    connect(m_ui->copyAccountIdButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->accountIdValue->text()); });

    // Disable Huawei Cloud Services (my-account.md §5.11.2, D.3): a collapsible area with, by
    // the services' state, W-CLOSE, D-LAST-CHECK, D-RESTORE, D-DISABLE and the operator's
    // termination (R-CLS-6).
    connect(m_ui->closeToggleButton, &QToolButton::toggled, this, [this](bool expanded) {
        expandClosing(expanded);
        // Expanded by the operator: brought into view once laid out.
        if (expanded)
            QTimer::singleShot(
                0, this, [this] { m_ui->basicScroll->ensureWidgetVisible(m_ui->closeGroup); });
    });
    expandClosing(false);
    connect(m_ui->closeServicesButton, &QPushButton::clicked, this, [this] {
        if (m_detail)
            emit closeServicesRequested(m_detail->account.accountId);
    });
    connect(m_ui->lastCheckButton, &QPushButton::clicked, this,
            [this] { openDialog(Dialog::LastCheck); });
    connect(m_ui->restoreServicesButton, &QPushButton::clicked, this,
            [this] { openDialog(Dialog::Restore); });
    connect(m_ui->disableServicesButton, &QPushButton::clicked, this,
            [this] { openDialog(Dialog::Disable); });
    connect(m_ui->terminateClosingButton, &QPushButton::clicked, this,
            [this] { openDialog(Dialog::Terminate); });

    // D-CONDITIONS: the operator sets what the console does not model (my-account.md D.2).
    connect(m_ui->conditionsButton, &QPushButton::clicked, this, [this] {
        const QString accountId = m_list->currentValue(column::AccountId).toString();
        if (accountId.isEmpty())
            return;
        auto *dialog = new ConditionsDialog(m_context, accountId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    // ---- Preferences (§5.10, R-ACC-15) ------------------------------------------------------
    for (const char *code : myaccount::MessageLanguages)
        m_ui->messageLanguageCombo->addItem(QString(), QString::fromLatin1(code));
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromLatin1(id);
    for (const QString &zone : std::as_const(zones))
        m_ui->timeZoneCombo->addItem(zone, zone);
    for (const char *code : myaccount::Currencies)
        m_ui->currencyCombo->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    for (QComboBox *combo :
         {m_ui->messageLanguageCombo, m_ui->timeZoneCombo, m_ui->currencyCombo}) {
        connect(combo, &QComboBox::activated, this, [this] {
            m_preferencesEdited = true;
            for (QLabel *error : {m_ui->messageLanguageError, m_ui->timeZoneError})
                showRow(m_ui->messagesForm, error, false);
            showRow(m_ui->currencyForm, m_ui->currencyError, false);
            m_ui->preferencesStatus->clear();
        });
    }
    showRow(m_ui->messagesForm, m_ui->messageLanguageError, false);
    showRow(m_ui->messagesForm, m_ui->timeZoneError, false);
    showRow(m_ui->currencyForm, m_ui->currencyError, false);
    connect(m_ui->savePreferencesButton, &QPushButton::clicked, this,
            &HuaweiAccountsView::savePreferences);
    m_ui->recipientsTable->setColumnCount(3);
    m_ui->recipientsTable->verticalHeader()->hide();
    m_ui->recipientsTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->addRecipientButton, &QPushButton::clicked, this,
            [this] { openDialog(Dialog::AddRecipient); });
    connect(m_ui->editRecipientButton, &QPushButton::clicked, this,
            [this] { openDialog(Dialog::EditRecipient); });
    connect(m_ui->recipientsTable, &QTableWidget::cellDoubleClicked, this,
            [this] { openDialog(Dialog::EditRecipient); });
    connect(m_ui->deleteRecipientButton, &QPushButton::clicked, this,
            &HuaweiAccountsView::deleteRecipient);
    connect(m_ui->recipientsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = currentRecipient().has_value();
        m_ui->editRecipientButton->setEnabled(chosen);
        m_ui->deleteRecipientButton->setEnabled(chosen);
    });

    // ---- CTS traces (§8, D.3; R-AUD-2): this account's, shown while its CTS is on ----------
    m_cts = new ListViewWidget(context, view::CtsTraces,
                               {column::At, column::Operation, column::ResourceType,
                                column::TraceName, column::Actor, column::Outcome, column::Details},
                               this);
    m_ui->ctsSlot->addWidget(m_cts);
    m_cts->setTitle([] { return tr("CTS traces"); });
    m_cts->setEmptyTexts([] { return tr("No traces recorded for this account yet."); },
                         [] { return tr("No trace matches the search or the trace name."); });
    QList<ListViewWidget::Option> traceNames;
    for (const char *name : cts::TraceNames)
        traceNames << ListViewWidget::Option{QString::fromLatin1(name),
                                             [name] { return QString::fromLatin1(name); }};
    m_cts->addFilter(
        column::TraceName, [] { return tr("Trace &name:"); }, [] { return tr("Any"); }, traceNames);
    m_cts->setFixedFilter(column::AccountId, QStringLiteral("-")); // none until one is shown

    // ---- My Partner and My Master Account (my-account.md §6, §7, D.3) ----------------------
    // A change made there reloads the account; its success sentence shows above the panel.
    m_partner = new MyPartnerPanel(context, this);
    m_master = new MyMasterAccountPanel(context, this);
    for (auto [slot, panel] : {std::pair<QBoxLayout *, QWidget *>{m_ui->partnerSlot, m_partner},
                               {m_ui->masterSlot, m_master}}) {
        auto *message = new QLabel(this);
        message->setObjectName(panel == m_partner ? QStringLiteral("partnerMessage")
                                                  : QStringLiteral("masterMessage"));
        message->setWordWrap(true);
        message->setFrameShape(QFrame::StyledPanel);
        message->setMargin(6);
        message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        message->hide();
        slot->addWidget(message);
        slot->addWidget(panel, 1);
        m_tabMessages.insert(slot->parentWidget(), message);
    }
    m_tabMessages.insert(m_ui->basicTab, m_ui->myAccountMessage);
    const auto panelChanged = [this](QWidget *tab) {
        return [this, tab](const QString &accountId, const QString &message) {
            m_message = message;
            m_messageOf = accountId;
            m_messageTab = tab;
            reloadAfterChange();
        };
    };
    connect(m_partner, &MyPartnerPanel::changed, this, panelChanged(m_ui->partnerTab));
    connect(m_master, &MyMasterAccountPanel::changed, this, panelChanged(m_ui->masterTab));
    connect(m_partner, &MyPartnerPanel::partnerWizardRequested, this,
            &HuaweiAccountsView::partnerWizardRequested);

    // A row's value, then its buttons right after it (not pushed to the far side).
    for (QBoxLayout *row : {m_ui->passwordRow, m_ui->tenantNameRow, m_ui->mobileRow,
                            m_ui->serviceEmailRow, m_ui->basicAuthRow, m_ui->accountIdRow}) {
        if (auto *value = qobject_cast<QLabel *>(row->itemAt(0)->widget())) {
            value->setWordWrap(false); // one line each: a wrapped label in a row clips
            value->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        }
        row->addStretch(1);
    }
    // The tabs scroll; Tab goes to their fields (which the scroll areas bring into view).
    m_ui->basicScroll->setFocusPolicy(Qt::NoFocus);
    m_ui->preferencesScroll->setFocusPolicy(Qt::NoFocus);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({300, 300});
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
    connect(context, &AppContext::clockChanged, this, &HuaweiAccountsView::showDetail);
    retranslate();
}

HuaweiAccountsView::~HuaweiAccountsView() = default;

void HuaweiAccountsView::selectAccount(const QString &accountId)
{
    m_list->selectWhere(column::AccountId, accountId);
}

void HuaweiAccountsView::showMessage(const QString &accountId, const QString &message)
{
    m_message = message;
    m_messageOf = accountId;
    m_messageTab = m_ui->basicTab;
    loadDetail();
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
    m_ui->tracesTable->setAccessibleName(tr("Journal of the account"));
    m_ui->recipientsTable->setAccessibleName(tr("Message recipients"));
    m_ui->recipientsTable->setHorizontalHeaderLabels({tr("Name"), tr("Mobile"), tr("Email")});
    HistoricalCards::retranslate(m_ui->cardsTable);
    m_ui->tracesTable->setHorizontalHeaderLabels(
        {tr("Time"), tr("Operation"), tr("Operator"), tr("Outcome"), tr("Details")});
    for (int i = 0; i < m_ui->messageLanguageCombo->count(); ++i)
        m_ui->messageLanguageCombo->setItemText(
            i, DomainText::messageLanguage(m_ui->messageLanguageCombo->itemData(i).toString()));
    m_ui->currencyNote->setText(
        tr("A month's bill is in the currency last selected in its billing cycle."));
    nameAllFormFields(this);
    // The buttons of the rows, named by what they change (several say only "Edit").
    m_ui->manageButton->setAccessibleName(tr("Manage HUAWEI ID"));
    m_ui->tenantNameButton->setAccessibleName(tr("Edit tenant name"));
    m_ui->serviceEmailButton->setAccessibleName(tr("Edit service email address"));
    m_ui->editInfoButton->setAccessibleName(tr("Edit information"));
    m_ui->copyAccountIdButton->setAccessibleName(tr("Copy account ID"));
    m_ui->savePreferencesButton->setAccessibleName(tr("Save preferences"));
    m_ui->closeStatusValue->setAccessibleName(tr("Closing status"));
    exposeLabelValue(m_ui->closeStatusValue);
    const struct
    {
        QLabel *value;
        QLabel *label;
    } rowValues[] = {{m_ui->passwordValue, m_ui->passwordLabel},
                     {m_ui->tenantNameValue, m_ui->tenantNameLabel},
                     {m_ui->mobileValue, m_ui->mobileLabel},
                     {m_ui->serviceEmailValue, m_ui->serviceEmailLabel},
                     {m_ui->basicAuthValue, m_ui->basicAuthLabel},
                     {m_ui->accountIdValue, m_ui->accountIdLabel}};
    for (const auto &row : rowValues) {
        row.value->setAccessibleName(captionOf(row.label));
        exposeLabelValue(row.value);
    }
    m_ui->timeZoneCombo->setAccessibleName(captionOf(m_ui->timeZoneLabel));
    showDetail();
}

void HuaweiAccountsView::showRow(QFormLayout *form, QWidget *field, bool shown)
{
    showFormRow(form, field, shown);
}

void HuaweiAccountsView::loadDetail()
{
    const QString accountId = m_list->currentValue(column::AccountId).toString();
    m_loadingId = accountId;
    m_cts->setFixedFilter(column::AccountId, accountId.isEmpty() ? QStringLiteral("-") : accountId);
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

// After a change: what is shown is out of date until the account is read again, and no dialog
// opens on it meanwhile (a second tenant-name change would count from the old number).
void HuaweiAccountsView::reloadAfterChange()
{
    // Disabled, the tabs take the focus from their controls; the one a dialog was opened from
    // has it back once the account is read (or the one shown in its place: showButtons), so
    // that the keyboard goes on from there.
    if (QWidget *focused = window()->focusWidget();
        focused && m_ui->detailTabs->isAncestorOf(focused))
        m_focusBeforeReload = focused;
    m_ui->detailTabs->setEnabled(false);
    loadDetail();
}

void HuaweiAccountsView::showDetail()
{
    m_ui->detailTabs->setEnabled(m_detail.has_value());
    if (QWidget *back = m_focusBeforeReload; back && m_detail && back->isVisible())
        back->setFocus(Qt::OtherFocusReason);
    m_focusBeforeReload.clear();
    const auto zone = m_context->displayZone();
    // R-AUD-2: the CTS traces tab only while the customer's CTS is on.
    m_ui->detailTabs->setTabVisible(m_ui->detailTabs->indexOf(m_ui->ctsTab),
                                    m_detail && m_detail->ctsEnabled);
    const bool sameAccount = m_detail && m_messageOf == m_detail->account.accountId;
    for (auto it = m_tabMessages.cbegin(); it != m_tabMessages.cend(); ++it) {
        const bool here = sameAccount && it.key() == m_messageTab && !m_message.isEmpty();
        it.value()->setText(here ? m_message : QString());
        it.value()->setVisible(here);
    }
    if (!m_detail) {
        for (QLabel *label : m_ui->detailTabs->findChildren<QLabel *>())
            if (label->objectName().endsWith(QLatin1String("Value")))
                label->clear();
        m_ui->tracesTable->setRowCount(0);
        m_ui->cardsTable->setRowCount(0);
        m_ui->recipientsTable->setRowCount(0);
        m_master->clear();
        return;
    }
    m_partner->setDetail(*m_detail);
    m_master->setDetail(*m_detail);
    showBasicInformation();
    showPreferences();
    const HuaweiAccount &a = m_detail->account;

    m_ui->authStatusValue->setText(
        DomainText::enumValue(enumName::AuthStatus, toString(a.authStatus)));
    m_ui->authHintValue->setText(
        a.authStatus == AuthStatus::Authenticated
            ? tr("Can buy on KooGallery.")
            : tr("Cannot buy on KooGallery until real-name authentication is approved."));

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

    // The journal of the account: every change, traced or not (R-AUD-1).
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

void HuaweiAccountsView::showBasicInformation()
{
    const HuaweiAccount &a = m_detail->account;
    const auto zone = m_context->displayZone();
    // The seed's empty texts (my-account.md §5.2).
    const QString noData = tr("No data available.");
    const QString notBound = tr("Not yet bound");
    const QString notSelected = tr("Not yet selected");

    // HUAWEI ID Information: the login ID (changed once at most, R-ACC-8), its masked
    // mobile number and email address, the password never shown.
    m_ui->loginIdValue->setText(
        a.loginIdChanged() ? tr("%1 (changed on %2; it cannot be changed again)")
                                 .arg(a.loginId, DomainText::time(a.loginIdChangedAt, zone))
                           : a.loginId);
    m_ui->huaweiIdMobileValue->setText(
        a.securityPhone.isEmpty() ? notBound : DomainText::maskedMobile(a.securityPhone));
    m_ui->emailValue->setText(a.email.isEmpty() ? notBound : DomainText::maskedEmail(a.email));
    m_ui->passwordValue->setText(QStringLiteral("********"));

    // Huawei Cloud Tenant Information, in the seed's order.
    m_ui->enabledValue->setText(
        a.servicesEnabledAt.isValid()
            ? DomainText::time(a.servicesEnabledAt, zone)
            : DomainText::enumValue(enumName::ServicesStatus, toString(a.servicesStatus)));
    m_ui->accountTypeValue->setText(
        a.accountType == AccountType::Unset
            ? notSelected
            : DomainText::enumValue(enumName::AccountType, toString(a.accountType)));
    const bool enterprise = a.accountType == AccountType::Enterprise;
    m_ui->displayNameLabel->setText(enterprise ? tr("Enterprise Name:") : tr("Full Name:"));
    m_ui->displayNameValue->setText(
        orEmptyText(enterprise ? a.enterpriseName : a.fullName, noData));
    m_ui->taxIdValue->setText(orEmptyText(a.taxId, noData));
    m_ui->qualificationValue->setText(
        orEmptyText(DomainText::qualificationName(a.qualificationName), notSelected));
    m_ui->designationValue->setText(orEmptyText(a.designation, notSelected));
    m_ui->countryRegionValue->setText(
        tr("%1 (fixed once services are enabled)").arg(DomainText::countryName(a.countryRegion)));
    // R-ACC-12: the address's parts on one line, in the order of an envelope.
    const ContactAddress &address = a.contactAddress;
    QStringList addressParts;
    for (const QString &part : {address.line1, address.line2, address.commune, address.city,
                                address.stateProvince, address.postalCode})
        if (!part.isEmpty())
            addressParts << part;
    m_ui->contactAddressValue->setText(address.isEmpty() ? noData
                                                         : addressParts.join(QStringLiteral(", ")));
    m_ui->industryValue->setText(
        a.industry.isEmpty() ? notSelected : DomainText::industry(a.industry, a.secondaryIndustry));

    // R-ACC-7: the Tenant Name row only when it differs from the login ID; R-ACC-3 at most 3
    // changes a calendar year.
    showFormRow(m_ui->tenantForm, m_ui->tenantNameRow, myaccount::tenantNameEditable(a));
    m_ui->tenantNameValue->setText(tr("%1 (changed %2 of %3 times allowed this year)")
                                       .arg(a.tenantName)
                                       .arg(m_detail->tenantNameChangesThisYear)
                                       .arg(validate::MaxTenantNameChangesPerYear));
    // R-ACC-14: the service contacts only where they differ from the HUAWEI ID's.
    const myaccount::ServiceRow mobileRow = myaccount::serviceMobileRow(a);
    showFormRow(m_ui->tenantForm, m_ui->mobileRow, mobileRow != myaccount::ServiceRow::Hidden);
    m_ui->mobileValue->setText(mobileRow == myaccount::ServiceRow::Bind ? notBound
                                                                        : a.serviceMobile);
    m_ui->serviceMobileButton->setText(mobileRow == myaccount::ServiceRow::Bind ? tr("&Bind…")
                                                                                : tr("E&dit…"));
    m_ui->serviceMobileButton->setAccessibleName(mobileRow == myaccount::ServiceRow::Bind
                                                     ? tr("Bind service mobile number")
                                                     : tr("Edit service mobile number"));
    const myaccount::ServiceRow emailRow = myaccount::serviceEmailRow(a);
    showFormRow(m_ui->tenantForm, m_ui->serviceEmailRow, emailRow != myaccount::ServiceRow::Hidden);
    m_ui->serviceEmailValue->setText(a.serviceEmail);

    // Authentication Status: Authenticate, or View/Change once authenticated (R-AUTH-5).
    QString auth = DomainText::enumValue(enumName::AuthStatus, toString(a.authStatus));
    m_ui->basicAuthValue->setText(auth);
    const bool authenticated = a.authStatus == AuthStatus::Authenticated;
    m_ui->reauthButton->setEnabled(authenticated);
    showButtons(
        {{m_ui->reauthButton, authenticated},
         {m_ui->authenticateRowButton, !authenticated && a.authStatus != AuthStatus::Pending}});
    m_ui->accountIdValue->setText(a.accountId);

    // R-ACC-10: Complete Information only while the account type is unset, Edit otherwise.
    const bool complete = myaccount::completeInformationOffered(a);
    showButtons({{m_ui->completeInfoButton, complete}, {m_ui->editInfoButton, !complete}});

    QString services = DomainText::enumValue(enumName::ServicesStatus, toString(a.servicesStatus));
    // Retention is the closed account's (§5.11.3); once disabled the data is gone.
    if (a.retentionUntil.isValid() && a.servicesStatus == ServicesStatus::Closed)
        services =
            tr("%1, data kept until %2").arg(services, DomainText::time(a.retentionUntil, zone));
    m_ui->servicesValue->setText(services);
    m_ui->feeCenterValue->setText(m_detail->linkedFeeCenterUsername.isEmpty()
                                      ? tr("Not linked")
                                      : m_detail->linkedFeeCenterUsername);
    m_ui->createdValue->setText(DomainText::time(a.createdAt, zone));
    showClosing();
}

void HuaweiAccountsView::expandClosing(bool expanded)
{
    m_ui->closeToggleButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_ui->closeContent->setVisible(expanded);
    if (m_detail)
        m_closingOf = m_detail->account.accountId;
}

void HuaweiAccountsView::showClosing()
{
    const HuaweiAccount &a = m_detail->account;
    const auto zone = m_context->displayZone();
    const ServicesStatus status = a.servicesStatus;
    const bool closed = status == ServicesStatus::Closed;
    // Another account: expanded while its services are closed or disabled (the countdown).
    if (m_closingOf != a.accountId) {
        const bool expand = closed || status == ServicesStatus::Disabled;
        const QSignalBlocker blocker(m_ui->closeToggleButton);
        m_ui->closeToggleButton->setChecked(expand);
        expandClosing(expand);
    }
    const auto &closing = m_detail->closing;
    QString text;
    switch (status) {
    case ServicesStatus::NotEnabled:
        text = tr("Huawei Cloud services are not enabled: there is nothing to close.");
        break;
    case ServicesStatus::Enabled:
        text = tr("Closing deletes the data kept in Huawei Cloud for good. Services must be "
                  "closed before they can be disabled; the HUAWEI ID itself remains.");
        break;
    case ServicesStatus::Closed: {
        // The retention countdown on the demo clock (R-CLS-2).
        const QDateTime now = m_context->now();
        const QDateTime until = closing ? closing->retentionUntil : a.retentionUntil;
        const qint64 seconds = now.isValid() && until.isValid() ? now.secsTo(until) : 0;
        const qint64 days = seconds <= 0 ? 0 : (seconds + 86399) / 86400;
        text = tr("Closed on %1. The data is kept until %2 (%3 day(s) left), then the services "
                  "are disabled automatically.")
                   .arg(closing ? DomainText::time(closing->closedAt, zone) : QString(),
                        DomainText::time(until, zone))
                   .arg(days);
        // The second sentence follows the first (Chinese joins them without a space).
        if (closing && closing->restoreFrom.isValid())
            text = now < closing->restoreFrom
                       ? tr("%1 Restore and Disable are possible from %2 (24 hours after closing).")
                             .arg(text, DomainText::time(closing->restoreFrom, zone))
                       : tr("%1 Restore and Disable are possible now.").arg(text);
        break;
    }
    case ServicesStatus::Disabled:
        text = closing && closing->disabledAt.isValid()
                   ? tr("Disabled on %1: the account can no longer sign in and the services "
                        "cannot be restored. The HUAWEI ID itself remains.")
                         .arg(DomainText::time(closing->disabledAt, zone))
                   : tr("Disabled: the account can no longer sign in and the services cannot be "
                        "restored. The HUAWEI ID itself remains.");
        break;
    }
    m_ui->closeStatusValue->setText(text);
    // A check that was run but did not close (my-account.md §5.11.2 step 6 NOTE; R-CLS-4).
    const bool lastCheck =
        m_detail->lastClosingCheck.has_value() && status != ServicesStatus::Disabled;
    showButtons({{m_ui->lastCheckButton, lastCheck},
                 {m_ui->restoreServicesButton, closed},
                 {m_ui->disableServicesButton, closed},
                 {m_ui->terminateClosingButton, closed},
                 {m_ui->closeServicesButton, status == ServicesStatus::Enabled}},
                m_ui->closeToggleButton);
}

void HuaweiAccountsView::showPreferences()
{
    const HuaweiAccount &a = m_detail->account;
    // What the operator is choosing is kept while the same account reloads (another
    // operator's change, a dialog's); another account shows its own.
    if (!m_preferencesEdited || m_preferencesOf != a.accountId) {
        if (m_preferencesOf != a.accountId)
            m_ui->preferencesStatus->clear();
        m_preferencesOf = a.accountId;
        m_preferencesEdited = false;
        const auto select = [](QComboBox *combo, const QString &value) {
            combo->setCurrentIndex(combo->findData(value));
        };
        select(m_ui->messageLanguageCombo, a.messageLanguage);
        select(m_ui->timeZoneCombo, a.timeZone);
        select(m_ui->currencyCombo, a.currency);
    }
    const QString selected =
        currentRecipient() ? QString::number(currentRecipient()->recipientId) : QString();
    const auto &recipients = m_detail->recipients;
    m_ui->recipientsTable->setRowCount(int(recipients.size()));
    for (int row = 0; row < recipients.size(); ++row) {
        const MessageRecipient &r = recipients.at(row);
        const QStringList cells = {r.name, r.mobile, r.email};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, r.recipientId);
            m_ui->recipientsTable->setItem(row, column, item);
        }
        if (QString::number(r.recipientId) == selected)
            m_ui->recipientsTable->selectRow(row);
    }
    const bool chosen = currentRecipient().has_value();
    m_ui->editRecipientButton->setEnabled(chosen);
    m_ui->deleteRecipientButton->setEnabled(chosen);
}

std::optional<MessageRecipient> HuaweiAccountsView::currentRecipient() const
{
    if (!m_detail)
        return std::nullopt;
    const auto rows = m_ui->recipientsTable->selectionModel()
                          ? m_ui->recipientsTable->selectionModel()->selectedRows()
                          : QModelIndexList();
    if (rows.isEmpty())
        return std::nullopt;
    const QTableWidgetItem *item = m_ui->recipientsTable->item(rows.first().row(), 0);
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const MessageRecipient &r : m_detail->recipients)
        if (r.recipientId == id)
            return r;
    return std::nullopt;
}

void HuaweiAccountsView::savePreferences()
{
    if (!m_detail || !m_ui->savePreferencesButton->isEnabled())
        return;
    PreferencesRequest request;
    request.accountId = m_detail->account.accountId;
    request.messageLanguage = m_ui->messageLanguageCombo->currentData().toString();
    request.timeZone = m_ui->timeZoneCombo->currentData().toString();
    request.currency = m_ui->currencyCombo->currentData().toString();
    m_ui->savePreferencesButton->setEnabled(false);
    m_ui->preferencesStatus->setText(tr("Saving…"));
    onFinished(m_context->backend()->savePreferences(request), this,
               [this, accountId = request.accountId](const Result<HuaweiAccount> &result) {
                   m_ui->savePreferencesButton->setEnabled(true);
                   if (!m_detail || m_detail->account.accountId != accountId)
                       return;
                   if (!result.ok()) {
                       m_ui->preferencesStatus->clear();
                       return showPreferencesError(result.error());
                   }
                   m_preferencesEdited = false;
                   m_detail->account = *result;
                   showPreferences();
                   m_ui->preferencesStatus->setText(tr("Preferences saved."));
               });
}

void HuaweiAccountsView::showPreferencesError(const Error &error)
{
    QLabel *label = m_ui->currencyError;
    QFormLayout *form = m_ui->currencyForm;
    if (error.field == QLatin1String(myaccount::Field::MessageLanguage)) {
        label = m_ui->messageLanguageError;
        form = m_ui->messagesForm;
    } else if (error.field == QLatin1String(myaccount::Field::TimeZone)) {
        label = m_ui->timeZoneError;
        form = m_ui->messagesForm;
    }
    label->setText(ErrorText::message(error, m_context->brand()));
    showRow(form, label, true);
}

void HuaweiAccountsView::watch(QDialog *dialog, std::function<QString()> successMessage)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString accountId = m_detail ? m_detail->account.accountId : QString();
    connect(dialog, &QDialog::accepted, this, [this, accountId, successMessage] {
        m_message = successMessage();
        m_messageOf = accountId;
        m_messageTab = m_ui->basicTab;
        reloadAfterChange();
    });
    dialog->open();
}

void HuaweiAccountsView::openDialog(Dialog which)
{
    if (!m_detail)
        return;
    m_message.clear();
    for (QLabel *message : std::as_const(m_tabMessages))
        message->hide();
    const HuaweiAccountDetail &detail = *m_detail;
    switch (which) {
    case Dialog::Manage: {
        auto *dialog = new HuaweiIdManageDialog(m_context, detail, this);
        watch(dialog, [dialog] { return dialog->successMessage(); });
        // A password changed from it is reported there; the details show the new state.
        connect(dialog, &QDialog::rejected, this, &HuaweiAccountsView::loadDetail);
        break;
    }
    case Dialog::Password: {
        auto *dialog = new PasswordDialog(m_context, detail, this);
        watch(dialog, [dialog] { return dialog->successMessage(); });
        break;
    }
    case Dialog::ServiceMobile:
    case Dialog::ServiceEmail: {
        auto *dialog = new ServiceContactDialog(
            m_context, detail,
            which == Dialog::ServiceMobile ? ServiceContact::Mobile : ServiceContact::Email, this);
        watch(dialog, [dialog] { return dialog->successMessage(); });
        break;
    }
    case Dialog::AddRecipient:
    case Dialog::EditRecipient: {
        const auto existing = which == Dialog::EditRecipient ? currentRecipient() : std::nullopt;
        if (which == Dialog::EditRecipient && !existing)
            return;
        auto *dialog = new RecipientDialog(m_context, detail.account.accountId, existing, this);
        watch(dialog, [dialog] { return dialog->successMessage(); });
        break;
    }
    case Dialog::CompleteInfo: {
        auto *dialog = new CompleteInformationDialog(m_context, detail, this);
        watch(dialog, [dialog] { return dialog->successMessage(); });
        break;
    }
    case Dialog::EditInfo: {
        auto *dialog = new EditInformationDialog(m_context, detail, this);
        watch(dialog, [dialog] { return dialog->successMessage(); });
        break;
    }
    case Dialog::TenantName: {
        auto *dialog = new TenantNameDialog(m_context, detail, this);
        watch(dialog, [dialog] { return dialog->successMessage(); });
        break;
    }
    case Dialog::LastCheck: {
        auto *dialog = new LastCheckDialog(m_context, detail, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        break;
    }
    case Dialog::Restore: {
        auto *dialog = new RestoreServicesDialog(m_context, detail, this);
        watch(dialog, [dialog] { return dialog->successMessage(); });
        break;
    }
    case Dialog::Disable: {
        auto *dialog = new DisableServicesDialog(m_context, detail, this);
        watch(dialog, [dialog] { return dialog->successMessage(); });
        break;
    }
    case Dialog::Terminate: {
        auto *dialog = new TerminateClosingDialog(m_context, detail, this);
        watch(dialog, [dialog] { return dialog->successMessage(); });
        break;
    }
    }
}

void HuaweiAccountsView::deleteRecipient()
{
    const auto recipient = currentRecipient();
    if (!recipient)
        return;
    const QString accountId = m_detail->account.accountId;
    m_context->dialogs()->confirm(
        this, tr("Delete recipient"),
        tr("Delete the message recipient %1? They will no longer receive this account's "
           "notifications.")
            .arg(recipient->name),
        tr("&Delete"), [this, accountId, recipient](bool accepted) {
            if (!accepted)
                return;
            onFinished(m_context->backend()->deleteRecipient(recipient->recipientId), this,
                       [this, accountId, name = recipient->name](const Status &status) {
                           m_messageOf = accountId;
                           m_messageTab = m_ui->basicTab;
                           m_message = status.ok()
                                           ? tr("The recipient %1 was deleted.").arg(name)
                                           : ErrorText::message(status.error(), m_context->brand());
                           loadDetail();
                       });
        });
}

} // namespace oc::gui
