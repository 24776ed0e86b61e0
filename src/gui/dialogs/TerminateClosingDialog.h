#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TerminateClosingDialog;
}

namespace oc::gui {

class AppContext;

// The operator acting as Huawei ends a closing during its retention period (my-account.md
// §5.11.1 item 2.6, D.2 "Operator act as"; R-CLS-6): the reason (third-party complaints,
// government investigations, litigation or arbitration, failed later checks) and a note; OK
// terminates it through the backend (the services are enabled again, the customer notified).
class TerminateClosingDialog : public QDialog
{
    Q_OBJECT
public:
    TerminateClosingDialog(AppContext *context, const HuaweiAccountDetail &detail,
                           QWidget *parent = nullptr);
    ~TerminateClosingDialog() override;

    // After accept(): "The closing was terminated: ..."
    QString successMessage() const { return m_successMessage; }
    void accept() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showError(const Error &error);
    void retranslate();

    std::unique_ptr<Ui::TerminateClosingDialog> m_ui;
    AppContext *m_context;
    HuaweiAccountDetail m_detail;
    QString m_successMessage;
};

} // namespace oc::gui
