#include "RestoreServicesDialog.h"

#include "GrowToFit.h"
#include "Submit.h"
#include "contract/Backend.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/ClosingText.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "ui_RestoreServicesDialog.h"

#include <QEvent>
#include <QPushButton>
#include <QTimer>

namespace oc::gui {

using namespace Qt::StringLiterals;

RestoreServicesDialog::RestoreServicesDialog(AppContext *context, const HuaweiAccountDetail &detail,
                                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RestoreServicesDialog>())
    , m_context(context)
    , m_detail(detail)
{
    m_ui->setupUi(this);
    setObjectName(u"restoreServicesDialog"_s);
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okButton"_s);
    ok->setDefault(true);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &RestoreServicesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    retranslate();
}

RestoreServicesDialog::~RestoreServicesDialog() = default;

void RestoreServicesDialog::accept()
{
    if (isSubmitting(m_ui->buttons))
        return;
    m_ui->accountIdError->hide();
    submit(
        this, m_ui->buttons, m_context->backend()->restoreServices(m_detail.account.accountId),
        [this](const HuaweiAccount &) {
            m_successMessage = tr("Huawei Cloud services were restored.");
        },
        [this](const Error &error) { showError(error); });
}

void RestoreServicesDialog::showError(const Error &error)
{
    m_ui->accountIdError->setText(ErrorText::message(
        ClosingText::readable(error, m_context->displayZone()), m_context->brand()));
    m_ui->accountIdError->show();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setFocus();
}

void RestoreServicesDialog::retranslate()
{
    setWindowTitle(tr("Restore Huawei Cloud Services"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    m_ui->questionLabel->setText(
        tr("Restore Huawei Cloud services? They are enabled again as they were before closing. "
           "Restoring is possible from 24 hours after closing, until the retention period ends."));
    const auto zone = m_context->displayZone();
    const auto &closing = m_detail.closing;
    m_ui->closedAtValue->setText(closing ? DomainText::time(closing->closedAt, zone) : QString());
    m_ui->retentionValue->setText(DomainText::time(
        closing ? closing->retentionUntil : m_detail.account.retentionUntil, zone));
    m_ui->restoreFromValue->setText(closing ? DomainText::time(closing->restoreFrom, zone)
                                            : QString());
    nameAllFormFields(this);
}

bool RestoreServicesDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void RestoreServicesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace oc::gui
