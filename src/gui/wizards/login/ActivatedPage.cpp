#include "ActivatedPage.h"

#include "contract/Async.h"
#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/widgets/RecordTable.h"
#include "ui_ActivatedPage.h"

#include <QTableWidget>

namespace oc::gui {

ActivatedPage::ActivatedPage(AppContext *context, LoginFlow *flow, bool direct, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::ActivatedPage>())
    , m_flow(flow)
    , m_direct(direct)
{
    m_ui->setupUi(this);
    m_bound = makeRecordTable(this,
                              direct ? QStringLiteral("directWorkspacesTable")
                                     : QStringLiteral("boundWorkspacesTable"),
                              8);
    m_bound->setColumnCount(2); // workspace, site: the header labels need the columns
    m_ui->boundSlot->addWidget(m_bound);
    addStatusArea(m_ui->contentLayout);
}

ActivatedPage::~ActivatedPage() = default;

void ActivatedPage::initializePage()
{
    WizardPage::initializePage();
    reload();
    retranslatePage();
}

void ActivatedPage::showRows(const QList<std::pair<QString, QString>> &rows)
{
    m_bound->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_bound->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_bound->setItem(row, 1, new QTableWidgetItem(DomainText::siteName(rows.at(row).second)));
    }
    m_bound->resizeColumnsToContents();
}

void ActivatedPage::reload()
{
    if (!m_direct || !m_flow->session())
        return;
    // Only shows the workspaces: the operator need not wait for them to finish.
    onFinished(m_flow->loadWorkspaces(), this, [this](const Status &status) {
        if (!status.ok())
            return showError(status.error(), [this] { reload(); });
        QList<std::pair<QString, QString>> rows;
        for (const QVariantMap &w : m_flow->workspaces())
            rows.append({w.value(QString(column::Name)).toString(),
                         w.value(QString(column::Site)).toString()});
        showRows(rows);
    });
}

void ActivatedPage::retranslatePage()
{
    setTitle(m_direct ? tr("Logged in") : tr("Activated"));
    setSubTitle(QString());
    m_bound->setHorizontalHeaderLabels({tr("Workspace"), tr("Site")});
    m_bound->setAccessibleName(tr("Workspaces"));
    setButtonText(QWizard::FinishButton, tr("&Confirm"));
    if (m_direct) {
        m_ui->activatedTitle->setText(tr("Logged in directly"));
        m_ui->activatedFeeCenterValue->setText(
            m_flow->session() ? m_flow->session()->linkedFeeCenterUsername : QString());
        m_ui->activatedNote->setText(
            tr("This Huawei Cloud account is linked to the fee-center account, so members go "
               "straight to %1 without binding again.")
                .arg(context()->brand()));
        return;
    }
    m_ui->activatedTitle->setText(tr("Activated successfully"));
    if (!m_flow->activation())
        return;
    const ActivationSummary &a = *m_flow->activation();
    m_ui->activatedFeeCenterValue->setText(a.account.username);
    QList<std::pair<QString, QString>> rows;
    for (const Workspace &w : a.boundWorkspaces)
        rows.append({w.name, w.site});
    showRows(rows);
    m_ui->activatedNote->setText(
        tr("The Huawei Cloud account is now linked to the fee-center account: the next login "
           "of any member goes straight through. Log in with the username and password to "
           "use the workspaces."));
}

} // namespace oc::gui
