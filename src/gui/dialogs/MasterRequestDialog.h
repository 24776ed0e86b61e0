#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MasterRequestDialog;
}

class QPushButton;

namespace oc::gui {

class AppContext;

// D-MASTER-REQUEST (my-account.md §7.1, D.2): the member account answers its master's pending
// invitation or cancellation request (R-MST-1). It shows the master's Account ID, Enterprise
// Name and Status, the accounting mode, the five Impacts for an invitation (R-MST-3) or what a
// cancellation ends, and "I have read and agree to the Huawei Cloud Account Management
// Agreement." — required to Accept, not to Reject (R-MST-2). Accept / Reject answer through the
// backend; a refusal stays in the dialog next to what it concerns.
class MasterRequestDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Answer
    {
        Accept,
        Reject
    };

    // `member` has a pending link (HuaweiAccountDetail::master); `preferred` is the default
    // button (the panel's Accept… or Reject…).
    MasterRequestDialog(AppContext *context, const HuaweiAccountDetail &member,
                        Answer preferred = Answer::Accept, QWidget *parent = nullptr);
    ~MasterRequestDialog() override;

    // After accept(): "You accepted the invitation of X: ..." and the like.
    QString successMessage() const { return m_successMessage; }
    // Answers as Accept or Reject was clicked last (Retry repeats that answer).
    void answer(Answer answer);
    void accept() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool isCancellation() const;
    void showError(const Error &error);
    void retranslate();

    std::unique_ptr<Ui::MasterRequestDialog> m_ui;
    AppContext *m_context;
    QString m_memberAccountId;
    MasterLink m_link;
    Answer m_answer;
    QPushButton *m_acceptButton;
    QPushButton *m_rejectButton;
    QString m_successMessage;
};

} // namespace oc::gui
