#include "SignUpMobilePage.h"

#include "core/Validators.h"
#include "gui/AppContext.h"
#include "gui/widgets/CodeField.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_SignUpMobilePage.h"

#include <QLineEdit>
#include <QPushButton>

namespace oc::gui {

SignUpMobilePage::SignUpMobilePage(AppContext *context, SignUpFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::SignUpMobilePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    m_code = new CodeField(context, this);
    m_code->setObjectName(QStringLiteral("mobileCodeField"));
    m_ui->codeSlot->addWidget(m_code);
    m_ui->codeLabel->setBuddy(m_code->edit());
    setTabOrder(m_ui->mobileEdit, m_code->edit());
    setTabOrder(m_code->edit(), m_code->sendButton());
    setTabOrder(m_code->sendButton(), m_ui->skipButton);

    using F = SignUpFlow;
    FieldBinder *b = binder();
    b->bind(F::MobileKey, m_ui->mobileEdit, true);
    b->bind(F::MobileCodeKey, m_code->edit(), true);
    b->bindError(F::MobileKey, m_ui->mobileError);
    b->bindError(F::MobileCodeKey, m_ui->mobileCodeError, m_code->edit());
    flow->setFieldPage(F::MobileKey, F::MobilePage);
    flow->setFieldPage(F::MobileCodeKey, F::MobilePage);
    m_code->setRequest(Channel::Sms, QString::fromLatin1(CodePurpose::ServiceMobile),
                       [this]() -> Result<QString> {
                           return validate::mobile(m_flow->mobile(), false, SignUpFlow::MobileKey);
                       });
    showCodeFailures(m_code);
    connect(m_ui->skipButton, &QPushButton::clicked, this, [this] {
        m_flow->skipMobile();
        wizard()->next();
    });
    disableWhileBusy(m_ui->skipButton);
    addStatusArea(m_ui->contentLayout);
}

SignUpMobilePage::~SignUpMobilePage() = default;

QString SignUpMobilePage::progressText(int current)
{
    const QStringList steps = {tr("Verify Identity"), tr("Bind Mobile Number"),
                               tr("Complete Account Information"), tr("Select Payment Option")};
    QStringList parts;
    for (int i = 0; i < steps.size(); ++i) {
        const QString step = tr("%1 %2").arg(i + 1).arg(steps.at(i));
        if (i + 1 < current)
            parts << tr("%1 (done)").arg(step);
        else if (i + 1 == current)
            parts << QStringLiteral("<b>%1</b>").arg(step.toHtmlEscaped());
        else
            parts << step.toHtmlEscaped();
    }
    return parts.join(QStringLiteral(" &#8594; "));
}

bool SignUpMobilePage::startRemoteStep(std::function<void(const Status &)> done)
{
    if (m_flow->isSkipped(SignUpFlow::MobilePage))
        return false;
    await(m_flow->bindMobile(), tr("Binding the mobile number…"), done);
    return true;
}

void SignUpMobilePage::retranslatePage()
{
    setTitle(tr("Complete your information"));
    setSubTitle(tr("Before buying cloud services, add a mobile number, the account details and "
                   "a payment method."));
    m_ui->stepsLabel->setText(progressText(2));
    m_ui->introLabel->setText(tr("Bind the mobile number: a code is sent to it by SMS."));
    m_ui->mobileEdit->setPlaceholderText(tr("+86 138 0013 8000"));
    m_ui->noCodeLabel->setText(
        tr("Didn't get a verification code? Codes arrive in the Outbox (Go > Outbox); a new "
           "one can be requested after 60 seconds."));
    m_ui->mobileNote->setText(
        tr("This number is only for Huawei Cloud news and promotions and identity "
           "verification. It cannot be used to log in."));
    m_ui->skipButton->setToolTip(tr("Complete the information at the next login, via "
                                    "Associate in a message."));
    setButtonText(QWizard::CommitButton, tr("&Next"));
}

} // namespace oc::gui
