#include "MemberDialog.h"

#include "Submit.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/IdGenerator.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/ErrorText.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/WizardState.h"
#include "ui_MemberDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace oc::gui {

using namespace Qt::StringLiterals;

MemberDialog::MemberDialog(AppContext *context, const OrganizationDetail &organization,
                           const std::optional<Member> &existing,
                           const std::optional<OwnerPrefill> &prefill, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberDialog>())
    , m_context(context)
    , m_organization(organization)
    , m_existing(existing)
    , m_state(new WizardState(this))
    , m_binder(new FieldBinder(context, m_state, this))
{
    setObjectName(QStringLiteral("memberDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    layout->addWidget(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("memberButtons"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    m_state->markSecret(u"password"_s);
    if (existing) {
        m_state->setDefault(u"displayName"_s, existing->displayName);
        m_state->setDefault(u"departmentId"_s, existing->departmentId);
        m_state->setDefault(u"mobile"_s, existing->mobile);
        m_state->setDefault(u"email"_s, existing->email);
        m_state->setDefault(u"account"_s, existing->account);
    } else if (prefill) {
        m_state->setDefault(u"displayName"_s, prefill->displayName);
        m_state->setDefault(u"mobile"_s, prefill->mobile);
        m_state->setDefault(u"email"_s, prefill->email);
        m_state->setDefault(u"account"_s, prefill->account);
    }
    loadDepartments(existing ? existing->departmentId : 0);
    m_binder->bind(u"displayName"_s, m_ui->displayNameEdit);
    m_binder->bind(u"departmentId"_s, m_ui->departmentCombo);
    m_binder->bind(u"mobile"_s, m_ui->mobileEdit, true);
    m_binder->bind(u"email"_s, m_ui->emailEdit, true);
    m_binder->bind(u"account"_s, m_ui->accountEdit, true);
    m_binder->bind(u"password"_s, m_ui->passwordEdit);
    m_binder->bindError(u"displayName"_s, m_ui->displayNameError);
    m_binder->bindError(u"departmentId"_s, m_ui->departmentIdError, m_ui->departmentCombo);
    m_binder->bindError(u"mobile"_s, m_ui->mobileError);
    m_binder->bindError(u"email"_s, m_ui->emailError);
    m_binder->bindError(u"account"_s, m_ui->accountError);
    m_binder->bindError(u"password"_s, m_ui->passwordError);
    m_binder->load();

    // The account is the member's identity: fixed once the member exists (R-ORG-5).
    m_ui->accountEdit->setReadOnly(existing.has_value());
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->passwordLabel), static_cast<QWidget *>(m_ui->passwordEdit),
          static_cast<QWidget *>(m_ui->generateButton), static_cast<QWidget *>(m_ui->passwordNote)})
        w->setVisible(!existing);
    connect(m_ui->generateButton, &QPushButton::clicked, this, &MemberDialog::generatePassword);
    connect(m_ui->newDepartmentButton, &QPushButton::clicked, this, &MemberDialog::addDepartment);
    connect(m_state, &WizardState::valueChanged, this, [this](const QString &key) {
        if (key == u"account"_s)
            updateLoginName();
    });
    retranslate();
    updateLoginName();
    fitDialogToForm(this, m_ui->scrollContents, fontMetrics().averageCharWidth() * 70);
    m_ui->displayNameEdit->setFocus();
}

MemberDialog::~MemberDialog() = default;

QString MemberDialog::initialPassword() const
{
    return m_state->text(u"password"_s);
}

void MemberDialog::loadDepartments(qint64 select)
{
    // The tree, indented by depth; the root is the organization itself.
    const QSignalBlocker block(m_ui->departmentCombo);
    m_ui->departmentCombo->clear();
    std::function<void(qint64, int)> add = [&](qint64 parent, int depth) {
        for (const Department &d : std::as_const(m_organization.departments)) {
            if (d.parentId != parent)
                continue;
            m_ui->departmentCombo->addItem(QString(depth * 4, QLatin1Char(' ')) + d.name,
                                           d.departmentId);
            add(d.departmentId, depth + 1);
        }
    };
    add(0, 0);
    int index = m_ui->departmentCombo->findData(select);
    if (index < 0)
        index = 0;
    m_ui->departmentCombo->setCurrentIndex(index);
    m_state->setDefault(u"departmentId"_s, m_ui->departmentCombo->currentData());
}

