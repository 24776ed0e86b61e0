#pragma once

// The Billing Center's wizards (flows.md; seeds 000 and 001):
// W-SET — change a workspace's settlement to the Huawei Cloud account (R-SET-1..4);
// W-SVC — recharge with stored-value cards bought on KooGallery (R-SVC-1..4).

#include "Wizard.h"
#include "WizardPage.h"
#include "WizardState.h"
#include "contract/BackendTypes.h"

#include <QTimer>

#include <memory>

namespace Ui {
class SettlementMethodPage;
class SettlementAccountPage;
class SettlementConfirmPage;
class RechargeTypePage;
class RechargeOrderPage;
class RechargeResultPage;
} // namespace Ui

class QButtonGroup;
class QTableWidget;

namespace oc::gui {

// ---- W-SET ---------------------------------------------------------------------------------

class SettlementState : public WizardState
{
    Q_OBJECT
public:
    static constexpr auto WorkspaceId = "workspaceId";
    static constexpr auto Method = "method";
    static constexpr auto AccountId = "accountId";
    static constexpr auto InstanceId = "instanceId";

    explicit SettlementState(QObject *parent = nullptr);
    SettlementChangeRequest request() const;
    bool toHuawei() const;

    // The workspace as listed (name, current settlement), loaded by the first page.
    QVariantMap workspace;
    std::optional<Workspace> changed;
};

class SettlementMethodPage : public WizardPage
{
    Q_OBJECT
public:
    SettlementMethodPage(AppContext *context, SettlementState *state, QWidget *parent = nullptr);
    ~SettlementMethodPage() override;

protected:
    void initializePage() override;
    bool isPageComplete() const override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    void reload();
    void showWorkspace();

    std::unique_ptr<Ui::SettlementMethodPage> m_ui;
    SettlementState *m_set;
    QButtonGroup *m_methods;
};

class SettlementAccountPage : public WizardPage
{
    Q_OBJECT
public:
    SettlementAccountPage(AppContext *context, SettlementState *state, QWidget *parent = nullptr);
    ~SettlementAccountPage() override;

protected:
    bool isPageComplete() const override;
    QList<Error> localErrors() const override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    void checkLive();

    std::unique_ptr<Ui::SettlementAccountPage> m_ui;
    SettlementState *m_set;
    QTimer m_checkTimer;
};

// The confirmation (commit) and, after it, the result.
class SettlementConfirmPage : public WizardPage
{
    Q_OBJECT
public:
    SettlementConfirmPage(AppContext *context, SettlementState *state, bool result,
                          QWidget *parent = nullptr);
    ~SettlementConfirmPage() override;

protected:
    void initializePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::SettlementConfirmPage> m_ui;
    SettlementState *m_set;
    bool m_result;
};

class SettlementWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Method,
        Account,
        Confirm,
        Result
    };
    static constexpr auto Name = "settlement";

    SettlementWizard(AppContext *context, const QString &workspaceId, QWidget *parent = nullptr);
    SettlementState *settlement() const { return m_set; }
    QString title() const override;
    int nextId() const override;

private:
    SettlementState *m_set;
};

// ---- W-SVC ---------------------------------------------------------------------------------

class RechargeState : public WizardState
{
    Q_OBJECT
public:
    static constexpr auto FeeCenterAccountId = "feeCenterAccountId";
    static constexpr auto HuaweiAccountId = "huaweiAccountId";
    static constexpr auto OrderId = "orderId";

    explicit RechargeState(QObject *parent = nullptr);
    RechargeRequest request() const;

    QString feeCenterUsername;
    QList<StoredValueCard> cards;
};

class RechargeTypePage : public WizardPage
{
    Q_OBJECT
public:
    RechargeTypePage(AppContext *context, RechargeState *state, QWidget *parent = nullptr);
    ~RechargeTypePage() override;

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    void reload();

    std::unique_ptr<Ui::RechargeTypePage> m_ui;
    RechargeState *m_recharge;
};

class RechargeOrderPage : public WizardPage
{
    Q_OBJECT
public:
    RechargeOrderPage(AppContext *context, RechargeState *state, QWidget *parent = nullptr);
    ~RechargeOrderPage() override;

protected:
    bool isPageComplete() const override;
    QList<Error> localErrors() const override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::RechargeOrderPage> m_ui;
    RechargeState *m_recharge;
};

class RechargeResultPage : public WizardPage
{
    Q_OBJECT
public:
    RechargeResultPage(AppContext *context, RechargeState *state, QWidget *parent = nullptr);
    ~RechargeResultPage() override;

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::RechargeResultPage> m_ui;
    RechargeState *m_recharge;
    QTableWidget *m_cards;
};

class RechargeWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Type,
        Order,
        Result
    };
    static constexpr auto Name = "recharge";

    RechargeWizard(AppContext *context, qint64 feeCenterAccountId, QWidget *parent = nullptr);
    RechargeState *recharge() const { return m_recharge; }
    QString title() const override;

private:
    RechargeState *m_recharge;
};

} // namespace oc::gui
