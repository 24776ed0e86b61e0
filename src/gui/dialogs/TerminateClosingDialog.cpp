#include "TerminateClosingDialog.h"

#include "GrowToFit.h"
#include "Submit.h"
#include "contract/Backend.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/FormRows.h"
#include "ui_TerminateClosingDialog.h"

#include <QEvent>
#include <QPushButton>
#include <QTimer>

namespace oc::gui {

using namespace Qt::StringLiterals;

TerminateClosingDialog::TerminateClosingDialog(AppContext *context,
                                               const HuaweiAccountDetail &detail, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TerminateClosingDialog>())
    , m_context(context)
    , m_detail(detail)
{
    m_ui->setupUi(this);
    setObjectName(u"terminateClosingDialog"_s);
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okButton"_s);
    ok->setDefault(true);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &TerminateClosingDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (ClosingTermination reason :
         {ClosingTermination::Complaint, ClosingTermination::Investigation,
          ClosingTermination::Litigation, ClosingTermination::FailedChecks})
        m_ui->reasonCombo->addItem(QString(), oc::toString(reason));
    FormRows::of(m_ui->form)->show(m_ui->noteError, false);
    connect(m_ui->noteEdit, &QLineEdit::textEdited, this,
            [this] { FormRows::of(m_ui->form)->show(m_ui->noteError, false); });
    m_ui->accountIdError->hide();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    retranslate();
    m_ui->reasonCombo->setFocus();
}

TerminateClosingDialog::~TerminateClosingDialog() = default;

void TerminateClosingDialog::accept()
{
    if (isSubmitting(m_ui->buttons))
        return;
    m_ui->accountIdError->hide();
    FormRows::of(m_ui->form)->show(m_ui->noteError, false);
    TerminateClosingRequest request;
    request.accountId = m_detail.account.accountId;
    request.reason =
        enumOr(m_ui->reasonCombo->currentData().toString(), ClosingTermination::Complaint);
    request.note = m_ui->noteEdit->text();
    submit(
        this, m_ui->buttons, m_context->backend()->terminateClosing(request),
        [this](const HuaweiAccount &) {
            m_successMessage = tr("The closing was terminated: Huawei Cloud services are enabled "
                                  "again and the customer was notified.");
        },
        [this](const Error &error) { showError(error); });
}

void TerminateClosingDialog::showError(const Error &error)
{
    const QString message = ErrorText::message(error, m_context->brand());
    if (error.field == u"note") {
        m_ui->noteError->setText(message);
        FormRows::of(m_ui->form)->show(m_ui->noteError, true);
        m_ui->noteEdit->setFocus();
        return;
    }
    m_ui->accountIdError->setText(message);
    m_ui->accountIdError->show();
}

void TerminateClosingDialog::retranslate()
{
    setWindowTitle(tr("Terminate Closing (act as Huawei)"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Terminate"));
    m_ui->introLabel->setText(
        tr("Huawei may end a closing during its retention period without the customer's consent. "
           "The services are enabled again and the customer is notified."));
    const QString texts[] = {tr("Third-party complaints"), tr("Government investigations"),
                             tr("Litigation or arbitration"), tr("Failed later checks")};
    for (int i = 0; i < m_ui->reasonCombo->count() && i < 4; ++i)
        m_ui->reasonCombo->setItemText(i, texts[i]);
    const HuaweiAccount &a = m_detail.account;
    m_ui->accountValue->setText(tr("%1 (%2)").arg(a.displayName(), a.accountId));
    m_ui->retentionValue->setText(DomainText::time(a.retentionUntil, m_context->displayZone()));
    nameAllFormFields(this);
}

bool TerminateClosingDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void TerminateClosingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace oc::gui
