#include "MyMasterAccountPanel.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/dialogs/MasterInviteDialog.h"
#include "gui/dialogs/MasterRequestDialog.h"
#include "gui/dialogs/MasterText.h"
#include "ui_MyMasterAccountPanel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

// The members table's columns.
enum MemberColumn
{
    AccountIdColumn,
    NameColumn,
    StatusColumn,
    AccountingColumn,
    RequestedColumn,
    AssociatedColumn,
    MemberColumnCount
};

// A link the member still has: pending or associated (rejected and cancelled ones are history).
bool isCurrent(const MasterLink &link)
{
    return link.status == MasterLinkStatus::Invited ||
           link.status == MasterLinkStatus::Associated ||
           link.status == MasterLinkStatus::CancellationRequested;
}

} // namespace

MyMasterAccountPanel::MyMasterAccountPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MyMasterAccountPanel>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(u"myMasterAccountPanel"_s);
    connect(m_ui->copyMasterAccountIdButton, &QPushButton::clicked, this, [this] {
        if (m_detail && m_detail->master)
            QGuiApplication::clipboard()->setText(m_detail->master->masterAccountId);
    });
    connect(m_ui->acceptButton, &QPushButton::clicked, this, [this] { answerRequest(false); });
    connect(m_ui->rejectButton, &QPushButton::clicked, this, [this] { answerRequest(true); });
    connect(m_ui->inviteMemberButton, &QPushButton::clicked, this,
            &MyMasterAccountPanel::inviteMember);
    connect(m_ui->requestCancellationButton, &QPushButton::clicked, this,
            &MyMasterAccountPanel::requestCancellation);

    QTableWidget *table = m_ui->membersTable;
    table->setColumnCount(MemberColumnCount);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // As tall as its rows (showMembers): the panel scrolls, not the table.
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(table, &QTableWidget::itemSelectionChanged, this, &MyMasterAccountPanel::updateActions);

    // The account ID on one line, its Copy button right after it.
    m_ui->masterAccountIdValue->setWordWrap(false);
    m_ui->masterAccountIdValue->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    // The scroll area lets Tab through to the panel's controls.
    m_ui->masterScroll->setFocusPolicy(Qt::NoFocus);
    m_ui->impactsList->setTextFormat(Qt::RichText);
    m_ui->permissionsList->setTextFormat(Qt::RichText);
    retranslate();
}

MyMasterAccountPanel::~MyMasterAccountPanel() = default;

void MyMasterAccountPanel::setDetail(const HuaweiAccountDetail &detail)
{
    const bool sameAccount = m_detail && m_detail->account.accountId == detail.account.accountId;
    if (!sameAccount) {
        m_ui->panelError->hide();
        m_enterpriseCenter = false; // until this account's conditions are read
    }
    m_detail = detail;
    refresh();
    loadConditions();
}

void MyMasterAccountPanel::clear()
{
    m_detail.reset();
    m_enterpriseCenter = false;
    m_conditionsOf.clear();
    m_ui->panelError->hide();
    refresh();
}

void MyMasterAccountPanel::loadConditions()
{
    // R-MST-2: a master is an account with Enterprise Center on (a simulated condition); its
    // members table shows even before it has any.
    const QString accountId = m_detail->account.accountId;
    m_conditionsOf = accountId;
    onFinished(m_context->backend()->accountConditions(accountId), this,
               [this, accountId](const Result<AccountConditions> &conditions) {
                   if (accountId != m_conditionsOf || !m_detail)
                       return;
                   const bool on = conditions.ok() && conditions->enterpriseCenter;
                   if (on == m_enterpriseCenter)
                       return;
                   m_enterpriseCenter = on;
                   refresh();
               });
}

bool MyMasterAccountPanel::isMaster() const
{
    return m_detail && (!m_detail->members.isEmpty() || m_enterpriseCenter);
}

