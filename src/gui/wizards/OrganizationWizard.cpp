#include "OrganizationWizard.h"

#include "FieldBinder.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/dialogs/MemberDialog.h"
#include "gui/widgets/MemberChecklist.h"
#include "gui/widgets/RecordPicker.h"
#include "gui/widgets/RecordTable.h"
#include "ui_OrgAuthorizationPage.h"
#include "ui_OrgBindingPage.h"
#include "ui_OrgDonePage.h"
#include "ui_OrgMembersPage.h"
#include "ui_OrgProgressPage.h"
#include "ui_OrgSetupPage.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QGuiApplication>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>

namespace oc::gui {

namespace {

QString k(const char *name)
{
    return QString::fromLatin1(name);
}

void setRow(QTableWidget *table, int row, const QStringList &cells, const QVariant &id)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, id);
        table->setItem(row, column, item);
    }
}

QString departmentName(const OrganizationDetail &detail, qint64 id)
{
    for (const Department &d : detail.departments)
        if (d.departmentId == id)
            return d.name;
    return detail.departments.isEmpty() ? QString() : detail.departments.first().name;
}

} // namespace

// ---- state ---------------------------------------------------------------------------

OrganizationState::OrganizationState(QObject *parent)
    : WizardState(parent)
{
    setDefault(k(Mode), QStringLiteral("new"));
    setDefault(k(Terms), false);
}

QString OrganizationState::organizationId() const
{
    return isNew() ? text(k(CreatedOrganizationId)) : text(k(ExistingOrganizationId));
}

QList<Error> OrganizationState::setupErrors() const
{
    QList<Error> errors;
    if (text(k(OwnerAccountId)).isEmpty())
        errors << makeError(QString::fromLatin1(SystemError::Required), k(OwnerAccountId),
                            QStringLiteral("required"));
    if (!isNew()) {
        if (text(k(ExistingOrganizationId)).isEmpty())
            errors << makeError(QString::fromLatin1(SystemError::Required),
                                k(ExistingOrganizationId), QStringLiteral("required"));
        return errors;
    }
    if (!text(k(CreatedOrganizationId)).isEmpty())
        return errors; // already created: name and abbreviation are fixed (R-ORG-1/2)
    if (auto name = validate::enterpriseName(text(k(EnterpriseName))); !name.ok())
        errors << name.error();
    if (auto abbreviation = validate::abbreviation(text(k(Abbreviation))); !abbreviation.ok())
        errors << abbreviation.error();
    return errors;
}

// ---- page 1: new enterprise setup --------------------------------------------------------

