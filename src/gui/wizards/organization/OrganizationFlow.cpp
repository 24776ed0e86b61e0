#include "OrganizationFlow.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "core/Validators.h"
#include "gui/wizards/PendingStatus.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

OrganizationFlow::OrganizationFlow(Backend *backend, const QString &ownerAccountId, QObject *parent)
    : WizardState(parent)
    , m_backend(backend)
{
    setDefault(ModeKey, u"new"_s);
    setDefault(TermsKey, false);
    if (!ownerAccountId.isEmpty())
        setDefault(OwnerAccountIdKey, ownerAccountId);
    connect(this, &WizardState::valueChanged, this, [this](const QString &changed) {
        if (changed == OwnerAccountIdKey)
            emit ownerAccountIdChanged();
        else if (changed == ModeKey)
            emit modeChanged();
    });
    if (backend)
        connect(backend, &Backend::changed, this, [this](const QStringList &views) {
            if (views.contains(view::Organizations))
                emit organizationsChangedElsewhere();
            if (views.contains(view::Instances) || views.contains(view::Bindings))
                emit ordersChangedElsewhere();
        });
}

void OrganizationFlow::setNew(bool creatingNew)
{
    set(ModeKey, creatingNew ? u"new"_s : u"existing"_s);
}

void OrganizationFlow::setMembersToAuthorize(const QList<qint64> &memberIds)
{
    if (memberIds == m_membersToAuthorize)
        return;
    m_membersToAuthorize = memberIds;
    clearError(MembersKey);
    emit membersToAuthorizeChanged();
}

QString OrganizationFlow::organizationId() const
{
    return isNew() ? entry(CreatedOrganizationIdKey) : existingOrganizationId();
}

bool OrganizationFlow::isOrganizationReady() const
{
    return m_detail && m_detail->organization.status == OrganizationStatus::Ready;
}

int OrganizationFlow::setupPercent(const QDateTime &now) const
{
    if (!m_detail)
        return 0;
    if (isOrganizationReady())
        return 100;
    const Organization &o = m_detail->organization;
    const qint64 total = qMax<qint64>(1, o.createdAt.msecsTo(o.readyAt));
    return int(qBound(qint64(0), o.createdAt.msecsTo(now) * 100 / total, qint64(99)));
}

qint64 OrganizationFlow::setupSecondsLeft(const QDateTime &now) const
{
    if (!m_detail || isOrganizationReady())
        return 0;
    return qMax<qint64>(0, now.secsTo(m_detail->organization.readyAt));
}

OrganizationFlow::OrderBinding OrganizationFlow::bindingOf(const BindableOrder &order) const
{
    if (order.boundOrganizationId.isEmpty())
        return OrderBinding::NotBound;
    return order.boundOrganizationId == organizationId() ? OrderBinding::BoundHere
                                                         : OrderBinding::BoundElsewhere;
}

int OrganizationFlow::suggestedOrder() const
{
    for (int row = 0; row < m_orders.size(); ++row)
        if (m_orders.at(row).boundOrganizationId.isEmpty() &&
            m_orders.at(row).instance.status == InstanceStatus::Active)
            return row;
    return -1;
}

QString OrganizationFlow::departmentName(qint64 departmentId) const
{
    if (!m_detail)
        return {};
    for (const Department &d : m_detail->departments)
        if (d.departmentId == departmentId)
            return d.name;
    return m_detail->departments.isEmpty() ? QString() : m_detail->departments.first().name;
}

