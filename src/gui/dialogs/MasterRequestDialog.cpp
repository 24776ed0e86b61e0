#include "MasterRequestDialog.h"

#include "GrowToFit.h"
#include "MasterText.h"
#include "Submit.h"
#include "contract/Backend.h"
#include "core/Rules.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/ErrorText.h"
#include "ui_MasterRequestDialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QPushButton>
#include <QTimer>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

// MasterAnswer's field, as the backend names it in a refusal (R-MST-2).
const QString AgreementField = u"agreementAccepted"_s;

} // namespace

MasterRequestDialog::MasterRequestDialog(AppContext *context, const HuaweiAccountDetail &member,
                                         Answer preferred, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MasterRequestDialog>())
    , m_context(context)
    , m_memberAccountId(member.account.accountId)
    , m_link(member.master.value_or(MasterLink{}))
    , m_answer(preferred)
{
    m_ui->setupUi(this);
    setObjectName(u"masterRequestDialog"_s);
    m_acceptButton = m_ui->buttons->addButton(tr("&Accept"), QDialogButtonBox::ActionRole);
    m_acceptButton->setObjectName(u"acceptButton"_s);
    m_rejectButton = m_ui->buttons->addButton(tr("&Reject"), QDialogButtonBox::ActionRole);
    m_rejectButton->setObjectName(u"rejectButton"_s);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_acceptButton, &QPushButton::clicked, this, [this] { answer(Answer::Accept); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { answer(Answer::Reject); });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const bool rejecting = preferred == Answer::Reject;
    m_acceptButton->setDefault(!rejecting);
    m_rejectButton->setDefault(rejecting);
    // The agreement's words wrap beside its box; its mnemonic reaches the box.
    m_ui->agreementText->setBuddy(m_ui->agreementCheck);
    connect(m_ui->agreementCheck, &QCheckBox::toggled, this, [this] {
        m_ui->agreementError->hide();
        m_ui->pageError->hide();
    });
    m_ui->impactsList->setTextFormat(Qt::RichText);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    retranslate();
    if (rejecting)
        m_rejectButton->setFocus();
    else
        m_ui->agreementCheck->setFocus();
}

MasterRequestDialog::~MasterRequestDialog() = default;

bool MasterRequestDialog::isCancellation() const
{
    return m_link.status == MasterLinkStatus::CancellationRequested;
}

void MasterRequestDialog::answer(Answer answer)
{
    m_answer = answer;
    accept();
}

void MasterRequestDialog::accept()
{
    if (isSubmitting(m_ui->buttons))
        return;
    m_ui->agreementError->hide();
    m_ui->pageError->hide();
    const bool accepting = m_answer == Answer::Accept;
    // R-MST-2 mirrored: accepting needs the Account Management Agreement (the backend checks
    // it too); rejecting does not.
    if (accepting && !m_ui->agreementCheck->isChecked()) {
        showError(makeError(QString::fromLatin1(rule::MST_2), AgreementField, u"required"_s));
        return;
    }
    MasterAnswer request;
    request.memberAccountId = m_memberAccountId;
    request.accept = accepting;
    request.agreementAccepted = m_ui->agreementCheck->isChecked();
    const QString master = MasterText::masterName(m_link);
    const bool cancellation = isCancellation();
    submit(
        this, m_ui->buttons, m_context->backend()->answerMasterRequest(request),
        [this, master, accepting, cancellation](const MasterLink &) {
            if (cancellation)
                m_successMessage =
                    accepting ? tr("You accepted the cancellation request of %1: this account is "
                                   "no longer its member account.")
                                    .arg(master)
                              : tr("You rejected the cancellation request of %1: the association "
                                   "stays.")
                                    .arg(master);
            else
                m_successMessage = accepting ? tr("You accepted the invitation of %1: this "
                                                  "account is now its member account.")
                                                   .arg(master)
                                             : tr("You rejected the invitation of %1.").arg(master);
        },
        [this](const Error &error) { showError(error); });
}

void MasterRequestDialog::showError(const Error &error)
{
    if (error.field == AgreementField) {
        m_ui->agreementError->setText(ErrorText::message(error, m_context->brand()));
        m_ui->agreementError->show();
        m_ui->agreementCheck->setFocus();
        return;
    }
    m_ui->pageError->setText(ErrorText::message(error, m_context->brand()));
    m_ui->pageError->show();
}

void MasterRequestDialog::retranslate()
{
    setWindowTitle(MasterText::bannerTitle(m_link));
    m_acceptButton->setText(tr("&Accept"));
    m_rejectButton->setText(tr("&Reject"));
    m_ui->introLabel->setText(MasterText::bannerText(m_link));
    m_ui->accountIdValue->setText(m_link.masterAccountId);
    m_ui->enterpriseNameValue->setText(m_link.masterName);
    m_ui->statusValue->setText(MasterText::status(m_link.status));
    m_ui->accountingValue->setText(MasterText::accounting(m_link.accounting));
    // R-MST-3: an invitation shows what the association does; a cancellation what it ends.
    m_ui->impactsGroup->setVisible(!isCancellation());
    m_ui->cancellationNote->setVisible(isCancellation());
    m_ui->impactsIntro->setText(MasterText::impactsIntro(m_link.status));
    m_ui->impactsList->setText(MasterText::htmlList(MasterText::impacts(), true));
    m_ui->cancellationNote->setText(
        tr("Accepting ends the association: the master account no longer pays for or manages "
           "this account's spending, and the permissions it was granted are withdrawn."));
    m_ui->agreementText->setText(
        tr("&I have read and agree to the Huawei Cloud Account Management Agreement."));
    m_ui->agreementCheck->setAccessibleName(captionOf(m_ui->agreementText));
    nameAllFormFields(this);
}

bool MasterRequestDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void MasterRequestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace oc::gui
