#include "AuthTypePage.h"

#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_AuthTypePage.h"

#include <QButtonGroup>

namespace oc::gui {

using namespace Qt::StringLiterals;

AuthTypePage::AuthTypePage(AppContext *context, AuthFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::AuthTypePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    auto *types = new QButtonGroup(this);
    types->addButton(m_ui->individualRadio, 0);
    types->addButton(m_ui->enterpriseRadio, 1);
    FieldBinder *b = binder();
    b->bind(AuthFlow::TypeKey, types, {u"individual"_s, u"enterprise"_s});
    b->bindError(AuthFlow::AccountIdKey, m_ui->accountIdError, m_ui->individualRadio);
    b->bindError(AuthFlow::TypeKey, m_ui->typeError, m_ui->individualRadio);
    flow->setFieldPage(AuthFlow::AccountIdKey, AuthFlow::TypePage);
    flow->setFieldPage(AuthFlow::TypeKey, AuthFlow::TypePage);
    connect(flow, &AuthFlow::accountLoaded, this, &AuthTypePage::showAccount);
    // R-ACC-6 is judged again as the type changes.
    connect(flow, &AuthFlow::typeChanged, this, [this] {
        const QList<Error> refusals = m_flow->messages(AuthFlow::TypePage);
        m_flow->clearError(AuthFlow::TypeKey);
        for (const Error &e : refusals)
            if (e.field == AuthFlow::TypeKey)
                m_flow->setError(e);
        emit completeChanged();
    });
    addStatusArea(m_ui->contentLayout);
}

AuthTypePage::~AuthTypePage() = default;

void AuthTypePage::initializePage()
{
    WizardPage::initializePage();
    if (m_flow->account())
        return showAccount();
    await(m_flow->loadAccount(), tr("Loading the account…"), [this](const Status &status) {
        if (!status.ok())
            showError(status.error(), [this] { initializePage(); });
        emit completeChanged();
    });
}

void AuthTypePage::showAccount()
{
    const auto &detail = m_flow->account();
    if (!detail)
        return;
    const HuaweiAccount &a = detail->account;
    m_ui->accountValue->setText(tr("%1 (%2)").arg(a.displayName(), a.accountId));
    m_ui->statusValue->setText(
        DomainText::enumValue(enumName::AuthStatus, oc::toString(a.authStatus)));
    // R-ACC-6: an enterprise account never becomes an individual one.
    m_ui->individualRadio->setEnabled(a.accountType != AccountType::Enterprise);
    binder()->load();
    emit completeChanged();
}

void AuthTypePage::retranslatePage()
{
    setTitle(tr("Real-Name Authentication"));
    setSubTitle(tr("Choose individual or enterprise authentication."));
    m_ui->introLabel->setText(
        tr("Only a real-name authenticated account can buy on KooGallery. The review ends within "
           "three working days."));
    m_ui->individualNote->setText(tr("For an account that belongs to a person: passport, ID card "
                                     "or non-Chinese driver license."));
    m_ui->enterpriseNote->setText(tr("For an account that belongs to an enterprise, a public "
                                     "institution, a social group or an individual business."));
    m_ui->warningLabel->setText(
        tr("Authenticating an individual's account as an enterprise can bring inconvenience or "
           "financial liability when the owner changes, when the account is in arrears, or in "
           "disputes."));
    showAccount();
}

} // namespace oc::gui
