#include "AuthProgressPage.h"

#include "contract/Backend.h"
#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "ui_AuthProgressPage.h"

#include <QPushButton>

namespace oc::gui {

AuthProgressPage::AuthProgressPage(AppContext *context, AuthFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::AuthProgressPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    connect(flow, &AuthFlow::recordChanged, this, &AuthProgressPage::retranslatePage);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AuthProgressPage::refresh);
    // The demo's "3 working days": Huawei's side is played in the review queue.
    connect(m_ui->advanceButton, &QPushButton::clicked, this, [this, context] {
        await(context->backend()->advanceClock(ClockStep::ThreeWorkingDays),
              tr("Advancing the clock…"), [this](const Result<ClockState> &) { refresh(); });
    });
    disableWhileBusy(m_ui->refreshButton);
    disableWhileBusy(m_ui->advanceButton);
    connect(context->backend(), &Backend::changed, this, [this](const QStringList &views) {
        if (views.contains(view::Authentications) && isVisible())
            refresh();
    });
    addStatusArea(m_ui->contentLayout);
}

AuthProgressPage::~AuthProgressPage() = default;

void AuthProgressPage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
    if (!m_flow->record())
        refresh(); // a resumed wizard: the request as it stands
}

void AuthProgressPage::refresh()
{
    await(m_flow->refresh(), tr("Refreshing…"), [this](const Status &status) {
        if (!status.ok())
            showError(status.error(), [this] { refresh(); });
    });
}

void AuthProgressPage::retranslatePage()
{
    setTitle(tr("Review progress"));
    setSubTitle(QString());
    m_ui->advanceButton->setVisible(context()->clock().adjustable);
    const auto &r = m_flow->record();
    if (!r) {
        m_ui->statusTitle->setText(tr("Submitted."));
        return;
    }
    const QTimeZone zone = context()->displayZone();
    m_ui->accountValue->setText(r->accountName);
    m_ui->submittedValue->setText(DomainText::time(r->submittedAt, zone));
    m_ui->dueValue->setText(DomainText::time(r->dueBy, zone));
    m_ui->statusValue->setText(
        DomainText::enumValue(enumName::ReviewStatus, oc::toString(r->status)));
    const bool rejected = r->status == ReviewStatus::Rejected;
    m_ui->reasonLabel->setVisible(rejected);
    m_ui->reasonValue->setVisible(rejected);
    m_ui->reasonValue->setText(
        r->rejectReason
            ? DomainText::enumValue(enumName::RejectReason, oc::toString(*r->rejectReason)) +
                  (r->reviewerNote.isEmpty() ? QString() : QStringLiteral("\n") + r->reviewerNote)
            : QString());
    switch (r->status) {
    case ReviewStatus::Pending:
        m_ui->statusTitle->setText(tr("Your real-name authentication is under review."));
        m_ui->progressNote->setText(
            tr("The review ends within three working days. Huawei's reviewer is played in "
               "the Review queue (Go > Review queue)."));
        break;
    case ReviewStatus::Approved:
        m_ui->statusTitle->setText(tr("Real-name authentication approved."));
        m_ui->progressNote->setText(tr("The account can now buy on KooGallery."));
        break;
    case ReviewStatus::Rejected:
        m_ui->statusTitle->setText(tr("Real-name authentication rejected."));
        m_ui->progressNote->setText(
            tr("Correct the information and authenticate again (Huawei accounts > "
               "Authenticate…)."));
        break;
    }
    setButtonText(QWizard::FinishButton, tr("&Finish"));
}

} // namespace oc::gui
