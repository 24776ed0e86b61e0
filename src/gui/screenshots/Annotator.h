#pragma once

#include <QImage>
#include <QRect>

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
};

} // namespace oc::gui
