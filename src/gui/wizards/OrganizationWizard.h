#pragma once

// W-ORG — Bind the organization (Joint Operations; flows.md, seeds 002 step two, 004
// step 2, 001): new enterprise setup, setup progress (R-ORG-3), members, app binding
// (R-BND-1..3), app authorization (R-BND-4), done with the logins.

#include "Wizard.h"
#include "WizardPage.h"
#include "WizardState.h"
#include "contract/BackendTypes.h"

#include <QTimer>

#include <memory>

namespace Ui {
class OrgSetupPage;
class OrgProgressPage;
class OrgMembersPage;
class OrgBindingPage;
class OrgAuthorizationPage;
class OrgDonePage;
} // namespace Ui

class QButtonGroup;
class QProgressBar;
class QTableWidget;

namespace oc::gui {

class MemberChecklist;
class RecordPicker;

class OrganizationState : public WizardState
{
    Q_OBJECT
public:
    static constexpr auto OwnerAccountId = "ownerAccountId";
    static constexpr auto Mode = "mode"; // "new" | "existing"
    static constexpr auto ExistingOrganizationId = "organizationId";
    static constexpr auto EnterpriseName = "enterpriseName";
    static constexpr auto Abbreviation = "abbreviation";
    static constexpr auto Terms = "terms";
    // Learned on the way:
    static constexpr auto CreatedOrganizationId = "createdOrganizationId";
    static constexpr auto BindingId = "bindingId";

    explicit OrganizationState(QObject *parent = nullptr);

    // The organization the wizard works on (created or chosen); empty before page 1.
    QString organizationId() const;
    bool isNew() const { return text(QString::fromLatin1(Mode)) != u"existing"; }
    QList<Error> setupErrors() const;

    // The latest detail of the organization (refreshed by the pages).
    std::optional<OrganizationDetail> detail;
    std::optional<AuthorizationResult> result;
};

class OrgSetupPage : public WizardPage
{
    Q_OBJECT
public:
    OrgSetupPage(AppContext *context, OrganizationState *state, QWidget *parent = nullptr);
    ~OrgSetupPage() override;
    RecordPicker *ownerPicker() const { return m_owner; }

protected:
    void initializePage() override;
    bool isPageComplete() const override;
    QList<Error> localErrors() const override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    void loadExisting();
    void updateMode();
    void checkAbbreviationLive();

    std::unique_ptr<Ui::OrgSetupPage> m_ui;
    OrganizationState *m_org;
    RecordPicker *m_owner;
    QButtonGroup *m_mode;
    QTimer m_abbreviationTimer;
};

class OrgProgressPage : public WizardPage
{
    Q_OBJECT
public:
    OrgProgressPage(AppContext *context, OrganizationState *state, QWidget *parent = nullptr);
    ~OrgProgressPage() override;

protected:
    void initializePage() override;
    void cleanupPage() override;
    bool isPageComplete() const override;
    void retranslatePage() override;

private:
    void reload();
    void updateProgress();

    std::unique_ptr<Ui::OrgProgressPage> m_ui;
    OrganizationState *m_org;
    QProgressBar *m_progress;
    QTimer m_tick;
    bool m_reloading = false;
};

class OrgMembersPage : public WizardPage
{
    Q_OBJECT
public:
    OrgMembersPage(AppContext *context, OrganizationState *state, QWidget *parent = nullptr);
    ~OrgMembersPage() override;
    QTableWidget *table() const { return m_table; }

protected:
    void initializePage() override;
    bool isPageComplete() const override;
    void retranslatePage() override;

private:
    void reload();
    void show(const OrganizationDetail &detail);
    void addMember();
    void editMember();
    void removeMember();
    void remove(qint64 memberId);

    std::unique_ptr<Ui::OrgMembersPage> m_ui;
    OrganizationState *m_org;
    QTableWidget *m_table;
};

class OrgBindingPage : public WizardPage
{
    Q_OBJECT
public:
    OrgBindingPage(AppContext *context, OrganizationState *state, QWidget *parent = nullptr);
    ~OrgBindingPage() override;
    QTableWidget *table() const { return m_table; }

protected:
    void initializePage() override;
    bool isPageComplete() const override;
    void retranslatePage() override;

private:
    void reload();
    void bindSelected();
    void bind(const QString &orderId);

    std::unique_ptr<Ui::OrgBindingPage> m_ui;
    OrganizationState *m_org;
    QTableWidget *m_table;
    QList<BindableOrder> m_orders;
};

class OrgAuthorizationPage : public WizardPage
{
    Q_OBJECT
public:
    OrgAuthorizationPage(AppContext *context, OrganizationState *state, QWidget *parent = nullptr);
    ~OrgAuthorizationPage() override;
    MemberChecklist *checklist() const { return m_members; }

protected:
    void initializePage() override;
    bool isPageComplete() const override;
    QList<Error> localErrors() const override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    void reload();

    std::unique_ptr<Ui::OrgAuthorizationPage> m_ui;
    OrganizationState *m_org;
    MemberChecklist *m_members;
};

class OrgDonePage : public WizardPage
{
    Q_OBJECT
public:
    OrgDonePage(AppContext *context, OrganizationState *state, QWidget *parent = nullptr);
    ~OrgDonePage() override;

signals:
    void openOutboxRequested();

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::OrgDonePage> m_ui;
    OrganizationState *m_org;
    QTableWidget *m_logins;
};

class OrganizationWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Setup,
        Progress,
        Members,
        Binding,
        Authorization,
        Done
    };
    static constexpr auto Name = "organization";

    OrganizationWizard(AppContext *context, const QString &ownerAccountId,
                       QWidget *parent = nullptr);

    OrganizationState *organizationState() const { return m_org; }
    QString title() const override;
    int nextId() const override;

signals:
    void openOutboxRequested();

private:
    OrganizationState *m_org;
};

} // namespace oc::gui
