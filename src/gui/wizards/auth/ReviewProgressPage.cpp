#include "ReviewProgressPage.h"

#include "AuthenticationRequestFlow.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "ui_ReviewProgressPage.h"

#include <QPushButton>

namespace oc::gui {

ReviewProgressPage::ReviewProgressPage(AppContext *context, AuthenticationRequestFlow *flow,
                                       bool showsKind, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::ReviewProgressPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_ui->form->setRowVisible(m_ui->kindValue, showsKind);
    connect(flow, &AuthenticationRequestFlow::recordChanged, this,
            &ReviewProgressPage::retranslatePage);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ReviewProgressPage::refresh);
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

ReviewProgressPage::~ReviewProgressPage() = default;

void ReviewProgressPage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
    if (!m_flow->record())
        refresh(); // a resumed wizard: the request as it stands
}

void ReviewProgressPage::refresh()
{
    await(m_flow->refresh(), tr("Refreshing…"), [this](const Status &status) {
        if (!status.ok())
            showError(status.error(), [this] { refresh(); });
    });
}

void ReviewProgressPage::retranslatePage()
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
    m_ui->dueValue->setText(dueText(DomainText::time(r->dueBy, zone)));
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
    const StatusText text = statusText(r->status);
    m_ui->statusTitle->setText(text.title);
    m_ui->progressNote->setText(text.note);
    setButtonText(QWizard::FinishButton, tr("&Finish"));
}

} // namespace oc::gui
