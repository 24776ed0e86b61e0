#include "RegistrationWizard.h"

#include "FieldBinder.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "core/Sites.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/widgets/CodeField.h"
#include "gui/widgets/HelpLink.h"
#include "ui_ActivationPage.h"
#include "ui_BasicInfoPage.h"
#include "ui_CompanyInfoPage.h"
#include "ui_RegistrationDonePage.h"

#include <QButtonGroup>
#include <QLineEdit>
#include <QPushButton>

namespace oc::gui {

namespace {

QString k(const char *name)
{
    return QString::fromLatin1(name);
}

void collect(QList<Error> &errors, const Result<QString> &result)
{
    if (!result.ok())
        errors << result.error();
}

void collect(QList<Error> &errors, const Problem &problem)
{
    if (problem)
        errors << *problem;
}

} // namespace

// ---- state ---------------------------------------------------------------------------

RegistrationState::RegistrationState(QObject *parent)
    : WizardState(parent)
{
    markSecret(k(Password));
    markSecret(k(PasswordConfirm));
    markSecret(k(Code));
    setDefault(k(Site), QStringLiteral("cn4"));
    setDefault(k(Language), toString(WorkspaceLanguage::Chinese));
    setDefault(k(Method), toString(SettlementMethod::HuaweiCloud));
    setDefault(k(CreateFeeCenter), true);
    setDefault(k(Agreement), false);
    setDefault(k(Terms), false);
    setDefault(k(AwsSubscription), false);
}

SettlementMethod RegistrationState::method() const
{
    return enumOr(text(k(Method)), SettlementMethod::FeeCenter);
}

bool RegistrationState::feeCenterRequired() const
{
    return method() == SettlementMethod::FeeCenter || method() == SettlementMethod::HuaweiCloud;
}

RegistrationRequest RegistrationState::request() const
{
    RegistrationRequest r;
    r.site = text(k(Site));
    r.username = text(k(Username)).trimmed();
    r.password = text(k(Password));
    r.email = text(k(Email)).trimmed();
    r.code = text(k(Code)).trimmed();
    r.mobile = text(k(Mobile));
    r.enterpriseName = text(k(EnterpriseName));
    r.industry = text(k(Industry));
    r.contact = text(k(Contact));
    r.agreementAccepted = flag(k(Agreement));
    r.workspaceName = text(k(WorkspaceName));
    r.language = enumOr(text(k(Language)), WorkspaceLanguage::Chinese);
    r.method = method();
    r.huaweiAccountId = text(k(HuaweiAccountId));
    r.alibabaAccountId = text(k(AlibabaAccountId)).trimmed();
    r.alibabaInstanceId = text(k(AlibabaInstanceId)).trimmed();
    r.awsSubscriptionConfirmed = flag(k(AwsSubscription));
    r.createFeeCenterAccount = feeCenterRequired() || flag(k(CreateFeeCenter));
    r.termsAccepted = flag(k(Terms));
    return r;
}

QList<Error> RegistrationState::basicInfoErrors() const
{
    QList<Error> errors;
    collect(errors, validate::site(text(k(Site))));
    collect(errors, validate::username(text(k(Username))));
    collect(errors, validate::guancePassword(text(k(Password))));
    collect(errors, validate::passwordConfirmation(text(k(Password)), text(k(PasswordConfirm))));
    collect(errors, validate::email(text(k(Email))));
    collect(errors, validate::verificationCode(text(k(Code))));
    collect(errors, validate::mobile(text(k(Mobile)), true));
    return errors;
}

QList<Error> RegistrationState::companyInfoErrors() const
{
    QList<Error> errors;
    collect(errors, validate::requiredText(text(k(EnterpriseName)), k(EnterpriseName), 64));
    collect(errors, validate::optionalText(text(k(Industry)), k(Industry), 64));
    collect(errors, validate::optionalText(text(k(Contact)), k(Contact), 128));
    if (!flag(k(Agreement)))
        errors << makeError(QStringLiteral("R-REG-1"), k(Agreement), QStringLiteral("terms"));
    return errors;
}

QList<Error> RegistrationState::activationErrors() const
{
    QList<Error> errors;
    collect(errors, validate::workspaceName(text(k(WorkspaceName))));
    switch (method()) {
    case SettlementMethod::HuaweiCloud:
        collect(errors, validate::huaweiAccountId(text(k(HuaweiAccountId)), k(HuaweiAccountId)));
        break;
    case SettlementMethod::AlibabaCloud: {
        const QString account = text(k(AlibabaAccountId)).trimmed();
        static const QRegularExpression digits(QStringLiteral("^\\d{8,20}$"));
        if (account.isEmpty())
            errors << makeError(QString::fromLatin1(SystemError::Required), k(AlibabaAccountId),
                                QStringLiteral("required"));
        else if (!digits.match(account).hasMatch())
            errors << makeError(QStringLiteral("R-SET-1"), k(AlibabaAccountId),
                                QStringLiteral("format"));
        collect(errors,
                validate::requiredText(text(k(AlibabaInstanceId)), k(AlibabaInstanceId), 64));
        break;
    }
    case SettlementMethod::Aws:
        if (!flag(k(AwsSubscription)))
            errors << makeError(QStringLiteral("R-SET-1"), k(AwsSubscription),
                                QStringLiteral("notConfirmed"));
        break;
    case SettlementMethod::FeeCenter:
        break;
    }
    if (!flag(k(Terms)))
        errors << makeError(QStringLiteral("R-REG-2"), k(Terms), QStringLiteral("terms"));
    // Passwords are not kept in drafts: after a resume they are typed again on page 1.
    if (text(k(Password)).isEmpty())
        errors << makeError(QString::fromLatin1(SystemError::Required), k(Password),
                            QStringLiteral("required"));
    return errors;
}

// ---- page 1: basic information ----------------------------------------------------------

BasicInfoPage::BasicInfoPage(AppContext *context, RegistrationState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::BasicInfoPage>())
    , m_reg(state)
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