OrgSetupPage::OrgSetupPage(AppContext *context, OrganizationState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::OrgSetupPage>())
    , m_org(state)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    m_owner = RecordPicker::huaweiAccounts(context, false, this);
    m_owner->setObjectName(QStringLiteral("ownerPicker"));
    m_ui->ownerSlot->addWidget(m_owner);
    m_ui->ownerLabel->setBuddy(m_owner);
    // The owner the wizard was opened for stays chosen when the list arrives.
    if (!state->text(k(OrganizationState::OwnerAccountId)).isEmpty())
        m_owner->setRecordId(state->text(k(OrganizationState::OwnerAccountId)));
    setTabOrder(m_owner, m_ui->newOrganizationRadio);
    setTabOrder(m_ui->newOrganizationRadio, m_ui->existingOrganizationRadio);
    setTabOrder(m_ui->existingOrganizationRadio, m_ui->existingCombo);
    m_mode = new QButtonGroup(this);
    m_mode->addButton(m_ui->newOrganizationRadio, 0);
    m_mode->addButton(m_ui->existingOrganizationRadio, 1);

    FieldBinder *b = binder();
    b->bind(k(OrganizationState::Mode), m_mode,
            {QStringLiteral("new"), QStringLiteral("existing")});
    b->bind(k(OrganizationState::ExistingOrganizationId), m_ui->existingCombo);
    b->bind(k(OrganizationState::EnterpriseName), m_ui->enterpriseNameEdit);
    b->bind(k(OrganizationState::Abbreviation), m_ui->abbreviationEdit, true);
    b->bindError(k(OrganizationState::OwnerAccountId), m_ui->ownerAccountIdError, m_owner);
    b->bindError(k(OrganizationState::ExistingOrganizationId), m_ui->organizationIdError);
    b->bindError(k(OrganizationState::EnterpriseName), m_ui->enterpriseNameError);
    b->bindError(k(OrganizationState::Abbreviation), m_ui->abbreviationError);
    for (const char *field :
         {OrganizationState::OwnerAccountId, OrganizationState::ExistingOrganizationId,
          OrganizationState::EnterpriseName, OrganizationState::Abbreviation})
        state->setFieldPage(k(field), OrganizationWizard::Setup);

    const auto takeOwner = [this] {
        const QString id = m_owner->accountId();
        if (!id.isEmpty() && id != m_org->text(k(OrganizationState::OwnerAccountId)))
            m_org->setValue(k(OrganizationState::OwnerAccountId), id);
        loadExisting();
    };
    connect(m_owner, &RecordPicker::recordChanged, this, takeOwner);
    connect(m_owner, &RecordPicker::loaded, this, [this, takeOwner] {
        if (!m_org->text(k(OrganizationState::OwnerAccountId)).isEmpty())
            m_owner->setRecordId(m_org->text(k(OrganizationState::OwnerAccountId)));
        else
            m_org->setDefault(k(OrganizationState::OwnerAccountId), m_owner->accountId());
        takeOwner();
    });
    connect(m_owner, &RecordPicker::failed, this,
            [this](const Error &error) { showError(error, [this] { m_owner->reload(); }); });
    connect(state, &WizardState::valueChanged, this, [this](const QString &key) {
        if (key == k(OrganizationState::Mode))
            updateMode();
    });
    m_abbreviationTimer.setSingleShot(true);
    m_abbreviationTimer.setInterval(500);
    connect(&m_abbreviationTimer, &QTimer::timeout, this, &OrgSetupPage::checkAbbreviationLive);
    connect(m_ui->abbreviationEdit, &QLineEdit::textEdited, &m_abbreviationTimer,
            qOverload<>(&QTimer::start));
    addStatusArea(m_ui->contentLayout);
}

OrgSetupPage::~OrgSetupPage() = default;

void OrgSetupPage::initializePage()
{
    WizardPage::initializePage();
    if (!m_org->text(k(OrganizationState::OwnerAccountId)).isEmpty())
        m_owner->setRecordId(m_org->text(k(OrganizationState::OwnerAccountId)));
    updateMode();
    loadExisting();
}

void OrgSetupPage::loadExisting()
{
    const QString owner = m_org->text(k(OrganizationState::OwnerAccountId));
    if (owner.isEmpty())
        return;
    ListQuery query;
    query.view = view::Organizations;
    query.filters.insert(column::OwnerAccountId, owner);
    query.limit = 200;
    await(context()->backend()->list(query), tr("Loading the owner's organizations…"),
          [this, owner](const Result<ListPage> &page) {
              if (owner != m_org->text(k(OrganizationState::OwnerAccountId)))
                  return;
              if (!page.ok())
                  return showError(page.error(), [this] { loadExisting(); });
              const QSignalBlocker block(m_ui->existingCombo);
              m_ui->existingCombo->clear();
              const int id = page->columnIndex(column::OrganizationId);
              const int name = page->columnIndex(column::EnterpriseName);
              const int abbreviation = page->columnIndex(column::Abbreviation);
              for (const QVariantList &row : page->rows)
                  m_ui->existingCombo->addItem(
                      QStringLiteral("%1 (%2)").arg(row.value(name).toString(),
                                                    row.value(abbreviation).toString()),
                      row.value(id));
              const int index = m_ui->existingCombo->findData(
                  m_org->text(k(OrganizationState::ExistingOrganizationId)));
              m_ui->existingCombo->setCurrentIndex(index >= 0 ? index : 0);
              if (m_ui->existingCombo->count() > 0)
                  m_org->setDefault(k(OrganizationState::ExistingOrganizationId),
                                    m_ui->existingCombo->currentData());
              else
                  m_org->setDefault(k(OrganizationState::ExistingOrganizationId), QString());
              m_ui->existingOrganizationRadio->setEnabled(m_ui->existingCombo->count() > 0);
              updateMode();
          });
}

