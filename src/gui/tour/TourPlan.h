#pragma once

// What a guided tour (GuidedTour.h) asks of the trainee, from one entry of a scenario
// (Scenario.h): the steps a person performs (type, click, check, choose, press a wizard
// button) are the trainee's, one by one, each with the instruction of the picture that
// shows it; the rest (waiting for a page, reading a code from the Outbox, advancing the
// demo clock) the tour does itself, as the screenshot runner does.

#include "gui/screenshots/Scenario.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace oc::gui {

struct TourStep
{
    ScenarioStep step;     // as the scenario has it (a made-up "press"/"click" at the end)
    bool trainee = false;  // the trainee performs it; else the tour does
    int number = 0;        // 1-based among the trainee's steps (0: the tour's own)
    QString target;        // the control to frame: objectName or @next, @commit, ...
    LocalizedText context; // the instruction of the picture that shows this step
    bool contextIsError = false;
    // The scenario's answer to the question this step makes appear ({"answer": "confirm",
    // "value": true}), empty when it asks none.
    QJsonObject answer;
};

class TourPlan
{
public:
    // The steps of `entry`. A picture's instruction describes the trainee's steps since the
    // previous picture and the one acting on its framed control right after it; when the
    // entry ends on a picture framing a button nobody presses (Finish), pressing it is the
    // trainee's last step.
    static QList<TourStep> of(const ScenarioWizard &entry);
    // Whether `action` is one a trainee performs.
    static bool isTraineeAction(const QString &action);
    // The control a trainee step acts on ("@next" for {"press": "next"}).
    static QString targetOf(const ScenarioStep &step);
    static int traineeSteps(const QList<TourStep> &plan);
};

} // namespace oc::gui