    FieldBinder *b = binder();
    b->bind(k(RegistrationState::Site), m_ui->siteCombo);
    b->bind(k(RegistrationState::Username), m_ui->usernameEdit, true);
    b->bind(k(RegistrationState::Password), m_ui->passwordEdit);
    b->bind(k(RegistrationState::PasswordConfirm), m_ui->passwordConfirmEdit);
    b->bind(k(RegistrationState::Email), m_ui->emailEdit, true);
    b->bind(k(RegistrationState::Code), m_code->edit(), true);
    b->bind(k(RegistrationState::Mobile), m_ui->mobileEdit, true);
    const QList<std::pair<const char *, QLabel *>> errors = {
        {RegistrationState::Site, m_ui->siteError},
        {RegistrationState::Username, m_ui->usernameError},
        {RegistrationState::Password, m_ui->passwordError},
        {RegistrationState::PasswordConfirm, m_ui->passwordConfirmError},
        {RegistrationState::Email, m_ui->emailError},
        {RegistrationState::Code, m_ui->codeError},
        {RegistrationState::Mobile, m_ui->mobileError}};
    for (const auto &[field, label] : errors) {
        b->bindError(k(field), label);
        state->setFieldPage(k(field), RegistrationWizard::BasicInfo);
    }

    m_code->setRequest(Channel::Email, QString::fromLatin1(CodePurpose::Register),
                       [this]() -> Result<QString> {
                           return validate::email(m_reg->text(k(RegistrationState::Email)));
                       });
    connect(m_code, &CodeField::failed, this, [this](const Error &error) {
        // A refusal of the email lands at its field; the backend unreachable on the page
        // (Send again is the retry).
        if (isTransient(error))
            showError(error, [this] { m_code->sendButton()->click(); });
        else
            m_reg->setError(error);
    });

    // R-FC-1 live: the username is checked while typing, and again at commit.
    m_usernameTimer.setSingleShot(true);
    m_usernameTimer.setInterval(600);
    connect(&m_usernameTimer, &QTimer::timeout, this, &BasicInfoPage::checkUsernameLive);
    connect(m_ui->usernameEdit, &QLineEdit::textEdited, &m_usernameTimer,
            qOverload<>(&QTimer::start));
    addStatusArea(m_ui->contentLayout);
}

BasicInfoPage::~BasicInfoPage() = default;

void BasicInfoPage::checkUsernameLive()
{
    const QString username = m_reg->text(k(RegistrationState::Username)).trimmed();
    if (!validate::username(username).ok())
        return; // the format message comes with Next
    onFinished(context()->backend()->checkUsername(username), this,
               [this, username](const Status &status) {
                   if (username != m_reg->text(k(RegistrationState::Username)).trimmed())
                       return;
                   if (!status.ok() && status.error().field == k(RegistrationState::Username))
                       m_reg->setError(status.error());
               });
}

bool BasicInfoPage::isPageComplete() const
{
    for (const char *field :
         {RegistrationState::Username, RegistrationState::Password,
          RegistrationState::PasswordConfirm, RegistrationState::Email, RegistrationState::Code})
        if (m_reg->text(k(field)).trimmed().isEmpty())
            return false;
    return true;
}

