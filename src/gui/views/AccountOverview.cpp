#include "AccountOverview.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "ui_AccountOverview.h"

#include <QEvent>
#include <QPainter>
#include <QPushButton>

namespace oc::gui {

CardBalanceChart::CardBalanceChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cardBalanceChart"));
    setMinimumHeight(120);
}

void CardBalanceChart::setOverview(const std::optional<FeeCenterOverview> &overview)
{
    m_overview = overview;
    setAccessibleDescription(summary());
    update();
}

QList<CardBalanceChart::Bar> CardBalanceChart::bars() const
{
    if (!m_overview)
        return {};
    const FeeCenterOverview &o = *m_overview;
    // Balance is what counts (R-SVC-3); used-up cards have none, so they show by count.
    return {{DomainText::enumValue(enumName::CardStatus, QStringLiteral("available")),
             o.availableCardBalance.value, o.availableCards, QColor(0x2e, 0x7d, 0x32)},
            {DomainText::enumValue(enumName::CardStatus, QStringLiteral("used_up")), 0,
             o.usedUpCards, QColor(0x9e, 0x9e, 0x9e)},
            {DomainText::enumValue(enumName::CardStatus, QStringLiteral("expired")),
             o.expiredCardBalance.value, o.expiredCards, QColor(0xb0, 0x1e, 0x1e)}};
}

QString CardBalanceChart::valueText(const Bar &bar)
{
    return tr("%1 (%n card(s))", nullptr, bar.cards).arg(DomainText::money(Fen(bar.fen)));
}

QString CardBalanceChart::summary() const
{
    QStringList parts;
    for (const Bar &b : bars())
        parts << tr("%1: %2").arg(b.label, valueText(b));
    return parts.join(tr("; "));
}

void CardBalanceChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<Bar> bars = this->bars();
    if (bars.isEmpty())
        return;
    qint64 max = 1;
    for (const Bar &b : bars)
        max = qMax(max, b.fen);
    int labelWidth = 0;
    int valueWidth = 0;
    for (const Bar &b : bars) {
        labelWidth = qMax(labelWidth, fontMetrics().horizontalAdvance(b.label));
        valueWidth = qMax(valueWidth, fontMetrics().horizontalAdvance(valueText(b)) + 12);
    }
    const int rowHeight = qMax(fontMetrics().height() + 10, (height() - 8) / 3);
    const int barLeft = labelWidth + 16;
    const int barSpace = qMax(20, width() - barLeft - valueWidth);
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &b = bars.at(i);
        const int y = 4 + i * rowHeight;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(0, y, labelWidth + 8, rowHeight), Qt::AlignVCenter | Qt::AlignRight,
                   b.label);
        const int w = int(barSpace * b.fen / max);
        p.setPen(Qt::NoPen);
        p.setBrush(b.color);
        p.drawRoundedRect(QRectF(barLeft, y + rowHeight * 0.2, qMax(2, w), rowHeight * 0.6), 3, 3);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(barLeft + w + 6, y, valueWidth, rowHeight), Qt::AlignVCenter,
                   valueText(b));
    }
}

AccountOverview::AccountOverview(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccountOverview>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("accountOverview"));
    m_chart = new CardBalanceChart(this);
    m_ui->chartSlot->addWidget(m_chart);
    connect(m_ui->buyCardsButton, &QPushButton::clicked, this,
            [this] { emit buyCardsRequested(m_accountId); });
    connect(m_ui->manageCardsButton, &QPushButton::clicked, this,
            &AccountOverview::manageCardsRequested);
    connect(context->backend(), &Backend::changed, this, [this](const QStringList &views) {
        if (views.contains(view::StoredValueCards) || views.contains(view::FeeCenterAccounts))
            reload();
    });
    show();
}

AccountOverview::~AccountOverview() = default;

void AccountOverview::setFeeCenterAccount(const QVariant &feeCenterAccountId)
{
    m_accountId = feeCenterAccountId.isValid() ? feeCenterAccountId.toLongLong() : 0;
    reload();
}

void AccountOverview::reload()
{
    if (m_accountId <= 0) {
        m_overview.reset();
        show();
        return;
    }
    const qint64 id = m_accountId;
    onFinished(m_context->backend()->feeCenterOverview(id), this,
               [this, id](const Result<FeeCenterOverview> &r) {
                   if (id != m_accountId)
                       return;
                   if (r.ok())
                       m_overview = *r;
                   else
                       m_overview.reset();
                   show();
               });
}

void AccountOverview::show()
{
    m_ui->introLabel->setText(
        m_accountId > 0 ? QString() : tr("Choose a fee-center account above to see its overview."));
    m_ui->introLabel->setVisible(m_accountId <= 0);
    m_ui->buyCardsButton->setEnabled(m_accountId > 0);
    m_chart->setOverview(m_overview);
    m_chart->setAccessibleName(tr("Stored-value card balance by status"));
    nameAllFormFields(this);
    if (!m_overview) {
        for (QLabel *value :
             {m_ui->accountValue, m_ui->cashValue, m_ui->cardBalanceValue, m_ui->cardCountsValue})
            value->clear();
        return;
    }
    const FeeCenterOverview &o = *m_overview;
    m_ui->accountValue->setText(
        QStringLiteral("%1 (%2)").arg(o.account.username, o.account.enterpriseName));
    m_ui->cashValue->setText(DomainText::money(o.account.cashBalance));
    m_ui->cardBalanceValue->setText(DomainText::money(o.availableCardBalance));
    m_ui->cardCountsValue->setText(tr("%1 available, %2 used up, %3 expired")
                                       .arg(o.availableCards)
                                       .arg(o.usedUpCards)
                                       .arg(o.expiredCards));
}

void AccountOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        show();
    }
    QWidget::changeEvent(event);
}

} // namespace oc::gui
