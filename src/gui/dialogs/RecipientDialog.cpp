#include "RecipientDialog.h"

#include "GrowToFit.h"
#include "Submit.h"
#include "contract/Backend.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/ErrorText.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/WizardState.h"
#include "ui_RecipientDialog.h"

#include <QEvent>
#include <QLayout>
#include <QPushButton>
#include <QTimer>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

// The state keys are RecipientInput's fields, as the backend names them in refusals.
const QString Name = u"name"_s;
const QString Mobile = QString::fromLatin1(validate::Field::Mobile);
const QString Email = QString::fromLatin1(validate::Field::Email);
constexpr int MaxNameLength = 64;

} // namespace

RecipientDialog::RecipientDialog(AppContext *context, const QString &accountId,
                                 std::optional<MessageRecipient> existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecipientDialog>())
    , m_context(context)
    , m_accountId(accountId)
    , m_existing(std::move(existing))
    , m_state(new WizardState(this))
    , m_binder(new FieldBinder(context, m_state, this))
{
    m_ui->setupUi(this);
    setObjectName(u"recipientDialog"_s);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &RecipientDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_existing) {
        m_state->setDefault(Name, m_existing->name);
        m_state->setDefault(Mobile, m_existing->mobile);
        m_state->setDefault(Email, m_existing->email);
    }
    m_binder->bind(Name, m_ui->nameEdit);
    m_binder->bind(Mobile, m_ui->mobileEdit, true);
    m_binder->bind(Email, m_ui->emailEdit, true);
    m_binder->bindError(Name, m_ui->nameError);
    m_binder->bindError(Mobile, m_ui->mobileError);
    m_binder->bindError(Email, m_ui->emailError);
    m_binder->load();
    // "A mobile number or an email address" is one message for both: editing either clears it.
    connect(m_state, &WizardState::valueChanged, this, [this](const QString &key) {
        if (key == Email && m_state->error(Mobile) &&
            m_state->error(Mobile)->reason == u"mobileOrEmail"_s)
            m_state->clearError(Mobile);
    });
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    retranslate();
    m_ui->nameEdit->setFocus();
}

RecipientDialog::~RecipientDialog() = default;

QList<Error> RecipientDialog::localErrors() const
{
    // The service's checks (MyAccountService.h saveRecipient), with the same validators.
    QList<Error> errors;
    if (const auto name = validate::requiredText(m_state->text(Name), Name, MaxNameLength);
        !name.ok())
        errors << name.error();
    const QString mobile = m_state->text(Mobile);
    const QString email = m_state->text(Email);
    if (const auto valid = validate::mobile(mobile, true, Mobile); !valid.ok())
        errors << valid.error(); // R-ACC-4
    if (!email.isEmpty())
        if (const auto valid = validate::email(email, Email); !valid.ok())
            errors << valid.error(); // R-ACC-1
    if (mobile.isEmpty() && email.isEmpty())
        errors << makeError(QString::fromLatin1(SystemError::Required), Mobile, u"mobileOrEmail"_s);
    return errors;
}

void RecipientDialog::accept()
{
    if (isSubmitting(m_ui->buttons))
        return;
    showPageError({});
    m_state->clearErrors();
    const QList<Error> errors = localErrors();
    for (const Error &error : errors)
        m_state->setError(error);
    if (QWidget *first = m_binder->firstWidgetWithError()) {
        first->setFocus();
        return;
    }
    RecipientInput input;
    input.recipientId = m_existing ? m_existing->recipientId : 0;
    input.accountId = m_accountId;
    input.name = m_state->text(Name).simplified();
    input.mobile = m_state->text(Mobile);
    input.email = m_state->text(Email);
    submit(
        this, m_ui->buttons, m_context->backend()->saveRecipient(input),
        [this](const MessageRecipient &saved) {
            m_result = saved;
            m_successMessage = m_existing ? tr("The recipient %1 was changed.").arg(saved.name)
                                          : tr("The recipient %1 was added.").arg(saved.name);
        },
        [this](const Error &error) {
            if (!error.field.isEmpty() && !isTransient(error) &&
                m_binder->keys().contains(error.field)) {
                m_state->setError(error);
                if (QWidget *first = m_binder->firstWidgetWithError())
                    first->setFocus();
            } else {
                showPageError(ErrorText::message(error, m_context->brand()));
            }
        });
}

void RecipientDialog::showPageError(const QString &message)
{
    m_ui->pageError->setText(message);
    m_ui->pageError->setVisible(!message.isEmpty());
}

bool RecipientDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void RecipientDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void RecipientDialog::retranslate()
{
    setWindowTitle(m_existing ? tr("Edit Message Recipient") : tr("Add Message Recipient"));
    m_ui->introLabel->setText(
        tr("A message recipient also receives the account's SMS and email notifications. Give "
           "a mobile number, an email address or both."));
    nameAllFormFields(this);
}

} // namespace oc::gui
