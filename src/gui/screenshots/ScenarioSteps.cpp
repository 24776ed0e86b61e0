#include "ScenarioSteps.h"

#include "InputSimulator.h"
#include "core/ListNames.h"
#include "gui/wizards/Wizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextEdit>

namespace oc::gui {

namespace {

// The texts keep the runner's translation context: the trainer reads them as its own.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotRunner)
};

int rowCount(QWidget *widget)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(widget))
        return view->model() ? view->model()->rowCount() : 0;
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->count();
    return -1;
}

std::optional<ClockStep> clockStep(const QString &name)
{
    static const QHash<QString, ClockStep> steps = {
        {QStringLiteral("minute"), ClockStep::Minute},
        {QStringLiteral("hour"), ClockStep::Hour},
        {QStringLiteral("day"), ClockStep::Day},
        {QStringLiteral("threeWorkingDays"), ClockStep::ThreeWorkingDays},
        {QStringLiteral("month"), ClockStep::Month},
        {QStringLiteral("ninetyDays"), ClockStep::NinetyDays}};
    if (!steps.contains(name))
        return std::nullopt;
    return steps.value(name);
}

bool matchesDialog(QWidget *dialog, const QString &name)
{
    return dialog && (dialog->objectName() == name ||
                      QLatin1String(dialog->metaObject()->className()).endsWith(name));
}

// ---- actions on a control ----------------------------------------------------------------

using WidgetHandler = std::function<bool(StepRun &, const ScenarioStep &, QWidget *widget,
                                         const QString &name, QString *error)>;

// The control found and visible first (a menu action for "click"), and enabled for the
// actions that use it.
StepHandler onWidget(bool needsEnabled, WidgetHandler handler)
{
    return [needsEnabled, handler = std::move(handler)](StepRun &run, const ScenarioStep &step,
                                                        const QString &name, QString *error) {
        QWidget *widget = nullptr;
        if (!run.waitUntil(
                [&] {
                    widget = run.find(name);
                    return widget && widget->isVisible();
                },
                step.timeoutMs)) {
            if (step.action == u"click")
                if (QAction *action = run.action(name)) {
                    action->trigger();
                    return true;
                }
            *error = widget ? Texts::tr("\"%1\" is not visible").arg(name)
                            : Texts::tr("no control named \"%1\" on screen").arg(name);
            return false;
        }
        if (needsEnabled && !run.waitUntil([&] { return widget->isEnabled(); }, step.timeoutMs)) {
            *error = Texts::tr("\"%1\" is disabled").arg(name);
            return false;
        }
        return handler(run, step, widget, name, error);
    };
}

bool waitEnabled(StepRun &run, const ScenarioStep &step, QWidget *widget, const QString &name,
                 QString *error)
{
    if (run.waitUntil([&] { return widget->isEnabled(); }, step.timeoutMs))
        return true;
    *error = Texts::tr("\"%1\" stayed disabled").arg(name);
    return false;
}

bool waitText(StepRun &run, const ScenarioStep &step, QWidget *widget, const QString &name,
              QString *error)
{
    const QJsonObject &a = step.arguments;
    const bool notEmpty = a.contains(QStringLiteral("notEmpty"));
    const QString contains = run.text(a.value(QStringLiteral("contains")));
    if (run.waitUntil(
            [&] {
                const QString shown = shownText(widget);
                return notEmpty ? !shown.trimmed().isEmpty() : shown.contains(contains);
            },
            step.timeoutMs))
        return true;
    *error = Texts::tr("\"%1\" shows \"%2\", not \"%3\"")
                 .arg(name, shownText(widget), notEmpty ? Texts::tr("(any text)") : contains);
    return false;
}

bool waitRows(StepRun &run, const ScenarioStep &step, QWidget *widget, const QString &name,
              QString *error)
{
    const int count = step.arguments.value(QStringLiteral("count")).toInt();
    if (run.waitUntil([&] { return rowCount(widget) >= count; }, step.timeoutMs))
        return true;
    *error = Texts::tr("\"%1\" has %2 row(s), not %3").arg(name).arg(rowCount(widget)).arg(count);
    return false;
}

bool type(StepRun &run, const ScenarioStep &step, QWidget *widget, const QString &name,
          QString *error)
{
    const QString value = run.text(step.arguments.value(QStringLiteral("text")));
    QWidget *target = widget;
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
        spin->setFocus();
        spin->selectAll();
    } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        edit->setFocus();
        edit->selectAll();
    } else if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->lineEdit()) {
        target = combo->lineEdit();
        target->setFocus();
        combo->lineEdit()->selectAll();
    } else if (qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)) {
        widget->setFocus();
        input::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    } else {
        *error = Texts::tr("cannot type into \"%1\" (%2)")
                     .arg(name, QString::fromLatin1(widget->metaObject()->className()));
        return false;
    }
    input::keyClick(target, Qt::Key_Backspace);
    input::keyClicks(target, value);
    return true;
}

