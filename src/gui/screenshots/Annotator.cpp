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

    // The callout: right of the frame, else left, above, below; always inside the picture.
    const qreal radius = 13;
    const qreal gap = 6 + radius;
    const QList<QPointF> places = {
        {frame.right() + gap, frame.center().y()},
        {frame.left() - gap, frame.center().y()},
        {frame.center().x(), frame.top() - gap},
        {frame.center().x(), frame.bottom() + gap},
    };
    const QRectF inside = bounds.adjusted(radius + 2, radius + 2, -radius - 2, -radius - 2);
    QPointF center = places.first();
    bool placed = false;
    for (const QPointF &place : places)
        if (inside.contains(place)) {
            center = place;
            placed = true;
            break;
        }
    if (!placed) // a control filling the picture: inside its frame's top right corner
        center = QPointF(frame.right() - gap, frame.top() + gap);
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