void OrgSetupPage::updateMode()
{
    const bool fresh = m_org->isNew();
    const bool created = !m_org->text(k(OrganizationState::CreatedOrganizationId)).isEmpty();
    QFormLayout *form = m_ui->form;
    showFormRow(form, m_ui->existingCombo, !fresh);
    showFormRow(form, m_ui->organizationIdError,
                !fresh && m_org->error(k(OrganizationState::ExistingOrganizationId)));
    showFormRow(form, m_ui->enterpriseNameEdit, fresh);
    showFormRow(form, m_ui->abbreviationEdit, fresh);
    showFormRow(form, m_ui->abbreviationHint, fresh);
    showFormRow(form, m_ui->enterpriseNameError,
                fresh && m_org->error(k(OrganizationState::EnterpriseName)));
    showFormRow(form, m_ui->abbreviationError,
                fresh && m_org->error(k(OrganizationState::Abbreviation)));
    // R-ORG-1/2: once created, name and abbreviation cannot change.
    m_ui->enterpriseNameEdit->setReadOnly(created);
    m_ui->abbreviationEdit->setReadOnly(created);
    m_owner->setEnabled(!created);
    retranslatePage();
}

void OrgSetupPage::checkAbbreviationLive()
{
    const QString abbreviation = m_org->text(k(OrganizationState::Abbreviation));
    m_ui->abbreviationHint->clear();
    if (!validate::abbreviation(abbreviation).ok())
        return;
    onFinished(context()->backend()->checkAbbreviation(abbreviation), this,
               [this, abbreviation](const Status &s) {
                   if (abbreviation != m_org->text(k(OrganizationState::Abbreviation)))
                       return;
                   if (s.ok())
                       m_ui->abbreviationHint->setText(
                           tr("✓ Available. Members will log in as account@%1.").arg(abbreviation));
                   else if (!isTransient(s.error())) // early feedback; Create asks again
                       m_org->setError(s.error());
               });
}

bool OrgSetupPage::isPageComplete() const
{
    if (m_org->text(k(OrganizationState::OwnerAccountId)).isEmpty())
        return false;
    if (!m_org->isNew())
        return !m_org->text(k(OrganizationState::ExistingOrganizationId)).isEmpty();
    return !m_org->text(k(OrganizationState::CreatedOrganizationId)).isEmpty() ||
           (!m_org->text(k(OrganizationState::EnterpriseName)).trimmed().isEmpty() &&
            !m_org->text(k(OrganizationState::Abbreviation)).trimmed().isEmpty());
}

QList<Error> OrgSetupPage::localErrors() const
{
    return m_org->setupErrors();
}

