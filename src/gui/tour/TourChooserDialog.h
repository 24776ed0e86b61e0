#pragma once

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class TourChooserDialog;
}

namespace oc::gui {

class AppContext;

// Help > Guided tour…: the built-in scenario's tasks by their titles in the console's
// language; Start tour starts the chosen one in a console of its own (--tour), on a private
// copy of the demo, so that the console in use is left as it is.
class TourChooserDialog : public QDialog
{
    Q_OBJECT
public:
    // Starts a process: the program and its arguments; false when it could not start.
    using Launcher = std::function<bool(const QString &program, const QStringList &arguments)>;

    TourChooserDialog(AppContext *context, Launcher launcher, QWidget *parent = nullptr);
    ~TourChooserDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();

    std::unique_ptr<Ui::TourChooserDialog> m_ui;
    AppContext *m_context;
    Launcher m_launcher;
};

} // namespace oc::gui
