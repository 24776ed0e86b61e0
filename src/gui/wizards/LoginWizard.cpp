#include "LoginWizard.h"

#include "FieldBinder.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "core/Sites.h"
#include "core/Validators.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/DomainText.h"
#include "gui/dialogs/CreateWorkspaceDialog.h"
#include "gui/widgets/CodeField.h"
#include "ui_ActivatedPage.h"
#include "ui_BindWorkspacePage.h"
#include "ui_ChangePasswordPage.h"
#include "ui_EnterpriseConfirmPage.h"
#include "ui_ExistingFeeCenterPage.h"
#include "ui_FeeCenterChoicePage.h"
#include "ui_LoginPage.h"

#include <QButtonGroup>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

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

QTableWidget *makeTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(table->fontMetrics().height() * 8);
    return table;
}

} // namespace

LoginState::LoginState(QObject *parent)
    : WizardState(parent)
{
    for (const char *secret : {Password, CurrentPassword, NewPassword, NewPasswordConfirm, Code})
        markSecret(k(secret));
    setDefault(k(Branch), QStringLiteral("existing"));
    setDefault(k(Site), QStringLiteral("cn4"));
}

// ---- 1. unified login ---------------------------------------------------------------------

LoginPage::LoginPage(AppContext *context, LoginState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::LoginPage>())
    , m_login(state)
{
    m_ui->setupUi(this);
    binder()->bind(k(LoginState::LoginName), m_ui->loginNameEdit, true);
    binder()->bind(k(LoginState::Password), m_ui->passwordEdit);
    binder()->bindError(k(LoginState::LoginName), m_ui->loginNameError);
    binder()->bindError(k(LoginState::Password), m_ui->passwordError);
    state->setFieldPage(k(LoginState::LoginName), LoginWizard::Login);
    state->setFieldPage(k(LoginState::Password), LoginWizard::Login);
    m_ui->addressValue->setText(QString::fromLatin1(Catalogue::UnifiedLoginAddress));
    addStatusArea(m_ui->contentLayout);
}

LoginPage::~LoginPage() = default;

bool LoginPage::isPageComplete() const
{
    return !m_login->text(k(LoginState::LoginName)).isEmpty() &&
           !m_login->text(k(LoginState::Password)).isEmpty();
}

QList<Error> LoginPage::localErrors() const
{
    const QString name = m_login->text(k(LoginState::LoginName));
    const auto at = name.indexOf(QLatin1Char('@'));
    if (at <= 0 || !validate::memberAccount(name.left(at)).ok() ||
        !validate::abbreviation(name.mid(at + 1)).ok())
        return {makeError(QStringLiteral("R-ORG-6"), k(LoginState::LoginName),
                          QStringLiteral("format"))};
    return {};
}

bool LoginPage::startRemoteStep(std::function<void(const Status &)> done)
{
    const LoginRequest request{m_login->text(k(LoginState::LoginName)),
                               m_login->text(k(LoginState::Password))};
    await(context()->backend()->unifiedLogin(request), tr("Logging in…"),
          [this, done](const Result<LoginSession> &session) {
              if (!session.ok())
                  return done(session.error());
              m_login->session = *session;
              // The initial password is the current one on the next page.
              m_login->setDefault(k(LoginState::CurrentPassword),
                                  m_login->text(k(LoginState::Password)));
              done(okStatus());
          });
    return true;
}

void LoginPage::retranslatePage()
{
    setTitle(tr("Unified login"));
    setSubTitle(
        tr("Log in with the account and password set when the member was added, e.g. wendy@gcy."));
}

// ---- 2. change the initial password -------------------------------------------------------

ChangePasswordPage::ChangePasswordPage(AppContext *context, LoginState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::ChangePasswordPage>())
    , m_login(state)
{
    m_ui->setupUi(this);
    FieldBinder *b = binder();
    b->bind(k(LoginState::CurrentPassword), m_ui->currentPasswordEdit);
    b->bind(k(LoginState::NewPassword), m_ui->newPasswordEdit);
    b->bind(k(LoginState::NewPasswordConfirm), m_ui->newPasswordConfirmEdit);
    for (const auto &[field, label] :
         {std::pair{LoginState::CurrentPassword, m_ui->currentPasswordError},
          std::pair{LoginState::NewPassword, m_ui->newPasswordError},
          std::pair{LoginState::NewPasswordConfirm, m_ui->newPasswordConfirmError}}) {
        b->bindError(k(field), label);
        state->setFieldPage(k(field), LoginWizard::ChangePassword);
    }
    addStatusArea(m_ui->contentLayout);
}