bool OrgSetupPage::startRemoteStep(std::function<void(const Status &)> done)
{
    if (!m_org->isNew() || !m_org->text(k(OrganizationState::CreatedOrganizationId)).isEmpty())
        return false; // nothing to create
    OrganizationRequest request;
    request.ownerAccountId = m_org->text(k(OrganizationState::OwnerAccountId));
    request.enterpriseName = m_org->text(k(OrganizationState::EnterpriseName));
    request.abbreviation = m_org->text(k(OrganizationState::Abbreviation)).trimmed();
    await(context()->backend()->createOrganization(request), tr("Creating the organization…"),
          [this, done](const Result<Organization> &created) {
              if (created.ok()) {
                  m_org->setDefault(k(OrganizationState::CreatedOrganizationId),
                                    created->organizationId);
                  updateMode();
                  done(okStatus());
              } else {
                  done(created.error());
              }
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
                  m_org->isNew() &&
                          m_org->text(k(OrganizationState::CreatedOrganizationId)).isEmpty()
                      ? tr("&Create")
                      : tr("&Next"));
}

// ---- page 2: setup progress ---------------------------------------------------------------

OrgProgressPage::OrgProgressPage(AppContext *context, OrganizationState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::OrgProgressPage>())
    , m_org(state)
{
    m_ui->setupUi(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("setupProgress"));
    m_progress->setRange(0, 100);
    m_ui->progressSlot->addWidget(m_progress);
    m_ui->progressLabel->setBuddy(m_progress);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &OrgProgressPage::updateProgress);
    connect(context, &AppContext::clockChanged, this, &OrgProgressPage::updateProgress);
    connect(context->backend(), &Backend::changed, this, [this](const QStringList &views) {
        if (views.contains(view::Organizations) && isVisible())
            reload();
    });
    // The demo clock controls, here too: the main window waits behind the wizard.
    connect(m_ui->advanceMinuteButton, &QPushButton::clicked, this,
            [this] { this->context()->backend()->advanceClock(ClockStep::Minute); });
    connect(m_ui->advanceHourButton, &QPushButton::clicked, this,
            [this] { this->context()->backend()->advanceClock(ClockStep::Hour); });
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
    const QString id = m_org->organizationId();
    // One at a time: the clock ticks every second, a slow server may take longer.
    if (id.isEmpty() || m_reloading)
        return;
    m_reloading = true;
    // A background refresh (the clock moves it on): the page stays usable meanwhile.
    onFinished(context()->backend()->organization(id), this,
               [this](const Result<OrganizationDetail> &detail) {
                   m_reloading = false;
                   if (!detail.ok()) {
                       showError(detail.error(), [this] { reload(); });
                       return;
                   }
                   clearPageError();
                   m_org->detail = *detail;
                   updateProgress();
                   emit completeChanged();
               });
}

void OrgProgressPage::updateProgress()
{
    if (!m_org->detail)
        return;
    const Organization &o = m_org->detail->organization;
    const QTimeZone zone = context()->displayZone();
    m_ui->organizationValue->setText(
        QStringLiteral("%1 (%2)").arg(o.enterpriseName, o.abbreviation));
    m_ui->readyAtValue->setText(DomainText::time(o.readyAt, zone));
    const bool ready = o.status == OrganizationStatus::Ready;
    const qint64 total = qMax<qint64>(1, o.createdAt.msecsTo(o.readyAt));
    const qint64 done = o.createdAt.msecsTo(context()->now());
    m_progress->setValue(ready ? 100 : int(qBound(qint64(0), done * 100 / total, qint64(99))));
    m_ui->statusValue->setText(ready
                                   ? tr("Ready: add members next.")
                                   : tr("Setting up… (about %n second(s) left)", nullptr,
                                        int(qMax<qint64>(0, context()->now().secsTo(o.readyAt)))));
    if (!ready && context()->now() >= o.readyAt)
        reload(); // the backend settles it within a second
}

bool OrgProgressPage::isPageComplete() const
{
    return m_org->detail && m_org->detail->organization.status == OrganizationStatus::Ready;
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

// ---- page 3: members ----------------------------------------------------------------------

OrgMembersPage::OrgMembersPage(AppContext *context, OrganizationState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::OrgMembersPage>())
    , m_org(state)
{
    m_ui->setupUi(this);
    m_table = makeRecordTable(this, QStringLiteral("membersTable"), 9);
    m_ui->tableSlot->addWidget(m_table);
    setTabOrder(m_table, m_ui->addMemberButton);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &OrgMembersPage::addMember);
    connect(m_ui->editMemberButton, &QPushButton::clicked, this, &OrgMembersPage::editMember);
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this, &OrgMembersPage::removeMember);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &OrgMembersPage::editMember);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = !m_table->selectedItems().isEmpty();
        m_ui->editMemberButton->setEnabled(selected);
        m_ui->removeMemberButton->setEnabled(selected);
    });
    // Add and Edit open a dialog that saves by itself; Remove submits from here.
    disableWhileBusy(m_ui->removeMemberButton);
    addStatusArea(m_ui->contentLayout);
}

