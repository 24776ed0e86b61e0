#include "OrgDonePage.h"

#include "gui/widgets/RecordTable.h"
#include "ui_OrgDonePage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QTableWidget>

namespace oc::gui {

using namespace Qt::StringLiterals;

OrgDonePage::OrgDonePage(AppContext *context, OrganizationFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::OrgDonePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_logins = makeRecordTable(this, u"loginsTable"_s, 9);
    m_ui->loginsSlot->addWidget(m_logins);
    setTabOrder(m_ui->copyAddressButton, m_logins);
    setTabOrder(m_logins, m_ui->openOutboxButton);
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
    if (!m_flow->result())
        return;
    const AuthorizationResult &r = *m_flow->result();
    m_ui->loginAddressValue->setText(r.loginAddress);
    m_logins->setColumnCount(3);
    m_logins->setHorizontalHeaderLabels({tr("Member"), tr("Login name"), tr("SMS sent to")});
    m_logins->setRowCount(int(r.logins.size()));
    for (int row = 0; row < r.logins.size(); ++row) {
        const MemberLogin &l = r.logins.at(row);
        setRecordRow(m_logins, row, {l.displayName, l.loginName, l.sentTo}, l.memberId);
    }
    m_logins->resizeColumnsToContents();
    m_ui->smsNote->setText(
        tr("Each authorized member was sent an SMS with the unified login address, the login name "
           "and the initial password."));
}

} // namespace oc::gui
