#include "HuaweiIdManageDialog.h"

#include "GrowToFit.h"
#include "PasswordDialog.h"
#include "Submit.h"
#include "contract/Backend.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/ErrorText.h"
#include "gui/FormRows.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/WizardState.h"
#include "ui_HuaweiIdManageDialog.h"

#include <QEvent>
#include <QFormLayout>
#include <QLayout>
#include <QPushButton>
#include <QTimer>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

const QString LoginId = QString::fromLatin1(validate::Field::LoginId);

} // namespace

HuaweiIdManageDialog::HuaweiIdManageDialog(AppContext *context, const HuaweiAccountDetail &detail,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HuaweiIdManageDialog>())
    , m_context(context)
    , m_detail(detail)
    , m_state(new WizardState(this))
    , m_binder(new FieldBinder(context, m_state, this))
{
    m_ui->setupUi(this);
    setObjectName(u"huaweiIdManageDialog"_s);
    m_ui->buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->changeLoginIdButton, &QPushButton::clicked, this, &HuaweiIdManageDialog::accept);
    connect(m_ui->changePasswordButton, &QPushButton::clicked, this,
            &HuaweiIdManageDialog::openPasswordDialog);
    m_binder->bind(LoginId, m_ui->newLoginIdEdit, true);
    m_binder->bindError(LoginId, m_ui->loginIdError);
    FormRows::of(m_ui->form)->show(m_ui->passwordStatus, false);

    // R-ACC-8: once changed, the change is no longer offered (the note says when).
    const bool changeable = !m_detail.account.loginIdChanged();
    m_ui->newLoginIdEdit->setEnabled(changeable);
    m_ui->changeLoginIdButton->setEnabled(changeable);
    m_ui->changeLoginIdButton->setAutoDefault(false);
    m_ui->changeLoginIdButton->setDefault(changeable); // Enter in the new login ID changes it
    m_ui->changePasswordButton->setAutoDefault(false);
    m_ui->buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    // The value labels beside a button are named by their caption and say what they show.
    m_ui->passwordValue->setTextFormat(Qt::PlainText);
    exposeLabelValue(m_ui->passwordValue);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    retranslate();
    (changeable ? static_cast<QWidget *>(m_ui->newLoginIdEdit)
                : static_cast<QWidget *>(m_ui->changePasswordButton))
        ->setFocus();
}

HuaweiIdManageDialog::~HuaweiIdManageDialog() = default;

void HuaweiIdManageDialog::accept()
{
    if (isSubmitting(m_ui->buttons) || m_detail.account.loginIdChanged())
        return;
    showPageError({});
    m_state->clearErrors();
    // R-ACC-8's form, as the service judges it (changedOnce, unchanged, taken are its own).
    const auto loginId = validate::loginId(m_state->text(LoginId), LoginId);
    if (!loginId.ok()) {
        m_state->setError(loginId.error());
        m_ui->newLoginIdEdit->setFocus();
        return;
    }
    LoginIdChangeRequest request;
    request.accountId = m_detail.account.accountId;
    request.loginId = *loginId;
    m_ui->changeLoginIdButton->setEnabled(false);
    m_ui->changePasswordButton->setEnabled(false);
    const auto done = [this] {
        m_ui->changeLoginIdButton->setEnabled(true);
        m_ui->changePasswordButton->setEnabled(true);
    };
    submit(
        this, m_ui->buttons, m_context->backend()->changeLoginId(request),
        [this, done](const HuaweiAccount &account) {
            done();
            m_result = account;
            m_successMessage = tr("The login ID was changed to %1.").arg(account.loginId);
        },
        [this, done](const Error &error) {
            done();
            if (error.field == LoginId && !isTransient(error)) {
                m_state->setError(error);
                m_ui->newLoginIdEdit->setFocus();
            } else {
                showPageError(ErrorText::message(error, m_context->brand()));
            }
        });
}

void HuaweiIdManageDialog::openPasswordDialog()
{
    // D-PASSWORD on top; not exec(): the console keeps running while it is open.
    auto *dialog = new PasswordDialog(m_context, m_detail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_passwordMessage = dialog->successMessage();
        m_ui->passwordStatus->setText(m_passwordMessage);
        FormRows::of(m_ui->form)->show(m_ui->passwordStatus, !m_passwordMessage.isEmpty());
    });
    dialog->open();
}

void HuaweiIdManageDialog::showPageError(const QString &message)
{
    m_ui->pageError->setText(message);
    m_ui->pageError->setVisible(!message.isEmpty());
}

bool HuaweiIdManageDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void HuaweiIdManageDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void HuaweiIdManageDialog::retranslate()
{
    const HuaweiAccount &account = m_detail.account;
    setWindowTitle(tr("Account & Security"));
    m_ui->introLabel->setText(
        tr("How this HUAWEI ID signs in. The login ID can be changed only once; the tenant name "
           "is not a login name."));
    m_ui->loginIdValue->setText(account.loginId);
    m_ui->loginIdNote->setText(
        account.loginIdChanged()
            ? tr("The login ID was already changed on %1 and cannot be changed again.")
                  .arg(account.loginIdChangedAt.toTimeZone(m_context->displayZone())
                           .date()
                           .toString(Qt::ISODate))
            : tr("6 to 32 letters, digits, - and _, starting with a letter. It can be changed "
                 "only once."));
    m_ui->passwordValue->setAccessibleName(tr("Password"));
    m_ui->passwordStatus->setText(m_passwordMessage);
    m_ui->securityPhoneValue->setText(
        account.securityPhone.isEmpty()
            ? tr("Not yet bound")
            : PasswordDialog::maskedDestination(account.securityPhone, Channel::Sms));
    m_ui->emailValue->setText(
        account.email.isEmpty() ? tr("Not yet bound")
                                : PasswordDialog::maskedDestination(account.email, Channel::Email));
    nameAllFormFields(this);
}

} // namespace oc::gui
