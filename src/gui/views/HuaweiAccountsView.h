#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QDialog;
class QFormLayout;
class QLabel;

namespace Ui {
class HuaweiAccountsView;
}

namespace oc::gui {

class AppContext;
class ListViewWidget;
class MyMasterAccountPanel;
class MyPartnerPanel;

// Huawei accounts: the list with search and filters, and the selected account's detail as
// the customer's My Account console (my-account.md D.3): Basic Information (HUAWEI ID and
// tenant information with their dialogs), Preferences (messages, recipients, currency),
// Payment, real-name authentication, partner, the CTS traces while the customer's CTS is on
// (R-AUD-2) and the account's journal (R-AUD-1).
class HuaweiAccountsView : public QWidget
{
    Q_OBJECT
public:
    explicit HuaweiAccountsView(AppContext *context, QWidget *parent = nullptr);
    ~HuaweiAccountsView() override;

    ListViewWidget *list() const { return m_list; }
    // The selected account's CTS traces (my-account.md D.3).
    ListViewWidget *ctsList() const { return m_cts; }
    void selectAccount(const QString &accountId);
    // A success sentence above the account's details (a wizard's, e.g. W-CLOSE's), shown
    // while that account is.
    void showMessage(const QString &accountId, const QString &message);
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    // W-BUY for the selected account.
    void purchaseRequested(const QString &accountId);
    void signUpRequested();
    // D-LOGIN as the selected account (its login ID prefilled; empty when none is selected).
    void signInRequested(const QString &loginId);
    // W-AUTH for the selected account.
    void authenticateRequested(const QString &accountId);
    // W-REAUTH for the selected account ("View/Change" in its Authentication Status row).
    void reauthenticateRequested(const QString &accountId);
    // W-CLOSE for the selected account ("Close Huawei Cloud Services" in Basic Information).
    void closeServicesRequested(const QString &accountId);
    // W-PARTNER-ASSOC with an invitation link the operator just made (My Partner).
    void partnerWizardRequested(const QString &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The dialogs of Basic Information and Preferences (my-account.md D.2).
    enum class Dialog
    {
        Manage,        // D-HWID-MANAGE
        Password,      // D-PASSWORD
        CompleteInfo,  // D-COMPLETE-INFO
        EditInfo,      // D-EDIT-INFO
        TenantName,    // D-TENANT-NAME
        ServiceMobile, // D-SERVICE-CONTACT, mobile
        ServiceEmail,  // D-SERVICE-CONTACT, email
        AddRecipient,  // D-RECIPIENT
        EditRecipient, // D-RECIPIENT
        LastCheck,     // D-LAST-CHECK
        Restore,       // D-RESTORE
        Disable,       // D-DISABLE
        Terminate,     // the operator's termination of a closing (R-CLS-6)
    };
    void openDialog(Dialog which);
    // Shows a dialog's outcome once it was accepted: its success message above the details.
    void watch(QDialog *dialog, std::function<QString()> successMessage);
    void deleteRecipient();
    void loadDetail();
    void reloadAfterChange();
    void showDetail();
    void showBasicInformation();
    // The Disable Huawei Cloud Services area (my-account.md D.3; R-CLS-2..6).
    void showClosing();
    void expandClosing(bool expanded);
    void showPreferences();
    void savePreferences();
    void showPreferencesError(const oc::Error &error);
    void retranslate();
    void showRow(QFormLayout *form, QWidget *field, bool shown);
    std::optional<MessageRecipient> currentRecipient() const;

    std::unique_ptr<Ui::HuaweiAccountsView> m_ui;
    AppContext *m_context;
    ListViewWidget *m_list;
    ListViewWidget *m_cts;
    MyPartnerPanel *m_partner;
    MyMasterAccountPanel *m_master;
    std::optional<HuaweiAccountDetail> m_detail;
    QString m_loadingId;
    // Preferences being edited: not overwritten by a reload of the same account.
    QString m_preferencesOf;
    bool m_preferencesEdited = false;
    QString m_message; // the last dialog's success message, for its account
    QString m_messageOf;
    QWidget *m_messageTab = nullptr; // the tab whose change the message reports
    QHash<QWidget *, QLabel *> m_tabMessages;
    QString m_closingOf; // the account whose closing area was expanded or collapsed last
    // The control of the detail that had the focus when a change disabled the tabs until the
    // account is read again (reloadAfterChange), which took it; given back then.
    QPointer<QWidget> m_focusBeforeReload;
};

} // namespace oc::gui
