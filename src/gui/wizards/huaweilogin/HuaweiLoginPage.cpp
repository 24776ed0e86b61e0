#include "HuaweiLoginPage.h"

#include "gui/AppContext.h"
#include "gui/FormRows.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_HuaweiLoginPage.h"

#include <QButtonGroup>
#include <QFormLayout>

namespace oc::gui {

using namespace Qt::StringLiterals;

HuaweiLoginPage::HuaweiLoginPage(AppContext *context, HuaweiLoginFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::HuaweiLoginPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_method = new QButtonGroup(this);
    m_method->addButton(m_ui->huaweiIdRadio, 0);
    m_method->addButton(m_ui->websiteRadio, 1);
    using F = HuaweiLoginFlow;
    FieldBinder *b = binder();
    b->bind(F::MethodKey, m_method, {u"huaweiId"_s, u"website"_s});
    b->bind(F::IdentifierKey, m_ui->identifierEdit, true);
    b->bind(F::PasswordKey, m_ui->passwordEdit);
    b->bind(F::WebsiteNameKey, m_ui->websiteNameEdit, true);
    b->bind(F::WebsitePasswordKey, m_ui->websitePasswordEdit);
    const QList<std::pair<QLatin1StringView, QLabel *>> errors = {
        {F::IdentifierKey, m_ui->identifierError},
        {F::PasswordKey, m_ui->passwordError},
        {F::WebsiteNameKey, m_ui->websiteNameError},
        {F::WebsitePasswordKey, m_ui->websitePasswordError}};
    for (const auto &[field, label] : errors) {
        b->bindError(field, label);
        flow->setFieldPage(field, F::SignInPage);
    }
    connect(flow, &WizardState::valueChanged, this, [this](const QString &key) {
        if (key == HuaweiLoginFlow::MethodKey)
            showMethod();
    });
    showMethod();
    addStatusArea(m_ui->contentLayout);
}

HuaweiLoginPage::~HuaweiLoginPage() = default;

void HuaweiLoginPage::showMethod()
{
    const bool website = m_flow->method() == HuaweiLoginFlow::Method::Website;
    // Whole rows taken out of the form (FormRows: Qt 6.4's hidden rows upset the rest).
    FormRows *rows = FormRows::of(m_ui->form);
    for (QWidget *field : {m_ui->identifierEdit, m_ui->passwordEdit})
        rows->show(field, !website);
    for (QWidget *field : {m_ui->websiteNameEdit, m_ui->websitePasswordEdit})
        rows->show(field, website);
    // The other method's messages are not this one's.
    const QList<QLatin1StringView> other =
        website ? QList{HuaweiLoginFlow::IdentifierKey, HuaweiLoginFlow::PasswordKey}
                : QList{HuaweiLoginFlow::WebsiteNameKey, HuaweiLoginFlow::WebsitePasswordKey};
    for (QLatin1StringView key : other)
        m_flow->clearError(key);
    emit completeChanged();
}

bool HuaweiLoginPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->signIn(), tr("Signing in…"), done);
    return true;
}

void HuaweiLoginPage::retranslatePage()
{
    setTitle(tr("Sign in to Huawei Cloud"));
    setSubTitle(tr("Sign in as the customer: with the HUAWEI ID, or with another Huawei "
                   "account."));
    m_ui->introLabel->setText(tr("The HUAWEI ID signs in with its mobile number (the security "
                                 "phone), email address, login ID or account name. The service "
                                 "mobile number cannot be used to sign in."));
    m_ui->noticeLabel->setText(tr("Account and network data are used to secure and improve the "
                                  "login (simulated: nothing leaves this console)."));
    setButtonText(QWizard::NextButton, tr("&Log in"));
}

} // namespace oc::gui