OrgMembersPage::~OrgMembersPage() = default;

void OrgMembersPage::initializePage()
{
    WizardPage::initializePage();
    m_ui->editMemberButton->setEnabled(false);
    m_ui->removeMemberButton->setEnabled(false);
    reload();
}

void OrgMembersPage::reload()
{
    await(context()->backend()->organization(m_org->organizationId()), tr("Loading the members…"),
          [this](const Result<OrganizationDetail> &detail) {
              if (!detail.ok()) {
                  showError(detail.error(), [this] { reload(); });
                  return;
              }
              m_org->detail = *detail;
              show(*detail);
          });
}

void OrgMembersPage::show(const OrganizationDetail &detail)
{
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Department"), tr("Login name"), tr("Mobile"), tr("Email")});
    m_table->setRowCount(int(detail.members.size()));
    for (int row = 0; row < detail.members.size(); ++row) {
        const Member &m = detail.members.at(row);
        setRow(m_table, row,
               {m.displayName, departmentName(detail, m.departmentId),
                memberLoginName(m.account, detail.organization.abbreviation), m.mobile, m.email},
               m.memberId);
    }
    m_table->resizeColumnsToContents();
    emit completeChanged();
}

void OrgMembersPage::addMember()
{
    if (!m_org->detail)
        return;
    const OrganizationDetail detail = *m_org->detail;
    const auto open = [this, detail](const std::optional<OwnerPrefill> &prefill) {
        auto *dialog = new MemberDialog(context(), detail, std::nullopt, prefill, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &OrgMembersPage::reload);
        dialog->open();
    };
    // R-ORG-5: the first member is prefilled from the owner's real-name data.
    if (detail.members.isEmpty()) {
        // Without the prefill (e.g. the backend unreachable) the form starts empty.
        await(context()->backend()->ownerPrefill(detail.organization.organizationId),
              tr("Loading the owner's details…"), [open](const Result<OwnerPrefill> &prefill) {
                  open(prefill.ok() ? std::optional<OwnerPrefill>(*prefill) : std::nullopt);
              });
    } else {
        open(std::nullopt);
    }
}

void OrgMembersPage::editMember()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || !m_org->detail)
        return;
    const qint64 id = selected.first()->data(Qt::UserRole).toLongLong();
    for (const Member &m : std::as_const(m_org->detail->members)) {
        if (m.memberId != id)
            continue;
        auto *dialog = new MemberDialog(context(), *m_org->detail, m, std::nullopt, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &OrgMembersPage::reload);
        dialog->open();
        return;
    }
}

void OrgMembersPage::removeMember()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.first()->data(Qt::UserRole).toLongLong();
    const QString name = m_table->item(selected.first()->row(), 0)->text();
    context()->dialogs()->confirm(
        this, tr("Remove member"),
        tr("Remove %1 from the organization? Their authorizations end too.").arg(name),
        tr("&Remove"), [this, id](bool accepted) {
            if (accepted)
                remove(id);
        });
}

void OrgMembersPage::remove(qint64 memberId)
{
    clearPageError();
    await(context()->backend()->removeMember(memberId), tr("Removing the member…"),
          [this, memberId](const Status &status) {
              if (!status.ok())
                  showError(status.error(), [this, memberId] { remove(memberId); });
              reload();
          });
}

bool OrgMembersPage::isPageComplete() const
{
    return m_org->detail && !m_org->detail->members.isEmpty();
}

void OrgMembersPage::retranslatePage()
{
    setTitle(tr("Add members"));
    setSubTitle(tr("Fill in the employees' names, departments and contact information."));
    m_table->setAccessibleName(tr("Members"));
    m_ui->loginHint->setText(
        tr("The account and password created here are used to log in to %1 and to register or "
           "log in to the Billing Center. Inform the members offline.")
            .arg(context()->brand()));
    if (m_org->detail)
        show(*m_org->detail);
}

