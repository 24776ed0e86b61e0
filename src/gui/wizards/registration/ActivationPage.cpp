#include "ActivationPage.h"

#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/widgets/HelpLink.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_ActivationPage.h"

#include <QButtonGroup>
#include <QLineEdit>

namespace oc::gui {

namespace {
QString key(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

ActivationPage::ActivationPage(AppContext *context, RegistrationFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::ActivationPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    m_help = new HelpLink(HelpTopic::AccountId, this);
    m_help->setObjectName(QStringLiteral("huaweiAccountIdHelp"));
    m_ui->huaweiHelpSlot->addWidget(m_help);
    setTabOrder(m_ui->huaweiAccountIdEdit, m_help);
    setTabOrder(m_help, m_ui->alibabaAccountIdEdit);

    m_languages = new QButtonGroup(this);
    m_languages->addButton(m_ui->languageChineseRadio, 0);
    m_languages->addButton(m_ui->languageEnglishRadio, 1);
    m_methods = new QButtonGroup(this);
    m_methods->addButton(m_ui->methodFeeCenterRadio, 0);
    m_methods->addButton(m_ui->methodHuaweiRadio, 1);
    m_methods->addButton(m_ui->methodAlibabaRadio, 2);
    m_methods->addButton(m_ui->methodAwsRadio, 3);

    using F = RegistrationFlow;
    FieldBinder *b = binder();
    b->bind(key(F::WorkspaceNameKey), m_ui->workspaceNameEdit);
    b->bind(key(F::LanguageKey), m_languages,
            {toString(WorkspaceLanguage::Chinese), toString(WorkspaceLanguage::English)});
    b->bind(key(F::MethodKey), m_methods,
            {toString(SettlementMethod::FeeCenter), toString(SettlementMethod::HuaweiCloud),
             toString(SettlementMethod::AlibabaCloud), toString(SettlementMethod::Aws)});
    b->bind(key(F::HuaweiAccountIdKey), m_ui->huaweiAccountIdEdit, true);
    b->bind(key(F::AlibabaAccountIdKey), m_ui->alibabaAccountIdEdit, true);
    b->bind(key(F::AlibabaInstanceIdKey), m_ui->alibabaInstanceIdEdit, true);
    b->bind(key(F::AwsSubscriptionKey), m_ui->awsConfirmCheck);
    b->bind(key(F::CreateFeeCenterKey), m_ui->createFeeCenterCheck);
    b->bind(key(F::TermsKey), m_ui->termsCheck);
    const QList<std::pair<const char *, QLabel *>> errors = {
        {F::WorkspaceNameKey, m_ui->workspaceNameError},
        {F::HuaweiAccountIdKey, m_ui->huaweiAccountIdError},
        {F::AlibabaAccountIdKey, m_ui->alibabaAccountIdError},
        {F::AlibabaInstanceIdKey, m_ui->alibabaInstanceIdError},
        {F::AwsSubscriptionKey, m_ui->awsSubscriptionError},
        {F::CreateFeeCenterKey, m_ui->createFeeCenterAccountError},
        {F::TermsKey, m_ui->termsError}};
    for (const auto &[field, label] : errors) {
        b->bindError(key(field), label);
        flow->setFieldPage(key(field), F::ActivationPage);
    }

    connect(flow, &RegistrationFlow::methodChanged, this, &ActivationPage::updateMethod);
    connect(flow, &RegistrationFlow::huaweiChecked, this, [this] {
        if (const auto &check = m_flow->huaweiCheck())
            m_ui->huaweiCheckValue->setText(
                tr("✓ %1, active instance %2").arg(check->displayName, check->instanceId));
    });
    // R-REG-2 live: the account id is looked up while typing, and again at commit.
    m_huaweiTimer.setSingleShot(true);
    m_huaweiTimer.setInterval(500);
    connect(&m_huaweiTimer, &QTimer::timeout, this, &ActivationPage::checkHuaweiLive);
    connect(m_ui->huaweiAccountIdEdit, &QLineEdit::textChanged, &m_huaweiTimer,
            qOverload<>(&QTimer::start));
    addStatusArea(m_ui->contentLayout);
}

ActivationPage::~ActivationPage() = default;

void ActivationPage::initializePage()
{
    WizardPage::initializePage();
    updateMethod();
    checkHuaweiLive();
}

void ActivationPage::updateMethod()
{
    const SettlementMethod method = m_flow->method();
    const bool huawei = method == SettlementMethod::HuaweiCloud;
    const bool alibaba = method == SettlementMethod::AlibabaCloud;
    const bool aws = method == SettlementMethod::Aws;
    using F = RegistrationFlow;
    QFormLayout *form = m_ui->form;
    showFormRow(form, m_ui->huaweiAccountIdEdit, huawei);
    showFormRow(form, m_ui->huaweiAccountIdError,
                huawei && m_flow->error(key(F::HuaweiAccountIdKey)));
    showFormRow(form, m_ui->huaweiHelpRow, huawei);
    showFormRow(form, m_ui->alibabaAccountIdEdit, alibaba);
    showFormRow(form, m_ui->alibabaAccountIdError,
                alibaba && m_flow->error(key(F::AlibabaAccountIdKey)));
    showFormRow(form, m_ui->alibabaInstanceIdEdit, alibaba);
    showFormRow(form, m_ui->alibabaInstanceIdError,
                alibaba && m_flow->error(key(F::AlibabaInstanceIdKey)));
    showFormRow(form, m_ui->awsConfirmCheck, aws);
    showFormRow(form, m_ui->awsSubscriptionError, aws && m_flow->error(key(F::AwsSubscriptionKey)));
    // R-REG-3: fee-center and Huawei Cloud settlement need the fee-center account (the flow
    // keeps it chosen).
    m_ui->createFeeCenterCheck->setEnabled(!m_flow->feeCenterRequired());
    retranslatePage();
}

void ActivationPage::checkHuaweiLive()
{
    m_ui->huaweiCheckValue->clear();
    m_flow->checkHuaweiAccount(); // a found account comes as huaweiChecked()
}

bool ActivationPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->activate(), tr("Activating…"), done);
    return true;
}

void ActivationPage::retranslatePage()
{
    setTitle(tr("Activation method"));
    setSubTitle(tr("Step 3 of 3: the first workspace and how it is settled."));
    setButtonText(QWizard::CommitButton, tr("&Activate"));
    m_ui->languageNote->setText(
        tr("The language of templates for events, alerts and messages. It cannot be changed "
           "after the workspace is created."));
    m_ui->createFeeCenterCheck->setToolTip(
        m_flow->feeCenterRequired() ? tr("Required for fee-center and Huawei Cloud settlement.")
                                    : QString());
}

} // namespace oc::gui
