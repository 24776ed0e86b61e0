#include "PartnerRegisterPage.h"

#include "core/Countries.h"
#include "core/Validators.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/widgets/CodeField.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_SignUpAccountPage.h"

#include <QLineEdit>
#include <QPushButton>

namespace oc::gui {

using namespace Qt::StringLiterals;

PartnerRegisterPage::PartnerRegisterPage(AppContext *context, PartnerAssocFlow *flow,
                                         QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::SignUpAccountPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_code = new CodeField(context, this);
    m_code->setObjectName(u"codeField"_s);
    m_ui->codeSlot->addWidget(m_code);
    m_ui->codeLabel->setBuddy(m_code->edit());
    setTabOrder(m_ui->emailEdit, m_code->edit());
    setTabOrder(m_code->edit(), m_code->sendButton());
    setTabOrder(m_code->sendButton(), m_ui->passwordEdit);
    for (const CountryInfo &country : Countries)
        m_ui->countryCombo->addItem(QString(), QString::fromLatin1(country.code));

    using F = PartnerAssocFlow;
    FieldBinder *b = binder();
    b->bind(F::CountryRegionKey, m_ui->countryCombo);
    b->bind(F::EmailKey, m_ui->emailEdit, true);
    b->bind(F::CodeKey, m_code->edit(), true);
    b->bind(F::PasswordKey, m_ui->passwordEdit);
    const QList<std::pair<QLatin1StringView, QLabel *>> errors = {
        {F::CountryRegionKey, m_ui->countryRegionError},
        {F::EmailKey, m_ui->emailError},
        {F::CodeKey, m_ui->codeError},
        {F::PasswordKey, m_ui->passwordError}};
    for (const auto &[field, label] : errors) {
        b->bindError(field, label);
        flow->setFieldPage(field, F::RegisterPage);
    }
    // The code of a sign-up (R-VC-1), to the new HUAWEI ID's email.
    m_code->setRequest(
        Channel::Email, QString::fromLatin1(CodePurpose::SignUp), [this]() -> Result<QString> {
            return validate::email(m_flow->email(), QString(PartnerAssocFlow::EmailKey));
        });
    showCodeFailures(m_code);
    addStatusArea(m_ui->contentLayout);
}

PartnerRegisterPage::~PartnerRegisterPage() = default;

void PartnerRegisterPage::initializePage()
{
    WizardPage::initializePage();
    m_ui->countryCombo->setFocus();
}

bool PartnerRegisterPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->checkRegistration(), tr("Checking the verification code…"), done);
    return true;
}

void PartnerRegisterPage::retranslatePage()
{
    setTitle(tr("Associate with a Partner"));
    setSubTitle(tr("Step 2 of 3: Register for Association"));
    m_ui->introLabel->setText(
        tr("A new HUAWEI ID is created for the association when you click Enable on the next "
           "page. The verification code is sent to the email address (see the Outbox)."));
    for (int i = 0; i < m_ui->countryCombo->count(); ++i)
        m_ui->countryCombo->setItemText(
            i, DomainText::countryName(m_ui->countryCombo->itemData(i).toString()));
    m_ui->countryNote->setText(
        tr("For an individual, where the person lives; for an enterprise, where it is "
           "registered. It sets the applicable laws and tax rates, and cannot be changed once "
           "Huawei Cloud services are enabled."));
    m_ui->passwordNote->setText(
        tr("At least 8 characters, with both letters and digits, and no spaces."));
    m_ui->emailEdit->setPlaceholderText(tr("name@example.com"));
}

} // namespace oc::gui
