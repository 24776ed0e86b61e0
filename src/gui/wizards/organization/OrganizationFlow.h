#pragma once

// W-ORG's flow (flows.md; seeds 002 step two, 004 step 2, 001): new enterprise setup or an
// existing organization of the owner, the setup progress (R-ORG-3), members (R-ORG-5), app
// binding (R-BND-1..3) and app authorization (R-BND-4). Typed properties over the wizard's
// state, the branching, the per-page messages and the backend actions, without any widget.

#include "contract/BackendTypes.h"
#include "gui/wizards/WizardState.h"

#include <QFuture>

namespace oc {
class Backend;
}

namespace oc::gui {

class OrganizationFlow : public WizardState
{
    Q_OBJECT
    Q_PROPERTY(QString ownerAccountId READ ownerAccountId WRITE setOwnerAccountId NOTIFY
                   ownerAccountIdChanged)
    Q_PROPERTY(bool creatingNew READ isNew WRITE setNew NOTIFY modeChanged)
    Q_PROPERTY(QString enterpriseName READ enterpriseName WRITE setEnterpriseName)
    Q_PROPERTY(QString abbreviation READ abbreviation WRITE setAbbreviation)
    Q_PROPERTY(bool termsAccepted READ termsAccepted WRITE setTermsAccepted)

public:
    enum Page
    {
        SetupPage,
        ProgressPage,
        MembersPage,
        BindingPage,
        AuthorizationPage,
        DonePage,
        NoPage = -1
    };
    Q_ENUM(Page)

    // How an order of the owner stands towards this organization (W-ORG page 4).
    enum class OrderBinding
    {
        NotBound,
        BoundHere,
        BoundElsewhere
    };

    static constexpr QLatin1StringView OwnerAccountIdKey{"ownerAccountId"};
    static constexpr QLatin1StringView ModeKey{"mode"}; // "new" | "existing"
    static constexpr QLatin1StringView ExistingOrganizationIdKey{"organizationId"};
    static constexpr QLatin1StringView EnterpriseNameKey{"enterpriseName"};
    static constexpr QLatin1StringView AbbreviationKey{"abbreviation"};
    static constexpr QLatin1StringView TermsKey{"terms"};
    static constexpr QLatin1StringView MembersKey{"members"}; // the field of R-BND-4's "noMembers"
    // Learned on the way (kept in a draft: a resumed wizard goes on with them):
    static constexpr QLatin1StringView CreatedOrganizationIdKey{"createdOrganizationId"};
    static constexpr QLatin1StringView BindingIdKey{"bindingId"};

    OrganizationFlow(Backend *backend, const QString &ownerAccountId, QObject *parent = nullptr);

    QString ownerAccountId() const { return entry(OwnerAccountIdKey); }
    void setOwnerAccountId(const QString &accountId) { set(OwnerAccountIdKey, accountId); }
    // A new organization (the default), or one the owner already has.
    bool isNew() const { return entry(ModeKey) != u"existing"; }
    void setNew(bool creatingNew);
    QString existingOrganizationId() const { return entry(ExistingOrganizationIdKey); }
    void setExistingOrganizationId(const QString &id) { set(ExistingOrganizationIdKey, id); }
    QString enterpriseName() const { return entry(EnterpriseNameKey); }
    void setEnterpriseName(const QString &name) { set(EnterpriseNameKey, name); }
    QString abbreviation() const { return entry(AbbreviationKey); }
    void setAbbreviation(const QString &abbreviation) { set(AbbreviationKey, abbreviation); }
    bool termsAccepted() const { return flag(TermsKey); }
    void setTermsAccepted(bool accepted) { set(TermsKey, accepted); }
    // R-BND-4: the members checked on the authorization page and not authorized before.
    QList<qint64> membersToAuthorize() const { return m_membersToAuthorize; }
    void setMembersToAuthorize(const QList<qint64> &memberIds);

    // The organization the wizard works on (created or chosen); empty before page 1.
    QString organizationId() const;
    // Created by this wizard: R-ORG-1/2, its name and abbreviation are fixed from now on.
    bool isCreated() const { return !entry(CreatedOrganizationIdKey).isEmpty(); }
    qint64 bindingId() const { return value(BindingIdKey).toLongLong(); }

    // What the backend said (never part of a draft: a resumed wizard loads them again).
    // The owner's organizations, as (id, "name (abbreviation)").
    const QList<std::pair<QString, QString>> &existingOrganizations() const { return m_existing; }
    const std::optional<OrganizationDetail> &detail() const { return m_detail; }
    const QList<BindableOrder> &orders() const { return m_orders; }
    const std::optional<OwnerPrefill> &ownerPrefill() const { return m_prefill; }
    const std::optional<AuthorizationResult> &result() const { return m_result; }

    // R-ORG-3: the setup's progress at `now`, 0-100 (100 once ready), and the seconds left.
    int setupPercent(const QDateTime &now) const;
    qint64 setupSecondsLeft(const QDateTime &now) const;
    bool isOrganizationReady() const;
    OrderBinding bindingOf(const BindableOrder &order) const;
    // The order to offer for binding: the first unbound one with an active instance, or -1.
    int suggestedOrder() const;
    // A member's department by name (the root when the member has none).
    QString departmentName(qint64 departmentId) const;

    QList<Error> messages(int page) const override;
    bool isReady(int page) const override;
    Page nextPage(Page page) const;

    QFuture<Status> loadExistingOrganizations();
    // R-ORG-2, live: format and not used elsewhere. A refusal lands on the field.
    QFuture<Status> checkAbbreviation();
    // Creates the organization when it is new and not created yet (otherwise nothing to do).
    QFuture<Status> createOrganization();
    QFuture<Status> loadDetail();
    // The owner's orders and this organization's binding, once there is one.
    QFuture<Status> loadOrders();
    QFuture<Status> bindOrder(const QString &orderId);
    // R-ORG-5: the first member is prefilled from the owner; without it the form is empty.
    QFuture<Status> loadOwnerPrefill();
    QFuture<Status> removeMember(qint64 memberId);
    QFuture<Status> authorize();
    // The demo clock (the setup progress page offers it while the main window waits).
    void advanceClock(ClockStep step);

signals:
    void ownerAccountIdChanged();
    void modeChanged();
    void existingOrganizationsLoaded();
    void detailChanged();
    void ordersLoaded();
    void membersToAuthorizeChanged();
    // Another client (or this one elsewhere) changed organizations, orders or bindings.
    void organizationsChangedElsewhere();
    void ordersChangedElsewhere();

private:
    QString entry(QLatin1StringView key) const { return text(key); }
    void set(QLatin1StringView key, const QVariant &value) { setValue(key, value); }

    Backend *m_backend;
    QList<std::pair<QString, QString>> m_existing;
    std::optional<OrganizationDetail> m_detail;
    QList<BindableOrder> m_orders;
    std::optional<OwnerPrefill> m_prefill;
    std::optional<AuthorizationResult> m_result;
    QList<qint64> m_membersToAuthorize;
};

} // namespace oc::gui
