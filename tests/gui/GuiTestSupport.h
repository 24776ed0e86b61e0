#pragma once

// GUI tests: a main window over a private demo database with dialogs answered by the test.

#include "TestSupport.h"

#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/LanguageManager.h"
#include "gui/MainWindow.h"

#include <QStringList>
#include <QWidget>

namespace oc::test {

// Answers every dialog without showing it and records what was asked.
class AutoDialogs final : public gui::Dialogs
{
public:
    bool confirmAnswer = true;
    QString saveFileAnswer;
    QStringList asked; // titles and texts, in order

    bool confirm(QWidget *, const QString &title, const QString &text, const QString &) override
    {
        asked << title << text;
        return confirmAnswer;
    }
    void inform(QWidget *, const QString &title, const QString &text) override { asked << title << text; }
    void warn(QWidget *, const QString &title, const QString &text) override { asked << title << text; }
    QString saveFileName(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked << title;
        return saveFileAnswer;
    }
};

struct GuiFixture
{
    GuiFixture();
    ~GuiFixture();

    TestBackend backend{true};
    gui::LanguageManager language;
    AutoDialogs dialogs;
    gui::AppContext context;
    std::unique_ptr<gui::MainWindow> window;
};

// Waits until `predicate` holds, running the event loop; false on timeout.
bool waitFor(const std::function<bool()> &predicate, int timeoutMs = 10000);

// Every visible widget that takes focus has an accessible name (through the accessibility
// interface: explicit names, label buddies and button texts all count). Returns the
// offenders' object names and classes.
QStringList unnamedFocusableWidgets(QWidget *root);

} // namespace oc::test