ChangePasswordPage::~ChangePasswordPage() = default;

void ChangePasswordPage::initializePage()
{
    WizardPage::initializePage();
    if (m_login->session)
        m_ui->memberValue->setText(QStringLiteral("%1 (%2)").arg(m_login->session->displayName,
                                                                 m_login->session->loginName));
    m_ui->newPasswordEdit->setFocus();
}

bool ChangePasswordPage::isPageComplete() const
{
    return !m_login->text(k(LoginState::NewPassword)).isEmpty() &&
           !m_login->text(k(LoginState::NewPasswordConfirm)).isEmpty();
}

QList<Error> ChangePasswordPage::localErrors() const
{
    QList<Error> errors;
    collect(errors, validate::guancePassword(m_login->text(k(LoginState::NewPassword)),
                                             k(LoginState::NewPassword)));
    if (auto mismatch = validate::passwordConfirmation(
            m_login->text(k(LoginState::NewPassword)),
            m_login->text(k(LoginState::NewPasswordConfirm)), k(LoginState::NewPasswordConfirm)))
        errors << *mismatch;
    if (errors.isEmpty() &&
        m_login->text(k(LoginState::NewPassword)) == m_login->text(k(LoginState::CurrentPassword)))
        errors << makeError(QStringLiteral("R-ORG-6"), k(LoginState::NewPassword),
                            QStringLiteral("samePassword"));
    return errors;
}

bool ChangePasswordPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(context()->backend()->changeInitialPassword(m_login->session->memberId,
                                                      m_login->text(k(LoginState::CurrentPassword)),
                                                      m_login->text(k(LoginState::NewPassword))),
          tr("Changing the password…"), [this, done](const Status &status) {
              if (status.ok())
                  m_login->session->mustChangePassword = false;
              done(status);
          });
    return true;
}

void ChangePasswordPage::retranslatePage()
{
    setTitle(tr("Change the initial password"));
    setSubTitle(tr("First login: choose your own password (R-ORG-6)."));
}

// ---- 3. fee-center account: none or existing -------------------------------------------------

FeeCenterChoicePage::FeeCenterChoicePage(AppContext *context, LoginState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::FeeCenterChoicePage>())
    , m_login(state)
{
    m_ui->setupUi(this);
    m_choice = new QButtonGroup(this);
    m_choice->addButton(m_ui->noFeeCenterRadio, 0);
    m_choice->addButton(m_ui->existingFeeCenterRadio, 1);
    binder()->bind(k(LoginState::Branch), m_choice,
                   {QStringLiteral("register"), QStringLiteral("existing")});
    connect(state, &WizardState::valueChanged, this, [this](const QString &key) {
        if (key == k(LoginState::Branch))
            retranslatePage();
    });
    addStatusArea(m_ui->contentLayout);
}

FeeCenterChoicePage::~FeeCenterChoicePage() = default;

void FeeCenterChoicePage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
}

void FeeCenterChoicePage::retranslatePage()
{
    setTitle(tr("Start using %1").arg(context()->brand()));
    setSubTitle(tr("This Huawei Cloud account is not linked to a fee-center account yet."));
    m_ui->feeCenterExplanation->setText(
        tr("A fee-center account is an independent account of the %1 Billing Center that manages "
           "the Commercial "
           "Plan's bills; one account can settle many workspaces. Without one, register the "
           "Commercial Plan (the "
           "registration opens with this Huawei Cloud account ID). With one, bind it.")
            .arg(context()->brand()));
    const bool registering = m_login->text(k(LoginState::Branch)) == u"register";
    setFinalPage(registering);
    setButtonText(QWizard::FinishButton, registering ? tr("&Register…") : tr("&Finish"));
    if (wizard())
        emit completeChanged();
}

// ---- 4. existing fee-center account (R-FC-3) -------------------------------------------------

