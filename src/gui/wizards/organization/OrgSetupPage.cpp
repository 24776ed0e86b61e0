#include "OrgSetupPage.h"

#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/widgets/RecordPicker.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_OrgSetupPage.h"

#include <QButtonGroup>

namespace oc::gui {

using namespace Qt::StringLiterals;

OrgSetupPage::OrgSetupPage(AppContext *context, OrganizationFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::OrgSetupPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    m_owner = RecordPicker::huaweiAccounts(context, false, this);
    m_owner->setObjectName(u"ownerPicker"_s);
    m_ui->ownerSlot->addWidget(m_owner);
    m_ui->ownerLabel->setBuddy(m_owner);
    // The owner the wizard was opened for stays chosen when the list arrives.
    if (!flow->ownerAccountId().isEmpty())
        m_owner->setRecordId(flow->ownerAccountId());
    setTabOrder(m_ui->scrollArea, m_owner);
    setTabOrder(m_owner, m_ui->newOrganizationRadio);
    setTabOrder(m_ui->newOrganizationRadio, m_ui->existingOrganizationRadio);
    setTabOrder(m_ui->existingOrganizationRadio, m_ui->existingCombo);
    setTabOrder(m_ui->existingCombo, m_ui->enterpriseNameEdit);
    setTabOrder(m_ui->enterpriseNameEdit, m_ui->abbreviationEdit);
    m_mode = new QButtonGroup(this);
    m_mode->addButton(m_ui->newOrganizationRadio, 0);
    m_mode->addButton(m_ui->existingOrganizationRadio, 1);

    FieldBinder *b = binder();
    b->bind(OrganizationFlow::ModeKey, m_mode, {u"new"_s, u"existing"_s});
    b->bind(OrganizationFlow::ExistingOrganizationIdKey, m_ui->existingCombo);
    b->bind(OrganizationFlow::EnterpriseNameKey, m_ui->enterpriseNameEdit);
    b->bind(OrganizationFlow::AbbreviationKey, m_ui->abbreviationEdit, true);
    b->bindError(OrganizationFlow::OwnerAccountIdKey, m_ui->ownerAccountIdError, m_owner);
    b->bindError(OrganizationFlow::ExistingOrganizationIdKey, m_ui->organizationIdError);
    b->bindError(OrganizationFlow::EnterpriseNameKey, m_ui->enterpriseNameError);
    b->bindError(OrganizationFlow::AbbreviationKey, m_ui->abbreviationError);
    for (QLatin1StringView field :
         {OrganizationFlow::OwnerAccountIdKey, OrganizationFlow::ExistingOrganizationIdKey,
          OrganizationFlow::EnterpriseNameKey, OrganizationFlow::AbbreviationKey})
        flow->setFieldPage(field, OrganizationFlow::SetupPage);

    const auto takeOwner = [this] {
        const QString id = m_owner->accountId();
        if (!id.isEmpty())
            m_flow->setOwnerAccountId(id);
        loadExisting();
    };
    connect(m_owner, &RecordPicker::recordChanged, this, takeOwner);
    connect(m_owner, &RecordPicker::loaded, this, [this, takeOwner] {
        if (!m_flow->ownerAccountId().isEmpty())
            m_owner->setRecordId(m_flow->ownerAccountId());
        else
            m_flow->setDefault(OrganizationFlow::OwnerAccountIdKey, m_owner->accountId());
        takeOwner();
    });
    connect(m_owner, &RecordPicker::failed, this,
            [this](const Error &error) { showError(error, [this] { m_owner->reload(); }); });
    connect(flow, &OrganizationFlow::modeChanged, this, &OrgSetupPage::updateMode);
    connect(flow, &OrganizationFlow::existingOrganizationsLoaded, this,
            &OrgSetupPage::showExisting);
    m_abbreviationTimer.setSingleShot(true);
    m_abbreviationTimer.setInterval(500);
    connect(&m_abbreviationTimer, &QTimer::timeout, this, &OrgSetupPage::checkAbbreviationLive);
    connect(flow, &WizardState::valueChanged, this, [this](const QString &changed) {
        if (changed == OrganizationFlow::AbbreviationKey && !m_flow->isCreated())
            m_abbreviationTimer.start();
    });
    addStatusArea(m_ui->contentLayout);
}

OrgSetupPage::~OrgSetupPage() = default;

void OrgSetupPage::initializePage()
{
    WizardPage::initializePage();
    if (!m_flow->ownerAccountId().isEmpty())
        m_owner->setRecordId(m_flow->ownerAccountId());
    updateMode();
    loadExisting();
}

void OrgSetupPage::loadExisting()
{
    if (m_flow->ownerAccountId().isEmpty())
        return;
    await(m_flow->loadExistingOrganizations(), tr("Loading the owner's organizations…"),
          [this](const Status &status) {
              if (!status.ok())
                  showError(status.error(), [this] { loadExisting(); });
          });
}

void OrgSetupPage::showExisting()
{
    const QSignalBlocker block(m_ui->existingCombo);
    m_ui->existingCombo->clear();
    for (const auto &[id, label] : m_flow->existingOrganizations())
        m_ui->existingCombo->addItem(label, id);
    const int index = m_ui->existingCombo->findData(m_flow->existingOrganizationId());
    m_ui->existingCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_ui->existingOrganizationRadio->setEnabled(m_ui->existingCombo->count() > 0);
    updateMode();
}

void OrgSetupPage::updateMode()
{
    const bool fresh = m_flow->isNew();
    const bool created = m_flow->isCreated();
    QFormLayout *form = m_ui->form;
    showFormRow(form, m_ui->existingCombo, !fresh);
    showFormRow(form, m_ui->organizationIdError,
                !fresh && m_flow->error(OrganizationFlow::ExistingOrganizationIdKey));
    showFormRow(form, m_ui->enterpriseNameEdit, fresh);
    showFormRow(form, m_ui->abbreviationEdit, fresh);
    showFormRow(form, m_ui->abbreviationHint, fresh);
    showFormRow(form, m_ui->enterpriseNameError,
                fresh && m_flow->error(OrganizationFlow::EnterpriseNameKey));
    showFormRow(form, m_ui->abbreviationError,
                fresh && m_flow->error(OrganizationFlow::AbbreviationKey));
    // R-ORG-1/2: once created, name and abbreviation cannot change.
    m_ui->enterpriseNameEdit->setReadOnly(created);
    m_ui->abbreviationEdit->setReadOnly(created);
    m_owner->setEnabled(!created);
    retranslatePage();
}

void OrgSetupPage::checkAbbreviationLive()
{
    m_ui->abbreviationHint->clear();
    const QString asked = m_flow->abbreviation();
    // Early feedback: a refusal lands on the field; Create asks again.
    onFinished(m_flow->checkAbbreviation(), this, [this, asked](const Status &status) {
        if (status.ok() && asked == m_flow->abbreviation())
            m_ui->abbreviationHint->setText(
                tr("✓ Available. Members will log in as account@%1.").arg(asked));
    });
}

bool OrgSetupPage::startRemoteStep(std::function<void(const Status &)> done)
{
    if (!m_flow->isNew() || m_flow->isCreated())
        return false; // nothing to create
    await(m_flow->createOrganization(), tr("Creating the organization…"),
          [this, done](const Status &status) {
              if (status.ok())
                  updateMode();
              done(status);
          });
    return true;
}

void OrgSetupPage::retranslatePage()
{
    setTitle(tr("New enterprise setup"));
    setSubTitle(tr("Joint Operations: the organization that uses the purchased %1 service.")
                    .arg(context()->brand()));
    m_ui->immutableNote->setText(
        tr("Note: the enterprise name cannot be modified after creation. The abbreviation is "
           "the organization's unique identifier and cannot be changed; members log in as "
           "account@abbreviation. Setting up takes 1-3 minutes."));
    setButtonText(QWizard::CommitButton,
                  m_flow->isNew() && !m_flow->isCreated() ? tr("&Create") : tr("&Next"));
}

} // namespace oc::gui