QList<Error> OrganizationFlow::messages(int page) const
{
    QList<Error> errors;
    const auto required = [&errors](QLatin1StringView field) {
        errors << makeError(QString::fromLatin1(SystemError::Required), field, u"required"_s);
    };
    switch (page) {
    case SetupPage:
        if (ownerAccountId().isEmpty())
            required(OwnerAccountIdKey);
        if (!isNew()) {
            if (existingOrganizationId().isEmpty())
                required(ExistingOrganizationIdKey);
            break;
        }
        if (isCreated())
            break; // R-ORG-1/2: name and abbreviation are fixed once created
        if (auto name = validate::enterpriseName(enterpriseName()); !name.ok())
            errors << name.error();
        if (auto abbreviation = validate::abbreviation(this->abbreviation()); !abbreviation.ok())
            errors << abbreviation.error();
        break;
    case AuthorizationPage:
        if (m_membersToAuthorize.isEmpty())
            errors << makeError(u"R-BND-4"_s, MembersKey, u"noMembers"_s);
        if (!termsAccepted())
            errors << makeError(u"R-BND-4"_s, TermsKey, u"terms"_s);
        break;
    default:
        break;
    }
    return errors;
}

bool OrganizationFlow::isReady(int page) const
{
    switch (page) {
    case SetupPage:
        if (ownerAccountId().isEmpty())
            return false;
        if (!isNew())
            return !existingOrganizationId().isEmpty();
        return isCreated() ||
               (!enterpriseName().trimmed().isEmpty() && !abbreviation().trimmed().isEmpty());
    case ProgressPage:
        return isOrganizationReady();
    case MembersPage:
        return m_detail && !m_detail->members.isEmpty();
    case BindingPage:
        return bindingId() > 0;
    case AuthorizationPage:
        return !m_membersToAuthorize.isEmpty() && termsAccepted();
    default:
        return true;
    }
}

OrganizationFlow::Page OrganizationFlow::nextPage(Page page) const
{
    switch (page) {
    case SetupPage:
        // An organization the owner already has is set up: no progress to wait for.
        return isNew() ? ProgressPage : MembersPage;
    case ProgressPage:
        return MembersPage;
    case MembersPage:
        return BindingPage;
    case BindingPage:
        return AuthorizationPage;
    case AuthorizationPage:
        return DonePage;
    default:
        return NoPage;
    }
}

QFuture<Status> OrganizationFlow::loadExistingOrganizations()
{
    const PendingStatus pending;
    const QString owner = ownerAccountId();
    if (owner.isEmpty()) {
        pending.finish(okStatus());
        return pending.future();
    }
    ListQuery query;
    query.view = view::Organizations;
    query.filters.insert(column::OwnerAccountId, owner);
    query.limit = 200;
    onFinished(m_backend->list(query), this, [this, pending, owner](const Result<ListPage> &page) {
        if (owner != ownerAccountId()) // chosen again meanwhile: that answer counts
            return pending.finish(okStatus());
        if (!page.ok())
            return pending.finish(page.error());
        m_existing.clear();
        const int id = page->columnIndex(column::OrganizationId);
        const int name = page->columnIndex(column::EnterpriseName);
        const int abbreviation = page->columnIndex(column::Abbreviation);
        for (const QVariantList &row : page->rows)
            m_existing.append(
                {row.value(id).toString(),
                 u"%1 (%2)"_s.arg(row.value(name).toString(), row.value(abbreviation).toString())});
        const bool known = std::any_of(m_existing.begin(), m_existing.end(), [this](const auto &o) {
            return o.first == existingOrganizationId();
        });
        if (!known)
            setDefault(ExistingOrganizationIdKey,
                       m_existing.isEmpty() ? QString() : m_existing.first().first);
        if (m_existing.isEmpty() && !isNew())
            setNew(true);
        pending.finish(okStatus());
        emit existingOrganizationsLoaded();
    });
    return pending.future();
}

QFuture<Status> OrganizationFlow::checkAbbreviation()
{
    const PendingStatus pending;
    const QString asked = abbreviation();
    if (const auto valid = validate::abbreviation(asked); !valid.ok()) {
        pending.finish(valid.error()); // the message on Next says it; nothing to ask
        return pending.future();
    }
    onFinished(m_backend->checkAbbreviation(asked), this,
               [this, pending, asked](const Status &status) {
                   if (asked != abbreviation()) // typed on meanwhile: a later check answers
                       return pending.finish(makeError(QString::fromLatin1(SystemError::Cancelled),
                                                       {}, u"superseded"_s));
                   pending.finish(status.ok() ? status : land(status.error()));
               });
    return pending.future();
}

