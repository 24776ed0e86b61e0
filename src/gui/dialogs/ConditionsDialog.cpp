#include "ConditionsDialog.h"

#include "GrowToFit.h"
#include "Submit.h"
#include "contract/Backend.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/ErrorText.h"
#include "gui/FormRows.h"
#include "ui_ConditionsDialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace oc::gui {

namespace {

// A message row of a form shown or hidden as a row (Qt 6.4 keeps a hidden row's height).
void showRow(QLabel *label, bool shown)
{
    if (QFormLayout *form = FormRows::formOf(label))
        FormRows::of(form)->show(label, shown);
    else
        label->setVisible(shown);
}

// The yes/no facts, each with its checkbox.
struct Flag
{
    bool AccountConditions::*member;
    QCheckBox *Ui::ConditionsDialog::*box;
};

constexpr Flag Flags[] = {
    {&AccountConditions::overIssuedInvoices, &Ui::ConditionsDialog::overIssuedInvoicesCheck},
    {&AccountConditions::pendingPayments, &Ui::ConditionsDialog::pendingPaymentsCheck},
    {&AccountConditions::unpaidTaxes, &Ui::ConditionsDialog::unpaidTaxesCheck},
    {&AccountConditions::reservedInstances, &Ui::ConditionsDialog::reservedInstancesCheck},
    {&AccountConditions::pendingContracts, &Ui::ConditionsDialog::pendingContractsCheck},
    {&AccountConditions::complaints, &Ui::ConditionsDialog::complaintsCheck},
    {&AccountConditions::koogallerySeller, &Ui::ConditionsDialog::koogallerySellerCheck},
    {&AccountConditions::hcpnPartner, &Ui::ConditionsDialog::hcpnPartnerCheck},
    {&AccountConditions::specialContract, &Ui::ConditionsDialog::specialContractCheck},
    {&AccountConditions::cashSpending, &Ui::ConditionsDialog::cashSpendingCheck},
    // R-AUD-2: My Account's changes are traced only while the customer's CTS is on.
    {&AccountConditions::ctsEnabled, &Ui::ConditionsDialog::ctsEnabledCheck},
    // Partners (R-PTN-2..4) and master accounts (R-MST-2).
    {&AccountConditions::chineseMainlandSite, &Ui::ConditionsDialog::chineseMainlandSiteCheck},
    {&AccountConditions::partnerSupportPlan, &Ui::ConditionsDialog::partnerSupportPlanCheck},
    {&AccountConditions::ordersAwaitingPartner, &Ui::ConditionsDialog::ordersAwaitingPartnerCheck},
    {&AccountConditions::professionalContract, &Ui::ConditionsDialog::professionalContractCheck},
    {&AccountConditions::enterpriseCenter, &Ui::ConditionsDialog::enterpriseCenterCheck},
    {&AccountConditions::cloudSolutionProvider, &Ui::ConditionsDialog::cloudSolutionProviderCheck},
};

} // namespace

ConditionsDialog::ConditionsDialog(AppContext *context, const QString &accountId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConditionsDialog>())
    , m_context(context)
    , m_accountId(accountId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("conditionsDialog"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ConditionsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLabel *error : {m_ui->arrearsError, m_ui->balanceError})
        showRow(error, false);
    connect(m_ui->arrearsEdit, &QLineEdit::textEdited, this,
            [this] { showRow(m_ui->arrearsError, false); });
    connect(m_ui->balanceEdit, &QLineEdit::textEdited, this,
            [this] { showRow(m_ui->balanceError, false); });
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false); // until they are loaded
    retranslate();
    nameAllFormFields(this);
    load();
}

ConditionsDialog::~ConditionsDialog() = default;

void ConditionsDialog::load()
{
    onFinished(m_context->backend()->accountConditions(m_accountId), this,
               [this](const Result<AccountConditions> &result) {
                   if (!result.ok())
                       return showError(result.error());
                   m_loaded = *result;
                   showConditions(*result);
                   m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
               });
}

void ConditionsDialog::showConditions(const AccountConditions &c)
{
    m_ui->arrearsEdit->setText(c.arrears.toPlainString());
    m_ui->balanceEdit->setText(c.balance.toPlainString());
    for (const Flag &flag : Flags)
        ((*m_ui).*flag.box)->setChecked(c.*flag.member);
}

void ConditionsDialog::accept()
{
    if (isSubmitting(m_ui->buttons) || !m_loaded)
        return;
    AccountConditions c = *m_loaded;
    // Amounts as the operator types them: "1280.5", "1,280.50" (this locale's grouping).
    const auto parse = [this](QLineEdit *edit, QLabel *error, Fen *out) {
        QString text = edit->text().trimmed();
        text.remove(QLocale().groupSeparator());
        text.replace(QLocale().decimalPoint(), QStringLiteral("."));
        if (text.isEmpty())
            text = QStringLiteral("0");
        if (Fen::parse(text, out))
            return true;
        error->setText(tr("Enter an amount in CNY, such as 1280.50."));
        showRow(error, true);
        edit->setFocus();
        adjustSize();
        return false;
    };
    if (!parse(m_ui->arrearsEdit, m_ui->arrearsError, &c.arrears) ||
        !parse(m_ui->balanceEdit, m_ui->balanceError, &c.balance))
        return;
    for (const Flag &flag : Flags)
        c.*flag.member = ((*m_ui).*flag.box)->isChecked();
    submit(
        this, m_ui->buttons, m_context->backend()->setAccountConditions(c),
        [this](const AccountConditions &saved) { m_result = saved; },
        [this](const Error &error) { showError(error); });
}

void ConditionsDialog::showError(const Error &error)
{
    QLabel *label = error.field == u"arrears"   ? m_ui->arrearsError
                    : error.field == u"balance" ? m_ui->balanceError
                                                : m_ui->pageError;
    label->setText(ErrorText::message(error, m_context->brand()));
    showRow(label, true);
    adjustSize();
}

bool ConditionsDialog::event(QEvent *event)
{
    // A message under a narrow column wraps onto more lines: the dialog grows to show it.
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void ConditionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ConditionsDialog::retranslate()
{
    // A check box takes no less room than its words (its own minimum is none): the columns
    // widen the dialog instead of cutting them, in either language.
    for (const Flag &flag : Flags) {
        QCheckBox *box = (*m_ui).*flag.box;
        box->setMinimumWidth(box->sizeHint().width());
    }
    // Two columns of groups (the dialog fits 1024x720 in either language), room for the intro
    // and a message on a line or two. A window's own minimum width replaces its layout's:
    // never less than the columns need.
    layout()->invalidate();
    setMinimumWidth(
        std::max(fontMetrics().averageCharWidth() * 84, layout()->minimumSize().width()));
    setWindowTitle(tr("Simulated conditions"));
    m_ui->introLabel->setText(
        tr("Huawei Cloud facts this console does not model, for this account. The checks of "
           "re-authentication, closing, partner association and master accounts read them."));
}

} // namespace oc::gui