bool click(StepRun &, const ScenarioStep &step, QWidget *widget, const QString &name,
           QString *error)
{
    auto *button = qobject_cast<QAbstractButton *>(widget);
    if (step.action != u"click") {
        if (!button || !button->isCheckable()) {
            *error = Texts::tr("\"%1\" cannot be checked").arg(name);
            return false;
        }
        if (button->isChecked() == (step.action == u"check"))
            return true;
    }
    // Check boxes and radio buttons are clicked on their indicator, as in the tests.
    const bool indicator =
        qobject_cast<QCheckBox *>(widget) || qobject_cast<QRadioButton *>(widget);
    input::mouseClick(widget, indicator ? QPoint(6, widget->height() / 2) : QPoint());
    return true;
}

bool select(StepRun &run, const ScenarioStep &step, QWidget *widget, const QString &name,
            QString *error)
{
    const QJsonObject &a = step.arguments;
    // A tab of a QTabWidget, by the object name of its page.
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        const int index = wantedTab(run, a, tabs);
        if (index < 0) {
            *error = Texts::tr("\"%1\" has no such entry").arg(name);
            return false;
        }
        tabs->setFocus();
        tabs->setCurrentIndex(index);
        return true;
    }
    auto *combo = qobject_cast<QComboBox *>(widget);
    if (!combo) {
        *error = Texts::tr("\"%1\" is not a list to choose from").arg(name);
        return false;
    }
    int index = -1;
    if (!run.waitUntil(
            [&] {
                index = wantedIndex(run, a, combo);
                return index >= 0 && index < combo->count();
            },
            step.timeoutMs)) {
        *error = Texts::tr("\"%1\" has no such entry").arg(name);
        return false;
    }
    combo->setFocus();
    combo->setCurrentIndex(index);
    return true;
}

bool selectRow(StepRun &run, const ScenarioStep &step, QWidget *widget, const QString &name,
               QString *error)
{
    auto *view = qobject_cast<QAbstractItemView *>(widget);
    if (!view || !view->model()) {
        *error = Texts::tr("\"%1\" is not a list or table").arg(name);
        return false;
    }
    const QJsonObject &a = step.arguments;
    QModelIndex found;
    const auto findRow = [&] {
        // A list still loading (after a filter or an owner changed) would lose the
        // selection when its rows arrive.
        if (run.callsInFlight() > 0)
            return false;
        QAbstractItemModel *model = view->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (rowMatches(run, a, model, r)) {
                found = model->index(r, 0);
                return true;
            }
        return false;
    };
    if (step.action == u"checkItem") {
        if (!run.waitUntil(findRow, step.timeoutMs)) {
            *error = Texts::tr("\"%1\" has no such row").arg(name);
            return false;
        }
        view->model()->setData(found, Qt::Checked, Qt::CheckStateRole);
        return true;
    }
    // Clicked like a person would; again if the list reloaded meanwhile and the selection
    // went with it.
    const bool selected = run.waitUntil(
        [&] {
            if (!findRow())
                return false;
            view->setFocus();
            view->scrollTo(found);
            const QRect rect = view->visualRect(found);
            input::mouseClick(view->viewport(), rect.center());
            view->setCurrentIndex(found);
            input::wait(40);
            const QModelIndex current = view->currentIndex();
            return run.callsInFlight() == 0 && current.isValid() && current.row() == found.row() &&
                   view->selectionModel()->isRowSelected(current.row(), QModelIndex());
        },
        step.timeoutMs);
    if (!selected) {
        *error = Texts::tr("\"%1\" has no such row").arg(name);
        return false;
    }
    return true;
}

// ---- the run ---------------------------------------------------------------------------

bool press(StepRun &run, const ScenarioStep &step, const QString &name, QString *error)
{
    QWidget *button = run.find(QLatin1Char('@') + name);
    if (!button || !run.waitUntil([&] { return button->isVisible() && button->isEnabled(); },
                                  step.timeoutMs)) {
        *error = Texts::tr("the %1 button is not available").arg(name);
        return false;
    }
    input::mouseClick(button);
    return true;
}

bool waitPage(StepRun &run, const ScenarioStep &step, const QString &name, QString *error)
{
    Wizard *wizard = run.wizard();
    if (!wizard) {
        *error = Texts::tr("waitPage without a wizard");
        return false;
    }
    if (run.waitUntil([&] { return wizard->pageName(wizard->currentId()) == name; },
                      step.timeoutMs))
        return true;
    *error = Texts::tr("the wizard did not reach the page \"%1\"").arg(name);
    return false;
}

