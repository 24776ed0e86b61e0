#include "PartnerProcessDialog.h"

#include "GrowToFit.h"
#include "Submit.h"
#include "contract/Backend.h"
#include "core/Rules.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/FormRows.h"
#include "ui_PartnerProcessDialog.h"

#include <QButtonGroup>
#include <QEvent>
#include <QPushButton>
#include <QTimer>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

const QString AgreeField = u"agree"_s;

} // namespace

PartnerProcessDialog::PartnerProcessDialog(AppContext *context, const HuaweiAccountDetail &detail,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PartnerProcessDialog>())
    , m_context(context)
    , m_detail(detail)
    , m_answer(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    setObjectName(u"partnerProcessDialog"_s);
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okButton"_s);
    ok->setDefault(true);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PartnerProcessDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_answer->addButton(m_ui->agreeRadio, 1);
    m_answer->addButton(m_ui->refuseRadio, 0);
    FormRows::of(m_ui->form)->show(m_ui->agreeError, false);
    connect(m_answer, &QButtonGroup::idClicked, this, [this] {
        FormRows::of(m_ui->form)->show(m_ui->agreeError, false);
        m_ui->agreeRadio->setAccessibleDescription(QString());
    });
    m_ui->accountIdError->hide();
    setMinimumWidth(fontMetrics().averageCharWidth() * 76);
    retranslate();
    m_ui->agreeRadio->setFocus();
}

PartnerProcessDialog::~PartnerProcessDialog() = default;

void PartnerProcessDialog::accept()
{
    if (isSubmitting(m_ui->buttons))
        return;
    m_ui->accountIdError->hide();
    // R-PTN-7: the customer answers the partner's request, one way or the other.
    if (m_answer->checkedId() < 0)
        return showError(makeError(QString::fromLatin1(rule::PTN_7), AgreeField, u"required"_s));
    const bool agree = m_answer->checkedId() == 1;
    ProcessDisassociationRequest request;
    request.accountId = m_detail.account.accountId;
    request.answeredBy = DisassociationInitiator::Customer;
    request.agree = agree;
    const QString partner = m_detail.partner ? m_detail.partner->partnerName : QString();
    // The answer is a Status: submit() takes a Result.
    auto answered = m_context->backend()->processPartnerDisassociation(request).then(
        [](const Status &status) -> Result<bool> {
            if (!status.ok())
                return status.error();
            return true;
        });
    submit(
        this, m_ui->buttons, std::move(answered),
        [this, agree, partner](bool) {
            m_successMessage =
                agree ? tr("You agreed: the account is no longer associated with the partner %1.")
                            .arg(partner)
                      : tr("You refused the partner's request: the association with %1 goes on.")
                            .arg(partner);
        },
        [this](const Error &error) { showError(error); });
}

void PartnerProcessDialog::showError(const Error &error)
{
    if (error.field == AgreeField) {
        const QString message = error.reason == u"required"
                                    ? tr("Choose whether you agree to disassociate.")
                                    : ErrorText::message(error, m_context->brand());
        m_ui->agreeError->setText(message);
        FormRows::of(m_ui->form)->show(m_ui->agreeError, true);
        m_ui->agreeRadio->setAccessibleDescription(message);
        m_ui->agreeRadio->setFocus();
        return;
    }
    m_ui->accountIdError->setText(ErrorText::message(error, m_context->brand()));
    m_ui->accountIdError->show();
}

void PartnerProcessDialog::retranslate()
{
    setWindowTitle(tr("Process the Partner's Request"));
    const auto &partner = m_detail.partner;
    const auto &pending = partner ? partner->pending : std::nullopt;
    m_ui->introLabel->setText(
        tr("Your partner %1 requests to disassociate from your account. Process the request: "
           "agree or refuse.")
            .arg(partner ? partner->partnerName : QString()));
    m_ui->partnerValue->setText(partner ? partner->partnerName : QString());
    m_ui->requestedAtValue->setText(
        pending ? DomainText::time(pending->requestedAt, m_context->displayZone()) : QString());
    m_ui->reasonValue->setText(pending ? pending->reason : QString());
    m_ui->effectLabel->setText(
        tr("If you agree, the association ends: the partner no longer manages the account, and "
           "it is no longer billed through the partner. If you refuse, the association goes on. "
           "Either way the answer is recorded in the Operation Log and the partner is notified."));
    nameAllFormFields(this);
}

bool PartnerProcessDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void PartnerProcessDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace oc::gui
