#pragma once

#include "TourPlan.h"

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>

#include <memory>

namespace oc::gui {

class ConsoleDriver;
class TourMarker;
class TourPanel;

// A scenario entry played live with a trainee at the controls (issue 21): the control to
// use next is framed in red with its step number, as in the annotated pictures, and the
// floating panel (TourPanel) says what to do; the trainee does it — types, clicks, checks,
// chooses — and the tour checks it was done (the text typed, the box checked, the button
// pressed), says what is wrong when it was not, and moves on. What the screenshot runner
// does besides (waiting for pages, reading codes from the Outbox, advancing the clock) the
// tour does itself, through the same step handlers. Clicking another button, or Enter where
// it would press one, is held back and explained. Back returns to the previous step of the
// same page, Skip performs the step for the trainee, Quit ends the tour.
class GuidedTour : public QObject
{
    Q_OBJECT
public:
    // Plays `entry` on `driver`'s console (open already), its texts in `language`.
    GuidedTour(ConsoleDriver &driver, ScenarioWizard entry, QString language,
               QObject *parent = nullptr);
    ~GuidedTour() override;

    // Opens the entry's wizard or view and shows the panel; false with `error` when it
    // cannot be opened.
    bool start(QString *error);

    // The trainee's step waited for (1-based), 0 when none (the tour is working or over).
    int currentStep() const;
    int stepCount() const { return m_traineeSteps; }
    bool isOver() const { return m_over; }
    TourPanel *panel() const { return m_panel.get(); }
    // The control framed now (nullptr: none).
    QWidget *markedControl() const;
    const QList<TourStep> &plan() const { return m_plan; }

    void back();
    void skip();
    void quit();

signals:
    void stepChanged(int step);
    // The trainee did something else than the step asks; `message` says what to do.
    void mistake(const QString &message);
    void finished(bool completed);
    // The trainee closed the panel (Quit or Close).
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pump();
    bool runOwnStep(const TourStep &step, int timeoutMs, QString *error);
    void present();
    bool isDone() const;
    void complete();
    void finish(bool completed);
    QWidget *findTarget() const;
    QString actionText(const TourStep &step, QWidget *target) const;
    QString controlName(QWidget *widget) const;
    QString expectedText(const TourStep &step) const;
    bool isPlayedWindow(QWidget *window) const;
    QString explainWrongText(QWidget *target) const;
    void notifyMistake(const QString &message);
    void placePanel();

    ConsoleDriver &m_driver;
    ScenarioWizard m_entry;
    QString m_language;
    QList<TourStep> m_plan;
    int m_traineeSteps = 0;
    int m_position = 0;       // in m_plan
    bool m_presented = false; // the step at m_position is shown to the trainee
    bool m_clicked = false;   // its target button was pressed (or action triggered)
    bool m_busy = false;      // running the tour's own steps (nested waits)
    // After Back a step already done is done again only once the trainee has used its
    // control (a box still checked is checked again, a text typed again).
    bool m_needsTouch = false;
    bool m_touched = false;
    bool m_over = false;
    qint64 m_waitingSince = -1; // the tour's own step retried since (ms), -1: not waiting
    QString m_presentedPage;    // the page the step was shown on (Back stays on it)
    QList<int> m_history;       // the trainee steps shown, by position, on this page
    QMetaObject::Connection m_clickConnection;
    std::unique_ptr<TourPanel> m_panel;
    QPointer<TourMarker> m_marker;
    QTimer m_timer;
};

} // namespace oc::gui
