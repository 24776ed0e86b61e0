#include "OrgProgressPage.h"

#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "ui_OrgProgressPage.h"

#include <QProgressBar>
#include <QPushButton>

namespace oc::gui {

using namespace Qt::StringLiterals;

OrgProgressPage::OrgProgressPage(AppContext *context, OrganizationFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::OrgProgressPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"setupProgress"_s);
    m_progress->setRange(0, 100);
    m_ui->progressSlot->addWidget(m_progress);
    m_ui->progressLabel->setBuddy(m_progress);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &OrgProgressPage::updateProgress);
    connect(context, &AppContext::clockChanged, this, &OrgProgressPage::updateProgress);
    // Whoever refreshed the organization, the bar and Next show it at once, together.
    connect(flow, &OrganizationFlow::detailChanged, this, [this] {
        updateProgress();
        emit completeChanged();
    });
    connect(flow, &OrganizationFlow::organizationsChangedElsewhere, this, [this] {
        if (isVisible())
            reload();
    });
    // The demo clock controls, here too: the main window waits behind the wizard.
    connect(m_ui->advanceMinuteButton, &QPushButton::clicked, this,
            [this] { m_flow->advanceClock(ClockStep::Minute); });
    connect(m_ui->advanceHourButton, &QPushButton::clicked, this,
            [this] { m_flow->advanceClock(ClockStep::Hour); });
    addStatusArea(m_ui->contentLayout);
}

OrgProgressPage::~OrgProgressPage() = default;

void OrgProgressPage::initializePage()
{
    WizardPage::initializePage();
    const bool demo = context()->clock().adjustable;
    m_ui->demoClockNote->setVisible(demo);
    m_ui->advanceMinuteButton->setVisible(demo);
    m_ui->advanceHourButton->setVisible(demo);
    m_tick.start();
    reload();
}

void OrgProgressPage::cleanupPage()
{
    m_tick.stop();
    WizardPage::cleanupPage();
}

void OrgProgressPage::reload()
{
    // One at a time: the clock ticks every second, a slow server may take longer.
    if (m_flow->organizationId().isEmpty() || m_reloading)
        return;
    m_reloading = true;
    // A background refresh (the clock moves it on): the page stays usable meanwhile.
    onFinished(m_flow->loadDetail(), this, [this](const Status &status) {
        m_reloading = false;
        if (!status.ok()) {
            showError(status.error(), [this] { reload(); });
            return;
        }
        clearPageError();
    });
}

void OrgProgressPage::updateProgress()
{
    if (!m_flow->detail())
        return;
    const Organization &o = m_flow->detail()->organization;
    const QDateTime now = context()->now();
    m_ui->organizationValue->setText(u"%1 (%2)"_s.arg(o.enterpriseName, o.abbreviation));
    m_ui->readyAtValue->setText(DomainText::time(o.readyAt, context()->displayZone()));
    const bool ready = m_flow->isOrganizationReady();
    m_progress->setValue(m_flow->setupPercent(now));
    m_ui->statusValue->setText(ready ? tr("Ready: add members next.")
                                     : tr("Setting up… (about %n second(s) left)", nullptr,
                                          int(m_flow->setupSecondsLeft(now))));
    if (!ready && now >= o.readyAt)
        reload(); // the backend settles it within a second
}

void OrgProgressPage::retranslatePage()
{
    setTitle(tr("Setting up the organization"));
    setSubTitle(tr("Initial enterprise setup takes 1-3 minutes (R-ORG-3). You may close the wizard "
                   "and come back."));
    m_ui->demoClockNote->setText(tr("Demo clock:"));
    m_progress->setAccessibleName(tr("Setup progress"));
    updateProgress();
}

} // namespace oc::gui