void MyMasterAccountPanel::refresh()
{
    const auto zone = m_context->displayZone();
    const std::optional<MasterLink> link =
        m_detail && m_detail->master && isCurrent(*m_detail->master) ? m_detail->master
                                                                     : std::nullopt;
    const bool pending = link && MasterText::isPending(*link);

    // The pending request (§7.1 banner), answered in D-MASTER-REQUEST (R-MST-1).
    m_ui->requestBanner->setVisible(pending);
    if (pending) {
        m_ui->bannerTitle->setText(MasterText::bannerTitle(*link));
        m_ui->bannerText->setText(MasterText::bannerText(*link));
    }
    m_ui->notAssociatedLabel->setVisible(m_detail && !link && !isMaster());

    // The master's Basic Information and the association's state.
    m_ui->basicGroup->setVisible(link.has_value());
    m_ui->impactsGroup->setVisible(link.has_value());
    m_ui->permissionsGroup->setVisible(link.has_value());
    if (link) {
        m_ui->masterAccountIdValue->setText(link->masterAccountId);
        m_ui->masterNameValue->setText(link->masterName);
        m_ui->linkStatusValue->setText(MasterText::status(link->status));
        m_ui->accountingValue->setText(MasterText::accounting(link->accounting));
        m_ui->requestedAtValue->setText(DomainText::time(link->requestedAt, zone));
        m_ui->associatedSinceValue->setText(DomainText::time(link->associatedAt, zone));
        showFormRow(m_ui->basicForm, m_ui->requestedAtValue, link->requestedAt.isValid());
        showFormRow(m_ui->basicForm, m_ui->associatedSinceValue, link->associatedAt.isValid());
        m_ui->requestedAtLabel->setText(link->status == MasterLinkStatus::CancellationRequested
                                            ? tr("Cancellation requested:")
                                            : tr("Invited:"));
        // R-MST-3: what the association means for this account.
        m_ui->impactsIntro->setText(MasterText::impactsIntro(link->status));
        m_ui->impactsList->setText(MasterText::htmlList(MasterText::impacts(), true));
        m_ui->permissionsList->setText(MasterText::htmlList(MasterText::permissions(), false));
        const QString since = DomainText::time(link->associatedAt, zone);
        switch (link->status) {
        case MasterLinkStatus::Invited:
            m_ui->permissionsState->setText(
                tr("Requested: granted when you accept the invitation."));
            break;
        case MasterLinkStatus::CancellationRequested:
            m_ui->permissionsState->setText(
                tr("Granted since %1; withdrawn if you accept the cancellation.").arg(since));
            break;
        default:
            m_ui->permissionsState->setText(tr("Granted since %1.").arg(since));
            break;
        }
    }

    // As a master: its members, pending and associated.
    m_ui->membersGroup->setVisible(isMaster());
    showMembers();
    m_ui->actAsMasterGroup->setVisible(m_detail.has_value());
    updateActions();
}

void MyMasterAccountPanel::showMembers()
{
    QTableWidget *table = m_ui->membersTable;
    // The member selected before stays selected (the table still shows the previous rows).
    const QList<QTableWidgetItem *> selected = table->selectedItems();
    const QTableWidgetItem *selectedId =
        selected.isEmpty() ? nullptr : table->item(selected.first()->row(), AccountIdColumn);
    const QString keep = selectedId ? selectedId->text() : QString();
    table->clearSelection();
    const QList<MasterLink> members = m_detail ? m_detail->members : QList<MasterLink>();
    const auto zone = m_context->displayZone();
    table->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const MasterLink &m = members.at(row);
        const QString cells[MemberColumnCount] = {m.memberAccountId,
                                                  m.memberName,
                                                  MasterText::status(m.status),
                                                  MasterText::accounting(m.accounting),
                                                  DomainText::time(m.requestedAt, zone),
                                                  DomainText::time(m.associatedAt, zone)};
        for (int column = 0; column < MemberColumnCount; ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
        if (!keep.isEmpty() && m.memberAccountId == keep)
            table->selectRow(row);
    }
    table->resizeColumnsToContents();
    // As tall as its rows, with room for the horizontal scroll bar when the columns are wider
    // than the panel.
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth() +
                 table->horizontalScrollBar()->sizeHint().height();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
    table->setVisible(!members.isEmpty());
    m_ui->noMembersLabel->setVisible(members.isEmpty());
}

