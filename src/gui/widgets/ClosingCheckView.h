#pragma once

#include "contract/BackendTypes.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ClosingCheckView;
}

namespace oc::gui {

// The three automatic checks of closing Huawei Cloud services (my-account.md §5.11.2 page 2;
// R-CLS-1): Account Check, Financial Check, Orders and Resources Check, each passed or
// listing every condition that failed with what to do about it. W-CLOSE's check page,
// D-LAST-CHECK (R-CLS-4) and D-DISABLE (R-CLS-5) show a check through it.
class ClosingCheckView : public QWidget
{
    Q_OBJECT
public:
    explicit ClosingCheckView(QWidget *parent = nullptr);
    ~ClosingCheckView() override;

    // Shows `check`; nullopt: nothing checked yet.
    void setCheck(const std::optional<ClosingCheck> &check);
    const std::optional<ClosingCheck> &check() const { return m_check; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::unique_ptr<Ui::ClosingCheckView> m_ui;
    std::optional<ClosingCheck> m_check;
};

} // namespace oc::gui
