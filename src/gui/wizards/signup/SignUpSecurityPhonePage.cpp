#include "SignUpSecurityPhonePage.h"

#include "core/Validators.h"
#include "gui/AppContext.h"
#include "gui/widgets/CodeField.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_SignUpSecurityPhonePage.h"

#include <QLineEdit>
#include <QPushButton>

namespace oc::gui {

SignUpSecurityPhonePage::SignUpSecurityPhonePage(AppContext *context, SignUpFlow *flow,
                                                 QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::SignUpSecurityPhonePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    m_code = new CodeField(context, this);
    m_code->setObjectName(QStringLiteral("securityCodeField"));
    m_ui->codeSlot->addWidget(m_code);
    m_ui->codeLabel->setBuddy(m_code->edit());
    setTabOrder(m_ui->securityPhoneEdit, m_code->edit());
    setTabOrder(m_code->edit(), m_code->sendButton());
    setTabOrder(m_code->sendButton(), m_ui->skipButton);

    using F = SignUpFlow;
    FieldBinder *b = binder();
    b->bind(F::SecurityPhoneKey, m_ui->securityPhoneEdit, true);
    b->bind(F::SecurityCodeKey, m_code->edit(), true);
    b->bindError(F::SecurityPhoneKey, m_ui->securityPhoneError);
    b->bindError(F::SecurityCodeKey, m_ui->securityPhoneCodeError, m_code->edit());
    flow->setFieldPage(F::SecurityPhoneKey, F::SecurityPhonePage);
    flow->setFieldPage(F::SecurityCodeKey, F::SecurityPhonePage);
    m_code->setRequest(
        Channel::Sms, QString::fromLatin1(CodePurpose::SecurityPhone), [this]() -> Result<QString> {
            return validate::mobile(m_flow->securityPhone(), false, SignUpFlow::SecurityPhoneKey);
        });
    showCodeFailures(m_code);
    // R-ACC-4: the security phone is optional.
    connect(m_ui->skipButton, &QPushButton::clicked, this, [this] {
        m_flow->skipSecurityPhone();
        wizard()->next();
    });
    disableWhileBusy(m_ui->skipButton);
    addStatusArea(m_ui->contentLayout);
}

SignUpSecurityPhonePage::~SignUpSecurityPhonePage() = default;

bool SignUpSecurityPhonePage::startRemoteStep(std::function<void(const Status &)> done)
{
    if (m_flow->isSkipped(SignUpFlow::SecurityPhonePage))
        return false;
    await(m_flow->bindSecurityPhone(), tr("Binding the security phone…"), done);
    return true;
}

void SignUpSecurityPhonePage::retranslatePage()
{
    setTitle(tr("Security phone number"));
    setSubTitle(tr("Used to reset a forgotten password. You can skip this step."));
    m_ui->introLabel->setText(
        tr("Enter the number with its country code, then get a code by SMS (see the Outbox)."));
    m_ui->securityPhoneEdit->setPlaceholderText(tr("+86 138 0013 8000"));
    setButtonText(QWizard::CommitButton, tr("&OK"));
}

} // namespace oc::gui
