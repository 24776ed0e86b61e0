#include "OrgMembersPage.h"

#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/dialogs/MemberDialog.h"
#include "gui/widgets/RecordTable.h"
#include "ui_OrgMembersPage.h"

#include <QPushButton>
#include <QTableWidget>

namespace oc::gui {

using namespace Qt::StringLiterals;

OrgMembersPage::OrgMembersPage(AppContext *context, OrganizationFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::OrgMembersPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_table = makeRecordTable(this, u"membersTable"_s, 9);
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
    await(m_flow->loadDetail(), tr("Loading the members…"), [this](const Status &status) {
        if (!status.ok())
            return showError(status.error(), [this] { reload(); });
        showMembers();
    });
}

void OrgMembersPage::showMembers()
{
    if (!m_flow->detail())
        return;
    const OrganizationDetail &detail = *m_flow->detail();
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Department"), tr("Login name"), tr("Mobile"), tr("Email")});
    m_table->setRowCount(int(detail.members.size()));
    for (int row = 0; row < detail.members.size(); ++row) {
        const Member &m = detail.members.at(row);
        setRecordRow(m_table, row,
                     {m.displayName, m_flow->departmentName(m.departmentId),
                      memberLoginName(m.account, detail.organization.abbreviation), m.mobile,
                      m.email},
                     m.memberId);
    }
    m_table->resizeColumnsToContents();
    emit completeChanged();
}

void OrgMembersPage::openDialog(const std::optional<Member> &member,
                                const std::optional<OwnerPrefill> &prefill)
{
    if (!m_flow->detail())
        return;
    auto *dialog = new MemberDialog(context(), *m_flow->detail(), member, prefill, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &OrgMembersPage::reload);
    dialog->open();
}

void OrgMembersPage::addMember()
{
    if (!m_flow->detail())
        return;
    // R-ORG-5: the first member is prefilled from the owner's real-name data.
    if (!m_flow->detail()->members.isEmpty())
        return openDialog(std::nullopt, std::nullopt);
    // Without the prefill (e.g. the backend unreachable) the form starts empty.
    await(m_flow->loadOwnerPrefill(), tr("Loading the owner's details…"),
          [this](const Status &) { openDialog(std::nullopt, m_flow->ownerPrefill()); });
}

void OrgMembersPage::editMember()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || !m_flow->detail())
        return;
    const qint64 id = selected.first()->data(Qt::UserRole).toLongLong();
    for (const Member &m : m_flow->detail()->members)
        if (m.memberId == id)
            return openDialog(m, std::nullopt);
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
    await(m_flow->removeMember(memberId), tr("Removing the member…"),
          [this, memberId](const Status &status) {
              if (!status.ok())
                  showError(status.error(), [this, memberId] { remove(memberId); });
              reload();
          });
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
    showMembers();
}

} // namespace oc::gui