std::optional<MasterLink> MyMasterAccountPanel::selectedMember() const
{
    if (!m_detail)
        return std::nullopt;
    const QList<QTableWidgetItem *> selected = m_ui->membersTable->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const int row = selected.first()->row();
    if (row < 0 || row >= m_detail->members.size())
        return std::nullopt;
    return m_detail->members.at(row);
}

void MyMasterAccountPanel::updateActions()
{
    const bool idle = m_ui->actAsMasterGroup->isEnabled();
    const auto member = selectedMember();
    m_ui->inviteMemberButton->setEnabled(idle && m_detail.has_value());
    // Only an associated member's association can be cancelled (R-MST-1, R-MST-2).
    m_ui->requestCancellationButton->setEnabled(idle && member &&
                                                member->status == MasterLinkStatus::Associated);
}

void MyMasterAccountPanel::answerRequest(bool reject)
{
    if (!m_detail || !m_detail->master)
        return;
    m_ui->panelError->hide();
    const QString accountId = m_detail->account.accountId;
    auto *dialog = new MasterRequestDialog(
        m_context, *m_detail,
        reject ? MasterRequestDialog::Answer::Reject : MasterRequestDialog::Answer::Accept, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, accountId] { emit changed(accountId, dialog->successMessage()); });
    dialog->open();
}

void MyMasterAccountPanel::inviteMember()
{
    if (!m_detail)
        return;
    m_ui->panelError->hide();
    const QString accountId = m_detail->account.accountId;
    auto *dialog = new MasterInviteDialog(m_context, *m_detail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, accountId] { emit changed(accountId, dialog->successMessage()); });
    dialog->open();
}

void MyMasterAccountPanel::requestCancellation()
{
    const auto member = selectedMember();
    if (!m_detail || !member)
        return;
    m_ui->panelError->hide();
    const QString masterId = m_detail->account.accountId;
    const QString memberId = member->memberAccountId;
    const QString name = MasterText::memberName(*member);
    m_context->dialogs()->confirm(
        this, tr("Request Cancellation"),
        tr("Ask %1 (%2) to cancel its association with this master account? The member account "
           "accepts or rejects the request on its My Master Account page.")
            .arg(name, memberId),
        tr("&Request"), [this, masterId, memberId, name](bool accepted) {
            if (!accepted)
                return;
            m_ui->actAsMasterGroup->setEnabled(false); // one request at a time
            onFinished(m_context->backend()->requestMemberCancellation(masterId, memberId), this,
                       [this, masterId, name](const Result<MasterLink> &result) {
                           m_ui->actAsMasterGroup->setEnabled(true);
                           updateActions();
                           if (!result.ok()) {
                               m_ui->panelError->setText(
                                   ErrorText::message(result.error(), m_context->brand()));
                               m_ui->panelError->show();
                               return;
                           }
                           emit changed(masterId,
                                        tr("The cancellation was requested: %1 answers it on "
                                           "its My Master Account page.")
                                            .arg(name));
                       });
        });
}

void MyMasterAccountPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MyMasterAccountPanel::retranslate()
{
    m_ui->notAssociatedLabel->setText(tr("Not associated with a master account."));
    m_ui->copyMasterAccountIdButton->setAccessibleName(tr("Copy the master account's ID"));
    m_ui->permissionsIntro->setText(tr("The master account asks for these permissions:"));
    m_ui->membersIntro->setText(
        tr("This account is an enterprise master account (Enterprise Center). Its member "
           "accounts, and the accounts it invited:"));
    m_ui->noMembersLabel->setText(tr("No member accounts yet."));
    m_ui->membersTable->setHorizontalHeaderLabels({tr("Account ID"), tr("Enterprise Name"),
                                                   tr("Status"), tr("Accounting"), tr("Requested"),
                                                   tr("Associated Since")});
    m_ui->membersTable->setAccessibleName(tr("Member accounts"));
    m_ui->actAsMasterIntro->setText(
        tr("Simulation: the operator plays this account as the master account. Only the master "
           "starts an association or its cancellation; the member account accepts or rejects "
           "it on its My Master Account page."));
    refresh();
    nameAllFormFields(this);
}

} // namespace oc::gui
