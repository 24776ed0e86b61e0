#include "CardBalanceChart.h"

#include "core/ListNames.h"
#include "gui/DomainText.h"

#include <QPainter>

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

} // namespace oc::gui
