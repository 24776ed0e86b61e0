#include "SignUpDonePage.h"

#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "ui_SignUpDonePage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>

namespace oc::gui {

SignUpDonePage::SignUpDonePage(AppContext *context, SignUpFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::SignUpDonePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_accountId = new QLineEdit(this);
    m_accountId->setObjectName(QStringLiteral("accountIdValue"));
    m_accountId->setReadOnly(true);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyAccountIdButton"));
    m_ui->accountIdSlot->addWidget(m_accountId, 1);
    m_ui->accountIdSlot->addWidget(m_copy);
    m_ui->accountIdLabel->setBuddy(m_accountId);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_accountId->text()); });
    connect(flow, &SignUpFlow::accountChanged, this, &SignUpDonePage::showAccount);
    addStatusArea(m_ui->contentLayout);
}

SignUpDonePage::~SignUpDonePage() = default;

void SignUpDonePage::initializePage()
{
    WizardPage::initializePage();
    showAccount();
    // What the steps left behind, from the store (also after a resumed wizard).
    await(m_flow->loadAccount(), tr("Loading the account…"), [this](const Status &status) {
        if (!status.ok())
            showError(status.error(), [this] { initializePage(); });
    });
}

void SignUpDonePage::showAccount()
{
    retranslatePage();
}

void SignUpDonePage::retranslatePage()
{
    setTitle(tr("Done"));
    setSubTitle(QString());
    m_copy->setText(tr("&Copy"));
    m_copy->setAccessibleName(tr("Copy the account ID"));
    m_accountId->setText(m_flow->accountId());
    const std::optional<HuaweiAccount> &a = m_flow->account();
    const bool enabled = a && a->servicesStatus == ServicesStatus::Enabled;
    m_ui->doneLabel->setText(enabled ? tr("Your HUAWEI ID is ready and Huawei Cloud services "
                                          "are enabled.")
                                     : tr("Your HUAWEI ID is ready. Huawei Cloud services are "
                                          "not enabled yet."));
    if (!a)
        return;
    const QString notBound = tr("Not yet bound");
    m_ui->loginIdValue->setText(a->loginId);
    m_ui->countryValue->setText(DomainText::countryName(a->countryRegion));
    m_ui->servicesValue->setText(
        DomainText::enumValue(enumName::ServicesStatus, oc::toString(a->servicesStatus)));
    m_ui->securityPhoneValue->setText(a->securityPhone.isEmpty() ? notBound : a->securityPhone);
    m_ui->mobileValue->setText(a->serviceMobile.isEmpty() ? notBound : a->serviceMobile);
    m_ui->paymentValue->setText(a->postPayment ? tr("Card bound: post-payment qualification")
                                               : tr("No payment method yet"));
    m_ui->nextLabel->setText(
        enabled ? tr("Next: real-name authentication. Only a real-name authenticated account can "
                     "buy on KooGallery.")
                : tr("Next: enable Huawei Cloud services at the next login, then complete the "
                     "information and the real-name authentication."));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
}

} // namespace oc::gui
