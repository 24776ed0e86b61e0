#include "PartnerLogDialog.h"

#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/PartnerText.h"
#include "ui_PartnerLogDialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

#include <algorithm>

namespace oc::gui {

using namespace Qt::StringLiterals;

PartnerLogDialog::PartnerLogDialog(AppContext *context, const HuaweiAccountDetail &detail,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PartnerLogDialog>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(u"partnerLogDialog"_s);
    if (detail.partner) {
        m_partnerName = detail.partner->partnerName;
        m_log = detail.partner->log;
    }
    // Newest first, whatever order the entries came in.
    std::stable_sort(
        m_log.begin(), m_log.end(),
        [](const PartnerLogEntry &a, const PartnerLogEntry &b) { return a.at > b.at; });
    QPushButton *close = m_ui->buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->logTable->setColumnCount(4);
    m_ui->logTable->verticalHeader()->hide();
    m_ui->logTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->logTable->setRowCount(int(m_log.size()));
    // Room for a few lines of the log in either language, within a laptop screen.
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 26);
    retranslate();
}

PartnerLogDialog::~PartnerLogDialog() = default;

void PartnerLogDialog::retranslate()
{
    setWindowTitle(tr("Operation Log"));
    m_ui->introLabel->setText(
        tr("Every step of the association with %1, newest first.").arg(m_partnerName));
    m_ui->logTable->setHorizontalHeaderLabels(
        {tr("Time"), tr("Operation"), tr("By"), tr("Details")});
    m_ui->logTable->setAccessibleName(tr("Operation Log"));
    const auto zone = m_context->displayZone();
    for (int row = 0; row < m_log.size(); ++row) {
        const PartnerLogEntry &e = m_log.at(row);
        const QString cells[] = {DomainText::time(e.at, zone),
                                 PartnerText::operationText(e.operation),
                                 PartnerText::actorText(e.actor), PartnerText::logDetail(e, zone)};
        for (int column = 0; column < 4; ++column)
            m_ui->logTable->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_ui->logTable->resizeColumnsToContents();
    m_ui->logTable->resizeRowsToContents();
    m_ui->emptyLabel->setText(tr("No operation yet."));
    m_ui->emptyLabel->setVisible(m_log.isEmpty());
}

void PartnerLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace oc::gui
