#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class RecipientDialog;
}

namespace oc::gui {

class AppContext;
class FieldBinder;
class WizardState;

// D-RECIPIENT (my-account.md D.2, B): adds or edits a message recipient of Preferences — a
// name and a mobile number (R-ACC-4) and/or an email address (R-ACC-1), at least one of the
// two. OK saves through the backend (saveRecipient; recipient id 0 adds), which journals it
// and, while the account's CTS is on, leaves an addRecipient / editRecipient trace (R-AUD-2).
// A refusal is shown next to its field and the dialog stays open. Deleting is the view's.
class RecipientDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` edits that recipient; otherwise adds one to the account `accountId`.
    RecipientDialog(AppContext *context, const QString &accountId,
                    std::optional<MessageRecipient> existing, QWidget *parent = nullptr);
    ~RecipientDialog() override;

    // After accept(): the recipient as saved, and "The recipient … was added." / "… changed."
    std::optional<MessageRecipient> recipient() const { return m_result; }
    QString successMessage() const { return m_successMessage; }

    void accept() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QList<Error> localErrors() const;
    void showPageError(const QString &message);
    void retranslate();

    std::unique_ptr<Ui::RecipientDialog> m_ui;
    AppContext *m_context;
    QString m_accountId;
    std::optional<MessageRecipient> m_existing;
    WizardState *m_state;
    FieldBinder *m_binder;
    std::optional<MessageRecipient> m_result;
    QString m_successMessage;
};

} // namespace oc::gui