QList<Error> BasicInfoPage::localErrors() const
{
    return m_reg->basicInfoErrors();
}

bool BasicInfoPage::startRemoteStep(std::function<void(const Status &)> done)
{
    const QString busy = tr("Checking the username, email and code…");
    const QString username = m_reg->text(k(RegistrationState::Username)).trimmed();
    const QString email = m_reg->text(k(RegistrationState::Email)).trimmed();
    const QString site = m_reg->text(k(RegistrationState::Site));
    const QString code = m_reg->text(k(RegistrationState::Code)).trimmed();
    Backend *backend = context()->backend();
    await(backend->checkUsername(username), busy, [=, this](const Status &user) {
        if (!user.ok())
            return done(user);
        await(backend->checkGuanceEmail(email, site), busy, [=, this](const Status &mail) {
            if (!mail.ok())
                return done(mail);
            await(backend->checkCode(email, QString::fromLatin1(CodePurpose::Register), code), busy,
                  [done](const Status &verified) { done(verified); });
        });
    });
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

// ---- page 2: company information --------------------------------------------------------

CompanyInfoPage::CompanyInfoPage(AppContext *context, RegistrationState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::CompanyInfoPage>())
    , m_reg(state)
{
    m_ui->setupUi(this);
    FieldBinder *b = binder();
    b->bind(k(RegistrationState::EnterpriseName), m_ui->enterpriseNameEdit);
    b->bind(k(RegistrationState::Industry), m_ui->industryCombo);
    b->bind(k(RegistrationState::Contact), m_ui->contactEdit);
    b->bind(k(RegistrationState::Agreement), m_ui->agreementCheck);
    const QList<std::pair<const char *, QLabel *>> errors = {
        {RegistrationState::EnterpriseName, m_ui->enterpriseNameError},
        {RegistrationState::Industry, m_ui->industryError},
        {RegistrationState::Contact, m_ui->contactError},
        {RegistrationState::Agreement, m_ui->agreementError}};
    for (const auto &[field, label] : errors) {
        b->bindError(k(field), label);
        state->setFieldPage(k(field), RegistrationWizard::CompanyInfo);
    }
    addStatusArea(m_ui->contentLayout);
}

CompanyInfoPage::~CompanyInfoPage() = default;

bool CompanyInfoPage::isPageComplete() const
{
    return !m_reg->text(k(RegistrationState::EnterpriseName)).trimmed().isEmpty() &&
           m_reg->flag(k(RegistrationState::Agreement));
}

QList<Error> CompanyInfoPage::localErrors() const
{
    return m_reg->companyInfoErrors();
}

void CompanyInfoPage::retranslatePage()
{
    setTitle(tr("Company information"));
    setSubTitle(tr("Step 2 of 3: who is billed."));
    const QString current = m_reg->text(k(RegistrationState::Industry));
    const QSignalBlocker block(m_ui->industryCombo);
    m_ui->industryCombo->clear();
    m_ui->industryCombo->addItems({tr("Internet"), tr("Finance"), tr("Retail"), tr("Manufacturing"),
                                   tr("Logistics"), tr("Media"), tr("Education"), tr("Healthcare"),
                                   tr("Public sector"), tr("Other")});
    m_ui->industryCombo->setCurrentIndex(-1);
    m_ui->industryCombo->setEditText(current);
}

// ---- page 3: activation -----------------------------------------------------------------

ActivationPage::ActivationPage(AppContext *context, RegistrationState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::ActivationPage>())
    , m_reg(state)
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

    FieldBinder *b = binder();
    b->bind(k(RegistrationState::WorkspaceName), m_ui->workspaceNameEdit);
    b->bind(k(RegistrationState::Language), m_languages,
            {toString(WorkspaceLanguage::Chinese), toString(WorkspaceLanguage::English)});
    b->bind(k(RegistrationState::Method), m_methods,
            {toString(SettlementMethod::FeeCenter), toString(SettlementMethod::HuaweiCloud),
             toString(SettlementMethod::AlibabaCloud), toString(SettlementMethod::Aws)});
    b->bind(k(RegistrationState::HuaweiAccountId), m_ui->huaweiAccountIdEdit, true);
    b->bind(k(RegistrationState::AlibabaAccountId), m_ui->alibabaAccountIdEdit, true);
    b->bind(k(RegistrationState::AlibabaInstanceId), m_ui->alibabaInstanceIdEdit, true);
    b->bind(k(RegistrationState::AwsSubscription), m_ui->awsConfirmCheck);
    b->bind(k(RegistrationState::CreateFeeCenter), m_ui->createFeeCenterCheck);
    b->bind(k(RegistrationState::Terms), m_ui->termsCheck);
    const QList<std::pair<const char *, QLabel *>> errors = {
        {RegistrationState::WorkspaceName, m_ui->workspaceNameError},
        {RegistrationState::HuaweiAccountId, m_ui->huaweiAccountIdError},
        {RegistrationState::AlibabaAccountId, m_ui->alibabaAccountIdError},
        {RegistrationState::AlibabaInstanceId, m_ui->alibabaInstanceIdError},
        {RegistrationState::AwsSubscription, m_ui->awsSubscriptionError},
        {RegistrationState::CreateFeeCenter, m_ui->createFeeCenterAccountError},
        {RegistrationState::Terms, m_ui->termsError}};
    for (const auto &[field, label] : errors) {
        b->bindError(k(field), label);
        state->setFieldPage(k(field), RegistrationWizard::Activation);
    }

    connect(state, &WizardState::valueChanged, this, [this](const QString &key) {
        if (key == k(RegistrationState::Method))
            updateMethod();
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
    const SettlementMethod method = m_reg->method();
    const bool huawei = method == SettlementMethod::HuaweiCloud;
    const bool alibaba = method == SettlementMethod::AlibabaCloud;
    const bool aws = method == SettlementMethod::Aws;
    QFormLayout *form = m_ui->form;
    showFormRow(form, m_ui->huaweiAccountIdEdit, huawei);
    showFormRow(form, m_ui->huaweiAccountIdError,
                huawei && m_reg->error(k(RegistrationState::HuaweiAccountId)));
    showFormRow(form, m_ui->huaweiHelpRow, huawei);
    showFormRow(form, m_ui->alibabaAccountIdEdit, alibaba);
    showFormRow(form, m_ui->alibabaAccountIdError,
                alibaba && m_reg->error(k(RegistrationState::AlibabaAccountId)));
    showFormRow(form, m_ui->alibabaInstanceIdEdit, alibaba);
    showFormRow(form, m_ui->alibabaInstanceIdError,
                alibaba && m_reg->error(k(RegistrationState::AlibabaInstanceId)));
    showFormRow(form, m_ui->awsConfirmCheck, aws);
    showFormRow(form, m_ui->awsSubscriptionError,
                aws && m_reg->error(k(RegistrationState::AwsSubscription)));
    // R-REG-3: fee-center and Huawei Cloud settlement need the fee-center account.
    const bool required = m_reg->feeCenterRequired();
    m_ui->createFeeCenterCheck->setEnabled(!required);
    if (required) {
        m_ui->createFeeCenterCheck->setChecked(true);
        m_reg->setDefault(k(RegistrationState::CreateFeeCenter), true);
    }
    retranslatePage();
}

void ActivationPage::checkHuaweiLive()
{
    const QString input = m_reg->text(k(RegistrationState::HuaweiAccountId));
    m_huaweiChecked.clear();
    m_ui->huaweiCheckValue->clear();
    if (m_reg->method() != SettlementMethod::HuaweiCloud || !validate::huaweiAccountId(input).ok())
        return;
    onFinished(
        context()->backend()->checkHuaweiActivation(input), this,
        [this, input](const Result<HuaweiActivationCheck> &check) {
            if (input != m_reg->text(k(RegistrationState::HuaweiAccountId)))
                return;
            if (check.ok()) {
                m_huaweiChecked = check->accountId;
                m_ui->huaweiCheckValue->setText(
                    tr("✓ %1, active instance %2").arg(check->displayName, check->instanceId));
            } else if (!isTransient(check.error())) {
                // Early feedback only: an unreachable backend shows up at Activate.
                m_reg->setError(check.error());
            }
        });
}

bool ActivationPage::isPageComplete() const
{
    if (m_reg->text(k(RegistrationState::WorkspaceName)).trimmed().isEmpty() ||
        !m_reg->flag(k(RegistrationState::Terms)))
        return false;
    switch (m_reg->method()) {
    case SettlementMethod::HuaweiCloud:
        return !m_reg->text(k(RegistrationState::HuaweiAccountId)).trimmed().isEmpty();
    case SettlementMethod::AlibabaCloud:
        return !m_reg->text(k(RegistrationState::AlibabaAccountId)).isEmpty() &&
               !m_reg->text(k(RegistrationState::AlibabaInstanceId)).isEmpty();
    case SettlementMethod::Aws:
        return m_reg->flag(k(RegistrationState::AwsSubscription));
    case SettlementMethod::FeeCenter:
        return true;
    }
    return true;
}

QList<Error> ActivationPage::localErrors() const
{
    return m_reg->activationErrors();
}

bool ActivationPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(context()->backend()->registerCommercialPlan(m_reg->request()), tr("Activating…"),
          [this, done](const Result<RegistrationResult> &result) {
              if (result.ok()) {
                  if (auto *wizard = qobject_cast<RegistrationWizard *>(ocWizard()))
                      emit wizard->registered(*result);
                  done(okStatus());
              } else {
                  done(result.error());
              }
          });
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
        m_reg->feeCenterRequired() ? tr("Required for fee-center and Huawei Cloud settlement.")
                                   : QString());
}