ExistingFeeCenterPage::ExistingFeeCenterPage(AppContext *context, LoginState *state,
                                             QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::ExistingFeeCenterPage>())
    , m_login(state)
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
    FieldBinder *b = binder();
    b->bind(k(LoginState::Site), m_ui->siteCombo);
    b->bind(k(LoginState::Username), m_ui->usernameEdit, true);
    b->bind(k(LoginState::Code), m_code->edit(), true);
    for (const auto &[field, label] : {std::pair{LoginState::Site, m_ui->siteError},
                                       std::pair{LoginState::Username, m_ui->usernameError},
                                       std::pair{LoginState::Code, m_ui->codeError}}) {
        b->bindError(k(field), label);
        state->setFieldPage(k(field), LoginWizard::ExistingFeeCenter);
    }
    // R-FC-3: the code goes to the fee-center account's registered email (shown masked).
    m_code->setSender([this](std::function<void(const Result<CodeSent> &)> sent) {
        const Result<QString> username = validate::username(m_login->text(k(LoginState::Username)));
        if (!username.ok()) {
            sent(username.error());
            return;
        }
        onFinished(
            this->context()->backend()->sendFeeCenterCode(*username), this,
            [sent](const Result<FeeCenterCodeSent> &result) {
                if (result.ok())
                    sent(CodeSent{result->maskedEmail, result->expiresAt, result->resendAllowedAt});
                else
                    sent(result.error());
            });
    });
    connect(m_code, &CodeField::failed, this, [this](const Error &error) {
        // A refusal lands at its field; the backend unreachable on the page (Send again
        // is the retry).
        if (isTransient(error))
            showError(error, [this] { m_code->sendButton()->click(); });
        else
            m_login->setError(error);
    });
    addStatusArea(m_ui->contentLayout);
}

ExistingFeeCenterPage::~ExistingFeeCenterPage() = default;

bool ExistingFeeCenterPage::isPageComplete() const
{
    return !m_login->text(k(LoginState::Username)).isEmpty() &&
           !m_login->text(k(LoginState::Code)).isEmpty();
}

QList<Error> ExistingFeeCenterPage::localErrors() const
{
    QList<Error> errors;
    collect(errors, validate::site(m_login->text(k(LoginState::Site))));
    collect(errors, validate::username(m_login->text(k(LoginState::Username))));
    collect(errors, validate::verificationCode(m_login->text(k(LoginState::Code))));
    return errors;
}

bool ExistingFeeCenterPage::startRemoteStep(std::function<void(const Status &)> done)
{
    FeeCenterVerification request;
    request.memberId = m_login->session ? m_login->session->memberId : 0;
    request.site = m_login->text(k(LoginState::Site));
    request.username = m_login->text(k(LoginState::Username));
    request.code = m_login->text(k(LoginState::Code));
    await(context()->backend()->verifyFeeCenter(request), tr("Verifying…"),
          [this, done](const Result<FeeCenterBinding> &binding) {
              if (!binding.ok())
                  return done(binding.error());
              m_login->feeCenter = *binding;
              m_login->setDefault(k(LoginState::EnterpriseName), binding->account.enterpriseName);
              m_login->setDefault(k(LoginState::Industry), binding->account.industry);
              m_login->setDefault(k(LoginState::Contact), binding->account.contact);
              done(okStatus());
          });
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

// ---- 5. enterprise information ----------------------------------------------------------------

EnterpriseConfirmPage::EnterpriseConfirmPage(AppContext *context, LoginState *state,
                                             QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::EnterpriseConfirmPage>())
    , m_login(state)
{
    m_ui->setupUi(this);
    FieldBinder *b = binder();
    b->bind(k(LoginState::EnterpriseName), m_ui->enterpriseNameEdit);
    b->bind(k(LoginState::Industry), m_ui->industryEdit);
    b->bind(k(LoginState::Contact), m_ui->contactEdit);
    for (const auto &[field, label] :
         {std::pair{LoginState::EnterpriseName, m_ui->enterpriseNameError},
          std::pair{LoginState::Industry, m_ui->industryError},
          std::pair{LoginState::Contact, m_ui->contactError}}) {
        b->bindError(k(field), label);
        state->setFieldPage(k(field), LoginWizard::Enterprise);
    }
    addStatusArea(m_ui->contentLayout);
}

EnterpriseConfirmPage::~EnterpriseConfirmPage() = default;

void EnterpriseConfirmPage::initializePage()
{
    WizardPage::initializePage();
    if (m_login->feeCenter)
        m_ui->feeCenterValue->setText(m_login->feeCenter->account.username);
}

bool EnterpriseConfirmPage::isPageComplete() const
{
    return !m_login->text(k(LoginState::EnterpriseName)).trimmed().isEmpty();
}

QList<Error> EnterpriseConfirmPage::localErrors() const
{
    QList<Error> errors;
    collect(errors, validate::requiredText(m_login->text(k(LoginState::EnterpriseName)),
                                           k(LoginState::EnterpriseName), 64));
    collect(errors, validate::optionalText(m_login->text(k(LoginState::Industry)),
                                           k(LoginState::Industry), 64));
    collect(errors, validate::optionalText(m_login->text(k(LoginState::Contact)),
                                           k(LoginState::Contact), 128));
    return errors;
}

bool EnterpriseConfirmPage::startRemoteStep(std::function<void(const Status &)> done)
{
    EnterpriseConfirmation confirmation;
    confirmation.feeCenterAccountId = m_login->feeCenter->account.feeCenterAccountId;
    confirmation.enterpriseName = m_login->text(k(LoginState::EnterpriseName));
    confirmation.industry = m_login->text(k(LoginState::Industry));
    confirmation.contact = m_login->text(k(LoginState::Contact));
    await(context()->backend()->confirmEnterprise(confirmation), tr("Saving…"),
          [done](const Status &s) { done(s); });
    return true;
}

void EnterpriseConfirmPage::retranslatePage()
{
    setTitle(tr("Enterprise information"));
    setSubTitle(tr("Confirm the company information of the fee-center account."));
}

// ---- 6. bind or create workspaces -------------------------------------------------------------

BindWorkspacePage::BindWorkspacePage(AppContext *context, LoginState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::BindWorkspacePage>())
    , m_login(state)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    m_table = makeTable(this, QStringLiteral("workspacesTable"));
    m_ui->workspacesSlot->addWidget(m_table);
    setTabOrder(m_table, m_ui->bindWorkspaceButton);
    connect(m_ui->bindWorkspaceButton, &QPushButton::clicked, this,
            &BindWorkspacePage::bindSelected);
    connect(m_ui->createWorkspaceButton, &QPushButton::clicked, this,
            &BindWorkspacePage::createWorkspace);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &BindWorkspacePage::bindSelected);
    disableWhileBusy(m_ui->bindWorkspaceButton);
    disableWhileBusy(m_ui->createWorkspaceButton);
    addStatusArea(m_ui->contentLayout);
}

