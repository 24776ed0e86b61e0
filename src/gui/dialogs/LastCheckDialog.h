#pragma once

#include "contract/BackendTypes.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LastCheckDialog;
}

namespace oc::gui {

class AppContext;
class ClosingCheckView;

// D-LAST-CHECK, View Last Check Result (my-account.md §5.11.2 step 6 NOTE, D.2; R-CLS-4): the
// account's last close application's checks as stored — when, why, the outcome (and whether
// it closed the services), each check passed or every failed condition with what to do.
// Read-only: everything comes from the detail passed in.
class LastCheckDialog : public QDialog
{
    Q_OBJECT
public:
    LastCheckDialog(AppContext *context, const HuaweiAccountDetail &detail,
                    QWidget *parent = nullptr);
    ~LastCheckDialog() override;

    // Nothing changes here: no success sentence.
    QString successMessage() const { return {}; }

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::LastCheckDialog> m_ui;
    AppContext *m_context;
    std::optional<ClosingCheck> m_check;
    ClosingCheckView *m_view;
};

} // namespace oc::gui
