#pragma once

#include "contract/BackendTypes.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RejectDialog;
}

namespace oc::gui {

class AppContext;

// The review queue's "Reject…" (R-AUTH-4, R-AUTH-8): the reason from the reviewer's
// checklist and an optional note to the customer; OK rejects the request through the
// backend and the dialog closes only when it was taken.
class RejectDialog : public QDialog
{
    Q_OBJECT
public:
    RejectDialog(AppContext *context, qint64 authenticationId, QWidget *parent = nullptr);
    ~RejectDialog() override;

    std::optional<AuthenticationRecord> result() const { return m_result; }
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::RejectDialog> m_ui;
    AppContext *m_context;
    qint64 m_authenticationId;
    std::optional<AuthenticationRecord> m_result;
};

} // namespace oc::gui