// ---- page 4: app binding ------------------------------------------------------------------

OrgBindingPage::OrgBindingPage(AppContext *context, OrganizationState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::OrgBindingPage>())
    , m_org(state)
{
    m_ui->setupUi(this);
    m_table = makeRecordTable(this, QStringLiteral("ordersTable"), 9);
    m_ui->ordersSlot->addWidget(m_table);
    setTabOrder(m_table, m_ui->bindButton);
    connect(m_ui->bindButton, &QPushButton::clicked, this, &OrgBindingPage::bindSelected);
    connect(m_ui->refreshOrdersButton, &QPushButton::clicked, this, &OrgBindingPage::reload);
    disableWhileBusy(m_ui->bindButton);
    disableWhileBusy(m_ui->refreshOrdersButton);
    connect(context->backend(), &Backend::changed, this, [this](const QStringList &views) {
        if ((views.contains(view::Instances) || views.contains(view::Bindings)) && isVisible())
            reload();
    });
    addStatusArea(m_ui->contentLayout);
}

OrgBindingPage::~OrgBindingPage() = default;

void OrgBindingPage::initializePage()
{
    WizardPage::initializePage();
    reload();
}

void OrgBindingPage::reload()
{
    const QString owner = m_org->text(k(OrganizationState::OwnerAccountId));
    await(context()->backend()->bindableOrders(owner), tr("Loading the orders…"),
          [this](const Result<QList<BindableOrder>> &orders) {
              if (!orders.ok()) {
                  showError(orders.error(), [this] { reload(); });
                  return;
              }
              m_orders = *orders;
              const QString me = m_org->organizationId();
              m_table->setColumnCount(5);
              m_table->setHorizontalHeaderLabels({tr("Order number"), tr("Product"),
                                                  tr("Instance ID"), tr("Instance status"),
                                                  tr("Binding state")});
              m_table->setRowCount(int(m_orders.size()));
              int selectRow = -1;
              QString bindingId;
              for (int row = 0; row < m_orders.size(); ++row) {
                  const BindableOrder &o = m_orders.at(row);
                  QString state = tr("Not bound");
                  if (o.boundOrganizationId == me)
                      state = tr("Bound to this organization");
                  else if (!o.boundOrganizationId.isEmpty())
                      state = tr("Bound to %1").arg(o.boundAbbreviation);
                  setRow(
                      m_table, row,
                      {o.order.orderId,
                       DomainText::productName(QStringLiteral("subscription"), context()->brand()),
                       o.instance.instanceId,
                       DomainText::enumValue(enumName::InstanceStatus, toString(o.instance.status)),
                       state},
                      o.order.orderId);
                  if (selectRow < 0 && o.boundOrganizationId.isEmpty() &&
                      o.instance.status == InstanceStatus::Active)
                      selectRow = row;
              }
              m_table->resizeColumnsToContents();
              if (selectRow >= 0 && m_table->selectedItems().isEmpty())
                  m_table->selectRow(selectRow);
              // The binding of this organization, once there is one (the next page authorizes it).
              await(context()->backend()->organization(me), tr("Loading the orders…"),
                    [this](const Result<OrganizationDetail> &detail) {
                        if (!detail.ok()) {
                            showError(detail.error(), [this] { reload(); });
                            return;
                        }
                        m_org->detail = *detail;
                        if (!detail->bindings.isEmpty())
                            m_org->setDefault(k(OrganizationState::BindingId),
                                              detail->bindings.last().bindingId);
                        emit completeChanged();
                    });
          });
}

void OrgBindingPage::bindSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        showError(makeError(QString::fromLatin1(SystemError::Required), QStringLiteral("order"),
                            QStringLiteral("required")));
        return;
    }
    bind(selected.first()->data(Qt::UserRole).toString());
}

