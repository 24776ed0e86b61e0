#include "DisableServicesDialog.h"

#include "GrowToFit.h"
#include "Submit.h"
#include "contract/Backend.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/ClosingText.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/widgets/ClosingCheckView.h"
#include "gui/widgets/CodeField.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/WizardState.h"
#include "ui_DisableServicesDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

// The state keys are the backend's fields (DisableServicesRequest).
const QString ChannelKey = u"channel"_s;
const QString CodeKey = u"code"_s;
const QString AcknowledgedKey = u"acknowledged"_s;

QString destinationOf(const HuaweiAccount &account, Channel channel)
{
    return channel == Channel::Sms ? account.securityPhone : account.email;
}

QString masked(const QString &destination, Channel channel)
{
    return channel == Channel::Sms ? DomainText::maskedMobile(destination)
                                   : DomainText::maskedEmail(destination);
}

} // namespace

DisableServicesDialog::DisableServicesDialog(AppContext *context, const HuaweiAccountDetail &detail,
                                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DisableServicesDialog>())
    , m_context(context)
    , m_account(detail.account)
    , m_state(new WizardState(this))
    , m_binder(new FieldBinder(context, m_state, this))
{
    m_ui->setupUi(this);
    setObjectName(u"disableServicesDialog"_s);
    m_okButton = m_ui->buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(u"okButton"_s);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_nextButton = m_ui->buttons->addButton(tr("Ne&xt"), QDialogButtonBox::AcceptRole);
    m_nextButton->setObjectName(u"nextButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &DisableServicesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->backButton, &QPushButton::clicked, this, &DisableServicesDialog::back);

    // Step 1: the code to the HUAWEI ID's SMS or email (R-CLS-5, purpose disable-services).
    m_code = new CodeField(context, this);
    m_code->setObjectName(u"codeField"_s);
    m_code->edit()->setObjectName(u"codeEdit"_s);
    m_code->sendButton()->setObjectName(u"sendCodeButton"_s);
    m_ui->codeSlot->addWidget(m_code);
    m_ui->codeLabel->setBuddy(m_code->edit());
    auto *channels = new QButtonGroup(this);
    channels->addButton(m_ui->smsRadio, 0);
    channels->addButton(m_ui->emailRadio, 1);
    m_binder->bind(ChannelKey, channels,
                   {oc::toString(Channel::Sms), oc::toString(Channel::Email)});
    m_binder->bind(CodeKey, m_code->edit(), true);
    m_binder->bindError(ChannelKey, m_ui->channelError, m_ui->smsRadio);
    m_binder->bindError(CodeKey, m_ui->codeError, m_code->edit());
    const bool phone = !m_account.securityPhone.isEmpty();
    const bool email = !m_account.email.isEmpty();
    m_ui->smsRadio->setEnabled(phone);
    m_ui->emailRadio->setEnabled(email);
    if (phone || email)
        m_state->setDefault(ChannelKey, oc::toString(email ? Channel::Email : Channel::Sms));
    m_code->setSender([this](std::function<void(const Result<CodeSent> &)> done) {
        const auto channel = enumFromString<Channel>(m_state->text(ChannelKey));
        const QString to = channel ? destinationOf(m_account, *channel) : QString();
        if (to.isEmpty())
            return done(makeError(QString::fromLatin1(rule::CLS_5), ChannelKey, u"unbound"_s));
        onFinished(m_context->backend()->sendCode(
                       *channel, to, QString::fromLatin1(CodePurpose::DisableServices)),
                   this, [done, channel = *channel](Result<CodeSent> sent) {
                       if (sent.ok()) {
                           CodeSent shown = *sent;
                           shown.destination = masked(shown.destination, channel);
                           sent = shown;
                       }
                       done(sent);
                   });
    });
    connect(m_code, &CodeField::failed, this, [this](Error error) {
        if (error.field != ChannelKey)
            error.field = CodeKey;
        showRefusal(error);
    });

    // Step 2: the check result now and the acknowledgement (its words wrap beside the box).
    m_check = new ClosingCheckView(this);
    m_ui->checkSlot->addWidget(m_check);
    m_binder->bind(AcknowledgedKey, m_ui->acknowledgedCheck);
    m_binder->bindError(AcknowledgedKey, m_ui->acknowledgedError, m_ui->acknowledgedCheck);
    m_ui->acknowledgedText->setBuddy(m_ui->acknowledgedCheck);
    m_binder->load();

    setTabOrder(m_ui->emailRadio, m_code->edit());
    setTabOrder(m_code->edit(), m_code->sendButton());
    setTabOrder(m_code->sendButton(), m_ui->acknowledgedCheck);
    setTabOrder(m_ui->acknowledgedCheck, m_ui->backButton);
    m_ui->accountIdError->hide();
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
    retranslate();
    showStep(VerifyStep);
}

DisableServicesDialog::~DisableServicesDialog() = default;

DisableServicesDialog::Step DisableServicesDialog::step() const
{
    return Step(m_ui->steps->currentIndex());
}

void DisableServicesDialog::accept()
{
    if (isSubmitting(m_ui->buttons))
        return;
    m_ui->accountIdError->hide();
    if (step() == VerifyStep)
        next();
    else
        disable();
}

void DisableServicesDialog::next()
{
    m_state->clearError(ChannelKey);
    m_state->clearError(CodeKey);
    const auto channel = enumFromString<Channel>(m_state->text(ChannelKey));
    const QString destination = channel ? destinationOf(m_account, *channel) : QString();
    if (destination.isEmpty())
        m_state->setError(makeError(QString::fromLatin1(rule::CLS_5), ChannelKey, u"unbound"_s));
    const auto code = validate::verificationCode(m_state->text(CodeKey), CodeKey);
    if (!code.ok())
        m_state->setError(code.error()); // R-VC-1
    if (QWidget *first = m_binder->firstWidgetWithError()) {
        first->setFocus();
        return;
    }
    // The code is checked now (OK uses it up), then the checks as they stand (R-CLS-5: the
    // service check result is shown before the acknowledgement).
    setBusy(true);
    DialogRetry::withdraw(m_ui->buttons);
    const QString accountId = m_account.accountId;
    onFinished(m_context->backend()->checkCode(
                   destination, QString::fromLatin1(CodePurpose::DisableServices), *code),
               this, [this, accountId](const Status &checked) {
                   if (!checked.ok()) {
                       setBusy(false);
                       Error error = checked.error();
                       if (isTransient(error))
                           DialogRetry::offer(m_ui->buttons, [this] { accept(); });
                       else
                           error.field = CodeKey;
                       return showRefusal(error);
                   }
                   onFinished(m_context->backend()->closingCheck(accountId), this,
                              [this](const Result<ClosingCheck> &check) {
                                  setBusy(false);
                                  if (!check.ok()) {
                                      if (isTransient(check.error()))
                                          DialogRetry::offer(m_ui->buttons, [this] { accept(); });
                                      return showRefusal(check.error());
                                  }
                                  m_check->setCheck(*check);
                                  showStep(ResultStep);
                              });
               });
}

void DisableServicesDialog::disable()
{
    m_state->clearError(AcknowledgedKey);
    if (!m_state->flag(AcknowledgedKey)) {
        m_state->setError(
            makeError(QString::fromLatin1(rule::CLS_5), AcknowledgedKey, u"required"_s));
        m_ui->acknowledgedCheck->setFocus();
        return;
    }
    DisableServicesRequest request;
    request.accountId = m_account.accountId;
    request.channel = enumFromString<Channel>(m_state->text(ChannelKey)).value_or(Channel::Email);
    request.code = m_state->text(CodeKey).trimmed();
    request.acknowledged = true;
    setBusy(true);
    submit(
        this, m_ui->buttons, m_context->backend()->disableServices(request),
        [this](const ServicesClosing &) {
            setBusy(false);
            m_successMessage = tr("Huawei Cloud services were disabled: the account can no longer "
                                  "sign in. The HUAWEI ID itself remains.");
        },
        [this](const Error &error) {
            setBusy(false);
            showRefusal(error);
        });
}

void DisableServicesDialog::back()
{
    if (isSubmitting(m_ui->buttons))
        return;
    m_ui->accountIdError->hide();
    showStep(VerifyStep);
}

void DisableServicesDialog::setBusy(bool busy)
{
    m_ui->buttons->setEnabled(!busy);
    m_ui->backButton->setEnabled(!busy);
}

void DisableServicesDialog::showStep(Step step)
{
    m_ui->steps->setCurrentIndex(step);
    const bool first = step == VerifyStep;
    m_ui->backButton->setVisible(!first);
    m_nextButton->setVisible(first);
    m_okButton->setVisible(!first);
    m_nextButton->setDefault(first);
    m_okButton->setDefault(!first);
    retranslate();
    if (first)
        m_code->edit()->setFocus();
    else
        m_ui->acknowledgedCheck->setFocus();
    adjustSize();
}

void DisableServicesDialog::showRefusal(Error error)
{
    const bool verify = error.field == ChannelKey || error.field == CodeKey;
    const bool result = error.field == AcknowledgedKey;
    if (isTransient(error) || (!verify && !result)) {
        // Too early, retention over, something owed (R-CLS-5): the dates and conditions named.
        m_ui->accountIdError->setText(ErrorText::message(
            ClosingText::readable(error, m_context->displayZone()), m_context->brand()));
        m_ui->accountIdError->show();
        return;
    }
    if (step() != (verify ? VerifyStep : ResultStep))
        showStep(verify ? VerifyStep : ResultStep);
    m_state->setError(error);
    if (QWidget *first = m_binder->firstWidgetWithError())
        first->setFocus();
}

void DisableServicesDialog::retranslate()
{
    setWindowTitle(tr("Disable Huawei Cloud Services"));
    m_ui->stepLabel->setText(step() == VerifyStep
                                 ? tr("Step 1 of 2: verify that you are the holder")
                                 : tr("Step 2 of 2: the service check result"));
    m_ui->verifyIntro->setText(
        tr("Disabling deletes all data for good and cannot be undone: the account can no longer "
           "sign in, and the services cannot be restored. Send a verification code to the HUAWEI "
           "ID's mobile number or email address and enter it. Codes arrive in the Outbox."));
    const QString phone = m_account.securityPhone;
    const QString email = m_account.email;
    m_ui->smsRadio->setText(phone.isEmpty() ? tr("S&MS (no mobile number bound)")
                                            : tr("S&MS to %1").arg(masked(phone, Channel::Sms)));
    m_ui->emailRadio->setText(email.isEmpty()
                                  ? tr("&Email (no email address bound)")
                                  : tr("&Email to %1").arg(masked(email, Channel::Email)));
    m_ui->resultIntro->setText(
        tr("The services are disabled only when nothing is owed: the Financial Check must pass."));
    m_ui->acknowledgedText->setText(
        tr("&I understand that all data will be automatically deleted and can no longer be "
           "accessed after Huawei Cloud services are disabled."));
    m_ui->acknowledgedCheck->setAccessibleName(captionOf(m_ui->acknowledgedText));
    m_nextButton->setText(tr("Ne&xt"));
    m_okButton->setText(tr("&Disable"));
    nameAllFormFields(this);
}

bool DisableServicesDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void DisableServicesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        m_check->setCheck(m_check->check());
    }
    QDialog::changeEvent(event);
}

} // namespace oc::gui
