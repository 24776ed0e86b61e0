#pragma once

#include <QString>

#include <memory>

class QMessageBox;
class QPushButton;
class QWidget;

namespace oc::gui {

// The seam for modal questions and file choosers: the console uses QMessageBox and
// QFileDialog; tests install an implementation that answers without showing anything.
class Dialogs
{
public:
    virtual ~Dialogs() = default;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    // A line of text; empty when cancelled.
    virtual QString askText(QWidget *parent, const QString &title, const QString &label) = 0;
    // Empty when cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter) = 0;
};

// The question box confirm() shows: the accept button (the default) and Cancel. Shared by
// the console and the training screenshots, which picture it before answering.
std::unique_ptr<QMessageBox> makeConfirmBox(QWidget *parent, const QString &title,
                                            const QString &text, const QString &acceptLabel,
                                            QPushButton **accept);

class WidgetDialogs final : public Dialogs
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptLabel) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    QString askText(QWidget *parent, const QString &title, const QString &label) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override;
};

} // namespace oc::gui