void OrgBindingPage::bind(const QString &orderId)
{
    clearPageError();
    await(context()->backend()->bindOrder(orderId, m_org->organizationId()),
          tr("Binding the order…"), [this, orderId](const Result<AppBinding> &binding) {
              if (binding.ok())
                  m_org->setDefault(k(OrganizationState::BindingId), binding->bindingId);
              else
                  showError(binding.error(), [this, orderId] { bind(orderId); });
              reload();
          });
}

bool OrgBindingPage::isPageComplete() const
{
    return m_org->value(k(OrganizationState::BindingId)).toLongLong() > 0;
}

void OrgBindingPage::retranslatePage()
{
    setTitle(tr("App binding"));
    setSubTitle(tr("Bind the purchased order to the organization."));
    m_table->setAccessibleName(tr("Purchased orders"));
    m_ui->bindingNote->setText(
        tr("Note: one order is bound to one organization. Multiple orders of the same product "
           "cannot be bound to the same organization."));
}

// ---- page 5: app authorization ------------------------------------------------------------

OrgAuthorizationPage::OrgAuthorizationPage(AppContext *context, OrganizationState *state,
                                           QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::OrgAuthorizationPage>())
    , m_org(state)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    m_members = new MemberChecklist(this);
    m_ui->membersSlot->addWidget(m_members);
    setTabOrder(m_ui->bindingValue, m_members);
    setTabOrder(m_members, m_ui->selectAllButton);
    binder()->bind(k(OrganizationState::Terms), m_ui->termsCheck);
    binder()->bindError(k(OrganizationState::Terms), m_ui->termsError);
    state->setFieldPage(k(OrganizationState::Terms), OrganizationWizard::Authorization);
    connect(m_members, &MemberChecklist::selectionChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->selectAllButton, &QPushButton::clicked, m_members,
            [this] { m_members->setAllChecked(true); });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, m_members,
            [this] { m_members->setAllChecked(false); });
    addStatusArea(m_ui->contentLayout);
}

OrgAuthorizationPage::~OrgAuthorizationPage() = default;

void OrgAuthorizationPage::initializePage()
{
    WizardPage::initializePage();
    reload();
}

void OrgAuthorizationPage::reload()
{
    const qint64 bindingId = m_org->value(k(OrganizationState::BindingId)).toLongLong();
    await(context()->backend()->organization(m_org->organizationId()), tr("Loading the members…"),
          [this, bindingId](const Result<OrganizationDetail> &detail) {
              if (!detail.ok()) {
                  showError(detail.error(), [this] { reload(); });
                  return;
              }
              m_org->detail = *detail;
              for (const AppBinding &b : detail->bindings)
                  if (b.bindingId == bindingId)
                      m_ui->bindingValue->setText(
                          tr("%1 (instance %2)").arg(b.orderId, b.instanceId));
              m_members->load(*detail, bindingId);
          });
}

bool OrgAuthorizationPage::isPageComplete() const
{
    return m_members->hasNewlyChecked() && m_org->flag(k(OrganizationState::Terms));
}

QList<Error> OrgAuthorizationPage::localErrors() const
{
    QList<Error> errors;
    if (!m_members->hasNewlyChecked())
        errors << makeError(QStringLiteral("R-BND-4"), QStringLiteral("members"),
                            QStringLiteral("noMembers"));
    if (!m_org->flag(k(OrganizationState::Terms)))
        errors << makeError(QStringLiteral("R-BND-4"), k(OrganizationState::Terms),
                            QStringLiteral("terms"));
    return errors;
}

bool OrgAuthorizationPage::startRemoteStep(std::function<void(const Status &)> done)
{
    AuthorizationRequest request;
    request.bindingId = m_org->value(k(OrganizationState::BindingId)).toLongLong();
    request.memberIds = m_members->newlyChecked();
    request.termsAccepted = m_org->flag(k(OrganizationState::Terms));
    await(context()->backend()->authorizeMembers(request), tr("Authorizing…"),
          [this, done](const Result<AuthorizationResult> &result) {
              if (result.ok()) {
                  m_org->result = *result;
                  done(okStatus());
              } else {
                  done(result.error());
              }
          });
    return true;
}