bool waitVisibility(StepRun &run, const ScenarioStep &step, const QString &name, QString *error)
{
    const bool visible = step.action == u"waitVisible";
    if (run.waitUntil(
            [&] {
                QWidget *w = run.find(name);
                return visible ? (w && w->isVisible()) : (!w || !w->isVisible());
            },
            step.timeoutMs))
        return true;
    *error = visible ? Texts::tr("\"%1\" did not appear").arg(name)
                     : Texts::tr("\"%1\" did not go away").arg(name);
    return false;
}

bool waitDialog(StepRun &run, const ScenarioStep &step, const QString &name, QString *error)
{
    if (run.waitUntil([&] { return matchesDialog(run.topDialog(), name); }, step.timeoutMs))
        return true;
    *error = Texts::tr("the dialog \"%1\" did not open").arg(name);
    return false;
}

bool waitClosed(StepRun &run, const ScenarioStep &step, const QString &name, QString *error)
{
    const auto open = [&](QWidget *d) { return d && d->isVisible() && matchesDialog(d, name); };
    // The dialog "open" showed is the one played, not a dialog on top.
    if (run.waitUntil([&] { return !open(run.topDialog()) && !open(run.playedWindow()); },
                      step.timeoutMs))
        return true;
    *error = Texts::tr("the dialog \"%1\" stayed open").arg(name);
    return false;
}

bool waitWizard(StepRun &run, const ScenarioStep &step, const QString &name, QString *error)
{
    if (run.adoptWizard(name, step.timeoutMs))
        return true;
    *error = Texts::tr("the wizard \"%1\" did not open").arg(name);
    return false;
}

bool answer(StepRun &run, const ScenarioStep &step, const QString &name, QString *)
{
    ScenarioDialogs::Answer answer;
    const QJsonValue value = step.arguments.value(QStringLiteral("value"));
    if (name == u"confirm") {
        answer.kind = ScenarioDialogs::Kind::Confirm;
        answer.accept = value.toBool();
    } else {
        answer.kind = name == u"text" ? ScenarioDialogs::Kind::Text : ScenarioDialogs::Kind::File;
        answer.text = run.text(value);
    }
    run.prepareAnswer(answer);
    return true;
}

// The newest Outbox message to a destination; one of its parameters into a variable.
bool readMessage(StepRun &run, const ScenarioStep &step, const QString &name, QString *error)
{
    const QJsonObject &a = step.arguments;
    const QString field = a.value(QStringLiteral("field")).toString();
    const QString purpose = a.value(QStringLiteral("purpose")).toString();
    QString value;
    if (!run.waitUntil(
            [&] {
                ListQuery query;
                query.view = view::Outbox;
                query.filters.insert(column::Destination, name);
                query.limit = 20;
                const Result<ListPage> page = run.list(query);
                if (!page.ok())
                    return false;
                for (int row = 0; row < page->rows.size(); ++row) {
                    const QJsonObject p = QJsonDocument::fromJson(
                                              page->value(row, column::Params).toString().toUtf8())
                                              .object();
                    if (!purpose.isEmpty() &&
                        p.value(QStringLiteral("purpose")).toString() != purpose)
                        continue;
                    value = p.value(field).toVariant().toString();
                    return !value.isEmpty();
                }
                return false;
            },
            step.timeoutMs)) {
        *error = Texts::tr("no message to %1 with \"%2\" in the Outbox").arg(name, field);
        return false;
    }
    run.setVariable(a.value(QStringLiteral("var")).toString(), value);
    return true;
}

bool lookup(StepRun &run, const ScenarioStep &step, const QString &name, QString *error)
{
    const QJsonObject &a = step.arguments;
    QVariantMap filters;
    const QJsonObject where = a.value(QStringLiteral("where")).toObject();
    for (auto it = where.begin(); it != where.end(); ++it)
        filters.insert(it.key(), it.value().isString()
                                     ? QVariant(run.substitute(it.value().toString()))
                                     : it.value().toVariant());
    const QVariant value =
        run.lookupValue(name, filters, a.value(QStringLiteral("column")).toString());
    if (!value.isValid() || value.toString().isEmpty()) {
        *error = Texts::tr("nothing found in %1").arg(name);
        return false;
    }
    run.setVariable(a.value(QStringLiteral("var")).toString(), value);
    return true;
}

