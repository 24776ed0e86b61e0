#include "Annotator.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

namespace oc::gui {

namespace {

// Whether the square of `rect` (logical coordinates) is one plain colour in `shot`.
bool isEmpty(const QImage &shot, const QRectF &rect)
{
    const qreal ratio = shot.devicePixelRatio();
    const QRect pixels = QRectF(rect.topLeft() * ratio, rect.size() * ratio).toAlignedRect();
    if (!shot.rect().contains(pixels))
        return false;
    const QRgb first = shot.pixel(pixels.topLeft());
    for (int y = pixels.top(); y <= pixels.bottom(); ++y)
        for (int x = pixels.left(); x <= pixels.right(); ++x)
            if (shot.pixel(x, y) != first)
                return false;
    return true;
}

} // namespace

QRectF Annotator::frameOf(const QImage &shot, const QRect &target)
{
    const QRectF bounds(QPointF(0, 0), shot.deviceIndependentSize());
    const qreal margin = 4 + PenWidth / 2.0;
    // The frame stays inside the picture even for a control at its edge.
    return QRectF(target)
        .adjusted(-margin, -margin, margin, margin)
        .intersected(bounds.adjusted(2, 2, -2, -2));
}

QPointF Annotator::calloutCenter(const QImage &shot, const QRectF &frame)
{
    const qreal radius = CalloutRadius;
    const QRectF bounds(QPointF(0, 0), shot.deviceIndependentSize());
    const QRectF inside = bounds.adjusted(radius + 2, radius + 2, -radius - 2, -radius - 2);
    // The callout with its white ring and a little air around it.
    const qreal half = radius + 3;
    const QRectF around = frame.adjusted(-PenWidth, -PenWidth, PenWidth, PenWidth);
    for (qreal distance = 6; distance <= 6 + 4 * 2 * half; distance += half / 2) {
        const qreal dx = frame.width() / 2 + distance + radius;
        const qreal dy = frame.height() / 2 + distance + radius;
        const QPointF c = frame.center();
        for (const QPointF &candidate :
             {QPointF(c.x() + dx, c.y()), QPointF(c.x() - dx, c.y()), QPointF(c.x(), c.y() - dy),
              QPointF(c.x(), c.y() + dy), QPointF(c.x() + dx, c.y() - dy),
              QPointF(c.x() + dx, c.y() + dy), QPointF(c.x() - dx, c.y() - dy),
              QPointF(c.x() - dx, c.y() + dy)}) {
            if (!inside.contains(candidate))
                continue;
            const QRectF square(candidate - QPointF(half, half), QSizeF(2 * half, 2 * half));
            if (!square.intersects(around) && isEmpty(shot, square))
                return candidate;
        }
    }
    // Nowhere empty near: on the frame's top right corner (a field or button has no text
    // there).
    QPointF center(frame.right() - radius / 2, frame.top());
    center.setX(qBound(inside.left(), center.x(), inside.right()));
    center.setY(qBound(inside.top(), center.y(), inside.bottom()));
    return center;
}

QImage Annotator::annotate(const QImage &shot, const QRect &target, int number)
{
    QImage out = shot.copy();
    out.setDevicePixelRatio(shot.devicePixelRatio());
    const QRectF frame = frameOf(shot, target);
    QPainter painter(&out);
    paintMarks(painter, frame, calloutCenter(shot, frame), number);
    return out;
}

void Annotator::paintMarks(QPainter &painter, const QRectF &frame, const QPointF &center,
                           int number)
{
    const QColor red = QColor::fromRgb(Red);
    const qreal radius = CalloutRadius;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(red, PenWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(frame, 6, 6);

    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(red);
    painter.drawEllipse(center, radius, radius);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    font.setPixelSize(number > 9 ? 13 : 15);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius),
                     Qt::AlignCenter, QString::number(number));
    painter.restore();
}

} // namespace oc::gui