// ---- page 4: done ----------------------------------------------------------------------

RegistrationDonePage::RegistrationDonePage(AppContext *context, RegistrationState *state,
                                           QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::RegistrationDonePage>())
    , m_reg(state)
{
    m_ui->setupUi(this);
    addStatusArea(m_ui->contentLayout);
}

RegistrationDonePage::~RegistrationDonePage() = default;

void RegistrationDonePage::setResult(const RegistrationResult &result)
{
    m_result = result;
}

void RegistrationDonePage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
}

void RegistrationDonePage::retranslatePage()
{
    setTitle(tr("Done"));
    setSubTitle(QString());
    m_ui->doneTitle->setText(tr("Activated successfully"));
    if (!m_result)
        return;
    const RegistrationResult &r = *m_result;
    const QString brand = context()->brand();
    m_ui->guanceAccountValue->setText(
        tr("%1 account %2 (%3)")
            .arg(brand, r.guanceAccount.username, DomainText::siteName(r.guanceAccount.site)));
    m_ui->feeCenterValue->setText(r.feeCenterAccount ? r.feeCenterAccount->username
                                                     : tr("Not created"));
    m_ui->workspaceValue->setText(
        tr("%1 — %2, %3")
            .arg(r.workspace.name,
                 DomainText::enumValue(enumName::WorkspaceLanguage, toString(r.workspace.language)),
                 DomainText::siteName(r.workspace.site)));
    QString settlement =
        DomainText::enumValue(enumName::SettlementMethod, toString(r.workspace.settlement));
    if (!r.workspace.settlementAccountId.isEmpty())
        settlement += QStringLiteral("\n") + r.workspace.settlementAccountId;
    if (!r.workspace.settlementInstanceId.isEmpty())
        settlement += QStringLiteral("\n") + r.workspace.settlementInstanceId;
    m_ui->settlementValue->setText(settlement);
    m_ui->billingHint->setText(
        r.feeCenterAccount
            ? tr("Log in to the Billing Center with the username %1 and the password you set to "
                 "see bills, stored-value cards and workspaces.")
                  .arg(r.feeCenterAccount->username)
            : tr("This workspace is billed by its cloud account; no Billing Center login was "
                 "created."));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
}