void OrgAuthorizationPage::retranslatePage()
{
    setTitle(tr("App authorization"));
    setSubTitle(tr("Select the members who may use %1, agree to the terms and confirm.")
                    .arg(context()->brand()));
    setButtonText(QWizard::CommitButton, tr("&Confirm authorization"));
    m_members->setAccessibleName(tr("Members to authorize"));
}

// ---- page 6: done ---------------------------------------------------------------------------

OrgDonePage::OrgDonePage(AppContext *context, OrganizationState *state, QWidget *parent)
    : WizardPage(context, state, parent)
    , m_ui(std::make_unique<Ui::OrgDonePage>())
    , m_org(state)
{
    m_ui->setupUi(this);
    m_logins = makeRecordTable(this, QStringLiteral("loginsTable"), 9);
    m_ui->loginsSlot->addWidget(m_logins);
    connect(m_ui->copyAddressButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->loginAddressValue->text()); });
    connect(m_ui->openOutboxButton, &QPushButton::clicked, this, &OrgDonePage::openOutboxRequested);
    addStatusArea(m_ui->contentLayout);
}

OrgDonePage::~OrgDonePage() = default;

void OrgDonePage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
}

void OrgDonePage::retranslatePage()
{
    setTitle(tr("Done"));
    setSubTitle(QString());
    m_ui->doneTitle->setText(tr("The organization is associated"));
    m_ui->copyAddressButton->setAccessibleName(tr("Copy the unified login address"));
    m_logins->setAccessibleName(tr("Member logins"));
    if (!m_org->result)
        return;
    const AuthorizationResult &r = *m_org->result;
    m_ui->loginAddressValue->setText(r.loginAddress);
    m_logins->setColumnCount(3);
    m_logins->setHorizontalHeaderLabels({tr("Member"), tr("Login name"), tr("SMS sent to")});
    m_logins->setRowCount(int(r.logins.size()));
    for (int row = 0; row < r.logins.size(); ++row) {
        const MemberLogin &l = r.logins.at(row);
        setRow(m_logins, row, {l.displayName, l.loginName, l.sentTo}, l.memberId);
    }
    m_logins->resizeColumnsToContents();
    m_ui->smsNote->setText(
        tr("Each authorized member was sent an SMS with the unified login address, the login name "
           "and the initial password."));
}

// ---- wizard ----------------------------------------------------------------------------------

OrganizationWizard::OrganizationWizard(AppContext *context, const QString &ownerAccountId,
                                       QWidget *parent)
    : Wizard(context, new OrganizationState, QString::fromLatin1(Name), parent)
    , m_org(static_cast<OrganizationState *>(state()))
{
    if (!ownerAccountId.isEmpty())
        m_org->setDefault(k(OrganizationState::OwnerAccountId), ownerAccountId);
    addNamedPage(Setup, new OrgSetupPage(context, m_org, this), QStringLiteral("orgSetup"));
    addNamedPage(Progress, new OrgProgressPage(context, m_org, this),
                 QStringLiteral("orgProgress"));
    addNamedPage(Members, new OrgMembersPage(context, m_org, this), QStringLiteral("orgMembers"));
    addNamedPage(Binding, new OrgBindingPage(context, m_org, this), QStringLiteral("orgBinding"));
    addNamedPage(Authorization, new OrgAuthorizationPage(context, m_org, this),
                 QStringLiteral("orgAuthorization"));
    auto *done = new OrgDonePage(context, m_org, this);
    addNamedPage(Done, done, QStringLiteral("orgDone"));
    connect(done, &OrgDonePage::openOutboxRequested, this, [this] {
        emit openOutboxRequested();
        accept();
    });
    retranslate();
}

int OrganizationWizard::nextId() const
{
    // An organization that is already ready skips the setup progress.
    if (currentId() == Setup && !m_org->isNew())
        return Members;
    return QWizard::nextId();
}

QString OrganizationWizard::title() const
{
    return tr("Bind the organization");
}

} // namespace oc::gui
