#include "Annotator.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

namespace oc::gui {

QImage Annotator::annotate(const QImage &shot, const QRect &target, int number)
{
    QImage out = shot.copy();
    out.setDevicePixelRatio(shot.devicePixelRatio());
    const QRectF bounds(QPointF(0, 0), out.deviceIndependentSize());
    const qreal margin = 4 + PenWidth / 2.0;
    // The frame stays inside the picture even for a control at its edge.
    const QRectF frame = QRectF(target)
                             .adjusted(-margin, -margin, margin, margin)
                             .intersected(bounds.adjusted(2, 2, -2, -2));
    const QColor red = QColor::fromRgb(Red);

    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(red, PenWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(frame, 6, 6);

    // The callout: right of the frame when there is room, else on the frame's top right
    // corner (where a field or button has no text), never left of it, where the control's
    // label is; always inside the picture.
    const qreal radius = 13;
    const qreal gap = 6 + radius;
    const QRectF inside = bounds.adjusted(radius + 2, radius + 2, -radius - 2, -radius - 2);
    QPointF center(frame.right() + gap, frame.center().y());
    if (!inside.contains(center))
        center = QPointF(frame.right() - radius / 2, frame.top());
    center.setX(qBound(inside.left(), center.x(), inside.right()));
    center.setY(qBound(inside.top(), center.y(), inside.bottom()));

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
    return out;
}

} // namespace oc::gui
