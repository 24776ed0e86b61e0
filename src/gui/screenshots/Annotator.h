#pragma once

#include <QImage>
#include <QRect>

class QPainter;

namespace oc::gui {

// The marks of an annotated screenshot, as in the seeds' pictures: a red rounded frame
// around the control the trainee acts on next and a numbered callout beside it.
class Annotator
{
public:
    static constexpr unsigned Red = 0xe53935;
    static constexpr int PenWidth = 3;

    // A copy of `shot` with `target` (logical coordinates of the shot, e.g. a widget's
    // geometry mapped to the captured window) framed and the callout `number` placed
    // where it fits.
    static QImage annotate(const QImage &shot, const QRect &target, int number);

    static constexpr qreal CalloutRadius = 13;
    // The frame drawn around `target` (logical coordinates), kept inside the picture.
    static QRectF frameOf(const QImage &shot, const QRect &target);
    // Where the callout's centre goes: the nearest place beside the frame where the
    // picture is empty (one plain colour under the whole callout, so that it covers no
    // control, label or border), looked for right of the frame first, then left, above,
    // below and on the diagonals, up to a few callouts away; when the picture has no such
    // place near, the frame's top right corner. Always inside the picture.
    static QPointF calloutCenter(const QImage &shot, const QRectF &frame);
    // Draws the frame and the callout `number` centred on `callout` (the picture's marks,
    // and the guided tour's on the live window).
    static void paintMarks(QPainter &painter, const QRectF &frame, const QPointF &callout,
                           int number);
};

} // namespace oc::gui
