#include "PartnerRequestDialog.h"

#include "GrowToFit.h"
#include "Submit.h"
#include "contract/Backend.h"
#include "core/Rules.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/ErrorText.h"
#include "gui/FormRows.h"
#include "ui_PartnerRequestDialog.h"

#include <QEvent>
#include <QPushButton>
#include <QTimer>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

const QString ReasonField = u"reason"_s;

} // namespace

PartnerRequestDialog::PartnerRequestDialog(AppContext *context, const HuaweiAccountDetail &detail,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PartnerRequestDialog>())
    , m_context(context)
    , m_detail(detail)
{
    m_ui->setupUi(this);
    setObjectName(u"partnerRequestDialog"_s);
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okButton"_s);
    ok->setDefault(true);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PartnerRequestDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    FormRows::of(m_ui->form)->show(m_ui->reasonError, false);
    connect(m_ui->reasonEdit, &QLineEdit::textEdited, this, [this] {
        FormRows::of(m_ui->form)->show(m_ui->reasonError, false);
        m_ui->reasonEdit->setAccessibleDescription(QString());
    });
    m_ui->accountIdError->hide();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    retranslate();
    m_ui->reasonEdit->setFocus();
}

PartnerRequestDialog::~PartnerRequestDialog() = default;

void PartnerRequestDialog::accept()
{
    if (isSubmitting(m_ui->buttons))
        return;
    m_ui->accountIdError->hide();
    const QString reason = m_ui->reasonEdit->text().simplified();
    if (reason.isEmpty())
        return showError(makeError(QString::fromLatin1(rule::PTN_7), ReasonField, u"required"_s));
    PartnerInitiatedDisassociation request;
    request.accountId = m_detail.account.accountId;
    request.reason = reason;
    submit(
        this, m_ui->buttons, m_context->backend()->partnerRequestDisassociation(request),
        [this](const PartnerInfo &partner) {
            m_successMessage = tr("The partner %1 asked to disassociate; the request waits for "
                                  "the customer (My Partner > Process).")
                                   .arg(partner.partnerName);
        },
        [this](const Error &error) { showError(error); });
}

void PartnerRequestDialog::showError(const Error &error)
{
    const QString message = ErrorText::message(error, m_context->brand());
    if (error.field == ReasonField) {
        m_ui->reasonError->setText(message);
        FormRows::of(m_ui->form)->show(m_ui->reasonError, true);
        m_ui->reasonEdit->setAccessibleDescription(message);
        m_ui->reasonEdit->setFocus();
        return;
    }
    m_ui->accountIdError->setText(message);
    m_ui->accountIdError->show();
}

void PartnerRequestDialog::retranslate()
{
    setWindowTitle(tr("Request Disassociation (act as the partner)"));
    m_ui->introLabel->setText(
        tr("Acting as the partner, ask to disassociate from this customer. The customer sees the "
           "request and its reason on My Partner and agrees or refuses."));
    const HuaweiAccount &a = m_detail.account;
    m_ui->accountValue->setText(tr("%1 (%2)").arg(a.displayName(), a.accountId));
    m_ui->partnerValue->setText(m_detail.partner ? m_detail.partner->partnerName : QString());
    m_ui->reasonEdit->setPlaceholderText(tr("For example: the cooperation agreement ended"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send Request"));
    nameAllFormFields(this);
}

bool PartnerRequestDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void PartnerRequestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace oc::gui
