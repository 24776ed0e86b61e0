#pragma once

#include <QFrame>

#include <memory>

namespace Ui {
class TourPanel;
}

namespace oc::gui {

// The guided tour's floating panel: the entry's title, "Step 2 of 6", what to do now, the
// instruction of the page, what went wrong, and Back, Skip and Quit. Every change of the
// step is announced to screen readers (an alert with the whole text).
class TourPanel : public QFrame
{
    Q_OBJECT
public:
    explicit TourPanel(QWidget *parent = nullptr);
    ~TourPanel() override;

    void setTitle(const QString &title);
    // The step `number` of `count`; `action` what to do, `context` the page's instruction.
    void showStep(int number, int count, const QString &action, const QString &context);
    void showFinished(const QString &text);
    // A mistake or a wait, shown under the step (empty: none); announced too.
    void showMessage(const QString &message, bool problem);
    void setBackEnabled(bool enabled);
    void setSkipEnabled(bool enabled);
    // F6 from the console: the first enabled button takes the focus.
    void focusFirstButton();

    QString actionText() const;
    QString messageText() const;

signals:
    void backRequested();
    void skipRequested();
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void announce();
    void retranslate();

    std::unique_ptr<Ui::TourPanel> m_ui;
    bool m_finished = false;
};

} // namespace oc::gui