BindWorkspacePage::~BindWorkspacePage() = default;

void BindWorkspacePage::initializePage()
{
    WizardPage::initializePage();
    reload();
}

bool BindWorkspacePage::isBound(const QVariantList &row) const
{
    const QString method = row.value(columnIndex(m_columns, column::Settlement)).toString();
    const QString account =
        row.value(columnIndex(m_columns, column::SettlementAccountId)).toString();
    return m_login->session && method == u"huawei_cloud" &&
           account == m_login->session->ownerAccountId;
}

void BindWorkspacePage::reload()
{
    if (!m_login->feeCenter)
        return;
    ListQuery query;
    query.view = view::Workspaces;
    query.filters.insert(column::FeeCenterAccountId,
                         m_login->feeCenter->account.feeCenterAccountId);
    query.limit = 500;
    await(context()->backend()->list(query), tr("Loading the workspaces…"),
          [this](const Result<ListPage> &page) {
              if (!page.ok()) {
                  showError(page.error(), [this] { reload(); });
                  return;
              }
              m_columns = page->columns;
              m_rows = page->rows;
              const auto index = [this](QLatin1StringView key) {
                  return columnIndex(m_columns, key);
              };
              const QTimeZone zone = context()->displayZone();
              Q_UNUSED(zone)
              m_table->setColumnCount(5);
              m_table->setHorizontalHeaderLabels(
                  {tr("Workspace"), tr("Site"), tr("Language"), tr("Settlement"), tr("State")});
              m_table->setRowCount(int(m_rows.size()));
              for (int row = 0; row < m_rows.size(); ++row) {
                  const QVariantList &r = m_rows.at(row);
                  const QString status = r.value(index(column::Status)).toString();
                  QString state = isBound(r) ? tr("Bound") : tr("Not bound");
                  if (status == u"locked")
                      state = tr("Locked");
                  const QStringList cells = {
                      r.value(index(column::Name)).toString(),
                      DomainText::siteName(r.value(index(column::Site)).toString()),
                      DomainText::enumValue(enumName::WorkspaceLanguage,
                                            r.value(index(column::Language)).toString()),
                      DomainText::enumValue(enumName::SettlementMethod,
                                            r.value(index(column::Settlement)).toString()),
                      state};
                  for (int c = 0; c < cells.size(); ++c) {
                      auto *item = new QTableWidgetItem(cells.at(c));
                      item->setData(Qt::UserRole, r.value(index(column::WorkspaceId)));
                      m_table->setItem(row, c, item);
                  }
              }
              m_table->resizeColumnsToContents();
              emit completeChanged();
          });
}

