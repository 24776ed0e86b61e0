#pragma once

#include <QPointer>
#include <QWidget>

namespace oc::gui {

// The red frame and numbered callout of the annotated pictures (Annotator), drawn live
// over the control the trainee uses next. It lies on the control's window, lets every
// click and key through, and follows the control when the window's layout changes.
class TourMarker : public QWidget
{
    Q_OBJECT
public:
    TourMarker();

    // Frames `target` with `number`; nullptr hides the marker.
    void mark(QWidget *target, int number);
    // Follows the target (moved, resized, hidden, its window changed).
    void follow();
    QWidget *target() const { return m_target; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPointer<QWidget> m_target;
    int m_number = 0;
    QRectF m_frame;    // in this widget's coordinates
    QPointF m_callout; // idem
};

} // namespace oc::gui
