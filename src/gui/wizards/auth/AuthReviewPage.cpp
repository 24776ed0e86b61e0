#include "AuthReviewPage.h"

#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "ui_AuthReviewPage.h"

#include <QLocale>

namespace oc::gui {

AuthReviewPage::AuthReviewPage(AppContext *context, AuthFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::AuthReviewPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    addStatusArea(m_ui->contentLayout);
}

AuthReviewPage::~AuthReviewPage() = default;

void AuthReviewPage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
}

bool AuthReviewPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->submit(), tr("Submitting…"), done);
    return true;
}

void AuthReviewPage::retranslatePage()
{
    setTitle(tr("Check and submit"));
    setSubTitle(tr("After submitting, the review ends within three working days."));
    m_ui->introLabel->setText(tr("Check what will be submitted for review."));
    const AuthenticationRequest r = m_flow->request();
    const bool enterprise = r.type == AccountType::Enterprise;
    QString kind = enterprise ? tr("Enterprise authentication") : tr("Individual authentication");
    if (!enterprise)
        kind = tr("%1 — %2").arg(kind, DomainText::certificateType(r.certificateType));
    m_ui->typeValue->setText(kind);
    m_ui->subjectValue->setText(enterprise ? r.enterpriseName : r.fullName);
    m_ui->numberValue->setText(r.certificateNumber);
    m_ui->countryValue->setText(DomainText::countryName(r.issuingCountryRegion));
    m_ui->addressLabel->setVisible(enterprise);
    m_ui->addressValue->setVisible(enterprise);
    m_ui->addressValue->setText(r.registeredAddress);
    QStringList files;
    for (const MaterialUpload &m : r.materials)
        files << tr("%1 (%2)").arg(m.fileName, QLocale().formattedDataSize(m.size));
    m_ui->materialsValue->setText(files.join(QLatin1Char('\n')));
    setButtonText(QWizard::CommitButton, tr("&Submit"));
}

} // namespace oc::gui