void BindWorkspacePage::bindSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        showError(makeError(QString::fromLatin1(SystemError::Required),
                            QStringLiteral("workspaceId"), QStringLiteral("required")));
        return;
    }
    const QString workspaceId = selected.first()->data(Qt::UserRole).toString();
    const QString name = m_table->item(selected.first()->row(), 0)->text();
    context()->dialogs()->confirm(
        this, tr("Bind workspace"),
        tr("Bind the workspace \"%1\"? It will be settled through the Huawei Cloud "
           "account %2.")
            .arg(name, m_login->session->ownerAccountId),
        tr("&Bind"), [this, workspaceId](bool accepted) {
            if (accepted)
                bind(workspaceId);
        });
}

void BindWorkspacePage::bind(const QString &workspaceId)
{
    clearPageError();
    BindWorkspaceRequest request{m_login->session->memberId,
                                 m_login->feeCenter->account.feeCenterAccountId, workspaceId};
    await(context()->backend()->bindWorkspace(request), tr("Binding…"),
          [this, workspaceId](const Result<Workspace> &workspace) {
              if (!workspace.ok())
                  showError(workspace.error(), [this, workspaceId] { bind(workspaceId); });
              reload();
          });
}

void BindWorkspacePage::createWorkspace()
{
    auto *dialog = new CreateWorkspaceDialog(context(), m_login->session->memberId,
                                             m_login->feeCenter->account.feeCenterAccountId,
                                             m_login->text(k(LoginState::Site)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &BindWorkspacePage::reload);
    dialog->open();
}

bool BindWorkspacePage::isPageComplete() const
{
    return std::any_of(m_rows.begin(), m_rows.end(),
                       [this](const QVariantList &row) { return isBound(row); });
}

bool BindWorkspacePage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(context()->backend()->finishActivation(m_login->session->memberId,
                                                 m_login->feeCenter->account.feeCenterAccountId),
          tr("Activating…"), [this, done](const Result<ActivationSummary> &summary) {
              if (!summary.ok())
                  return done(summary.error());
              m_login->activation = *summary;
              done(okStatus());
          });
    return true;
}

void BindWorkspacePage::retranslatePage()
{
    setTitle(tr("Bind %1 workspaces").arg(context()->brand()));
    setSubTitle(tr("Bind existing workspaces of the fee-center account, or create one."));
    setButtonText(QWizard::CommitButton, tr("&Confirm"));
    m_table->setAccessibleName(tr("Workspaces of the fee-center account"));
    m_ui->bindNote->setText(
        tr("Bound workspaces are settled through this Huawei Cloud account. The workspace "
           "language and site never change."));
}

// ---- 7. done ----------------------------------------------------------------------------------

ActivatedPage::ActivatedPage(AppContext *context, LoginState *state, bool direct, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::ActivatedPage>())
    , m_login(state)
    , m_direct(direct)
{
    m_ui->setupUi(this);
    m_bound = makeTable(this, direct ? QStringLiteral("directWorkspacesTable")
                                     : QStringLiteral("boundWorkspacesTable"));
    m_bound->setColumnCount(2); // workspace, site: the header labels need the columns
    m_ui->boundSlot->addWidget(m_bound);
    addStatusArea(m_ui->contentLayout);
}

ActivatedPage::~ActivatedPage() = default;

void ActivatedPage::initializePage()
{
    WizardPage::initializePage();
    reload();
    retranslatePage();
}

void ActivatedPage::reload()
{
    if (m_direct && m_login->session) {
        ListQuery query;
        query.view = view::Workspaces;
        query.filters.insert(column::FeeCenterAccountId,
                             m_login->session->linkedFeeCenterAccountId);
        query.limit = 200;
        // Only shows the workspaces: the operator need not wait for them to finish.
        onFinished(context()->backend()->list(query), this, [this](const Result<ListPage> &page) {
            if (!page.ok())
                return showError(page.error(), [this] { reload(); });
            m_bound->setRowCount(int(page->rows.size()));
            for (int row = 0; row < page->rows.size(); ++row) {
                m_bound->setItem(row, 0,
                                 new QTableWidgetItem(page->value(row, column::Name).toString()));
                m_bound->setItem(row, 1,
                                 new QTableWidgetItem(DomainText::siteName(
                                     page->value(row, column::Site).toString())));
            }
            m_bound->resizeColumnsToContents();
        });
    }
}

