#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RestoreServicesDialog;
}

namespace oc::gui {

class AppContext;

// D-RESTORE, Restore Huawei Cloud Services (my-account.md §5.11.2 step 7 NOTES, D.2; R-CLS-2):
// confirms restoring closed services — possible from 24 hours after closing, within retention.
// OK restores them through the backend; a refusal (too early, retention over) stays in the
// dialog.
class RestoreServicesDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreServicesDialog(AppContext *context, const HuaweiAccountDetail &detail,
                          QWidget *parent = nullptr);
    ~RestoreServicesDialog() override;

    // After accept(): "Huawei Cloud services were restored."
    QString successMessage() const { return m_successMessage; }
    void accept() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showError(const Error &error);
    void retranslate();

    std::unique_ptr<Ui::RestoreServicesDialog> m_ui;
    AppContext *m_context;
    HuaweiAccountDetail m_detail;
    QString m_successMessage;
};

} // namespace oc::gui
