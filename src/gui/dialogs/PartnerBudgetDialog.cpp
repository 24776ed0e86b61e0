#include "PartnerBudgetDialog.h"

#include "GrowToFit.h"
#include "Submit.h"
#include "contract/Backend.h"
#include "core/Money.h"
#include "core/Rules.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/FormRows.h"
#include "gui/PartnerText.h"
#include "ui_PartnerBudgetDialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

const QString BudgetField = u"monthlyBudget"_s;

} // namespace

PartnerBudgetDialog::PartnerBudgetDialog(AppContext *context, const HuaweiAccountDetail &detail,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PartnerBudgetDialog>())
    , m_context(context)
    , m_detail(detail)
{
    m_ui->setupUi(this);
    setObjectName(u"partnerBudgetDialog"_s);
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okButton"_s);
    ok->setDefault(true);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PartnerBudgetDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    FormRows::of(m_ui->form)->show(m_ui->monthlyBudgetError, false);
    connect(m_ui->budgetEdit, &QLineEdit::textEdited, this, [this] {
        FormRows::of(m_ui->form)->show(m_ui->monthlyBudgetError, false);
        m_ui->budgetEdit->setAccessibleDescription(QString());
    });
    if (m_detail.partner && m_detail.partner->monthlyBudget)
        m_ui->budgetEdit->setText(
            QLocale().toString(double(m_detail.partner->monthlyBudget->value) / 100.0, 'f', 2));
    m_ui->accountIdError->hide();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    retranslate();
    m_ui->budgetEdit->setFocus();
}

PartnerBudgetDialog::~PartnerBudgetDialog() = default;

void PartnerBudgetDialog::accept()
{
    if (isSubmitting(m_ui->buttons))
        return;
    m_ui->accountIdError->hide();
    // An amount as the operator types it: "1280.5", "1,280.50" (this locale's grouping).
    QString text = m_ui->budgetEdit->text().trimmed();
    text.remove(QLocale().groupSeparator());
    text.replace(QLocale().decimalPoint(), u"."_s);
    Fen budget;
    if (text.isEmpty() || !Fen::parse(text, &budget) || budget.value <= 0)
        return showError(makeError(QString::fromLatin1(rule::PTN_1), BudgetField, u"amount"_s));
    PartnerBudgetRequest request;
    request.accountId = m_detail.account.accountId;
    request.monthlyBudget = budget;
    submit(
        this, m_ui->buttons, m_context->backend()->setPartnerBudget(request),
        [this, budget](const PartnerInfo &partner) {
            m_successMessage =
                partner.status == PartnerStatus::Frozen
                    ? tr("The monthly budget is %1.").arg(DomainText::money(budget))
                    : tr("The monthly budget is %1: the account is no longer frozen.")
                          .arg(DomainText::money(budget));
        },
        [this](const Error &error) { showError(error); });
}

void PartnerBudgetDialog::showError(const Error &error)
{
    if (error.field == BudgetField) {
        const QString message = error.reason == u"amount"
                                    ? tr("Enter an amount in CNY greater than zero, such as "
                                         "5000.00.")
                                    : ErrorText::message(error, m_context->brand());
        m_ui->monthlyBudgetError->setText(message);
        FormRows::of(m_ui->form)->show(m_ui->monthlyBudgetError, true);
        m_ui->budgetEdit->setAccessibleDescription(message);
        m_ui->budgetEdit->setFocus();
        return;
    }
    m_ui->accountIdError->setText(ErrorText::message(error, m_context->brand()));
    m_ui->accountIdError->show();
}

void PartnerBudgetDialog::retranslate()
{
    setWindowTitle(tr("Set Monthly Budget (act as the partner)"));
    const QString partner = m_detail.partner ? m_detail.partner->partnerName : QString();
    m_ui->introLabel->setText(
        tr("Acting as the reseller partner, set how much the customer may spend each month. A "
           "frozen account is unfrozen once the budget is set."));
    const HuaweiAccount &a = m_detail.account;
    m_ui->accountValue->setText(tr("%1 (%2)").arg(a.displayName(), a.accountId));
    m_ui->partnerValue->setText(partner);
    m_ui->currentValue->setText(m_detail.partner && m_detail.partner->monthlyBudget
                                    ? DomainText::money(*m_detail.partner->monthlyBudget)
                                    : tr("Not set (the account is frozen)"));
    m_ui->budgetEdit->setPlaceholderText(tr("For example 5000.00"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set Budget"));
    nameAllFormFields(this);
}

bool PartnerBudgetDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void PartnerBudgetDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace oc::gui