void ActivatedPage::retranslatePage()
{
    setTitle(m_direct ? tr("Logged in") : tr("Activated"));
    setSubTitle(QString());
    m_bound->setHorizontalHeaderLabels({tr("Workspace"), tr("Site")});
    m_bound->setAccessibleName(tr("Workspaces"));
    setButtonText(QWizard::FinishButton, tr("&Confirm"));
    if (m_direct) {
        m_ui->activatedTitle->setText(tr("Logged in directly"));
        m_ui->activatedFeeCenterValue->setText(
            m_login->session ? m_login->session->linkedFeeCenterUsername : QString());
        m_ui->activatedNote->setText(
            tr("This Huawei Cloud account is linked to the fee-center account, so members go "
               "straight to %1 without binding again.")
                .arg(context()->brand()));
        return;
    }
    m_ui->activatedTitle->setText(tr("Activated successfully"));
    if (!m_login->activation)
        return;
    const ActivationSummary &a = *m_login->activation;
    m_ui->activatedFeeCenterValue->setText(a.account.username);
    m_bound->setRowCount(int(a.boundWorkspaces.size()));
    for (int row = 0; row < a.boundWorkspaces.size(); ++row) {
        m_bound->setItem(row, 0, new QTableWidgetItem(a.boundWorkspaces.at(row).name));
        m_bound->setItem(
            row, 1, new QTableWidgetItem(DomainText::siteName(a.boundWorkspaces.at(row).site)));
    }
    m_bound->resizeColumnsToContents();
    m_ui->activatedNote->setText(
        tr("The Huawei Cloud account is now linked to the fee-center account: the next login "
           "of any member goes straight through. Log in with the username and password to "
           "use the workspaces."));
}

// ---- wizard ------------------------------------------------------------------------------------

LoginWizard::LoginWizard(AppContext *context, const QString &loginName, QWidget *parent)
    : Wizard(context, new LoginState, QString::fromLatin1(Name), parent)
    , m_login(static_cast<LoginState *>(state()))
{
    if (!loginName.isEmpty())
        m_login->setDefault(k(LoginState::LoginName), loginName);
    addNamedPage(Login, new LoginPage(context, m_login, this), QStringLiteral("login"));
    addNamedPage(ChangePassword, new ChangePasswordPage(context, m_login, this),
                 QStringLiteral("changePassword"));
    addNamedPage(Choice, new FeeCenterChoicePage(context, m_login, this),
                 QStringLiteral("feeCenterChoice"));
    addNamedPage(ExistingFeeCenter, new ExistingFeeCenterPage(context, m_login, this),
                 QStringLiteral("existingFeeCenter"));
    addNamedPage(Enterprise, new EnterpriseConfirmPage(context, m_login, this),
                 QStringLiteral("enterpriseConfirm"));
    addNamedPage(BindWorkspaces, new BindWorkspacePage(context, m_login, this),
                 QStringLiteral("bindWorkspaces"));
    addNamedPage(Activated, new ActivatedPage(context, m_login, false, this),
                 QStringLiteral("activated"));
    addNamedPage(Direct, new ActivatedPage(context, m_login, true, this),
                 QStringLiteral("loggedInDirectly"));
    connect(this, &QDialog::accepted, this, [this] {
        if (currentId() == Choice && m_login->text(k(LoginState::Branch)) == u"register" &&
            m_login->session)
            emit registrationRequested(m_login->session->ownerAccountId);
    });
    retranslate();
}

int LoginWizard::nextId() const
{
    switch (currentId()) {
    case Login:
        if (m_login->session && m_login->session->mustChangePassword)
            return ChangePassword;
        return m_login->isLinked() ? Direct : Choice;
    case ChangePassword:
        return m_login->isLinked() ? Direct : Choice;
    case Choice:
        return m_login->text(k(LoginState::Branch)) == u"register" ? -1 : ExistingFeeCenter;
    case ExistingFeeCenter:
        return Enterprise;
    case Enterprise:
        return BindWorkspaces;
    case BindWorkspaces:
        return Activated;
    default:
        return -1;
    }
}

QString LoginWizard::title() const
{
    return tr("Unified login");
}

} // namespace oc::gui