// ---- wizard ----------------------------------------------------------------------------

RegistrationWizard::RegistrationWizard(AppContext *context, const QString &huaweiAccountId,
                                       QWidget *parent)
    : Wizard(context, new RegistrationState, QString::fromLatin1(Name), parent)
    , m_reg(static_cast<RegistrationState *>(state()))
{
    if (!huaweiAccountId.isEmpty()) {
        m_reg->setDefault(k(RegistrationState::HuaweiAccountId), huaweiAccountId);
        m_reg->setDefault(k(RegistrationState::Method), toString(SettlementMethod::HuaweiCloud));
    }
    addNamedPage(BasicInfo, new BasicInfoPage(context, m_reg, this), QStringLiteral("basicInfo"));
    addNamedPage(CompanyInfo, new CompanyInfoPage(context, m_reg, this),
                 QStringLiteral("companyInfo"));
    addNamedPage(Activation, new ActivationPage(context, m_reg, this),
                 QStringLiteral("activation"));
    auto *donePage = new RegistrationDonePage(context, m_reg, this);
    addNamedPage(Done, donePage, QStringLiteral("registrationDone"));
    connect(this, &RegistrationWizard::registered, donePage, &RegistrationDonePage::setResult);
    retranslate();
}

QString RegistrationWizard::title() const
{
    return tr("Register the %1 Commercial Plan").arg(context()->brand());
}

} // namespace oc::gui