QFuture<Status> OrganizationFlow::createOrganization()
{
    const PendingStatus pending;
    if (!isNew() || isCreated()) {
        pending.finish(okStatus()); // nothing to create
        return pending.future();
    }
    OrganizationRequest request;
    request.ownerAccountId = ownerAccountId();
    request.enterpriseName = enterpriseName();
    request.abbreviation = abbreviation().trimmed();
    onFinished(m_backend->createOrganization(request), this,
               [this, pending](const Result<Organization> &created) {
                   if (!created.ok())
                       return pending.finish(land(created.error()));
                   setDefault(CreatedOrganizationIdKey, created->organizationId);
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> OrganizationFlow::loadDetail()
{
    const PendingStatus pending;
    onFinished(m_backend->organization(organizationId()), this,
               [this, pending](const Result<OrganizationDetail> &detail) {
                   if (!detail.ok())
                       return pending.finish(detail.error());
                   m_detail = *detail;
                   // The binding of this organization, once there is one.
                   if (!detail->bindings.isEmpty() && bindingId() <= 0)
                       setDefault(BindingIdKey, detail->bindings.last().bindingId);
                   pending.finish(okStatus());
                   emit detailChanged();
               });
    return pending.future();
}

QFuture<Status> OrganizationFlow::loadOrders()
{
    const PendingStatus pending;
    onFinished(m_backend->bindableOrders(ownerAccountId()), this,
               [this, pending](const Result<QList<BindableOrder>> &orders) {
                   if (!orders.ok())
                       return pending.finish(orders.error());
                   m_orders = *orders;
                   onFinished(loadDetail(), this, [this, pending](const Status &status) {
                       pending.finish(status);
                       emit ordersLoaded();
                   });
               });
    return pending.future();
}

QFuture<Status> OrganizationFlow::bindOrder(const QString &orderId)
{
    const PendingStatus pending;
    if (orderId.isEmpty()) {
        pending.finish(
            makeError(QString::fromLatin1(SystemError::Required), u"order"_s, u"required"_s));
        return pending.future();
    }
    onFinished(m_backend->bindOrder(orderId, organizationId()), this,
               [this, pending](const Result<AppBinding> &binding) {
                   if (!binding.ok())
                       return pending.finish(land(binding.error()));
                   setDefault(BindingIdKey, binding->bindingId);
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> OrganizationFlow::loadOwnerPrefill()
{
    const PendingStatus pending;
    onFinished(m_backend->ownerPrefill(organizationId()), this,
               [this, pending](const Result<OwnerPrefill> &prefill) {
                   m_prefill = prefill.ok() ? std::optional<OwnerPrefill>(*prefill) : std::nullopt;
                   pending.finish(prefill.ok() ? okStatus() : Status(prefill.error()));
               });
    return pending.future();
}

QFuture<Status> OrganizationFlow::removeMember(qint64 memberId)
{
    const PendingStatus pending;
    onFinished(m_backend->removeMember(memberId), this,
               [pending](const Status &status) { pending.finish(status); });
    return pending.future();
}

QFuture<Status> OrganizationFlow::authorize()
{
    const PendingStatus pending;
    AuthorizationRequest request;
    request.bindingId = bindingId();
    request.memberIds = m_membersToAuthorize;
    request.termsAccepted = termsAccepted();
    onFinished(m_backend->authorizeMembers(request), this,
               [this, pending](const Result<AuthorizationResult> &result) {
                   if (!result.ok())
                       return pending.finish(land(result.error()));
                   m_result = *result;
                   pending.finish(okStatus());
               });
    return pending.future();
}

void OrganizationFlow::advanceClock(ClockStep step)
{
    m_backend->advanceClock(step);
}

} // namespace oc::gui
