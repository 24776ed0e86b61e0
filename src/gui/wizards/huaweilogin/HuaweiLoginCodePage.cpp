#include "HuaweiLoginCodePage.h"

#include "gui/AppContext.h"
#include "gui/widgets/CodeField.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_HuaweiLoginCodePage.h"

#include <QButtonGroup>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

// "138****5678" / "a***@example.com": where the code goes, as login pages show it.
QString masked(const QString &destination, Channel channel)
{
    if (channel == Channel::Email) {
        const qsizetype at = destination.lastIndexOf(QLatin1Char('@'));
        return at <= 0 ? destination : destination.left(1) + u"***"_s + destination.mid(at);
    }
    return destination.size() > 7
               ? destination.left(destination.size() - 8) + u"****"_s + destination.right(4)
               : destination;
}

} // namespace

HuaweiLoginCodePage::HuaweiLoginCodePage(AppContext *context, HuaweiLoginFlow *flow,
                                         QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::HuaweiLoginCodePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_code = new CodeField(context, this);
    m_code->setObjectName(u"codeField"_s);
    m_ui->codeSlot->addWidget(m_code);
    m_ui->codeLabel->setBuddy(m_code->edit());
    setTabOrder(m_ui->emailRadio, m_code->edit());
    setTabOrder(m_code->edit(), m_code->sendButton());
    m_channel = new QButtonGroup(this);
    m_channel->addButton(m_ui->smsRadio, 0);
    m_channel->addButton(m_ui->emailRadio, 1);
    using F = HuaweiLoginFlow;
    FieldBinder *b = binder();
    b->bind(F::ChannelKey, m_channel, {oc::toString(Channel::Sms), oc::toString(Channel::Email)});
    b->bind(F::CodeKey, m_code->edit(), true);
    b->bindError(F::ChannelKey, m_ui->channelError, m_ui->smsRadio);
    b->bindError(F::CodeKey, m_ui->codeError, m_code->edit());
    flow->setFieldPage(F::ChannelKey, F::CodePage);
    flow->setFieldPage(F::CodeKey, F::CodePage);
    // "Obtain code": to the chosen channel's bound destination.
    const auto destination = [this]() -> Result<QString> {
        const QString to = m_flow->destination(m_flow->channel());
        if (to.isEmpty())
            return makeError(u"R-ACC-19"_s, QString(HuaweiLoginFlow::ChannelKey), u"unbound"_s);
        return to;
    };
    const auto request = [this, destination] {
        m_code->setRequest(m_flow->channel(), QString::fromLatin1(CodePurpose::HuaweiLogin),
                           destination);
    };
    request();
    connect(flow, &WizardState::valueChanged, this, [request](const QString &key) {
        if (key == HuaweiLoginFlow::ChannelKey)
            request();
    });
    connect(flow, &HuaweiLoginFlow::challenged, this, &HuaweiLoginCodePage::showChallenge);
    showCodeFailures(m_code);
    addStatusArea(m_ui->contentLayout);
}

HuaweiLoginCodePage::~HuaweiLoginCodePage() = default;

void HuaweiLoginCodePage::initializePage()
{
    WizardPage::initializePage();
    showChallenge();
}

void HuaweiLoginCodePage::showChallenge()
{
    retranslatePage();
}

bool HuaweiLoginCodePage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->checkCode(), tr("Checking the code…"), done);
    return true;
}

void HuaweiLoginCodePage::retranslatePage()
{
    setTitle(tr("Verify your identity"));
    setSubTitle(tr("Obtain a verification code and enter it."));
    m_ui->accountValue->setText(m_flow->identifier());
    const QString phone = m_flow->destination(Channel::Sms);
    const QString email = m_flow->destination(Channel::Email);
    m_ui->smsRadio->setText(phone.isEmpty() ? tr("S&MS (no mobile number bound)")
                                            : tr("S&MS to %1").arg(masked(phone, Channel::Sms)));
    m_ui->emailRadio->setText(email.isEmpty()
                                  ? tr("&Email (no email address bound)")
                                  : tr("&Email to %1").arg(masked(email, Channel::Email)));
    m_ui->smsRadio->setEnabled(!phone.isEmpty());
    m_ui->emailRadio->setEnabled(!email.isEmpty());
    m_ui->introLabel->setText(m_flow->channelChoice()
                                  ? tr("Both a mobile number and an email address are bound: "
                                       "choose where the code goes. Codes arrive in the Outbox.")
                                  : tr("The code goes to the only destination bound. Codes "
                                       "arrive in the Outbox."));
    setButtonText(QWizard::NextButton, tr("&OK"));
}

} // namespace oc::gui
