#include "ReauthProgressPage.h"

#include "contract/Backend.h"
#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "ui_ReauthProgressPage.h"

#include <QPushButton>

namespace oc::gui {

ReauthProgressPage::ReauthProgressPage(AppContext *context, ReauthFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::ReauthProgressPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    connect(flow, &ReauthFlow::recordChanged, this, &ReauthProgressPage::retranslatePage);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ReauthProgressPage::refresh);
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

ReauthProgressPage::~ReauthProgressPage() = default;

void ReauthProgressPage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
    if (!m_flow->record())
        refresh(); // a resumed wizard: the request as it stands
}

void ReauthProgressPage::refresh()
{
    await(m_flow->refresh(), tr("Refreshing…"), [this](const Status &status) {
        if (!status.ok())
            showError(status.error(), [this] { refresh(); });
    });
}

void ReauthProgressPage::retranslatePage()
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
    m_ui->kindValue->setText(DomainText::enumValue(enumName::ReviewKind, oc::toString(r->kind)));
    m_ui->accountValue->setText(r->accountName);
    m_ui->submittedValue->setText(DomainText::time(r->submittedAt, zone));
    m_ui->dueValue->setText(
        tr("%1 (within three working days)").arg(DomainText::time(r->dueBy, zone)));
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
        m_ui->statusTitle->setText(tr("Your re-authentication request is under review."));
        m_ui->progressNote->setText(
            tr("The old authentication stays valid until the request is approved. The review "
               "ends within three working days; Huawei's reviewer is played in the Review queue "
               "(Go > Review queue)."));
        break;
    case ReviewStatus::Approved:
        m_ui->statusTitle->setText(tr("Re-authentication approved."));
        m_ui->progressNote->setText(
            tr("The account now carries the new authentication information."));
        break;
    case ReviewStatus::Rejected:
        m_ui->statusTitle->setText(tr("Re-authentication rejected."));
        m_ui->progressNote->setText(
            tr("The account keeps its authentication. Correct the information and try again "
               "(Huawei accounts > View/Change…)."));
        break;
    }
    setButtonText(QWizard::FinishButton, tr("&Finish"));
}

} // namespace oc::gui
