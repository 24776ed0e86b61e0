#pragma once

#include "ScenarioDialogs.h"
#include "ScenarioSteps.h"
#include "gui/BackendFactory.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QPointer>
#include <QSize>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace oc::gui {

class AppContext;
class Dialogs;
class LanguageManager;
class MainWindow;

// The result of `future`, waiting for it with the events going on (at most `timeoutMs`).
template<class T>
T awaitFuture(QFuture<T> future, int timeoutMs = 30000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!future.isFinished())
            loop.exec();
    }
    future.waitForFinished();
    return future.result();
}

// The console a scenario (Scenario.h) is played on: a private copy of the demo data, its
// main window, and what the scenario's steps need of it — controls found by name, wizards
// opened as an entry's "open" says, variables. The screenshot runner plays a scenario on it
// for pictures, the guided tour (GuidedTour.h) with a trainee at the controls.
class ConsoleDriver
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotRunner)

public:
    ConsoleDriver(LanguageManager *language, BackendFactory factory);
    ~ConsoleDriver();
    ConsoleDriver(const ConsoleDriver &) = delete;
    ConsoleDriver &operator=(const ConsoleDriver &) = delete;

    // The operator the played console acts as (the backend's actor, the Operation Log's
    // operator, the owner of the drafts a run leaves behind).
    static const QString &operatorName();

    // Opens the demo copy kept in `dataDir` (generated there the first time; restored to
    // the story's start when `restart`), on a frozen clock, with its main window shown at
    // `size` and questions answered by `dialogs`. False with `error` set on failure.
    bool open(const QString &dataDir, bool restart, Dialogs *dialogs, const QString &brand,
              const QSize &size, QString *error);
    // Closes the window and the backend (nothing asked).
    void close();

    Backend *backend() const { return m_backend.get(); }
    AppContext *context() const { return m_context.get(); }
    MainWindow *window() const { return m_window.get(); }
    // The wizard (or dialog, or the main window for a view) being played.
    QPointer<QWidget> &played() { return m_played; }
    QVariantMap &variables() { return m_vars; }
    // The answers of the scenario's "answer" steps, when questions are answered for it.
    void setScenarioDialogs(ScenarioDialogs *dialogs) { m_scenarioDialogs = dialogs; }
    ScenarioDialogs *scenarioDialogs() const { return m_scenarioDialogs; }

    // Opens what an entry's "open" names ({"wizard": "purchase", "account": ...} or
    // {"view": "billingCenter"}) and plays it; false with `error` when it did not appear.
    bool openEntry(const QJsonObject &open, const QSize &wizardSize, QString *error);

    // Widgets by objectName, in the dialog on top, the wizard, then the main window;
    // @next, @back, @commit, @finish, @cancel, @ok are the buttons of those.
    QWidget *find(const QString &name) const;
    QWidget *topDialog() const;
    QWidget *baseWindow() const;
    QString currentPageName() const;
    bool waitUntil(const std::function<bool()> &predicate, int timeoutMs);
    QString substitute(const QString &text) const;
    QString text(const QJsonValue &value, const QString &language) const;
    QVariant lookupValue(const QString &view, const QVariantMap &filters, const QString &search,
                         const QString &column, const QString &matchColumn = {},
                         const QString &matchValue = {});
    // A main window's page by its scenario name ("billingCenter"); false when unknown.
    bool showPage(const QString &name);

private:
    LanguageManager *m_language;
    BackendFactory m_factory;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    ScenarioDialogs *m_scenarioDialogs = nullptr;
    QPointer<QWidget> m_played;
    QVariantMap m_vars;
};

// The run as the step handlers see it (ScenarioSteps.h), over a driver.
class DriverStepRun : public StepRun
{
public:
    DriverStepRun(ConsoleDriver &driver, QString language, QSize wizardSize);

    // What an "answer" step prepares; by default handed to the scenario's dialogs.
    std::function<void(const ScenarioDialogs::Answer &)> onAnswer;

    QWidget *find(const QString &name) const override;
    QAction *action(const QString &name) const override;
    bool waitUntil(const std::function<bool()> &predicate, int timeoutMs) override;
    QString substitute(const QString &text) const override;
    QString text(const QJsonValue &value) const override;
    int callsInFlight() const override;
    Wizard *wizard() const override;
    QWidget *playedWindow() const override;
    QWidget *topDialog() const override;
    bool adoptWizard(const QString &name, int timeoutMs) override;
    void prepareAnswer(const ScenarioDialogs::Answer &answer) override;
    void setVariable(const QString &name, const QVariant &value) override;
    Result<ListPage> list(const ListQuery &query) override;
    QVariant lookupValue(const QString &view, const QVariantMap &filters,
                         const QString &column) override;
    Status advanceClock(ClockStep step) override;
    bool showPage(const QString &name) override;
    bool showList(const QString &name) override;

private:
    ConsoleDriver &m_driver;
    QString m_language;
    QSize m_wizardSize;
};

} // namespace oc::gui
