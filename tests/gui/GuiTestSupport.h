#pragma once

// GUI tests: a main window over a private demo database with dialogs answered by the test.

#include "TestSupport.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/LanguageManager.h"
#include "gui/LayoutCheck.h"
#include "gui/MainWindow.h"
#include "gui/views/ReviewQueueView.h"

#include <QStringList>
#include <QWidget>
#include <QWizard>

#include <functional>
#include <memory>

namespace oc::test {

// Answers every dialog without showing it, at once, and records what was asked.
class AutoDialogs final : public gui::Dialogs
{
public:
    bool confirmAnswer = true;
    QString saveFileAnswer;
    QString openFileAnswer;
    QString textAnswer;
    QStringList asked; // titles and texts, in order

    void confirm(QWidget *, const QString &title, const QString &text, const QString &,
                 Answered answered) override
    {
        asked << title << text;
        answered(confirmAnswer);
    }
    void inform(QWidget *, const QString &title, const QString &text) override
    {
        asked << title << text;
    }
    void warn(QWidget *, const QString &title, const QString &text) override
    {
        asked << title << text;
    }
    void askText(QWidget *, const QString &title, const QString &label,
                 TextAnswered answered) override
    {
        asked << title << label;
        answered(textAnswer);
    }
    void saveFileName(QWidget *, const QString &title, const QString &, const QString &,
                      TextAnswered answered) override
    {
        asked << title;
        answered(saveFileAnswer);
    }
    void openFileName(QWidget *, const QString &title, const QString &,
                      TextAnswered answered) override
    {
        asked << title;
        answered(openFileAnswer);
    }
};

struct GuiFixture
{
    // `decorate`, when given, puts a decorator between the console and the test backend
    // (e.g. a FaultyBackend); the fixture owns it.
    using Decorate = std::function<std::unique_ptr<Backend>(Backend *inner)>;
    explicit GuiFixture(const Decorate &decorate = {});
    ~GuiFixture();

    TestBackend backend{true};
    std::unique_ptr<Backend> decorator;
    gui::LanguageManager language;
    AutoDialogs dialogs;
    gui::AppContext context;
    std::unique_ptr<gui::MainWindow> window;
};

// Saves a picture of `widget` as OC_SNAPSHOT_DIR/<name>.png when that variable is set,
// so that one can look at what a test saw, and fails the test when any text in it does not
// fit (clippedWidgets) — every snapshot point is also a layout check at 1024x720.
void snapshot(QWidget *widget, const QString &name);

// What a test expects to read in the language it runs in (OC_TEST_LANGUAGE): the English
// or the Chinese text, so that the same assertion holds in both runs.
QString inTestLanguage(const QString &english, const QString &chinese);

// Waits until `predicate` holds, running the event loop; false on timeout.
bool waitFor(const std::function<bool()> &predicate, int timeoutMs = 10000);

// The first row of `view` whose `key` column equals `value` (through the backend), as a
// map of column -> value; empty when there is none.
QVariantMap findRow(Backend *backend, const QString &view, const QString &key,
                    const QVariant &value);
// The account id of a demo HUAWEI ID login (src/services/DemoStoryData.h).
QString accountIdOf(Backend *backend, const QString &loginId);
// The newest Outbox message to `destination`, as its parameters (e.g. the "code").
QVariantMap latestMessageTo(Backend *backend, const QString &destination);
// Replaces the text of the line edit `objectName` inside `parent` by typing, as a person
// would: focus, select all, erase, type.
void type(QWidget *parent, const char *objectName, const QString &text);
// Clicks a wizard button (Next, Commit, Finish, Back, Cancel) with the mouse.
void clickWizardButton(QWizard *wizard, QWizard::WizardButton which);

// Real-name authentication (W-AUTH, W-REAUTH): a drawn picture saved as `name` in `dir` in
// `format` ("PNG", "JPG", "BMP"), the photo of a certificate as an operator chooses it.
QString specimen(const QTemporaryDir &dir, const QString &name, const char *format);
// Chooses `path` for the upload `slot` (a MaterialField) on `page`: the file chooser answers
// it when the upload's button is clicked; waits until the upload names the file.
void chooseMaterial(GuiFixture &f, QWidget *page, const char *slot, const QString &path);
// Shows the review queue with request `id` selected; nullptr when it is not selected in time.
gui::ReviewQueueView *selectInReviewQueue(gui::MainWindow &window, qint64 id);

// Every visible widget that takes focus has an accessible name (through the accessibility
// interface: explicit names, label buddies and button texts all count). Returns the
// offenders' object names and classes.
QStringList unnamedFocusableWidgets(QWidget *root);

// Text that does not fit (gui/LayoutCheck.h).
using gui::clippedWidgets;

} // namespace oc::test
