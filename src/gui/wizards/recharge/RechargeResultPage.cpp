#include "RechargeResultPage.h"

#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "ui_RechargeResultPage.h"

#include <QHeaderView>
#include <QTableWidget>

namespace oc::gui {

RechargeResultPage::RechargeResultPage(AppContext *context, RechargeFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::RechargeResultPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_cards = new QTableWidget(this);
    m_cards->setObjectName(QStringLiteral("cardsTable"));
    m_cards->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cards->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cards->setTabKeyNavigation(false);
    m_cards->verticalHeader()->hide();
    m_cards->horizontalHeader()->setStretchLastSection(true);
    m_cards->setMinimumHeight(m_cards->fontMetrics().height() * 10);
    m_ui->cardsSlot->addWidget(m_cards);
    addStatusArea(m_ui->contentLayout);
}

RechargeResultPage::~RechargeResultPage() = default;

void RechargeResultPage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
}

void RechargeResultPage::retranslatePage()
{
    setTitle(tr("Recharged"));
    setSubTitle(QString());
    m_ui->resultTitle->setText(tr("Recharge successful"));
    const QList<StoredValueCard> &cards = m_flow->cards();
    m_ui->resultText->setText(
        tr("%n stored-value card(s), %1 in all, were added to fee-center account %2.", nullptr,
           int(cards.size()))
            .arg(DomainText::money(m_flow->total()), m_flow->feeCenterUsername()));
    m_cards->setAccessibleName(tr("New stored-value cards"));
    m_cards->setColumnCount(5);
    m_cards->setHorizontalHeaderLabels(
        {tr("Card number"), tr("Face value"), tr("Available balance"), tr("Status"), tr("Expiry")});
    m_cards->setRowCount(int(cards.size()));
    const QTimeZone zone = context()->displayZone();
    for (int row = 0; row < cards.size(); ++row) {
        const StoredValueCard &c = cards.at(row);
        const QStringList cells = {c.cardNumber, DomainText::money(c.faceValue),
                                   DomainText::money(c.balance),
                                   DomainText::enumValue(enumName::CardStatus, toString(c.status)),
                                   DomainText::time(c.expiresAt, zone)};
        for (int column = 0; column < cells.size(); ++column)
            m_cards->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_cards->resizeColumnsToContents();
}

} // namespace oc::gui
