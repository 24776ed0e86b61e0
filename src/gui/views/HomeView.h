#pragma once

#include "gui/widgets/OnboardingMap.h"

#include <QWidget>

#include <memory>

namespace Ui {
class HomeView;
}

namespace oc::gui {

class RecordPicker;
class AppContext;

// Home: the onboarding map. Each step opens its task; for the chosen customer the steps
// already done are ticked.
class HomeView : public QWidget
{
    Q_OBJECT
public:
    explicit HomeView(AppContext *context, QWidget *parent = nullptr);
    ~HomeView() override;

    OnboardingMap *map() const { return m_map; }
    RecordPicker *customerPicker() const { return m_picker; }

signals:
    void stepActivated(oc::gui::OnboardingStep step, const QString &accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadProgress();

    std::unique_ptr<Ui::HomeView> m_ui;
    AppContext *m_context;
    RecordPicker *m_picker;
    OnboardingMap *m_map;
    int m_doneCount = -1;
};

} // namespace oc::gui