bool advanceClock(StepRun &run, const ScenarioStep &, const QString &name, QString *error)
{
    const auto step = clockStep(name);
    if (!step) { // Scenario::fromJson refuses it first; a hand-made step may not
        *error = Texts::tr("unknown action \"%1\"").arg(name);
        return false;
    }
    const Status advanced = run.advanceClock(*step);
    if (!advanced.ok())
        *error = advanced.error().toString();
    return advanced.ok();
}

bool show(StepRun &run, const ScenarioStep &, const QString &name, QString *)
{
    return run.showPage(name);
}

bool showList(StepRun &run, const ScenarioStep &, const QString &name, QString *error)
{
    if (run.showList(name))
        return true;
    *error = Texts::tr("no list \"%1\" in the view on screen").arg(name);
    return false;
}

} // namespace

// The text a widget shows (waitText; the tour's check of a "type").
QString shownText(QWidget *widget)
{
    if (auto *spin = qobject_cast<QSpinBox *>(widget))
        return spin->cleanText();
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget))
        return spin->cleanText();
    if (auto *label = qobject_cast<QLabel *>(widget))
        return label->text();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit->text();
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        return button->text();
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentText();
    if (auto *text = qobject_cast<QTextEdit *>(widget))
        return text->toPlainText();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        return plain->toPlainText();
    return {};
}

int wantedIndex(const StepRun &run, const QJsonObject &arguments, const QComboBox *combo)
{
    if (arguments.contains(QStringLiteral("index")))
        return arguments.value(QStringLiteral("index")).toInt();
    if (arguments.contains(QStringLiteral("data")))
        return combo->findData(run.substitute(arguments.value(QStringLiteral("data")).toString()));
    return combo->findText(run.text(arguments.value(QStringLiteral("text"))), Qt::MatchContains);
}

int wantedTab(const StepRun &run, const QJsonObject &arguments, const QTabWidget *tabs)
{
    const QString page = run.substitute(arguments.value(QStringLiteral("data")).toString());
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->objectName() == page)
            return i;
    return -1;
}

bool rowMatches(const StepRun &run, const QJsonObject &arguments, const QAbstractItemModel *model,
                int row)
{
    if (arguments.contains(QStringLiteral("row")))
        return row == arguments.value(QStringLiteral("row")).toInt();
    const int column = arguments.value(QStringLiteral("column")).toInt(-1);
    const QString wanted = run.text(arguments.value(QStringLiteral("text")));
    for (int c = 0; c < model->columnCount(); ++c)
        if ((column < 0 || c == column) && model->index(row, c).data().toString().contains(wanted))
            return true;
    return false;
}

const QHash<QString, StepHandler> &stepHandlers()
{
    static const QHash<QString, StepHandler> handlers = {
        {QStringLiteral("capture"),
         [](StepRun &, const ScenarioStep &, const QString &, QString *) { return true; }},
        {QStringLiteral("type"), onWidget(true, type)},
        {QStringLiteral("click"), onWidget(true, click)},
        {QStringLiteral("check"), onWidget(true, click)},
        {QStringLiteral("uncheck"), onWidget(true, click)},
        {QStringLiteral("select"), onWidget(true, select)},
        {QStringLiteral("selectRow"), onWidget(true, selectRow)},
        {QStringLiteral("checkItem"), onWidget(true, selectRow)},
        {QStringLiteral("waitEnabled"), onWidget(false, waitEnabled)},
        {QStringLiteral("waitText"), onWidget(false, waitText)},
        {QStringLiteral("waitRows"), onWidget(false, waitRows)},
        {QStringLiteral("press"), press},
        {QStringLiteral("waitPage"), waitPage},
        {QStringLiteral("waitVisible"), waitVisibility},
        {QStringLiteral("waitHidden"), waitVisibility},
        {QStringLiteral("waitDialog"), waitDialog},
        {QStringLiteral("waitClosed"), waitClosed},
        {QStringLiteral("waitWizard"), waitWizard},
        {QStringLiteral("answer"), answer},
        {QStringLiteral("readMessage"), readMessage},
        {QStringLiteral("lookup"), lookup},
        {QStringLiteral("advanceClock"), advanceClock},
        {QStringLiteral("show"), show},
        {QStringLiteral("showList"), showList},
    };
    return handlers;
}

bool runScenarioStep(StepRun &run, const ScenarioStep &step, QString *error)
{
    const auto handler = stepHandlers().constFind(step.action);
    if (handler == stepHandlers().constEnd()) {
        *error = Texts::tr("unknown action \"%1\"").arg(step.action);
        return false;
    }
    const QString name = run.substitute(step.arguments.value(step.action).toString());
    return (*handler)(run, step, name, error);
}

} // namespace oc::gui
