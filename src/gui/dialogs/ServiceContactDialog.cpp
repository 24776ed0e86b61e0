#include "ServiceContactDialog.h"

#include "GrowToFit.h"
#include "PasswordDialog.h"
#include "Submit.h"
#include "contract/Backend.h"
#include "core/MyAccount.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/ErrorText.h"
#include "gui/widgets/CodeField.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/WizardState.h"
#include "ui_ServiceContactDialog.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace oc::gui {

using namespace Qt::StringLiterals;
namespace MF = myaccount::Field;

namespace {

// The state keys are the backend's field names (ServiceContactChangeRequest), so that a
// refusal lands next to its field as it comes.
const QString IdentityChannel = QString::fromLatin1(MF::IdentityChannel);
const QString IdentityCode = QString::fromLatin1(MF::IdentityCode);
const QString NewValueKey = QString::fromLatin1(MF::NewValue);
const QString NewCode = QString::fromLatin1(MF::NewCode);

// Step 1's destinations (R-ACC-14): the HUAWEI ID's mobile number (its security phone) by
// SMS, its email address by email.
QString destinationOf(const HuaweiAccount &account, Channel channel)
{
    return channel == Channel::Sms ? account.securityPhone : account.email;
}

} // namespace

ServiceContactDialog::ServiceContactDialog(AppContext *context, const HuaweiAccountDetail &detail,
                                           ServiceContact contact, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServiceContactDialog>())
    , m_context(context)
    , m_account(detail.account)
    , m_contact(contact)
    , m_state(new WizardState(this))
    , m_binder(new FieldBinder(context, m_state, this))
{
    m_ui->setupUi(this);
    setObjectName(u"serviceContactDialog"_s);
    m_okButton = m_ui->buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(u"okButton"_s);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_nextButton = m_ui->buttons->addButton(tr("Ne&xt"), QDialogButtonBox::AcceptRole);
    m_nextButton->setObjectName(u"nextButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ServiceContactDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->backButton, &QPushButton::clicked, this, &ServiceContactDialog::back);

    // Step 1: verify identity by the HUAWEI ID's SMS or email (the unbound one disabled).
    m_identityCode = new CodeField(context, this);
    m_identityCode->setObjectName(u"identityCodeField"_s);
    m_identityCode->edit()->setObjectName(u"identityCodeEdit"_s);
    m_identityCode->sendButton()->setObjectName(u"identitySendButton"_s);
    m_ui->identityCodeSlot->addWidget(m_identityCode);
    m_ui->identityCodeLabel->setBuddy(m_identityCode->edit());
    auto *channels = new QButtonGroup(this);
    channels->addButton(m_ui->smsRadio, 0);
    channels->addButton(m_ui->emailRadio, 1);
    m_binder->bind(IdentityChannel, channels,
                   {oc::toString(Channel::Sms), oc::toString(Channel::Email)});
    m_binder->bind(IdentityCode, m_identityCode->edit(), true);
    m_binder->bindError(IdentityChannel, m_ui->identityChannelError, m_ui->smsRadio);
    m_binder->bindError(IdentityCode, m_ui->identityCodeError, m_identityCode->edit());
    const bool phone = !m_account.securityPhone.isEmpty();
    const bool email = !m_account.email.isEmpty();
    m_ui->smsRadio->setEnabled(phone);
    m_ui->emailRadio->setEnabled(email);
    if (phone || email)
        m_state->setDefault(IdentityChannel, oc::toString(phone ? Channel::Sms : Channel::Email));
    // The code goes to the chosen destination, which the status names masked like the choice.
    m_identityCode->setSender([this](std::function<void(const Result<CodeSent> &)> done) {
        const auto channel = enumFromString<Channel>(m_state->text(IdentityChannel));
        const QString to = channel ? destinationOf(m_account, *channel) : QString();
        if (to.isEmpty())
            return done(
                makeError(QString::fromLatin1(rule::ACC_14), IdentityChannel, u"unbound"_s));
        onFinished(m_context->backend()->sendCode(*channel, to,
                                                  QString::fromLatin1(CodePurpose::VerifyIdentity)),
                   this, [done, channel = *channel](Result<CodeSent> sent) {
                       if (sent.ok()) {
                           CodeSent masked = *sent;
                           masked.destination =
                               PasswordDialog::maskedDestination(masked.destination, channel);
                           sent = masked;
                       }
                       done(sent);
                   });
    });
    connect(m_identityCode, &CodeField::failed, this, [this](Error error) {
        if (error.field != IdentityChannel)
            error.field = IdentityCode;
        showRefusal(error);
    });

    // Step 2: the new value (R-ACC-4 / R-ACC-1) and the code sent to it.
    const bool mobile = contact == ServiceContact::Mobile;
    m_newCode = new CodeField(context, this);
    m_newCode->setObjectName(u"newCodeField"_s);
    m_newCode->edit()->setObjectName(u"newCodeEdit"_s);
    m_newCode->sendButton()->setObjectName(u"newSendButton"_s);
    m_ui->newCodeSlot->addWidget(m_newCode);
    m_ui->newCodeLabel->setBuddy(m_newCode->edit());
    m_binder->bind(NewValueKey, m_ui->newValueEdit, true);
    m_binder->bind(NewCode, m_newCode->edit(), true);
    m_binder->bindError(NewValueKey, m_ui->newValueError);
    m_binder->bindError(NewCode, m_ui->newCodeError, m_newCode->edit());
    m_ui->newValueEdit->setPlaceholderText(mobile ? u"+86 138 0013 8000"_s : u"name@example.com"_s);
    m_newCode->setRequest(
        mobile ? Channel::Sms : Channel::Email,
        QString::fromLatin1(mobile ? CodePurpose::ServiceMobile : CodePurpose::ServiceEmail),
        [this, mobile]() -> Result<QString> {
            const QString value = m_state->text(NewValueKey);
            return mobile ? validate::mobile(value, false, NewValueKey)
                          : validate::email(value, NewValueKey);
        });
    connect(m_newCode, &CodeField::failed, this, [this](Error error) {
        if (error.field != NewValueKey)
            error.field = NewCode;
        showRefusal(error);
    });
    m_binder->load();

    // Tab goes down each step, then to the buttons (the code fields are made after the rest).
    setTabOrder(m_ui->emailRadio, m_identityCode->edit());
    setTabOrder(m_identityCode->edit(), m_identityCode->sendButton());
    setTabOrder(m_identityCode->sendButton(), m_ui->newValueEdit);
    setTabOrder(m_ui->newValueEdit, m_newCode->edit());
    setTabOrder(m_newCode->edit(), m_newCode->sendButton());
    setTabOrder(m_newCode->sendButton(), m_ui->backButton);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    retranslate();
    showStep(VerifyIdentity);
}

ServiceContactDialog::~ServiceContactDialog() = default;

ServiceContactDialog::Step ServiceContactDialog::step() const
{
    return Step(m_ui->steps->currentIndex());
}

void ServiceContactDialog::accept()
{
    if (isSubmitting(m_ui->buttons))
        return;
    showPageError({});
    if (step() == VerifyIdentity)
        next();
    else
        change();
}

void ServiceContactDialog::next()
{
    // Step 1's code is checked now (not consumed: OK consumes it), so that a wrong one is
    // refused here rather than after step 2.
    m_state->clearError(IdentityChannel);
    m_state->clearError(IdentityCode);
    const auto channel = enumFromString<Channel>(m_state->text(IdentityChannel));
    const QString destination = channel ? destinationOf(m_account, *channel) : QString();
    if (destination.isEmpty())
        m_state->setError(
            makeError(QString::fromLatin1(rule::ACC_14), IdentityChannel, u"unbound"_s));
    const auto code = validate::verificationCode(m_state->text(IdentityCode), IdentityCode);
    if (!code.ok())
        m_state->setError(code.error()); // R-VC-1
    if (QWidget *first = m_binder->firstWidgetWithError()) {
        first->setFocus();
        return;
    }
    setBusy(true);
    DialogRetry::withdraw(m_ui->buttons);
    onFinished(m_context->backend()->checkCode(
                   destination, QString::fromLatin1(CodePurpose::VerifyIdentity), *code),
               this, [this](const Status &checked) {
                   setBusy(false);
                   if (checked.ok())
                       return showStep(NewValue);
                   Error error = checked.error();
                   if (isTransient(error)) {
                       DialogRetry::offer(m_ui->buttons, [this] { accept(); });
                   } else {
                       error.field = IdentityCode;
                   }
                   showRefusal(error);
               });
}

void ServiceContactDialog::change()
{
    m_state->clearError(NewValueKey);
    m_state->clearError(NewCode);
    const bool mobile = m_contact == ServiceContact::Mobile;
    const QString value = m_state->text(NewValueKey);
    const auto valid = mobile ? validate::mobile(value, false, NewValueKey)
                              : validate::email(value, NewValueKey); // R-ACC-4 / R-ACC-1
    if (!valid.ok())
        m_state->setError(valid.error());
    if (const auto code = validate::verificationCode(m_state->text(NewCode), NewCode); !code.ok())
        m_state->setError(code.error());
    if (QWidget *first = m_binder->firstWidgetWithError()) {
        first->setFocus();
        return;
    }
    ServiceContactChangeRequest request;
    request.accountId = m_account.accountId;
    request.contact = m_contact;
    request.identityChannel =
        enumFromString<Channel>(m_state->text(IdentityChannel)).value_or(Channel::Sms);
    request.identityCode = m_state->text(IdentityCode);
    request.newValue = *valid;
    request.newCode = m_state->text(NewCode);
    setBusy(true);
    submit(
        this, m_ui->buttons, m_context->backend()->changeServiceContact(request),
        [this, mobile](const HuaweiAccount &account) {
            setBusy(false);
            m_result = account;
            m_successMessage = mobile ? tr("The mobile number was changed.")
                                      : tr("The email address was changed.");
        },
        [this](const Error &error) {
            setBusy(false);
            showRefusal(error);
        });
}

void ServiceContactDialog::back()
{
    if (isSubmitting(m_ui->buttons))
        return;
    showPageError({});
    showStep(VerifyIdentity);
}

void ServiceContactDialog::setBusy(bool busy)
{
    m_ui->buttons->setEnabled(!busy);
    m_ui->backButton->setEnabled(!busy);
}

void ServiceContactDialog::showStep(Step step)
{
    m_ui->steps->setCurrentIndex(step);
    const bool first = step == VerifyIdentity;
    m_ui->backButton->setVisible(!first);
    m_nextButton->setVisible(first);
    m_okButton->setVisible(!first);
    m_nextButton->setDefault(first);
    m_okButton->setDefault(!first);
    retranslate();
    if (first) {
        QWidget *focus = m_state->text(IdentityChannel).isEmpty()
                             ? static_cast<QWidget *>(m_ui->smsRadio)
                             : static_cast<QWidget *>(m_identityCode->edit());
        focus->setFocus();
    } else {
        m_ui->newValueEdit->setFocus();
    }
}

void ServiceContactDialog::showRefusal(Error error)
{
    // Step 1's fields take the dialog back there; step 2's stay on step 2.
    const bool identity = error.field == IdentityChannel || error.field == IdentityCode;
    const bool newValue = error.field == NewValueKey || error.field == NewCode;
    if (isTransient(error) || (!identity && !newValue)) {
        showPageError(ErrorText::message(error, m_context->brand()));
        return;
    }
    if (step() != (identity ? VerifyIdentity : NewValue))
        showStep(identity ? VerifyIdentity : NewValue);
    m_state->setError(error);
    if (QWidget *first = m_binder->firstWidgetWithError())
        first->setFocus();
}

void ServiceContactDialog::showPageError(const QString &message)
{
    m_ui->pageError->setText(message);
    m_ui->pageError->setVisible(!message.isEmpty());
}

bool ServiceContactDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void ServiceContactDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_nextButton->setText(tr("Ne&xt"));
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ServiceContactDialog::retranslate()
{
    const bool mobile = m_contact == ServiceContact::Mobile;
    setWindowTitle(!mobile                             ? tr("Change Service Email Address")
                   : m_account.serviceMobile.isEmpty() ? tr("Bind Service Mobile Number")
                                                       : tr("Change Service Mobile Number"));
    m_ui->stepLabel->setText(step() == VerifyIdentity ? tr("Step 1 of 2: verify your identity")
                             : mobile                 ? tr("Step 2 of 2: the new mobile number")
                                                      : tr("Step 2 of 2: the new email address"));
    m_ui->identityIntro->setText(
        tr("First verify your identity with a code sent to the mobile number or the email "
           "address of the HUAWEI ID. Codes arrive in the Outbox."));
    const QString phone = m_account.securityPhone;
    const QString email = m_account.email;
    m_ui->smsRadio->setText(
        phone.isEmpty()
            ? tr("S&MS (no mobile number bound)")
            : tr("S&MS to %1").arg(PasswordDialog::maskedDestination(phone, Channel::Sms)));
    m_ui->emailRadio->setText(
        email.isEmpty()
            ? tr("&Email (no email address bound)")
            : tr("&Email to %1").arg(PasswordDialog::maskedDestination(email, Channel::Email)));
    m_ui->newValueIntro->setText(
        mobile ? tr("Enter the new service mobile number with its country code, send a code to it "
                    "and enter that code.")
               : tr("Enter the new service email address, send a code to it and enter that "
                    "code."));
    m_ui->newValueLabel->setText(mobile ? tr("New &mobile number:") : tr("New &email address:"));
    // What the row of Basic Information shows now (R-ACC-14): the email falls back to the
    // HUAWEI ID's.
    if (mobile)
        m_ui->currentValue->setText(
            m_account.serviceMobile.isEmpty()
                ? tr("Not yet bound")
                : PasswordDialog::maskedDestination(m_account.serviceMobile, Channel::Sms));
    else if (!m_account.serviceEmail.isEmpty())
        m_ui->currentValue->setText(
            PasswordDialog::maskedDestination(m_account.serviceEmail, Channel::Email));
    else
        m_ui->currentValue->setText(
            tr("%1 (the HUAWEI ID's)")
                .arg(PasswordDialog::maskedDestination(m_account.email, Channel::Email)));
    nameAllFormFields(this);
}

} // namespace oc::gui