void MemberDialog::addDepartment()
{
    const qint64 parent = m_ui->departmentCombo->currentData().toLongLong();
    m_context->dialogs()->askText(
        this, tr("New department"),
        tr("Name of the department under %1:").arg(m_ui->departmentCombo->currentText().trimmed()),
        [this, parent](const QString &name) {
            if (!name.isEmpty())
                createDepartment(parent, name);
        });
}

void MemberDialog::createDepartment(qint64 parent, const QString &name)
{
    m_ui->newDepartmentButton->setEnabled(false);
    onFinished(m_context->backend()->addDepartment(m_organization.organization.organizationId,
                                                   parent, name),
               this, [this](const Result<Department> &department) {
                   m_ui->newDepartmentButton->setEnabled(true);
                   if (!department.ok()) {
                       // The message (unreachable included) at the department; New… again
                       // is the retry.
                       m_state->setError(Error{department.error().rule, u"departmentId"_s,
                                               department.error().reason, department.error().args});
                       return;
                   }
                   m_organization.departments.append(*department);
                   loadDepartments(department->departmentId);
                   m_state->setValue(u"departmentId"_s, department->departmentId);
               });
}

void MemberDialog::generatePassword()
{
    SecureRandom random;
    const QString password = IdGenerator(random).password(12);
    m_ui->passwordEdit->setEchoMode(QLineEdit::Normal); // the operator passes it on offline
    m_ui->passwordEdit->setText(password);
    m_state->setValue(u"password"_s, password);
}

void MemberDialog::updateLoginName()
{
    const QString account = m_state->text(u"account"_s).trimmed();
    m_ui->loginNameValue->setText(
        account.isEmpty() ? QString()
                          : memberLoginName(account, m_organization.organization.abbreviation));
}

QList<Error> MemberDialog::localErrors() const
{
    QList<Error> errors;
    const auto add = [&](const Result<QString> &r) {
        if (!r.ok())
            errors << r.error();
    };
    add(validate::requiredText(m_state->text(u"displayName"_s), u"displayName"_s, 64));
    add(validate::memberAccount(m_state->text(u"account"_s)));
    add(validate::mobile(m_state->text(u"mobile"_s), true));
    if (!m_state->text(u"email"_s).trimmed().isEmpty())
        add(validate::email(m_state->text(u"email"_s)));
    if (m_state->text(u"mobile"_s).trimmed().isEmpty() &&
        m_state->text(u"email"_s).trimmed().isEmpty())
        errors << makeError(QString::fromLatin1(SystemError::Required), u"mobile"_s,
                            QStringLiteral("mobileOrEmail"));
    if (!m_existing)
        add(validate::guancePassword(m_state->text(u"password"_s)));
    return errors;
}

void MemberDialog::accept()
{
    if (isSubmitting(m_buttons))
        return;
    m_state->clearErrors();
    const QList<Error> errors = localErrors();
    for (const Error &error : errors)
        m_state->setError(error);
    if (!errors.isEmpty()) {
        if (QWidget *first = m_binder->firstWidgetWithError())
            first->setFocus();
        return;
    }
    MemberInput input;
    input.memberId = m_existing ? m_existing->memberId : 0;
    input.organizationId = m_organization.organization.organizationId;
    input.account = m_state->text(u"account"_s).trimmed();
    input.displayName = m_state->text(u"displayName"_s).simplified();
    input.departmentId = m_state->value(u"departmentId"_s).toLongLong();
    input.mobile = m_state->text(u"mobile"_s);
    input.email = m_state->text(u"email"_s);
    input.password = m_existing ? QString() : m_state->text(u"password"_s);
    submit(
        this, m_buttons, m_context->backend()->saveMember(input),
        [this](const Member &saved) { m_saved = saved; },
        [this](Error error) {
            if (error.field.isEmpty() || !m_binder->keys().contains(error.field))
                error.field = u"account"_s; // show refusals without a field of their own here
            m_state->setError(error);
            if (QWidget *first = m_binder->firstWidgetWithError())
                first->setFocus();
        });
}

void MemberDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MemberDialog::retranslate()
{
    setWindowTitle(m_existing ? tr("Edit member") : tr("Add member"));
    m_ui->introLabel->setText(
        tr("Members log in to %1 as account@%2 with the initial password, which they change at "
           "first login. The account and password also sign in to the Billing Center.")
            .arg(m_context->brand(), m_organization.organization.abbreviation));
    m_ui->passwordNote->setText(
        tr("Tell the member the password offline; after authorization it is also sent by SMS."));
    m_ui->generateButton->setAccessibleName(tr("Generate a password"));
    m_ui->newDepartmentButton->setAccessibleName(tr("New department"));
    nameAllFormFields(this);
}

} // namespace oc::gui
