#include "ExistingFeeCenterPage.h"

#include "core/Sites.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/widgets/CodeField.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_ExistingFeeCenterPage.h"

#include <QPushButton>

namespace oc::gui {

ExistingFeeCenterPage::ExistingFeeCenterPage(AppContext *context, LoginFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::ExistingFeeCenterPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_code = new CodeField(context, this);
    m_code->setObjectName(QStringLiteral("codeField"));
    m_ui->codeSlot->addWidget(m_code);
    m_ui->codeLabel->setBuddy(m_code->edit());
    setTabOrder(m_ui->usernameEdit, m_code->edit());
    setTabOrder(m_code->edit(), m_code->sendButton());
    for (const auto &site : Sites)
        m_ui->siteCombo->addItem(QString(), QString::fromLatin1(site.code));
    const auto key = [](const char *name) { return QString::fromLatin1(name); };
    FieldBinder *b = binder();
    b->bind(key(LoginFlow::SiteKey), m_ui->siteCombo);
    b->bind(key(LoginFlow::UsernameKey), m_ui->usernameEdit, true);
    b->bind(key(LoginFlow::CodeKey), m_code->edit(), true);
    for (const auto &[field, label] : {std::pair{LoginFlow::SiteKey, m_ui->siteError},
                                       std::pair{LoginFlow::UsernameKey, m_ui->usernameError},
                                       std::pair{LoginFlow::CodeKey, m_ui->codeError}}) {
        b->bindError(key(field), label);
        flow->setFieldPage(key(field), LoginFlow::ExistingFeeCenterPage);
    }
    // R-FC-3: the code goes to the fee-center account's registered email (shown masked).
    m_code->setSender([this](std::function<void(const Result<CodeSent> &)> sent) {
        m_flow->sendFeeCenterCode([sent](const Result<FeeCenterCodeSent> &result) {
            if (result.ok())
                sent(CodeSent{result->maskedEmail, result->expiresAt, result->resendAllowedAt});
            else
                sent(result.error());
        });
    });
    showCodeFailures(m_code);
    addStatusArea(m_ui->contentLayout);
}

ExistingFeeCenterPage::~ExistingFeeCenterPage() = default;

bool ExistingFeeCenterPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->verifyFeeCenter(), tr("Verifying…"), done);
    return true;
}

void ExistingFeeCenterPage::retranslatePage()
{
    setTitle(tr("Bind the fee-center account"));
    setSubTitle(
        tr("Enter the fee-center account's username and verify with the code sent to its email."));
    for (int i = 0; i < m_ui->siteCombo->count(); ++i)
        m_ui->siteCombo->setItemText(i,
                                     DomainText::siteName(m_ui->siteCombo->itemData(i).toString()));
    m_ui->siteWarning->setText(
        tr("The site does not matter for binding; it is where workspaces created in this flow "
           "are created, and it cannot be changed afterwards."));
}

} // namespace oc::gui
