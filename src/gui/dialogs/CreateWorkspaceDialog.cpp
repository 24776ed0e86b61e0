#include "CreateWorkspaceDialog.h"

#include "Submit.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/widgets/CodeField.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/WizardState.h"
#include "ui_CreateWorkspaceDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oc::gui {

using namespace Qt::StringLiterals;

CreateWorkspaceDialog::CreateWorkspaceDialog(AppContext *context, qint64 memberId,
                                             qint64 feeCenterAccountId, const QString &site,
                                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateWorkspaceDialog>())
    , m_context(context)
    , m_memberId(memberId)
    , m_feeCenterAccountId(feeCenterAccountId)
    , m_site(site)
    , m_state(new WizardState(this))
    , m_binder(new FieldBinder(context, m_state, this))
{
    setObjectName(QStringLiteral("createWorkspaceDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    layout->addWidget(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateWorkspaceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    m_code = new CodeField(context, this);
    m_code->setObjectName(QStringLiteral("codeField"));
    m_ui->codeSlot->addWidget(m_code);
    m_ui->codeLabel->setBuddy(m_code->edit());
    setTabOrder(m_ui->emailEdit, m_code->edit());
    setTabOrder(m_code->edit(), m_code->sendButton());
    setTabOrder(m_code->sendButton(), m_ui->mobileEdit);

    m_variant = new QButtonGroup(this);
    m_variant->addButton(m_ui->haveAccountRadio, 0);
    m_variant->addButton(m_ui->noAccountRadio, 1);
    m_language = new QButtonGroup(this);
    m_language->addButton(m_ui->languageChineseRadio, 0);
    m_language->addButton(m_ui->languageEnglishRadio, 1);
    m_state->markSecret(u"password"_s);
    m_state->markSecret(u"passwordConfirm"_s);
    m_state->setDefault(u"variant"_s, QStringLiteral("have"));
    m_state->setDefault(u"language"_s, toString(WorkspaceLanguage::Chinese));
    m_state->setDefault(u"terms"_s, false);
    m_binder->bind(u"variant"_s, m_variant, {QStringLiteral("have"), QStringLiteral("register")});
    m_binder->bind(u"workspaceName"_s, m_ui->workspaceNameEdit);
    m_binder->bind(u"language"_s, m_language,
                   {toString(WorkspaceLanguage::Chinese), toString(WorkspaceLanguage::English)});
    m_binder->bind(u"username"_s, m_ui->usernameEdit, true);
    m_binder->bind(u"password"_s, m_ui->passwordEdit);
    m_binder->bind(u"passwordConfirm"_s, m_ui->passwordConfirmEdit);
    m_binder->bind(u"email"_s, m_ui->emailEdit, true);
    m_binder->bind(u"code"_s, m_code->edit(), true);
    m_binder->bind(u"mobile"_s, m_ui->mobileEdit, true);
    m_binder->bind(u"terms"_s, m_ui->termsCheck);
    m_binder->bindError(u"workspaceName"_s, m_ui->workspaceNameError);
    m_binder->bindError(u"username"_s, m_ui->usernameError);
    m_binder->bindError(u"password"_s, m_ui->passwordError);
    m_binder->bindError(u"passwordConfirm"_s, m_ui->passwordConfirmError);
    m_binder->bindError(u"email"_s, m_ui->emailError);
    m_binder->bindError(u"code"_s, m_ui->codeError, m_code->edit());
    m_binder->bindError(u"mobile"_s, m_ui->mobileError);
    m_binder->bindError(u"terms"_s, m_ui->termsError);
    m_binder->load();
    m_code->setRequest(
        Channel::Email, QString::fromLatin1(CodePurpose::CreateWorkspace),
        [this]() -> Result<QString> { return validate::email(m_state->text(u"email"_s)); });
    connect(m_code, &CodeField::failed, this, [this](Error error) {
        // A failure without a field of its own (the backend unreachable) shows at the code;
        // sending again is the retry.
        if (!m_binder->keys().contains(error.field))
            error.field = u"code"_s;
        m_state->setError(error);
    });
    connect(m_state, &WizardState::valueChanged, this, [this](const QString &key) {
        if (key == u"variant"_s)
            updateVariant();
    });
    updateVariant();
    fitDialogToForm(this, m_ui->scrollContents, fontMetrics().averageCharWidth() * 72);
    m_ui->workspaceNameEdit->setFocus();
}

CreateWorkspaceDialog::~CreateWorkspaceDialog() = default;

bool CreateWorkspaceDialog::registering() const
{
    return m_state->text(u"variant"_s) == u"register";
}

void CreateWorkspaceDialog::updateVariant()
{
    const bool reg = registering();
    QFormLayout *form = m_ui->form;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->usernameEdit), static_cast<QWidget *>(m_ui->passwordEdit),
          static_cast<QWidget *>(m_ui->passwordConfirmEdit),
          static_cast<QWidget *>(m_ui->mobileEdit)})
        showFormRow(form, w, reg);
    if (!reg)
        for (const QString &key : {u"username"_s, u"password"_s, u"passwordConfirm"_s, u"mobile"_s})
            m_state->clearError(key);
    for (QLabel *error :
         {m_ui->usernameError, m_ui->passwordError, m_ui->passwordConfirmError, m_ui->mobileError})
        showFormRow(form, error, reg && error->isVisibleTo(this));
    retranslate();
}

