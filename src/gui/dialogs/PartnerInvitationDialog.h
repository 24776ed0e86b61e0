#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class PartnerInvitationDialog;
}

class QLabel;
class QLineEdit;

namespace oc::gui {

class AppContext;

// The operator acting as a partner creates an invitation (my-account.md §6.1 step 1, D.1, D.2
// "act as partner"; R-PTN-5): the partner as its customers will see it (enterprise name,
// information, website, two contact cards), the cooperation model and whether it is an online
// invitation link (existing accounts may log in and associate) or for new accounts only. Create
// shows the token and its link, copyable, and starts W-PARTNER-ASSOC with it on request.
class PartnerInvitationDialog : public QDialog
{
    Q_OBJECT
public:
    enum Step
    {
        FormStep = 0,
        ResultStep = 1
    };

    explicit PartnerInvitationDialog(AppContext *context, QWidget *parent = nullptr);
    ~PartnerInvitationDialog() override;

    Step step() const;
    const std::optional<PartnerInvitation> &invitation() const { return m_invitation; }
    // The invitation link that carries the token (what a customer receives).
    static QString linkOf(const QString &token);
    // After the invitation was created: "The invitation of X was created: ..."
    QString successMessage() const { return m_successMessage; }

    // Create on the form, Close on the result.
    void accept() override;

signals:
    // "Associate with This Invitation…": W-PARTNER-ASSOC with the invitation link.
    void associateRequested(const QString &link);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct ContactRow
    {
        QLineEdit *role;
        QLineEdit *email;
        QLineEdit *mobile;
        QLineEdit *telephone;
        QLabel *roleError;
        QLabel *emailError;
        QLabel *mobileError;
    };
    void create();
    void showStep(Step step);
    bool showFieldError(QLabel *label, QLineEdit *edit, const QString &message);
    void clearErrors();
    void showError(const Error &error);
    void retranslate();

    std::unique_ptr<Ui::PartnerInvitationDialog> m_ui;
    AppContext *m_context;
    QList<ContactRow> m_contacts;
    QList<int> m_sentRows; // the form's card of each contact of the last request
    std::optional<PartnerInvitation> m_invitation;
    QString m_successMessage;
};

} // namespace oc::gui
