#include "BasicInfoPage.h"

#include "core/Sites.h"
#include "core/Validators.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/widgets/CodeField.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_BasicInfoPage.h"

#include <QLineEdit>
#include <QPushButton>

namespace oc::gui {

BasicInfoPage::BasicInfoPage(AppContext *context, RegistrationFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::BasicInfoPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_code = new CodeField(context, this);
    m_code->setObjectName(QStringLiteral("codeField"));
    m_ui->codeSlot->addWidget(m_code);
    m_ui->codeLabel->setBuddy(m_code->edit());
    setTabOrder(m_ui->emailEdit, m_code->edit());
    setTabOrder(m_code->edit(), m_code->sendButton());
    setTabOrder(m_code->sendButton(), m_ui->mobileEdit);
    for (const auto &site : Sites)
        m_ui->siteCombo->addItem(QString(), QString::fromLatin1(site.code));

    using F = RegistrationFlow;
    const auto key = [](const char *name) { return QString::fromLatin1(name); };
    FieldBinder *b = binder();
    b->bind(key(F::SiteKey), m_ui->siteCombo);
    b->bind(key(F::UsernameKey), m_ui->usernameEdit, true);
    b->bind(key(F::PasswordKey), m_ui->passwordEdit);
    b->bind(key(F::PasswordConfirmKey), m_ui->passwordConfirmEdit);
    b->bind(key(F::EmailKey), m_ui->emailEdit, true);
    b->bind(key(F::CodeKey), m_code->edit(), true);
    b->bind(key(F::MobileKey), m_ui->mobileEdit, true);
    const QList<std::pair<const char *, QLabel *>> errors = {
        {F::SiteKey, m_ui->siteError},         {F::UsernameKey, m_ui->usernameError},
        {F::PasswordKey, m_ui->passwordError}, {F::PasswordConfirmKey, m_ui->passwordConfirmError},
        {F::EmailKey, m_ui->emailError},       {F::CodeKey, m_ui->codeError},
        {F::MobileKey, m_ui->mobileError}};
    for (const auto &[field, label] : errors) {
        b->bindError(key(field), label);
        flow->setFieldPage(key(field), F::BasicInfoPage);
    }

    m_code->setRequest(Channel::Email, QString::fromLatin1(CodePurpose::Register),
                       [this]() -> Result<QString> { return validate::email(m_flow->email()); });
    showCodeFailures(m_code);

    // R-FC-1 live: the username is checked while typing, and again at commit.
    m_usernameTimer.setSingleShot(true);
    m_usernameTimer.setInterval(600);
    connect(&m_usernameTimer, &QTimer::timeout, this, [this] { m_flow->checkUsername(); });
    connect(flow, &WizardState::valueChanged, this, [this](const QString &changed) {
        if (changed == QLatin1StringView(RegistrationFlow::UsernameKey))
            m_usernameTimer.start();
    });
    addStatusArea(m_ui->contentLayout);
}

BasicInfoPage::~BasicInfoPage() = default;

bool BasicInfoPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->checkBasicInfo(), tr("Checking the username, email and code…"), done);
    return true;
}

void BasicInfoPage::retranslatePage()
{
    setTitle(tr("Basic information"));
    setSubTitle(tr("Step 1 of 3: the %1 account. The same username and password sign in to the "
                   "Billing Center.")
                    .arg(context()->brand()));
    for (int i = 0; i < m_ui->siteCombo->count(); ++i)
        m_ui->siteCombo->setItemText(i,
                                     DomainText::siteName(m_ui->siteCombo->itemData(i).toString()));
    m_ui->siteNote->setText(
        tr("Workspaces are created on this site; it cannot be changed afterwards."));
    m_ui->passwordEdit->setToolTip(
        tr("8 to 32 characters with at least three of: uppercase, lowercase, digits, symbols."));
}

} // namespace oc::gui