QList<Error> CreateWorkspaceDialog::localErrors() const
{
    QList<Error> errors;
    const auto add = [&](const Result<QString> &r) {
        if (!r.ok())
            errors << r.error();
    };
    add(validate::workspaceName(m_state->text(u"workspaceName"_s)));
    if (registering()) {
        add(validate::username(m_state->text(u"username"_s)));
        add(validate::guancePassword(m_state->text(u"password"_s)));
        if (auto mismatch = validate::passwordConfirmation(m_state->text(u"password"_s),
                                                           m_state->text(u"passwordConfirm"_s)))
            errors << *mismatch;
        add(validate::mobile(m_state->text(u"mobile"_s), true));
    }
    add(validate::email(m_state->text(u"email"_s)));
    add(validate::verificationCode(m_state->text(u"code"_s)));
    if (!m_state->flag(u"terms"_s))
        errors << makeError(QString::fromLatin1(SystemError::Required), u"terms"_s,
                            QStringLiteral("terms"));
    return errors;
}

void CreateWorkspaceDialog::accept()
{
    if (isSubmitting(m_buttons))
        return;
    const QList<Error> errors = localErrors();
    for (const Error &error : errors)
        m_state->setError(error);
    if (!errors.isEmpty()) {
        if (QWidget *first = m_binder->firstWidgetWithError())
            first->setFocus();
        return;
    }
    CreateWorkspaceRequest request;
    request.memberId = m_memberId;
    request.feeCenterAccountId = m_feeCenterAccountId;
    request.site = m_site;
    request.workspaceName = m_state->text(u"workspaceName"_s);
    request.language = enumOr(m_state->text(u"language"_s), WorkspaceLanguage::Chinese);
    request.haveGuanceAccount = !registering();
    request.email = m_state->text(u"email"_s);
    request.code = m_state->text(u"code"_s);
    request.username = m_state->text(u"username"_s);
    request.password = m_state->text(u"password"_s);
    request.mobile = m_state->text(u"mobile"_s);
    request.termsAccepted = m_state->flag(u"terms"_s);
    submit(
        this, m_buttons, m_context->backend()->createWorkspace(request),
        [this](const Workspace &created) { m_created = created; },
        [this](Error error) {
            if (!m_binder->keys().contains(error.field))
                error.field = u"workspaceName"_s;
            m_state->setError(error);
            if (QWidget *first = m_binder->firstWidgetWithError())
                first->setFocus();
        });
}

void CreateWorkspaceDialog::retranslate()
{
    const QString brand = m_context->brand();
    setWindowTitle(tr("Create workspace"));
    m_ui->introLabel->setText(
        tr("The workspace is created on %1 and settles through the Huawei Cloud account.")
            .arg(DomainText::siteName(m_site)));
    m_ui->haveAccountRadio->setText(tr("I &have a %1 account").arg(brand));
    m_ui->noAccountRadio->setText(tr("I have &no %1 account: register one").arg(brand));
    m_ui->languageWarning->setText(
        tr("The language sets the templates of events, alerts and messages and cannot be "
           "changed after creation."));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(registering() ? tr("&Register and create workspace") : tr("C&reate"));
    nameAllFormFields(this);
}

} // namespace oc::gui
