#include "CompanyInfoPage.h"

#include "gui/AppContext.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_CompanyInfoPage.h"

namespace oc::gui {

CompanyInfoPage::CompanyInfoPage(AppContext *context, RegistrationFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::CompanyInfoPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    using F = RegistrationFlow;
    const auto key = [](const char *name) { return QString::fromLatin1(name); };
    FieldBinder *b = binder();
    b->bind(key(F::EnterpriseNameKey), m_ui->enterpriseNameEdit);
    b->bind(key(F::IndustryKey), m_ui->industryCombo);
    b->bind(key(F::ContactKey), m_ui->contactEdit);
    b->bind(key(F::AgreementKey), m_ui->agreementCheck);
    const QList<std::pair<const char *, QLabel *>> errors = {
        {F::EnterpriseNameKey, m_ui->enterpriseNameError},
        {F::IndustryKey, m_ui->industryError},
        {F::ContactKey, m_ui->contactError},
        {F::AgreementKey, m_ui->agreementError}};
    for (const auto &[field, label] : errors) {
        b->bindError(key(field), label);
        flow->setFieldPage(key(field), F::CompanyInfoPage);
    }
    addStatusArea(m_ui->contentLayout);
}

CompanyInfoPage::~CompanyInfoPage() = default;

void CompanyInfoPage::retranslatePage()
{
    setTitle(tr("Company information"));
    setSubTitle(tr("Step 2 of 3: who is billed."));
    const QString current = m_flow->text(QString::fromLatin1(RegistrationFlow::IndustryKey));
    const QSignalBlocker block(m_ui->industryCombo);
    m_ui->industryCombo->clear();
    m_ui->industryCombo->addItems({tr("Internet"), tr("Finance"), tr("Retail"), tr("Manufacturing"),
                                   tr("Logistics"), tr("Media"), tr("Education"), tr("Healthcare"),
                                   tr("Public sector"), tr("Other")});
    m_ui->industryCombo->setCurrentIndex(-1);
    m_ui->industryCombo->setEditText(current);
}

} // namespace oc::gui
