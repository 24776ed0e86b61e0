#include "HuaweiLoginTrustPage.h"

#include "gui/AppContext.h"
#include "ui_HuaweiLoginTrustPage.h"

#include <QPushButton>

namespace oc::gui {

HuaweiLoginTrustPage::HuaweiLoginTrustPage(AppContext *context, HuaweiLoginFlow *flow,
                                           QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::HuaweiLoginTrustPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    // The code is used up by the sign-in: no way back to it.
    setCommitPage(true);
    connect(m_ui->dontTrustButton, &QPushButton::clicked, this, [this] {
        m_dontTrust = true;
        wizard()->next();
    });
    disableWhileBusy(m_ui->dontTrustButton);
    addStatusArea(m_ui->contentLayout);
}

HuaweiLoginTrustPage::~HuaweiLoginTrustPage() = default;

void HuaweiLoginTrustPage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
}

bool HuaweiLoginTrustPage::startRemoteStep(std::function<void(const Status &)> done)
{
    // TRUST is the commit button; Don't trust goes the same way without it.
    m_flow->setTrustDevice(!m_dontTrust);
    m_dontTrust = false;
    await(m_flow->logIn(), tr("Signing in…"), done);
    return true;
}

void HuaweiLoginTrustPage::retranslatePage()
{
    setTitle(tr("Trust this browser?"));
    setSubTitle(QString());
    m_ui->introLabel->setText(tr("The code is right. Trust this console to sign in to this "
                                 "account without a verification code next time?"));
    m_ui->accountValue->setText(m_flow->identifier());
    m_ui->deviceValue->setText(tr("This console"));
    m_ui->trustNote->setText(tr("Trust only a device that you alone use."));
    setButtonText(QWizard::CommitButton, tr("&Trust"));
}

} // namespace oc::gui
