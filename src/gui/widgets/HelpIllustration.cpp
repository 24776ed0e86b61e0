#include "HelpIllustration.h"

#include "HelpDialog.h"

#include <QPainter>
#include <QPainterPath>

namespace oc::gui {

namespace {
const QColor Frame(0xd0, 0xd4, 0xda);
const QColor HuaweiRed(0xc7, 0x00, 0x0b);
const QColor Muted(0x6b, 0x72, 0x80);
const QColor Highlight(0xe5, 0x39, 0x35);
} // namespace

HelpIllustration::HelpIllustration(HelpTopic topic, QWidget *parent)
    : QWidget(parent)
    , m_topic(topic)
{
    setMinimumSize(440, 260);
    setAccessibleName(HelpDialog::title(topic));
}

void HelpIllustration::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF page = QRectF(rect()).adjusted(4, 4, -4, -4);
    p.setPen(QPen(Frame, 1));
    p.setBrush(Qt::white);
    p.drawRoundedRect(page, 6, 6);

    // Console header: the Huawei Cloud bar with the account avatar on the right.
    const QRectF header(page.left(), page.top(), page.width(), 34);
    p.setBrush(QColor(0x25, 0x2b, 0x3a));
    p.setPen(Qt::NoPen);
    QPainterPath headerPath;
    headerPath.addRoundedRect(header, 6, 6);
    p.drawPath(headerPath);
    p.setPen(Qt::white);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(header.adjusted(12, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, tr("Huawei Cloud"));
    p.setFont(font());
    const QRectF avatar(header.right() - 32, header.top() + 7, 20, 20);
    p.setBrush(HuaweiRed);
    p.drawEllipse(avatar);

    const auto box = [&](const QRectF &r) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Highlight, 2.5));
        p.drawRoundedRect(r.adjusted(-4, -3, 4, 3), 6, 6);
    };
    const auto callout = [&](const QPointF &at, int number) {
        const QRectF c(at.x(), at.y(), 20, 20);
        p.setPen(Qt::NoPen);
        p.setBrush(Highlight);
        p.drawEllipse(c);
        p.setPen(Qt::white);
        p.setFont(bold);
        p.drawText(c, Qt::AlignCenter, QString::number(number));
        p.setFont(font());
    };
    const qreal left = page.left() + 16;
    qreal y = header.bottom() + 18;
    const int line = fontMetrics().height() + 10;
    p.setPen(QColor(0x1f, 0x29, 0x37));

    switch (m_topic) {
    case HelpTopic::AccountId: {
        // The avatar's menu with "My Credentials", then the API Credentials page.
        const QRectF menu(avatar.right() - 150, header.bottom() + 2, 150, line * 3);
        p.setPen(QPen(Frame));
        p.setBrush(QColor(0xf9, 0xfa, 0xfb));
        p.drawRect(menu);
        p.setPen(QColor(0x1f, 0x29, 0x37));
        const QStringList items = {tr("Basic Information"), tr("My Credentials"), tr("Log Out")};
        for (int i = 0; i < items.size(); ++i)
            p.drawText(QRectF(menu.left() + 10, menu.top() + i * line, menu.width() - 12, line),
                       Qt::AlignVCenter, items.at(i));
        const QRectF credentials(menu.left() + 8, menu.top() + line, menu.width() - 16, line);
        box(credentials);
        callout(QPointF(menu.left() - 28, credentials.top()), 1);
        p.setPen(QColor(0x1f, 0x29, 0x37));
        p.setFont(bold);
        p.drawText(QPointF(left, y + 6), tr("API Credentials"));
        p.setFont(font());
        y += line * 1.5;
        const QStringList labels = {tr("IAM User Name"), tr("Account Name"), tr("Account ID")};
        const QStringList values = {QStringLiteral("lianyun-tech"), QStringLiteral("lianyun-tech"),
                                    QStringLiteral("854438f26f57462f799da9a020169a0a")};
        for (int i = 0; i < labels.size(); ++i) {
            p.setPen(Muted);
            p.drawText(QPointF(left, y + i * line), labels.at(i));
            p.setPen(QColor(0x1f, 0x29, 0x37));
            p.drawText(QPointF(left + 130, y + i * line), values.at(i));
        }
        const QRectF idRow(left - 2, y + 2 * line - fontMetrics().ascent() - 2,
                           130 + fontMetrics().horizontalAdvance(values.at(2)) + 8,
                           fontMetrics().height() + 4);
        box(idRow);
        callout(QPointF(idRow.right() + 10, idRow.top()), 2);
        break;
    }
    case HelpTopic::InstanceId: {
        p.setFont(bold);
        p.drawText(QPointF(left, y + 6), tr("My Marketplace > Purchased Services > Details"));
        p.setFont(font());
        y += line * 1.5;
        p.setPen(Muted);
        p.drawText(QPointF(left, y), tr("Application Information"));
        y += line;
        const QStringList labels = {tr("Product"), tr("Instance ID"), tr("Status")};
        const QStringList values = {tr("SaaS Edition"),
                                    QStringLiteral("29fccf8e-0547-47da-b0c0-af15062b2042"),
                                    tr("Active")};
        for (int i = 0; i < labels.size(); ++i) {
            p.setPen(Muted);
            p.drawText(QPointF(left, y + i * line), labels.at(i));
            p.setPen(QColor(0x1f, 0x29, 0x37));
            p.drawText(QPointF(left + 120, y + i * line), values.at(i));
        }
        const QRectF idRow(left - 2, y + line - fontMetrics().ascent() - 2,
                           120 + fontMetrics().horizontalAdvance(values.at(1)) + 8,
                           fontMetrics().height() + 4);
        box(idRow);
        callout(QPointF(qMin(idRow.right() + 10, page.right() - 24), idRow.top() - 24), 1);
        break;
    }
    case HelpTopic::OrderId: {
        p.setFont(bold);
        p.drawText(QPointF(left, y + 6), tr("My Orders"));
        p.setFont(font());
        y += line * 1.5;
        const QStringList heads = {tr("Order number"), tr("Product"), tr("Status")};
        const qreal columns[] = {left, left + 200, left + 330};
        p.setPen(Muted);
        for (int i = 0; i < heads.size(); ++i)
            p.drawText(QPointF(columns[i], y), heads.at(i));
        p.setPen(QColor(0x1f, 0x29, 0x37));
        const QString order = QStringLiteral("CS2602261500SW1HA");
        p.drawText(QPointF(columns[0], y + line), order);
        p.drawText(QPointF(columns[1], y + line), tr("Stored-value card"));
        p.drawText(QPointF(columns[2], y + line), tr("Paid"));
        const QRectF orderCell(columns[0] - 2, y + line - fontMetrics().ascent() - 2,
                               fontMetrics().horizontalAdvance(order) + 6,
                               fontMetrics().height() + 4);
        box(orderCell);
        callout(QPointF(orderCell.right() + 10, orderCell.top()), 1);
        break;
    }
    }
}

} // namespace oc::gui
