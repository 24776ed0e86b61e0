#pragma once

// The actions a scenario's step may take (Scenario::actions()), one small handler each, by
// name. A handler acts on the run through StepRun, which the screenshot runner implements
// over the real console and the tests over a few widgets of their own.

#include "Scenario.h"
#include "ScenarioDialogs.h"
#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QHash>
#include <QVariant>

#include <functional>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QTabWidget;
class QWidget;

namespace oc::gui {

class Wizard;

// What the handlers use of a run.
class StepRun
{
public:
    virtual ~StepRun() = default;

    // A control by objectName in the dialog on top, the wizard, then the main window;
    // "@next", "@back", ... are the buttons of those (ScreenshotRunner::find).
    virtual QWidget *find(const QString &name) const = 0;
    // A menu or toolbar action by objectName ("click" on an action).
    virtual QAction *action(const QString &name) const = 0;
    virtual bool waitUntil(const std::function<bool()> &predicate, int timeoutMs) = 0;
    // `${var}` replaced by the variables read so far.
    virtual QString substitute(const QString &text) const = 0;
    // A text of the scenario (plain, or {"en": ..., "zh_CN": ...}) in the run's language.
    virtual QString text(const QJsonValue &value) const = 0;
    // Backend calls not yet answered (a list still loading).
    virtual int callsInFlight() const = 0;

    // The wizard being played, if it is one.
    virtual Wizard *wizard() const = 0;
    // The window being played (the wizard or the dialog "open" showed).
    virtual QWidget *playedWindow() const = 0;
    virtual QWidget *topDialog() const = 0;
    // Plays the wizard of that name now open (after one that opened it); false if none.
    virtual bool adoptWizard(const QString &name, int timeoutMs) = 0;
    virtual void prepareAnswer(const ScenarioDialogs::Answer &answer) = 0;
    virtual void setVariable(const QString &name, const QVariant &value) = 0;

    virtual Result<ListPage> list(const ListQuery &query) = 0;
    virtual QVariant lookupValue(const QString &view, const QVariantMap &filters,
                                 const QString &column) = 0;
    virtual Status advanceClock(ClockStep step) = 0;
    // The main window's page or list of that name; false when there is none.
    virtual bool showPage(const QString &name) = 0;
    virtual bool showList(const QString &name) = 0;
};

// Runs one step: `name` is the step's main argument (`{"click": "nextButton"}`), variables
// substituted. False with `error` saying what went wrong, in the trainer's language.
using StepHandler = std::function<bool(StepRun &run, const ScenarioStep &step, const QString &name,
                                       QString *error)>;

// Every action's handler, by the action's name.
const QHash<QString, StepHandler> &stepHandlers();

// What the handlers check, for the guided tour to check a trainee's step the same way:
// the text a control shows (a spin box's without prefix or suffix), the entry of a combo box
// a step names ({"index"}, {"data"} or {"text"}), the tab of a tab widget a step names (its
// page's objectName in {"data"}; -1 when none), and whether a model's row is the one a step
// names ({"row"}, or {"text"} in {"column"} or any column).
QString shownText(QWidget *widget);
int wantedIndex(const StepRun &run, const QJsonObject &arguments, const QComboBox *combo);
int wantedTab(const StepRun &run, const QJsonObject &arguments, const QTabWidget *tabs);
bool rowMatches(const StepRun &run, const QJsonObject &arguments, const QAbstractItemModel *model,
                int row);

// Runs `step` through its handler ("unknown action" when there is none).
bool runScenarioStep(StepRun &run, const ScenarioStep &step, QString *error);

} // namespace oc::gui
