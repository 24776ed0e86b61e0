#include "BindWorkspacePage.h"

#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/DomainText.h"
#include "gui/dialogs/CreateWorkspaceDialog.h"
#include "gui/widgets/RecordTable.h"
#include "ui_BindWorkspacePage.h"

#include <QPushButton>
#include <QTableWidget>

namespace oc::gui {

BindWorkspacePage::BindWorkspacePage(AppContext *context, LoginFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::BindWorkspacePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    m_table = makeRecordTable(this, QStringLiteral("workspacesTable"), 8);
    m_ui->workspacesSlot->addWidget(m_table);
    setTabOrder(m_table, m_ui->bindWorkspaceButton);
    setTabOrder(m_ui->bindWorkspaceButton, m_ui->createWorkspaceButton);
    connect(m_ui->bindWorkspaceButton, &QPushButton::clicked, this,
            &BindWorkspacePage::bindSelected);
    connect(m_ui->createWorkspaceButton, &QPushButton::clicked, this,
            &BindWorkspacePage::createWorkspace);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &BindWorkspacePage::bindSelected);
    connect(flow, &LoginFlow::workspacesLoaded, this, &BindWorkspacePage::showWorkspaces);
    disableWhileBusy(m_ui->bindWorkspaceButton);
    disableWhileBusy(m_ui->createWorkspaceButton);
    addStatusArea(m_ui->contentLayout);
}

BindWorkspacePage::~BindWorkspacePage() = default;

void BindWorkspacePage::initializePage()
{
    WizardPage::initializePage();
    reload();
}

void BindWorkspacePage::reload()
{
    if (!m_flow->feeCenter())
        return;
    await(m_flow->loadWorkspaces(), tr("Loading the workspaces…"), [this](const Status &status) {
        if (!status.ok())
            showError(status.error(), [this] { reload(); });
    });
}

void BindWorkspacePage::showWorkspaces()
{
    const QList<QVariantMap> &workspaces = m_flow->workspaces();
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Workspace"), tr("Site"), tr("Language"), tr("Settlement"), tr("State")});
    m_table->setRowCount(int(workspaces.size()));
    for (int row = 0; row < workspaces.size(); ++row) {
        const QVariantMap &w = workspaces.at(row);
        const auto value = [&w](QLatin1StringView key) { return w.value(QString(key)).toString(); };
        QString state = m_flow->isBound(w) ? tr("Bound") : tr("Not bound");
        if (value(column::Status) == u"locked")
            state = tr("Locked");
        const QStringList cells = {
            value(column::Name), DomainText::siteName(value(column::Site)),
            DomainText::enumValue(enumName::WorkspaceLanguage, value(column::Language)),
            DomainText::enumValue(enumName::SettlementMethod, value(column::Settlement)), state};
        setRecordRow(m_table, row, cells, value(column::WorkspaceId));
    }
    m_table->resizeColumnsToContents();
    emit completeChanged();
}

void BindWorkspacePage::bindSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        showError(makeError(QString::fromLatin1(SystemError::Required),
                            QStringLiteral("workspaceId"), QStringLiteral("required")));
        return;
    }
    const QString workspaceId = selected.first()->data(Qt::UserRole).toString();
    const QString name = m_table->item(selected.first()->row(), 0)->text();
    context()->dialogs()->confirm(
        this, tr("Bind workspace"),
        tr("Bind the workspace \"%1\"? It will be settled through the Huawei Cloud "
           "account %2.")
            .arg(name, m_flow->session()->ownerAccountId),
        tr("&Bind"), [this, workspaceId](bool accepted) {
            if (accepted)
                bind(workspaceId);
        });
}

void BindWorkspacePage::bind(const QString &workspaceId)
{
    clearPageError();
    await(m_flow->bindWorkspace(workspaceId), tr("Binding…"),
          [this, workspaceId](const Status &status) {
              if (!status.ok())
                  showError(status.error(), [this, workspaceId] { bind(workspaceId); });
              reload();
          });
}

void BindWorkspacePage::createWorkspace()
{
    auto *dialog = new CreateWorkspaceDialog(context(), m_flow->session()->memberId,
                                             m_flow->feeCenter()->account.feeCenterAccountId,
                                             m_flow->site(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &BindWorkspacePage::reload);
    dialog->open();
}

bool BindWorkspacePage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->finishActivation(), tr("Activating…"), done);
    return true;
}

void BindWorkspacePage::retranslatePage()
{
    setTitle(tr("Bind %1 workspaces").arg(context()->brand()));
    setSubTitle(tr("Bind existing workspaces of the fee-center account, or create one."));
    setButtonText(QWizard::CommitButton, tr("&Confirm"));
    m_table->setAccessibleName(tr("Workspaces of the fee-center account"));
    m_ui->bindNote->setText(
        tr("Bound workspaces are settled through this Huawei Cloud account. The workspace "
           "language and site never change."));
}

} // namespace oc::gui
