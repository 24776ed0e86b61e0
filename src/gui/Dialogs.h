#pragma once

#include <QString>

#include <functional>
#include <memory>

class QMessageBox;
class QPushButton;
class QWidget;

namespace oc::gui {

// The seam for questions, messages and file choosers: the console uses QMessageBox,
// QInputDialog and QFileDialog; tests install an implementation that answers without
// showing anything. Nothing here blocks or runs a nested event loop (boxes are shown
// window-modal with open() and answer through a callback), so any of it may be called from
// a backend callback or signal handler. A callback runs at most once, and not at all when
// `parent` was destroyed before the answer: callers capture only what `parent` keeps alive.
class Dialogs
{
public:
    using Answered = std::function<void(bool accepted)>;
    using TextAnswered = std::function<void(const QString &text)>;

    virtual ~Dialogs() = default;
    // A question with the accept button (the default) and Cancel.
    virtual void confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel, Answered answered) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    // A line of text (simplified); empty when cancelled.
    virtual void askText(QWidget *parent, const QString &title, const QString &label,
                         TextAnswered answered) = 0;
    // A file to write; empty when cancelled.
    virtual void saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                              const QString &filter, TextAnswered answered) = 0;
    // An existing file to read; empty when cancelled.
    virtual void openFileName(QWidget *parent, const QString &title, const QString &filter,
                              TextAnswered answered) = 0;
};

// The question box confirm() shows: the accept button (the default) and Cancel. Shared by
// the console and the training screenshots, which picture it before answering.
std::unique_ptr<QMessageBox> makeConfirmBox(QWidget *parent, const QString &title,
                                            const QString &text, const QString &acceptLabel,
                                            QPushButton **accept);

class WidgetDialogs final : public Dialogs
{
public:
    void confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptLabel, Answered answered) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    void askText(QWidget *parent, const QString &title, const QString &label,
                 TextAnswered answered) override;
    void saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                      const QString &filter, TextAnswered answered) override;
    void openFileName(QWidget *parent, const QString &title, const QString &filter,
                      TextAnswered answered) override;
};

} // namespace oc::gui
