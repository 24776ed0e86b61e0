#include "TenantNameDialog.h"

#include "Submit.h"
#include "contract/Backend.h"
#include "core/MyAccount.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/ErrorText.h"
#include "gui/FormRows.h"
#include "ui_TenantNameDialog.h"

#include <QEvent>
#include <QFormLayout>
#include <QPushButton>

namespace oc::gui {

namespace {

const QString TenantNameField = QString::fromLatin1(validate::Field::TenantName);

// A message row of the form shown or hidden as a row (FormRows: Qt 6.4 keeps a hidden row's
// height).
void showRow(QLabel *label, bool shown)
{
    if (QFormLayout *form = FormRows::formOf(label))
        FormRows::of(form)->show(label, shown);
    else
        label->setVisible(shown);
}

bool isChangeLimit(const Error &error)
{
    return error.rule == QLatin1StringView(rule::ACC_3) && error.reason == u"changeLimit";
}

} // namespace

TenantNameDialog::TenantNameDialog(AppContext *context, const HuaweiAccountDetail &detail,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TenantNameDialog>())
    , m_context(context)
    , m_account(detail.account)
    , m_changesUsed(detail.tenantNameChangesThisYear)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("tenantNameDialog"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &TenantNameDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->currentNameValue->setText(m_account.tenantName);
    // The error goes as soon as the name is edited (typed, or set by an assistive tool).
    connect(m_ui->newNameEdit, &QLineEdit::textChanged, this, [this] {
        if (m_error && m_error->field == TenantNameField && !isChangeLimit(*m_error))
            clearError();
    });
    for (QLabel *label : {m_ui->newNameError, m_ui->limitLabel})
        showRow(label, false);
    m_ui->pageError->hide();
    // Room for the precautions on a few lines, in either language.
    setMinimumWidth(fontMetrics().averageCharWidth() * 76);
    retranslate();
    updateAllowed();
    nameAllFormFields(this);
    m_ui->newNameEdit->setFocus();
}

TenantNameDialog::~TenantNameDialog() = default;

QString TenantNameDialog::successMessage() const
{
    return m_result ? tr("The tenant name was changed to %1.").arg(m_result->tenantName)
                    : QString();
}

void TenantNameDialog::accept()
{
    if (isSubmitting(m_ui->buttons) || !m_ui->buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    clearError();
    // R-ACC-3, checked here with the service's own validator for early feedback.
    const Result<QString> name = validate::tenantName(m_ui->newNameEdit->text());
    if (!name.ok())
        return showError(name.error());
    if (name->compare(m_account.tenantName, Qt::CaseInsensitive) == 0)
        return showError(makeError(QString::fromLatin1(rule::ACC_3), TenantNameField,
                                   QStringLiteral("unchanged")));
    TenantNameChangeRequest request;
    request.accountId = m_account.accountId;
    request.tenantName = *name;
    submit(
        this, m_ui->buttons, m_context->backend()->changeTenantName(request),
        [this](const HuaweiAccount &changed) { m_result = changed; },
        [this](const Error &error) { showError(error); });
}

void TenantNameDialog::showError(const Error &error)
{
    clearError();
    m_error = error;
    // R-ACC-3: a fourth change this calendar year. The detail this dialog was opened with
    // was older than the last change: the count is the limit now, and the name is kept.
    if (isChangeLimit(error)) {
        m_changesUsed = qMax(m_changesUsed, validate::MaxTenantNameChangesPerYear);
        updateAllowed();
    }
    retranslate();
    if (error.field == TenantNameField) {
        showRow(m_ui->newNameError, true);
        m_ui->newNameEdit->setAccessibleDescription(m_ui->newNameError->text());
        m_ui->newNameEdit->setFocus();
    } else {
        m_ui->pageError->show();
    }
    adjustSize();
}

void TenantNameDialog::clearError()
{
    if (!m_error)
        return;
    m_error.reset();
    m_ui->newNameError->clear();
    showRow(m_ui->newNameError, false);
    m_ui->newNameEdit->setAccessibleDescription(QString());
    m_ui->pageError->clear();
    m_ui->pageError->hide();
}

void TenantNameDialog::updateAllowed()
{
    // R-ACC-7: only a tenant name that differs from the login ID can be edited (the view
    // offers Edit only then); R-ACC-3: at most 3 changes per calendar year.
    const bool editable = myaccount::tenantNameEditable(m_account);
    const bool exhausted = m_changesUsed >= validate::MaxTenantNameChangesPerYear;
    showRow(m_ui->limitLabel, !editable || exhausted);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(editable && !exhausted);
    retranslate();
}

void TenantNameDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void TenantNameDialog::retranslate()
{
    setWindowTitle(tr("Edit Tenant Name"));
    m_ui->precautionsLabel->setText(
        tr("Before you change the tenant name:\n"
           "• IAM users log in with the tenant name, and it is part of the IAM login link. "
           "After the change, IAM users must use the new name, and applications that call the "
           "APIs with password authentication must be updated.\n"
           "• The new name is used only in the Huawei Cloud Sales Agreement, in bills and for "
           "IAM login. It is not a HUAWEI ID login name: to log in with it, change the login "
           "ID under Manage > Account & security. The login ID can be changed only once."));
    m_ui->newNameHint->setText(tr("Starts with a letter; 6 to 32 characters: letters, digits, "
                                  "- and _ only."));
    const int max = validate::MaxTenantNameChangesPerYear;
    m_ui->changesValue->setText(
        tr("%1 of %2 changes used this year").arg(qMin(m_changesUsed, max)).arg(max));
    if (!myaccount::tenantNameEditable(m_account))
        m_ui->limitLabel->setText(
            ErrorText::message(makeError(QString::fromLatin1(rule::ACC_7), TenantNameField,
                                         QStringLiteral("sameAsLoginId")),
                               m_context->brand()));
    else
        m_ui->limitLabel->setText(tr("All %1 changes of this calendar year are used: the tenant "
                                     "name can be changed again next year.")
                                      .arg(max));
    if (m_error) {
        const QString text =
            m_error->rule == QLatin1StringView(rule::ACC_3) && m_error->reason == u"unchanged"
                ? tr("This is the current tenant name: enter a new one.")
                : ErrorText::message(*m_error, m_context->brand());
        (m_error->field == TenantNameField ? m_ui->newNameError : m_ui->pageError)->setText(text);
    }
}

} // namespace oc::gui
