#include "TourPlan.h"

#include <QJsonObject>

namespace oc::gui {

bool TourPlan::isTraineeAction(const QString &action)
{
    static const QStringList actions = {QStringLiteral("type"),      QStringLiteral("click"),
                                        QStringLiteral("check"),     QStringLiteral("uncheck"),
                                        QStringLiteral("select"),    QStringLiteral("selectRow"),
                                        QStringLiteral("checkItem"), QStringLiteral("press")};
    return actions.contains(action);
}

QString TourPlan::targetOf(const ScenarioStep &step)
{
    const QString name = step.arguments.value(step.action).toString();
    return step.action == u"press" ? QLatin1Char('@') + name : name;
}

int TourPlan::traineeSteps(const QList<TourStep> &plan)
{
    int count = 0;
    for (const TourStep &step : plan)
        count += step.trainee ? 1 : 0;
    return count;
}

QList<TourStep> TourPlan::of(const ScenarioWizard &entry)
{
    QList<TourStep> plan;
    for (const ScenarioStep &step : entry.steps) {
        TourStep tour;
        tour.step = step;
        tour.trainee = isTraineeAction(step.action);
        if (tour.trainee)
            tour.target = targetOf(step);
        plan.append(tour);
    }
    // An "answer" prepares the reply to the question the next trainee step makes appear.
    for (int i = 0; i < plan.size(); ++i) {
        if (plan.at(i).step.action != u"answer")
            continue;
        for (int j = i + 1; j < plan.size(); ++j)
            if (plan.at(j).trainee) {
                plan[j].answer = plan.at(i).step.arguments;
                break;
            }
    }
    // The pictures' instructions over the trainee's steps.
    int from = 0; // the first step not yet described
    for (int i = 0; i < plan.size(); ++i) {
        const std::optional<ScenarioCapture> &capture = plan.at(i).step.capture;
        if (!capture)
            continue;
        int until = i; // the steps up to this one, and the action on the framed control after
        for (int j = i + 1; j < plan.size() && !plan.at(j).step.capture; ++j)
            if (plan.at(j).trainee) {
                if (!capture->target.isEmpty() && plan.at(j).target == capture->target)
                    until = j;
                break;
            }
        // The capture's own step may be a trainee's (a capture after typing).
        for (int k = from; k <= until; ++k)
            if (plan.at(k).trainee && plan.at(k).context.isEmpty()) {
                plan[k].context = capture->instruction;
                plan[k].contextIsError = capture->variant == u"error";
            }
        from = until + 1;
    }
    // The entry ends on a picture of a button nobody presses: pressing it ends the tour.
    for (int i = plan.size() - 1; i >= 0; --i) {
        if (plan.at(i).trainee)
            break;
        const std::optional<ScenarioCapture> &capture = plan.at(i).step.capture;
        if (!capture)
            continue;
        if (capture->target.isEmpty() || capture->variant == u"error")
            break;
        TourStep last;
        last.trainee = true;
        last.target = capture->target;
        last.context = capture->instruction;
        last.step.number = plan.at(i).step.number;
        if (capture->target.startsWith(QLatin1Char('@'))) {
            last.step.action = QStringLiteral("press");
            last.step.arguments.insert(last.step.action, capture->target.mid(1));
        } else {
            last.step.action = QStringLiteral("click");
            last.step.arguments.insert(last.step.action, capture->target);
        }
        plan.append(last);
        break;
    }
    int number = 0;
    for (TourStep &step : plan)
        if (step.trainee)
            step.number = ++number;
    return plan;
}

} // namespace oc::gui
