#include "MasterInviteDialog.h"

#include "GrowToFit.h"
#include "MasterText.h"
#include "Submit.h"
#include "contract/Backend.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/ErrorText.h"
#include "gui/FormRows.h"
#include "ui_MasterInviteDialog.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

// MasterInvitationRequest's fields, as the backend names them in a refusal.
const QString MasterField = u"masterAccountId"_s;
const QString MemberField = u"memberAccountId"_s;
const QString AccountingField = u"accounting"_s;

} // namespace

MasterInviteDialog::MasterInviteDialog(AppContext *context, const HuaweiAccountDetail &master,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MasterInviteDialog>())
    , m_context(context)
    , m_master(master.account)
{
    m_ui->setupUi(this);
    setObjectName(u"masterInviteDialog"_s);
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okButton"_s);
    ok->setDefault(true);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &MasterInviteDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *accounting = new QButtonGroup(this);
    accounting->addButton(m_ui->unifiedRadio);
    accounting->addButton(m_ui->independentRadio);
    connect(m_ui->memberAccountIdEdit, &QLineEdit::textEdited, this, [this] {
        FormRows::of(m_ui->form)->show(m_ui->memberAccountIdError, false);
        m_ui->pageError->hide();
    });
    connect(accounting, &QButtonGroup::buttonToggled, this, [this] {
        FormRows::of(m_ui->form)->show(m_ui->accountingError, false);
        showAccountingHint();
    });
    hideErrors();
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    retranslate();
    m_ui->memberAccountIdEdit->setFocus();
}

MasterInviteDialog::~MasterInviteDialog() = default;

void MasterInviteDialog::hideErrors()
{
    FormRows *rows = FormRows::of(m_ui->form);
    for (QLabel *error : {m_ui->masterError, m_ui->memberAccountIdError, m_ui->accountingError})
        rows->show(error, false);
    m_ui->pageError->hide();
}

void MasterInviteDialog::accept()
{
    if (isSubmitting(m_ui->buttons))
        return;
    hideErrors();
    // R-ID-1 as typed (the backend checks it again, with R-MST-2).
    const Result<QString> member =
        validate::huaweiAccountId(m_ui->memberAccountIdEdit->text(), MemberField);
    if (!member.ok())
        return showError(member.error());
    MasterInvitationRequest request;
    request.masterAccountId = m_master.accountId;
    request.memberAccountId = *member;
    request.accounting = m_ui->independentRadio->isChecked() ? MasterAccounting::Independent
                                                             : MasterAccounting::Unified;
    submit(
        this, m_ui->buttons, m_context->backend()->inviteMember(request),
        [this](const MasterLink &link) {
            m_successMessage =
                tr("%1 was invited to become a member account (%2). The invitation "
                   "waits for its answer on its My Master Account page.")
                    .arg(MasterText::memberName(link), MasterText::accounting(link.accounting));
        },
        [this](const Error &error) { showError(error); });
}

void MasterInviteDialog::showError(const Error &error)
{
    const QString message = ErrorText::message(error, m_context->brand());
    QLabel *label = error.field == MemberField       ? m_ui->memberAccountIdError
                    : error.field == MasterField     ? m_ui->masterError
                    : error.field == AccountingField ? m_ui->accountingError
                                                     : nullptr;
    if (!label) {
        m_ui->pageError->setText(message);
        m_ui->pageError->show();
        return;
    }
    label->setText(message);
    FormRows::of(m_ui->form)->show(label, true);
    if (label == m_ui->memberAccountIdError)
        m_ui->memberAccountIdEdit->setFocus();
    else if (label == m_ui->accountingError)
        m_ui->unifiedRadio->setFocus();
}

void MasterInviteDialog::showAccountingHint()
{
    // Who pays in the chosen mode, under the choice.
    m_ui->accountingHint->setText(MasterText::accountingHint(m_ui->independentRadio->isChecked()
                                                                 ? MasterAccounting::Independent
                                                                 : MasterAccounting::Unified));
}

void MasterInviteDialog::retranslate()
{
    setWindowTitle(tr("Invite a Member Account (act as the master account)"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Invite"));
    m_ui->introLabel->setText(
        tr("Simulation: acting as this master account, invite an existing HUAWEI ID to become "
           "its member account for enterprise accounting management. The member account accepts "
           "or rejects the invitation on its My Master Account page."));
    m_ui->masterValue->setText(tr("%1 (%2)").arg(m_master.displayName(), m_master.accountId));
    m_ui->memberAccountIdEdit->setPlaceholderText(tr("32 characters, digits 0-9 and letters a-f"));
    m_ui->unifiedRadio->setText(tr("&Unified accounting"));
    m_ui->independentRadio->setText(tr("I&ndependent accounting"));
    showAccountingHint();
    nameAllFormFields(this);
}

bool MasterInviteDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void MasterInviteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace oc::gui
