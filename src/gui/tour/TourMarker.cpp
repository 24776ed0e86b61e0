#include "TourMarker.h"

#include "gui/screenshots/Annotator.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>

#include <algorithm>

namespace oc::gui {

TourMarker::TourMarker()
{
    setObjectName(QStringLiteral("tourMarker"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

void TourMarker::mark(QWidget *target, int number)
{
    m_target = target;
    m_number = number;
    follow();
}

void TourMarker::follow()
{
    if (!m_target || !m_target->isVisible()) {
        hide();
        return;
    }
    QWidget *window = m_target->window();
    if (parentWidget() != window) {
        setParent(window);
        hide();
    }
    const qreal margin = 4 + Annotator::PenWidth / 2.0;
    const qreal radius = Annotator::CalloutRadius;
    const QRect target(m_target->mapTo(window, QPoint(0, 0)), m_target->size());
    const QRectF frame = QRectF(target).adjusted(-margin, -margin, margin, margin);
    // The callout beside the frame where it covers no other control: right, above, left,
    // below, else on the frame's top right corner.
    QList<QRectF> controls;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        const bool control =
            qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
            qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
            qobject_cast<QAbstractItemView *>(w) ||
            (qobject_cast<QLabel *>(w) && !static_cast<QLabel *>(w)->text().isEmpty());
        if (control && w->isVisible() && w != m_target && !m_target->isAncestorOf(w) && w != this)
            controls << QRectF(w->mapTo(window, QPoint(0, 0)), w->size());
    }
    const QRectF inside =
        QRectF(window->rect()).adjusted(radius + 2, radius + 2, -radius - 2, -radius - 2);
    const qreal gap = radius + 6;
    QPointF callout(frame.right() - radius / 2, frame.top());
    for (const QPointF &candidate : {QPointF(frame.right() + gap, frame.center().y()),
                                     QPointF(frame.center().x(), frame.top() - gap),
                                     QPointF(frame.left() - gap, frame.center().y()),
                                     QPointF(frame.center().x(), frame.bottom() + gap),
                                     QPointF(frame.right() + gap, frame.top() - gap)}) {
        const QRectF circle(candidate - QPointF(radius + 2, radius + 2),
                            QSizeF(2 * radius + 4, 2 * radius + 4));
        if (inside.contains(candidate) &&
            std::none_of(controls.cbegin(), controls.cend(),
                         [&](const QRectF &c) { return c.intersects(circle); })) {
            callout = candidate;
            break;
        }
    }
    const QRectF all = frame
                           .united(QRectF(callout - QPointF(radius + 2, radius + 2),
                                          QSizeF(2 * radius + 4, 2 * radius + 4)))
                           .adjusted(-2, -2, 2, 2);
    const QRect area = all.toAlignedRect();
    m_frame = frame.translated(-area.topLeft());
    m_callout = callout - area.topLeft();
    if (geometry() != area)
        setGeometry(area);
    raise();
    show();
    update();
}

void TourMarker::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    Annotator::paintMarks(painter, m_frame, m_callout, m_number);
}

} // namespace oc::gui
