#include "HuaweiLoginDonePage.h"

#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "ui_HuaweiLoginDonePage.h"

namespace oc::gui {

HuaweiLoginDonePage::HuaweiLoginDonePage(AppContext *context, HuaweiLoginFlow *flow,
                                         QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::HuaweiLoginDonePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    connect(flow, &HuaweiLoginFlow::signedIn, this, &HuaweiLoginDonePage::showResult);
    addStatusArea(m_ui->contentLayout);
}

HuaweiLoginDonePage::~HuaweiLoginDonePage() = default;

void HuaweiLoginDonePage::initializePage()
{
    WizardPage::initializePage();
    showResult();
}

void HuaweiLoginDonePage::showResult()
{
    retranslatePage();
}

bool HuaweiLoginDonePage::startRemoteStep(std::function<void(const Status &)>)
{
    return false;
}

void HuaweiLoginDonePage::retranslatePage()
{
    setTitle(tr("Signed in"));
    setSubTitle(QString());
    if (!m_flow->isSignedIn())
        return;
    const HuaweiLoginResult &r = *m_flow->result();
    const HuaweiAccount &a = *r.account;
    m_ui->introLabel->setText(tr("Signed in to Huawei Cloud as %1.").arg(a.displayName()));
    m_ui->accountValue->setText(a.loginId);
    m_ui->accountIdValue->setText(a.accountId);
    m_ui->servicesValue->setText(
        DomainText::enumValue(enumName::ServicesStatus, oc::toString(a.servicesStatus)));
    m_ui->websiteValue->setText(r.websiteAccount.isEmpty() ? tr("Not used") : r.websiteAccount);
    m_ui->trustedValue->setText(r.deviceTrusted ? tr("Trusted: no code needed next time")
                                                : tr("Not trusted: a code is needed each time"));
    QString next;
    if (a.servicesStatus == ServicesStatus::NotEnabled)
        next = tr("Huawei Cloud services are not enabled yet: sign in again to enable them.");
    else if (a.authStatus != AuthStatus::Authenticated)
        next = tr("Next: real-name authentication. Only a real-name authenticated account can "
                  "buy on KooGallery.");
    else
        next = tr("The account can buy on KooGallery.");
    m_ui->nextLabel->setText(next);
}

} // namespace oc::gui
