#include "GuidedTour.h"

#include "TourMarker.h"
#include "TourPanel.h"
#include "gui/MainWindow.h"
#include "gui/screenshots/ConsoleDriver.h"
#include "gui/wizards/Wizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>

namespace oc::gui {

namespace {

// How long the tour's own step (a page to appear, a code to arrive) is waited for before
// the panel says what it waits for.
constexpr int PatienceMs = 10000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A button that is part of another control (a line edit's clear button, a tab bar's
// scroller): using it is never a wrong step.
bool isPartOfAnotherControl(const QWidget *button)
{
    const QWidget *parent = button->parentWidget();
    return qobject_cast<const QLineEdit *>(parent) ||
           qobject_cast<const QAbstractSpinBox *>(parent) ||
           qobject_cast<const QComboBox *>(parent) || qobject_cast<const QTabBar *>(parent) ||
           qobject_cast<const QScrollBar *>(parent) ||
           qobject_cast<const QAbstractItemView *>(parent);
}

QPushButton *defaultButton(QWidget *window)
{
    for (QPushButton *button : window->findChildren<QPushButton *>())
        if (button->isDefault() && button->isVisible() && button->isEnabled())
            return button;
    return nullptr;
}

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    // "Back(&B)" in Chinese: the mnemonic in brackets goes too.
    static const QRegularExpression chinese(QStringLiteral("\\([A-Za-z0-9]\\)$"));
    return text.remove(chinese).trimmed();
}

} // namespace

GuidedTour::GuidedTour(ConsoleDriver &driver, ScenarioWizard entry, QString language,
                       QObject *parent)
    : QObject(parent)
    , m_driver(driver)
    , m_entry(std::move(entry))
    , m_language(std::move(language))
    , m_plan(TourPlan::of(m_entry))
    , m_traineeSteps(TourPlan::traineeSteps(m_plan))
{
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &GuidedTour::pump);
}

GuidedTour::~GuidedTour()
{
    qApp->removeEventFilter(this);
    delete m_marker;
}

bool GuidedTour::start(QString *error)
{
    if (m_entry.isViews || m_entry.open.isEmpty())
        m_driver.played() = m_driver.window();
    else if (!m_driver.openEntry(m_entry.open, QSize(), error))
        return false;
    m_panel = std::make_unique<TourPanel>();
    m_panel->setTitle(m_entry.title.in(m_language));
    connect(m_panel.get(), &TourPanel::backRequested, this, &GuidedTour::back);
    connect(m_panel.get(), &TourPanel::skipRequested, this, &GuidedTour::skip);
    connect(m_panel.get(), &TourPanel::quitRequested, this, &GuidedTour::quit);
    m_panel->setBackEnabled(false);
    m_panel->show();
    placePanel();
    m_marker = new TourMarker;
    qApp->installEventFilter(this);
    m_timer.start();
    pump();
    return true;
}

int GuidedTour::currentStep() const
{
    return m_presented && !m_over ? m_plan.at(m_position).number : 0;
}

QWidget *GuidedTour::markedControl() const
{
    return m_marker && m_marker->isVisible() ? m_marker->target() : nullptr;
}

void GuidedTour::pump()
{
    if (m_busy || m_over)
        return;
    m_busy = true;
    while (m_position < m_plan.size()) {
        const TourStep &step = m_plan.at(m_position);
        if (!step.trainee) {
            QString error;
            if (runOwnStep(step, 200, &error)) {
                ++m_position;
                m_waitingSince = -1;
                continue;
            }
            // Not yet (the trainee may still be answering a question): tried again on the
            // next tick; after a while the panel says what the tour waits for.
            if (m_waitingSince < 0)
                m_waitingSince = now();
            else if (now() - m_waitingSince > PatienceMs && m_panel->messageText().isEmpty())
                m_panel->showMessage(tr("The tour is waiting: %1").arg(error), true);
            break;
        }
        if (!m_presented) {
            present();
            if (!m_presented)
                break;
        }
        if (!isDone())
            break;
        complete();
    }
    if (m_position >= m_plan.size())
        finish(true);
    else if (m_marker)
        m_marker->follow();
    m_busy = false;
}

