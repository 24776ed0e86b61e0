#include "CompleteInformationDialog.h"

#include "Submit.h"
#include "contract/Backend.h"
#include "core/MyAccount.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/ErrorText.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/WizardState.h"
#include "ui_CompleteInformationDialog.h"

#include <QButtonGroup>
#include <QEvent>
#include <QPushButton>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

const QString TypeKey = QString::fromLatin1(validate::Field::AccountType);
const QString NameKey = QString::fromLatin1(myaccount::Field::Name);
constexpr int MaxNameLength = 64; // the service's limit of a name (E-TOO-LONG {max})

} // namespace

CompleteInformationDialog::CompleteInformationDialog(AppContext *context,
                                                     const HuaweiAccountDetail &detail,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CompleteInformationDialog>())
    , m_context(context)
    , m_account(detail.account)
    , m_state(new WizardState(this))
    , m_binder(new FieldBinder(context, m_state, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("completeInformationDialog"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CompleteInformationDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->nameEdit->setMaxLength(MaxNameLength);

    // No type is chosen for the user: the seed asks to choose one (R-ACC-10).
    m_type = new QButtonGroup(this);
    m_type->addButton(m_ui->individualRadio, 0);
    m_type->addButton(m_ui->enterpriseRadio, 1);
    m_binder->bind(TypeKey, m_type,
                   {toString(AccountType::Individual), toString(AccountType::Enterprise)});
    m_binder->bind(NameKey, m_ui->nameEdit);
    m_binder->bindError(TypeKey, m_ui->accountTypeError, m_ui->individualRadio);
    m_binder->bindError(NameKey, m_ui->nameError);
    m_binder->load();
    connect(m_state, &WizardState::valueChanged, this, [this](const QString &key) {
        if (key == TypeKey)
            retranslate(); // the name's label and hint follow the type
    });
    // A message shown or gone under a field: the dialog takes the height its lines need.
    connect(m_state, &WizardState::errorChanged, this, [this] {
        QMetaObject::invokeMethod(this, &QWidget::adjustSize, Qt::QueuedConnection);
    });
    m_ui->pageError->hide();
    // R-ACC-10: once the type is set, Edit Information changes the information instead.
    if (!myaccount::completeInformationOffered(m_account)) {
        showPageError(makeError(QString::fromLatin1(rule::ACC_10), TypeKey, u"typeSet"_s));
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    retranslate();
    m_ui->individualRadio->setFocus();
}

CompleteInformationDialog::~CompleteInformationDialog() = default;

AccountType CompleteInformationDialog::chosenType() const
{
    return enumOr(m_state->text(TypeKey), AccountType::Unset);
}

QString CompleteInformationDialog::successMessage() const
{
    if (!m_result)
        return {};
    return m_result->accountType == AccountType::Enterprise
               ? tr("The account was set up as an enterprise account of %1.")
                     .arg(m_result->enterpriseName)
               : tr("The account was set up as an individual account of %1.")
                     .arg(m_result->fullName);
}

QList<Error> CompleteInformationDialog::localErrors() const
{
    // The service's checks (R-ACC-10), mirrored for early feedback.
    QList<Error> errors;
    if (chosenType() == AccountType::Unset)
        errors << makeError(QString::fromLatin1(rule::ACC_10), TypeKey, u"required"_s);
    const QString name = m_state->text(NameKey).simplified();
    if (name.isEmpty())
        errors << makeError(QString::fromLatin1(rule::ACC_10), NameKey, u"required"_s);
    else if (name.size() > MaxNameLength)
        errors << makeError(QString::fromLatin1(SystemError::TooLong), NameKey, u"tooLong"_s,
                            {{u"max"_s, MaxNameLength}});
    return errors;
}

void CompleteInformationDialog::accept()
{
    if (isSubmitting(m_ui->buttons) || !m_ui->buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_pageError.reset();
    m_ui->pageError->hide();
    const QList<Error> errors = localErrors();
    for (const Error &error : errors)
        m_state->setError(error);
    if (!errors.isEmpty()) {
        if (QWidget *first = m_binder->firstWidgetWithError())
            first->setFocus();
        return;
    }
    CompleteInformationRequest request;
    request.accountId = m_account.accountId;
    request.accountType = chosenType();
    request.name = m_state->text(NameKey).simplified();
    submit(
        this, m_ui->buttons, m_context->backend()->completeInformation(request),
        [this](const HuaweiAccount &completed) { m_result = completed; },
        [this](const Error &error) {
            if (error.field == TypeKey && error.reason == u"typeSet") {
                // Someone set the type meanwhile: nothing left to complete here.
                m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
                return showPageError(error);
            }
            if (!isTransient(error) && (error.field == TypeKey || error.field == NameKey)) {
                m_state->setError(error);
                if (QWidget *first = m_binder->firstWidgetWithError())
                    first->setFocus();
                return;
            }
            showPageError(error);
        });
}

void CompleteInformationDialog::showPageError(const Error &error)
{
    m_pageError = error;
    m_ui->pageError->setText(ErrorText::message(error, m_context->brand()));
    m_ui->pageError->show();
    adjustSize();
}

void CompleteInformationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        m_binder->load(); // the errors' texts in the new language
    }
    QDialog::changeEvent(event);
}

void CompleteInformationDialog::retranslate()
{
    setWindowTitle(tr("Complete Information"));
    m_ui->introLabel->setText(
        tr("Choose whether the account belongs to a person or to an enterprise, and enter its "
           "name. Before real-name authentication an individual account can still become an "
           "enterprise account, but never the other way round; afterwards the type and the "
           "name change only by re-authentication."));
    switch (chosenType()) {
    case AccountType::Enterprise:
        m_ui->nameLabel->setText(tr("Enterprise &name:"));
        m_ui->nameHint->setText(tr("Enter the name exactly as on the enterprise certificate."));
        break;
    case AccountType::Individual:
        m_ui->nameLabel->setText(tr("Full &name:"));
        m_ui->nameHint->setText(tr("Enter your name as it appears on your certificate."));
        break;
    case AccountType::Unset:
        m_ui->nameLabel->setText(tr("&Name:"));
        m_ui->nameHint->setText(tr("Choose the account type first."));
        break;
    }
    if (m_pageError)
        m_ui->pageError->setText(ErrorText::message(*m_pageError, m_context->brand()));
    nameAllFormFields(this);
}

} // namespace oc::gui
