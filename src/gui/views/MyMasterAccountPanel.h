#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class MyMasterAccountPanel;
}

namespace oc::gui {

class AppContext;

// My Master Account (my-account.md §7.1, D.3) of one Huawei account, a tab of its details.
// As a member: the pending request's banner ("Association invitation" or the cancellation
// request) with Accept… / Reject… (D-MASTER-REQUEST, R-MST-1), the master's Basic Information
// (Account ID, copyable; Enterprise Name; Status), the association's state (accounting mode,
// requested, associated since), the five Impacts (R-MST-3) and the Permissions the master asks
// for (granted once accepted). As a master (it has members, or Enterprise Center is on): its
// members. "Not associated with a master account" when neither applies. And the operator's
// "Act as the master account" actions (simulation; R-MST-2: only the master starts either):
// Invite a member… (MasterInviteDialog) and Request cancellation of the selected associated
// member. Every change goes through the backend; the panel reports it with changed() and the
// view reloads the detail (setDetail).
class MyMasterAccountPanel : public QWidget
{
    Q_OBJECT
public:
    MyMasterAccountPanel(AppContext *context, QWidget *parent = nullptr);
    ~MyMasterAccountPanel() override;

    // The account shown (its `master` link and `members`); whether it is a master is also read
    // from its simulated conditions (Enterprise Center, R-MST-2).
    void setDetail(const HuaweiAccountDetail &detail);
    // Nothing shown (no account selected).
    void clear();

signals:
    // A request was answered, a member invited or a cancellation requested for `accountId`
    // (the account shown): the view reloads it and shows `message`, the success sentence.
    void changed(const QString &accountId, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The pending request is answered in D-MASTER-REQUEST; `reject` makes Reject its default.
    void answerRequest(bool reject);
    void inviteMember();
    void requestCancellation();
    void loadConditions();
    void refresh();
    void showMembers();
    void updateActions();
    std::optional<MasterLink> selectedMember() const;
    bool isMaster() const;
    void retranslate();

    std::unique_ptr<Ui::MyMasterAccountPanel> m_ui;
    AppContext *m_context;
    std::optional<HuaweiAccountDetail> m_detail;
    // Enterprise Center of the account shown, once its conditions are read (R-MST-2).
    bool m_enterpriseCenter = false;
    QString m_conditionsOf;
};

} // namespace oc::gui