bool GuidedTour::runOwnStep(const TourStep &step, int timeoutMs, QString *error)
{
    DriverStepRun run(m_driver, m_language, QSize());
    run.onAnswer = [](const ScenarioDialogs::Answer &) {}; // the trainee answers
    ScenarioStep own = step.step;
    own.timeoutMs = timeoutMs;
    return runScenarioStep(run, own, error);
}

QWidget *GuidedTour::findTarget() const
{
    const TourStep &step = m_plan.at(m_position);
    QWidget *target = m_driver.find(m_driver.substitute(step.target));
    return target && target->isVisible() ? target : nullptr;
}

void GuidedTour::present()
{
    const TourStep &step = m_plan.at(m_position);
    QWidget *target = findTarget();
    QAction *action = nullptr;
    if (!target && step.step.action == u"click") {
        DriverStepRun run(m_driver, m_language, QSize());
        action = run.action(m_driver.substitute(step.target));
    }
    if (!target && !action) {
        if (m_waitingSince < 0)
            m_waitingSince = now();
        else if (now() - m_waitingSince > PatienceMs && m_panel->messageText().isEmpty())
            m_panel->showMessage(tr("The tour is waiting for %1 to appear.").arg(step.target),
                                 true);
        return;
    }
    m_waitingSince = -1;
    m_presented = true;
    m_clicked = false;
    m_touched = false;
    disconnect(m_clickConnection);
    if (auto *button = qobject_cast<QAbstractButton *>(target))
        m_clickConnection =
            connect(button, &QAbstractButton::clicked, this, [this] { m_clicked = true; });
    else if (action)
        m_clickConnection =
            connect(action, &QAction::triggered, this, [this] { m_clicked = true; });
    const QString page = m_driver.currentPageName();
    if (page != m_presentedPage)
        m_history.clear();
    m_presentedPage = page;
    if (m_history.isEmpty() || m_history.last() != m_position)
        m_history.append(m_position);
    // A control below a scrolling panel's fold (My Partner's buttons) is brought into view.
    for (QWidget *w = target ? target->parentWidget() : nullptr; w; w = w->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(w))
            area->ensureWidgetVisible(target);
    m_marker->mark(target, step.number);
    QString context = step.context.in(m_language);
    if (!step.answer.isEmpty()) {
        const QString kind = step.answer.value(QStringLiteral("answer")).toString();
        const QJsonValue value = step.answer.value(QStringLiteral("value"));
        QString hint;
        if (kind == u"confirm")
            hint = value.toBool() ? tr("A question follows: accept it.")
                                  : tr("A question follows: decline it.");
        else if (kind == u"text")
            hint = tr("A question follows: enter “%1”.").arg(m_driver.text(value, m_language));
        else
            hint = tr("A file chooser follows: choose %1.").arg(m_driver.text(value, m_language));
        context = context.isEmpty() ? hint : context + QLatin1Char('\n') + hint;
    }
    m_panel->showStep(step.number, m_traineeSteps,
                      action ? tr("Choose %1 in the menu.").arg(withoutMnemonic(action->text()))
                             : actionText(step, target),
                      context);
    m_panel->setBackEnabled(m_history.size() > 1);
    emit stepChanged(step.number);
}

QString GuidedTour::expectedText(const TourStep &step) const
{
    return m_driver.text(step.step.arguments.value(QStringLiteral("text")), m_language);
}

