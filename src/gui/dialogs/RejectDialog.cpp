#include "RejectDialog.h"

#include "Submit.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "ui_RejectDialog.h"

#include <QEvent>
#include <QPushButton>

namespace oc::gui {

namespace {

constexpr RejectReason Reasons[] = {RejectReason::CountryMismatch, RejectReason::CertificateInvalid,
                                    RejectReason::Illegible,       RejectReason::NameMismatch,
                                    RejectReason::NumberMismatch,  RejectReason::HoldingPhoto,
                                    RejectReason::NotOriginal};

} // namespace

RejectDialog::RejectDialog(AppContext *context, qint64 authenticationId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RejectDialog>())
    , m_context(context)
    , m_authenticationId(authenticationId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("rejectDialog"));
    m_ui->reasonCombo->addItem(QString()); // none chosen yet: the reason is required
    for (RejectReason reason : Reasons)
        m_ui->reasonCombo->addItem(QString(), oc::toString(reason));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &RejectDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->reasonCombo, &QComboBox::currentIndexChanged, m_ui->reasonError, &QWidget::hide);
    retranslate();
}

RejectDialog::~RejectDialog() = default;

void RejectDialog::accept()
{
    if (isSubmitting(m_ui->buttons))
        return;
    ReviewDecision decision;
    decision.authenticationId = m_authenticationId;
    decision.approve = false;
    const QString reason = m_ui->reasonCombo->currentData().toString();
    if (!reason.isEmpty())
        decision.reason = enumFromString<RejectReason>(reason);
    decision.note = m_ui->noteEdit->text().trimmed();
    submit(
        this, m_ui->buttons, m_context->backend()->reviewAuthentication(decision),
        [this](const AuthenticationRecord &record) { m_result = record; },
        [this](const Error &error) {
            m_ui->reasonError->setText(ErrorText::message(error, m_context->brand()));
            m_ui->reasonError->show();
            m_ui->reasonCombo->setFocus();
        });
}

void RejectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void RejectDialog::retranslate()
{
    setWindowTitle(tr("Reject the real-name authentication"));
    m_ui->introLabel->setText(tr("The customer is told the reason and may submit again."));
    m_ui->reasonCombo->setItemText(0, tr("Choose a reason"));
    for (int i = 1; i < m_ui->reasonCombo->count(); ++i)
        m_ui->reasonCombo->setItemText(
            i, DomainText::enumValue(enumName::RejectReason,
                                     m_ui->reasonCombo->itemData(i).toString()));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reject"));
}

} // namespace oc::gui
