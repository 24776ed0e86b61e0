#include "PasswordDialog.h"

#include "GrowToFit.h"
#include "Submit.h"
#include "contract/Backend.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/ErrorText.h"
#include "gui/widgets/CodeField.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/WizardState.h"
#include "ui_PasswordDialog.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTimer>

namespace oc::gui {

using namespace Qt::StringLiterals;
namespace F = validate::Field;

namespace {

// The state keys are the backend's field names (MyAccountService.h), so that a refusal lands
// next to its field as it comes.
const QString CurrentPassword = QString::fromLatin1(F::CurrentPassword);
const QString NewPassword = QString::fromLatin1(F::NewPassword);
const QString PasswordConfirm = QString::fromLatin1(F::PasswordConfirm);
const QString ChannelKey = QString::fromLatin1(F::Channel);
const QString Code = QString::fromLatin1(F::Code);

enum Tab
{
    ChangeTab = 0,
    ForgotTab = 1
};

// Where a HUAWEI ID's codes go (R-ACC-20): its security phone by SMS, its email by email.
QString destinationOf(const HuaweiAccount &account, Channel channel)
{
    return channel == Channel::Sms ? account.securityPhone : account.email;
}

} // namespace

QString PasswordDialog::maskedDestination(const QString &destination, Channel channel)
{
    if (channel == Channel::Email) {
        const qsizetype at = destination.lastIndexOf(QLatin1Char('@'));
        return at <= 0 ? destination : destination.left(1) + u"***"_s + destination.mid(at);
    }
    return destination.size() > 7
               ? destination.left(destination.size() - 8) + u"****"_s + destination.right(4)
               : destination;
}

PasswordDialog::PasswordDialog(AppContext *context, const HuaweiAccountDetail &detail,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
    , m_context(context)
    , m_account(detail.account)
    , m_change(new WizardState(this))
    , m_changeBinder(new FieldBinder(context, m_change, this))
    , m_reset(new WizardState(this))
    , m_resetBinder(new FieldBinder(context, m_reset, this))
{
    m_ui->setupUi(this);
    setObjectName(u"passwordDialog"_s);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Change password: the current one and the new one twice (R-ACC-2, R-ACC-20).
    for (const QString &secret : {CurrentPassword, NewPassword, PasswordConfirm}) {
        m_change->markSecret(secret);
        m_reset->markSecret(secret);
    }
    m_changeBinder->bind(CurrentPassword, m_ui->currentPasswordEdit);
    m_changeBinder->bind(NewPassword, m_ui->newPasswordEdit);
    m_changeBinder->bind(PasswordConfirm, m_ui->confirmPasswordEdit);
    m_changeBinder->bindError(CurrentPassword, m_ui->currentPasswordError);
    m_changeBinder->bindError(NewPassword, m_ui->newPasswordError);
    m_changeBinder->bindError(PasswordConfirm, m_ui->confirmPasswordError);

    // Forgot password: a code to a bound destination of the HUAWEI ID, then the new one twice.
    m_code = new CodeField(context, this);
    m_code->setObjectName(u"codeField"_s);
    m_ui->codeSlot->addWidget(m_code);
    m_ui->codeLabel->setBuddy(m_code->edit());
    auto *channels = new QButtonGroup(this);
    channels->addButton(m_ui->smsRadio, 0);
    channels->addButton(m_ui->emailRadio, 1);
    m_resetBinder->bind(ChannelKey, channels,
                        {oc::toString(Channel::Sms), oc::toString(Channel::Email)});
    m_resetBinder->bind(Code, m_code->edit(), true);
    m_resetBinder->bind(NewPassword, m_ui->resetPasswordEdit);
    m_resetBinder->bind(PasswordConfirm, m_ui->resetConfirmEdit);
    m_resetBinder->bindError(ChannelKey, m_ui->channelError, m_ui->smsRadio);
    m_resetBinder->bindError(Code, m_ui->codeError, m_code->edit());
    m_resetBinder->bindError(NewPassword, m_ui->resetPasswordError);
    m_resetBinder->bindError(PasswordConfirm, m_ui->resetConfirmError);
    // Only the bound destinations are offered; the first of them is chosen.
    const bool phone = !m_account.securityPhone.isEmpty();
    const bool email = !m_account.email.isEmpty();
    m_ui->smsRadio->setVisible(phone);
    m_ui->emailRadio->setVisible(email);
    if (phone || email)
        m_reset->setDefault(ChannelKey, oc::toString(phone ? Channel::Sms : Channel::Email));
    for (QWidget *w :
         {static_cast<QWidget *>(m_code), static_cast<QWidget *>(m_ui->resetPasswordEdit),
          static_cast<QWidget *>(m_ui->resetConfirmEdit)})
        w->setEnabled(phone || email);
    m_resetBinder->load();
    // The code goes to the chosen destination, which the status names masked like the choice.
    m_code->setSender([this](std::function<void(const Result<CodeSent> &)> done) {
        const auto channel = enumFromString<Channel>(m_reset->text(ChannelKey));
        const QString to = channel ? destinationOf(m_account, *channel) : QString();
        if (to.isEmpty())
            return done(makeError(QString::fromLatin1(rule::ACC_20), ChannelKey, u"unbound"_s));
        onFinished(m_context->backend()->sendCode(*channel, to,
                                                  QString::fromLatin1(CodePurpose::ResetPassword)),
                   this, [done, channel = *channel](Result<CodeSent> sent) {
                       if (sent.ok()) {
                           CodeSent masked = *sent;
                           masked.destination = maskedDestination(masked.destination, channel);
                           sent = masked;
                       }
                       done(sent);
                   });
    });
    // Sending refused (R-VC-1 too soon, the destination unbound): next to the code or the
    // choice; the system failing: under the tabs.
    connect(m_code, &CodeField::failed, this, [this](Error error) {
        if (error.field != ChannelKey)
            error.field = Code;
        showRefusal(m_reset, m_resetBinder, error);
    });

    connect(m_ui->modeTabs, &QTabWidget::currentChanged, this, [this] {
        showPageError({});
        m_ui->buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!resetting() || !m_reset->text(ChannelKey).isEmpty());
    });
    setTabOrder(m_ui->emailRadio, m_code->edit());
    setTabOrder(m_code->edit(), m_code->sendButton());
    setTabOrder(m_code->sendButton(), m_ui->resetPasswordEdit);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    retranslate();
    m_ui->currentPasswordEdit->setFocus();
}

PasswordDialog::~PasswordDialog() = default;

bool PasswordDialog::resetting() const
{
    return m_ui->modeTabs->currentIndex() == ForgotTab;
}

void PasswordDialog::accept()
{
    if (isSubmitting(m_ui->buttons))
        return;
    showPageError({});
    if (resetting())
        resetPassword();
    else
        changePassword();
}

void PasswordDialog::changePassword()
{
    // The service's checks first, with the same validators, for feedback before the call.
    m_change->clearErrors();
    const QString current = m_change->text(CurrentPassword);
    const QString password = m_change->text(NewPassword);
    if (current.isEmpty())
        m_change->setError(
            makeError(QString::fromLatin1(SystemError::Required), CurrentPassword, u"required"_s));
    if (const auto valid = validate::huaweiPassword(password, NewPassword); !valid.ok())
        m_change->setError(valid.error()); // R-ACC-2
    if (const Problem confirm =
            validate::passwordConfirmation(password, m_change->text(PasswordConfirm)))
        m_change->setError(*confirm);
    if (QWidget *first = m_changeBinder->firstWidgetWithError()) {
        first->setFocus();
        return;
    }
    PasswordChangeRequest request;
    request.accountId = m_account.accountId;
    request.currentPassword = current;
    request.newPassword = password;
    submit(
        this, m_ui->buttons, m_context->backend()->changePassword(request),
        [this](const Done &) { m_successMessage = tr("The password was changed."); },
        [this](const Error &error) { showRefusal(m_change, m_changeBinder, error); });
}

void PasswordDialog::resetPassword()
{
    m_reset->clearErrors();
    const QString password = m_reset->text(NewPassword);
    const auto channel = enumFromString<Channel>(m_reset->text(ChannelKey));
    if (!channel)
        m_reset->setError(
            makeError(QString::fromLatin1(SystemError::Required), ChannelKey, u"required"_s));
    if (const auto code = validate::verificationCode(m_reset->text(Code), Code); !code.ok())
        m_reset->setError(code.error()); // R-VC-1
    if (const auto valid = validate::huaweiPassword(password, NewPassword); !valid.ok())
        m_reset->setError(valid.error()); // R-ACC-2
    if (const Problem confirm =
            validate::passwordConfirmation(password, m_reset->text(PasswordConfirm)))
        m_reset->setError(*confirm);
    if (QWidget *first = m_resetBinder->firstWidgetWithError()) {
        first->setFocus();
        return;
    }
    PasswordResetRequest request;
    request.accountId = m_account.accountId;
    request.channel = *channel;
    request.code = m_reset->text(Code);
    request.newPassword = password;
    submit(
        this, m_ui->buttons, m_context->backend()->resetPassword(request),
        [this](const Done &) {
            m_successMessage = tr("The password was reset. Sign in with the new password.");
        },
        [this](const Error &error) { showRefusal(m_reset, m_resetBinder, error); });
}

void PasswordDialog::showRefusal(WizardState *state, FieldBinder *binder, const Error &error)
{
    if (!error.field.isEmpty() && !isTransient(error) && binder->keys().contains(error.field)) {
        state->setError(error);
        if (QWidget *first = binder->firstWidgetWithError())
            first->setFocus();
        return;
    }
    showPageError(ErrorText::message(error, m_context->brand()));
}

void PasswordDialog::showPageError(const QString &message)
{
    m_ui->pageError->setText(message);
    m_ui->pageError->setVisible(!message.isEmpty());
}

bool PasswordDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void PasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PasswordDialog::retranslate()
{
    setWindowTitle(tr("HUAWEI ID Password"));
    m_ui->modeTabs->setAccessibleName(tr("Change or reset the password"));
    m_ui->modeTabs->tabBar()->setAccessibleName(tr("Change or reset the password"));
    m_ui->changeIntro->setText(
        tr("The password of HUAWEI ID %1. Enter the current password, then the new one twice.")
            .arg(m_account.loginId));
    // R-ACC-2, under each new password.
    const QString rule = tr("At least 8 characters, with both letters and digits, and no spaces.");
    m_ui->newPasswordHint->setText(rule);
    m_ui->resetPasswordHint->setText(rule);
    const bool phone = !m_account.securityPhone.isEmpty();
    const bool email = !m_account.email.isEmpty();
    m_ui->forgotIntro->setText(
        phone || email
            ? tr("A verification code goes to the security phone or the email address of the "
                 "HUAWEI ID (codes arrive in the Outbox); then choose a new password.")
            : tr("Neither a security phone nor an email address is bound to this HUAWEI ID: its "
                 "password cannot be reset with a code."));
    m_ui->smsRadio->setText(
        tr("S&MS to %1").arg(maskedDestination(m_account.securityPhone, Channel::Sms)));
    m_ui->emailRadio->setText(
        tr("&Email to %1").arg(maskedDestination(m_account.email, Channel::Email)));
    // R-ACC-20: an IAM user's password is not this dialog's; it is only pointed at.
    m_ui->iamNote->setText(
        tr("IAM users change their own password under Security Settings > Basic Information. An "
           "IAM user with no email address and no mobile number bound asks the administrator to "
           "reset it."));
    nameAllFormFields(this);
}

} // namespace oc::gui