bool GuidedTour::isDone() const
{
    const TourStep &step = m_plan.at(m_position);
    const QString &action = step.step.action;
    if (action == u"click" || action == u"press")
        return m_clicked;
    QWidget *target = findTarget();
    if (!target || (m_needsTouch && !m_touched))
        return false;
    const QJsonObject &a = step.step.arguments;
    const DriverStepRun run(m_driver, m_language, QSize());
    if (action == u"type")
        return shownText(target) == expectedText(step);
    if (action == u"check" || action == u"uncheck") {
        auto *button = qobject_cast<QAbstractButton *>(target);
        return button && button->isChecked() == (action == u"check");
    }
    if (action == u"select") {
        if (auto *tabs = qobject_cast<QTabWidget *>(target)) {
            const int index = wantedTab(run, a, tabs);
            return index >= 0 && tabs->currentIndex() == index;
        }
        auto *combo = qobject_cast<QComboBox *>(target);
        if (!combo)
            return false;
        const int index = wantedIndex(run, a, combo);
        return index >= 0 && combo->currentIndex() == index;
    }
    if (action == u"selectRow" || action == u"checkItem") {
        auto *view = qobject_cast<QAbstractItemView *>(target);
        if (!view || !view->model())
            return false;
        QAbstractItemModel *model = view->model();
        const auto matches = [&](int row) { return rowMatches(run, a, model, row); };
        if (action == u"selectRow") {
            const QModelIndex current = view->currentIndex();
            return current.isValid() && matches(current.row());
        }
        for (int r = 0; r < model->rowCount(); ++r)
            if (matches(r))
                return model->index(r, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked;
        return false;
    }
    return false;
}

void GuidedTour::complete()
{
    disconnect(m_clickConnection);
    m_presented = false;
    m_clicked = false;
    m_needsTouch = false;
    ++m_position;
    m_panel->showMessage({}, false);
}

void GuidedTour::finish(bool completed)
{
    if (m_over)
        return;
    m_over = true;
    m_timer.stop();
    disconnect(m_clickConnection);
    qApp->removeEventFilter(this);
    if (m_marker)
        m_marker->mark(nullptr, 0);
    m_presented = false;
    m_panel->showFinished(
        completed
            ? tr("Well done: you completed “%1” on your own.").arg(m_entry.title.in(m_language))
            : tr("The tour was stopped. The console stays open to try on."));
    emit finished(completed);
}

void GuidedTour::back()
{
    if (m_busy || m_over || m_history.size() < 2)
        return;
    disconnect(m_clickConnection);
    m_history.removeLast();
    m_position = m_history.takeLast();
    m_presented = false;
    m_needsTouch = true;
    pump();
}

void GuidedTour::skip()
{
    if (m_busy || m_over || m_position >= m_plan.size())
        return;
    m_busy = true;
    const TourStep &step = m_plan.at(m_position);
    QString error;
    // The tour performs the step as the screenshot runner would.
    const bool done = runOwnStep(step, 5000, &error);
    m_busy = false;
    if (!done) {
        m_panel->showMessage(tr("This step cannot be skipped: %1").arg(error), true);
        return;
    }
    if (step.trainee && m_presented)
        complete();
    else if (!step.trainee)
        ++m_position;
    pump();
}

void GuidedTour::quit()
{
    finish(false);
    emit closeRequested();
}

QString GuidedTour::controlName(QWidget *widget) const
{
    QString name;
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        name = withoutMnemonic(button->text());
    if (name.isEmpty()) // a field's name comes from its label, mnemonic and colon included
        name = withoutMnemonic(widget->accessibleName())
                   .remove(QRegularExpression(QStringLiteral("[:：]$")));
    if (name.isEmpty())
        name = widget->objectName();
    return QStringLiteral("“%1”").arg(name);
}

QString GuidedTour::actionText(const TourStep &step, QWidget *target) const
{
    const QString &action = step.step.action;
    const QJsonObject &a = step.step.arguments;
    const QString name = controlName(target);
    if (action == u"type")
        return tr("Type “%1” in %2.").arg(expectedText(step), name);
    if (action == u"check")
        return tr("Check %1.").arg(name);
    if (action == u"uncheck")
        return tr("Clear %1.").arg(name);
    if (action == u"select") {
        const DriverStepRun run(m_driver, m_language, QSize());
        if (auto *tabs = qobject_cast<QTabWidget *>(target))
            if (const int index = wantedTab(run, a, tabs); index >= 0)
                return tr("Open the tab “%1”.").arg(withoutMnemonic(tabs->tabText(index)));
        QString item;
        if (auto *combo = qobject_cast<QComboBox *>(target))
            item = combo->itemText(wantedIndex(run, a, combo));
        return tr("Choose “%1” in %2.").arg(item, name);
    }
    if (action == u"selectRow")
        return tr("Select the row with “%1” in %2.")
            .arg(m_driver.text(a.value(QStringLiteral("text")), m_language), name);
    if (action == u"checkItem")
        return tr("Tick the row with “%1” in %2.")
            .arg(m_driver.text(a.value(QStringLiteral("text")), m_language), name);
    return tr("Click %1.").arg(name);
}

bool GuidedTour::isPlayedWindow(QWidget *window) const
{
    if (!window || window == m_panel.get())
        return false;
    // Questions, file choosers and text prompts are the trainee's to answer.
    if (qobject_cast<QMessageBox *>(window) || qobject_cast<QFileDialog *>(window) ||
        qobject_cast<QInputDialog *>(window))
        return false;
    return window == m_driver.window() || window == m_driver.played() ||
           window == m_driver.topDialog();
}

QString GuidedTour::explainWrongText(QWidget *target) const
{
    const TourStep &step = m_plan.at(m_position);
    const QString typed = shownText(target);
    const QString expected = expectedText(step);
    if (typed.isEmpty() || typed == expected)
        return {};
    return tr("%1 reads “%2”; this step needs “%3”.").arg(controlName(target), typed, expected);
}

void GuidedTour::notifyMistake(const QString &message)
{
    m_panel->showMessage(message, true);
    emit mistake(message);
}

bool GuidedTour::eventFilter(QObject *watched, QEvent *event)
{
    if (m_over || !m_panel || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    const QEvent::Type type = event->type();
    // F6 moves between the panel and the console, from anywhere.
    if (type == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_F6) {
        if (m_panel->isActiveWindow()) {
            QWidget *console = m_driver.topDialog() ? m_driver.topDialog() : m_driver.baseWindow();
            console->activateWindow();
            if (QWidget *target = findTarget(); target && target->window() == console)
                target->setFocus(Qt::ShortcutFocusReason);
        } else {
            m_panel->activateWindow();
            m_panel->raise();
            m_panel->focusFirstButton();
        }
        return true;
    }
    if (!m_presented || m_busy || widget == m_panel.get() || m_panel->isAncestorOf(widget))
        return false;
    QWidget *target = findTarget();
    const TourStep &step = m_plan.at(m_position);
    const auto isTarget = [target](QWidget *w) {
        return target && (w == target || target->isAncestorOf(w) || w->isAncestorOf(target));
    };
    const auto refuse = [&](QWidget *used) {
        notifyMistake(
            tr("That is %1. This step: %2")
                .arg(controlName(used), target ? actionText(step, target) : m_panel->actionText()));
        return true;
    };
    if ((type == QEvent::KeyPress || type == QEvent::MouseButtonRelease) && isTarget(widget))
        m_touched = true;
    auto *button = qobject_cast<QAbstractButton *>(widget);
    const bool foreignButton = button && !isPartOfAnotherControl(button) &&
                               isPlayedWindow(button->window()) && !isTarget(button);
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        if (foreignButton && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton)
            return refuse(button);
        return false;
    case QEvent::Shortcut: // a mnemonic (Alt+N) presses its button
        if (foreignButton)
            return refuse(button);
        return false;
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
        if ((key == Qt::Key_Space || key == Qt::Key_Select || enter) && foreignButton)
            return refuse(button);
        // Enter on a push button presses it; anywhere else the window's default button.
        if (!enter || qobject_cast<QPushButton *>(widget) || !isPlayedWindow(widget->window()) ||
            qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget))
            return false;
        QPushButton *pressed = defaultButton(widget->window());
        if (!pressed || isTarget(pressed))
            return false;
        if (step.step.action == u"type" && isTarget(widget)) {
            const QString wrong = explainWrongText(target);
            if (!wrong.isEmpty())
                notifyMistake(wrong);
            return true; // the text typed is checked; Enter does not go on yet
        }
        return refuse(pressed);
    }
    case QEvent::FocusOut:
        if (step.step.action == u"type" && target && isTarget(widget)) {
            const QString wrong = explainWrongText(target);
            if (!wrong.isEmpty())
                notifyMistake(wrong);
        }
        return false;
    default:
        return false;
    }
}

void GuidedTour::placePanel()
{
    QWidget *console = m_driver.window();
    m_panel->adjustSize();
    QRect area = console->screen() ? console->screen()->availableGeometry() : QRect();
    const QRect frame = console->frameGeometry();
    QPoint at(frame.right() + 12, frame.top());
    if (area.isValid() && at.x() + m_panel->width() > area.right())
        at = QPoint(area.right() - m_panel->width() - 12, area.bottom() - m_panel->height() - 48);
    m_panel->move(at);
}

} // namespace oc::gui
