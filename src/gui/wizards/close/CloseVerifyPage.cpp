#include "CloseVerifyPage.h"

#include "contract/Backend.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/widgets/CodeField.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_CloseVerifyPage.h"

#include <QButtonGroup>
#include <QLineEdit>
#include <QPushButton>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

QString masked(const QString &destination, Channel channel)
{
    return channel == Channel::Sms ? DomainText::maskedMobile(destination)
                                   : DomainText::maskedEmail(destination);
}

} // namespace

CloseVerifyPage::CloseVerifyPage(AppContext *context, CloseFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::CloseVerifyPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    using F = CloseFlow;
    m_code = new CodeField(context, this);
    m_code->setObjectName(u"codeField"_s);
    m_code->edit()->setObjectName(u"codeEdit"_s);
    m_code->sendButton()->setObjectName(u"sendCodeButton"_s);
    m_ui->codeSlot->addWidget(m_code);
    m_ui->codeLabel->setBuddy(m_code->edit());
    auto *channels = new QButtonGroup(this);
    channels->addButton(m_ui->smsRadio, 0);
    channels->addButton(m_ui->emailRadio, 1);
    FieldBinder *b = binder();
    b->bind(F::ChannelKey, channels, {oc::toString(Channel::Sms), oc::toString(Channel::Email)});
    b->bind(F::CodeKey, m_code->edit(), true);
    b->bindError(F::ChannelKey, m_ui->channelError, m_ui->smsRadio);
    b->bindError(F::CodeKey, m_ui->codeError, m_code->edit());
    flow->setFieldPage(F::ChannelKey, F::VerifyPage);
    flow->setFieldPage(F::CodeKey, F::VerifyPage);
    // R-CLS-3: the code goes to the HUAWEI ID's own mobile number or email (purpose
    // close-services), named masked as the HUAWEI ID Information shows it.
    m_code->setSender([this](std::function<void(const Result<CodeSent> &)> done) {
        const Channel channel = m_flow->channel();
        const QString to = m_flow->destination(channel);
        if (to.isEmpty())
            return done(makeError(u"R-CLS-3"_s, QString(CloseFlow::ChannelKey), u"unbound"_s));
        onFinished(this->context()->backend()->sendCode(
                       channel, to, QString::fromLatin1(CodePurpose::CloseServices)),
                   this, [done, channel](Result<CodeSent> sent) {
                       if (sent.ok()) {
                           CodeSent shown = *sent;
                           shown.destination = masked(shown.destination, channel);
                           sent = shown;
                       }
                       done(sent);
                   });
    });
    connect(m_code, &CodeField::failed, this, [this](Error error) {
        if (isTransient(error))
            return showError(error, [this] { m_code->sendButton()->click(); });
        if (error.field != CloseFlow::ChannelKey)
            error.field = QString(CloseFlow::CodeKey);
        state()->setError(error);
    });
    // Back from the checks (or Check again): a new application, the code emptied.
    connect(flow, &CloseFlow::checkChanged, this, [this] {
        retranslatePage();
        binder()->load();
    });
    QWidget::setTabOrder(m_ui->emailRadio, m_code->edit());
    QWidget::setTabOrder(m_code->edit(), m_code->sendButton());
    addStatusArea(m_ui->contentLayout);
}

CloseVerifyPage::~CloseVerifyPage() = default;

void CloseVerifyPage::initializePage()
{
    WizardPage::initializePage();
    m_code->edit()->setFocus();
}

bool CloseVerifyPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->submit(), tr("Checking the account…"), done);
    return true;
}

void CloseVerifyPage::retranslatePage()
{
    setTitle(tr("Close Huawei Cloud Services"));
    setSubTitle(tr("Step 2 of 3: Wait for Auto Check & Confirm — verify that you are the holder"));
    m_ui->introLabel->setText(
        tr("Only the HUAWEI ID holder can close Huawei Cloud services: send a verification code "
           "to the HUAWEI ID's mobile number or email address and enter it. OK then runs the "
           "automatic checks. Codes arrive in the Outbox."));
    const auto &detail = m_flow->account();
    m_ui->accountValue->setText(detail ? detail->account.displayName() : QString());
    const QString phone = m_flow->destination(Channel::Sms);
    const QString email = m_flow->destination(Channel::Email);
    m_ui->smsRadio->setText(phone.isEmpty() ? tr("S&MS (no mobile number bound)")
                                            : tr("S&MS to %1").arg(masked(phone, Channel::Sms)));
    m_ui->emailRadio->setText(email.isEmpty()
                                  ? tr("&Email (no email address bound)")
                                  : tr("&Email to %1").arg(masked(email, Channel::Email)));
    m_ui->smsRadio->setEnabled(!phone.isEmpty());
    m_ui->emailRadio->setEnabled(!email.isEmpty());
    m_ui->newApplicationNote->setText(
        tr("A check ends its application: a new application needs a new code. Once the failed "
           "items are fixed, send a code and click OK to run the checks again."));
    m_ui->newApplicationNote->setVisible(m_flow->isNewApplication());
    setButtonText(QWizard::NextButton, tr("&OK"));
}

} // namespace oc::gui
