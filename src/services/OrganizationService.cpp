#include "OrganizationService.h"

#include "core/Rules.h"
#include "core/Validators.h"
#include "store/BindingRepository.h"
#include "store/HuaweiAccountRepository.h"
#include "store/InstanceRepository.h"
#include "store/MemberRepository.h"
#include "store/OrderRepository.h"
#include "store/OrganizationRepository.h"
#include "store/OutboxRepository.h"

#include <algorithm>

namespace oc {

namespace {

const auto OwnerField = QStringLiteral("ownerAccountId");
const auto OrganizationField = QStringLiteral("organizationId");
const auto MembersField = QStringLiteral("members");

Error refuse(const char *rule, const QString &field, const char *reason, QVariantMap args = {})
{
    return makeError(QString::fromLatin1(rule), field, QString::fromLatin1(reason),
                     std::move(args));
}

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

Error organizationNotFound()
{
    return refuse(SystemError::NotFound, OrganizationField, "organization");
}

Error abbreviationTaken()
{
    return refuse(rule::ORG_2, field(validate::Field::Abbreviation), "taken");
}

Error accountTaken()
{
    return refuse(rule::ORG_5, field(validate::Field::MemberAccount), "taken");
}

Error memberNotFound()
{
    return refuse(SystemError::NotFound, QStringLiteral("memberId"), "member");
}

Error departmentTaken()
{
    return refuse(SystemError::Duplicate, QStringLiteral("name"), "departmentTaken");
}

Error alreadyBound(const QString &abbreviation)
{
    return refuse(rule::BND_1, field(validate::Field::OrderId), "alreadyBound",
                  {{QStringLiteral("organization"), abbreviation}});
}

Error sameProduct()
{
    return refuse(rule::BND_2, OrganizationField, "sameProduct");
}

// Where a message to a Huawei account or a member goes: by SMS to its mobile number,
// by email without one (seed 001 "you will receive a short message").
struct Contact
{
    Channel channel = Channel::Email;
    QString destination;
};

Contact contactOf(const QString &mobile, const QString &email)
{
    if (!mobile.isEmpty())
        return {Channel::Sms, mobile};
    return {Channel::Email, email};
}

// Messages about a member (its credentials) carry this related id: R-BND-4 releases them,
// R-ORG-6 blanks the initial password in them, removing the member drops the held ones.
QString relatedIdOf(qint64 memberId)
{
    return QStringLiteral("member:%1").arg(memberId);
}

QString loginAddress()
{
    return QString::fromLatin1(Catalogue::UnifiedLoginAddress);
}

// Assigns a validator's value to `out`, or yields its error.
template<class R>
Problem take(R &&result, QString &out)
{
    if (!result.ok())
        return result.error();
    out = std::forward<R>(result).value();
    return std::nullopt;
}

// A member's fields that need no store, validated and normalised.
struct MemberFields
{
    QString account;
    QString displayName;
    QString mobile;
    QString email;
    QString password;
};

Problem validateDisplayName(const MemberInput &in, MemberFields &f)
{
    return take(validate::requiredText(in.displayName, field(validate::Field::DisplayName), 64),
                f.displayName);
}

// R-ACC-4, R-ACC-1: mobile and/or email; the credentials go to one of them (R-BND-4).
Problem validateContact(const MemberInput &in, MemberFields &f)
{
    if (auto p = take(validate::mobile(in.mobile, true), f.mobile))
        return p;
    if (!in.email.trimmed().isEmpty())
        if (auto p = take(validate::email(in.email), f.email))
            return p;
    if (f.mobile.isEmpty() && f.email.isEmpty())
        return refuse(SystemError::Required, field(validate::Field::Mobile), "mobileOrEmail");
    f.mobile = f.mobile.isNull() ? QStringLiteral("") : f.mobile;
    f.email = f.email.isNull() ? QStringLiteral("") : f.email;
    return std::nullopt;
}

// The department `departmentId` of the organization, 0 meaning its root (the department
// without a parent, named like the enterprise).
std::optional<Department> departmentOf(store::Database &db, const QString &organizationId,
                                       qint64 departmentId)
{
    for (const Department &d : store::OrganizationRepository(db).departments(organizationId))
        if (departmentId == 0 ? d.parentId == 0 : d.departmentId == departmentId)
            return d;
    return std::nullopt;
}

// R-ORG-3: members and bindings wait until the organization is set up.
Problem requireReady(const Organization &organization)
{
    if (organization.status != OrganizationStatus::Ready)
        return refuse(rule::ORG_3, OrganizationField, "notReady");
    return std::nullopt;
}

// R-ORG-5: the suggested account of the first member, from the owner's login id: every
// character outside letters, digits, '.', '_' and '-' becomes '-', at most 32 of them.
QString suggestedAccount(const QString &loginId)
{
    QString account;
    for (const QChar c : loginId) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                             (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
        account += allowed ? c : QLatin1Char('-');
    }
    return account.left(32);
}

} // namespace

// ---- organizations ------------------------------------------------------------------------

Status OrganizationService::checkAbbreviation(const QString &input)
{
    const auto abbreviation = validate::abbreviation(input);
    if (!abbreviation.ok())
        return abbreviation.error();
    return m_session.read<Done>([&]() -> Status {
        if (store::OrganizationRepository(m_session.db()).findByAbbreviation(*abbreviation))
            return abbreviationTaken();
        return Done{};
    });
}

Result<Organization> OrganizationService::createOrganization(const OrganizationRequest &request)
{
    const auto owner = validate::huaweiAccountId(request.ownerAccountId, OwnerField);
    if (!owner.ok())
        return owner.error();
    const auto enterpriseName = validate::enterpriseName(request.enterpriseName);
    if (!enterpriseName.ok())
        return enterpriseName.error();
    const auto abbreviation = validate::abbreviation(request.abbreviation);
    if (!abbreviation.ok())
        return abbreviation.error();

    // Refusals are journaled against the owner (its CTS traces).
    return m_session.mutate<Organization>(
        QStringLiteral("createOrganization"), QStringLiteral("organization"), *owner,
        [&]() -> Result<Organization> {
            auto &db = m_session.db();
            if (!store::HuaweiAccountRepository(db).exists(*owner))
                return refuse(SystemError::NotFound, OwnerField, "huaweiAccount");
            store::OrganizationRepository organizations(db);
            // R-ORG-2: unique across all organizations (the schema's UNIQUE too).
            if (organizations.findByAbbreviation(*abbreviation))
                return abbreviationTaken();

            const QDateTime now = m_session.now();
            Organization o;
            o.organizationId = m_session.ids().organizationId();
            o.ownerAccountId = *owner; // R-ORG-4: the creator is the administrator
            o.enterpriseName = *enterpriseName;
            o.abbreviation = *abbreviation;
            o.status = OrganizationStatus::Creating;
            o.createdAt = now;
            // R-ORG-3: set up in 1-3 minutes. Drawn from the session's source so that a
            // seeded (demo) backend stays deterministic.
            const quint32 span =
                Catalogue::OrganizationSetupMaxSeconds - Catalogue::OrganizationSetupMinSeconds + 1;
            o.readyAt = now.addSecs(Catalogue::OrganizationSetupMinSeconds +
                                    qint64(m_session.ids().random().uniform(span)));
            organizations.insert(o);
            // The root department is the organization itself (seed 001 "Department
            // Management"), named like the enterprise.
            organizations.insertDepartment(o.organizationId, 0, o.enterpriseName);

            m_session.journal(QStringLiteral("createOrganization"), QStringLiteral("organization"),
                              o.organizationId, QStringLiteral("success"), o.abbreviation);
            m_session.journal(QStringLiteral("createOrganization"), QStringLiteral("organization"),
                              *owner, QStringLiteral("success"),
                              o.organizationId + QLatin1Char(' ') + o.abbreviation);
            return o;
        });
}

void OrganizationService::settleReady(Session &session, const QString &organizationId)
{
    auto &db = session.db();
    const auto organization = store::OrganizationRepository(db).find(organizationId);
    if (!organization)
        return;
    const auto owner = store::HuaweiAccountRepository(db).find(organization->ownerAccountId);
    if (!owner)
        return;
    const Contact to = contactOf(owner->serviceMobile, owner->email);
    session.send(to.channel, to.destination, QStringLiteral("organizationReady"),
                 {{QStringLiteral("enterpriseName"), organization->enterpriseName},
                  {QStringLiteral("abbreviation"), organization->abbreviation}});
}

Result<OrganizationDetail> OrganizationService::organization(const QString &organizationId)
{
    return m_session.read<OrganizationDetail>([&]() -> Result<OrganizationDetail> {
        auto &db = m_session.db();
        store::OrganizationRepository organizations(db);
        const auto organization = organizations.find(organizationId);
        if (!organization)
            return organizationNotFound();
        OrganizationDetail detail;
        detail.organization = *organization;
        detail.departments = organizations.departments(organizationId);
        std::stable_sort(detail.departments.begin(), detail.departments.end(),
                         [](const Department &a, const Department &b) {
                             const bool aRoot = a.parentId == 0;
                             const bool bRoot = b.parentId == 0;
                             if (aRoot != bRoot)
                                 return aRoot;
                             return a.departmentId < b.departmentId;
                         });
        detail.members = store::MemberRepository(db).listByOrganization(organizationId);
        store::BindingRepository bindings(db);
        detail.bindings = bindings.listByOrganization(organizationId);
        for (const AppBinding &binding : std::as_const(detail.bindings))
            detail.authorizedMembers.insert(binding.bindingId,
                                            bindings.authorizedMembers(binding.bindingId));
        return detail;
    });
}

Result<Department> OrganizationService::addDepartment(const QString &organizationId,
                                                      qint64 parentId, const QString &nameInput)
{
    const auto name = validate::requiredText(nameInput, QStringLiteral("name"), 32);
    if (!name.ok())
        return name.error();
    return m_session.mutate<Department>(
        QStringLiteral("addDepartment"), QStringLiteral("organization"), organizationId,
        [&]() -> Result<Department> {
            auto &db = m_session.db();
            store::OrganizationRepository organizations(db);
            if (!organizations.find(organizationId))
                return organizationNotFound();
            const auto parent = departmentOf(db, organizationId, parentId);
            if (!parent)
                return refuse(SystemError::NotFound, QStringLiteral("parentId"), "department");
            for (const Department &d : organizations.departments(organizationId))
                if (d.parentId == parent->departmentId && d.name == *name)
                    return departmentTaken();
            Department department;
            department.organizationId = organizationId;
            department.parentId = parent->departmentId;
            department.name = *name;
            department.departmentId =
                organizations.insertDepartment(organizationId, parent->departmentId, *name);
            m_session.journal(QStringLiteral("addDepartment"), QStringLiteral("organization"),
                              organizationId, QStringLiteral("success"), *name);
            return department;
        });
}

Result<OwnerPrefill> OrganizationService::ownerPrefill(const QString &organizationId)
{
    return m_session.read<OwnerPrefill>([&]() -> Result<OwnerPrefill> {
        auto &db = m_session.db();
        const auto organization = store::OrganizationRepository(db).find(organizationId);
        if (!organization)
            return organizationNotFound();
        const auto owner = store::HuaweiAccountRepository(db).find(organization->ownerAccountId);
        if (!owner)
            return refuse(SystemError::NotFound, OwnerField, "huaweiAccount");
        // Seed 002: "Huawei Cloud will auto-fill account details (real-name info, phone
        // number or email, Huawei Cloud account name)". Cut to what saveMember accepts.
        OwnerPrefill prefill;
        prefill.displayName = owner->displayName().left(64);
        prefill.account = suggestedAccount(owner->loginId);
        prefill.mobile = owner->serviceMobile;
        prefill.email = owner->email;
        return prefill;
    });
}

// ---- members ----------------------------------------------------------------------------

// The journal's target for a member: its login name (as for every member operation), or
// its id when it does not exist.
QString OrganizationService::memberTarget(qint64 memberId)
{
    QString target = relatedIdOf(memberId);
    m_session.read<Done>([&]() -> Status {
        auto &db = m_session.db();
        if (const auto member = store::MemberRepository(db).find(memberId))
            if (const auto org = store::OrganizationRepository(db).find(member->organizationId))
                target = memberLoginName(member->account, org->abbreviation);
        return Done{};
    });
    return target;
}

Result<Member> OrganizationService::saveMember(const MemberInput &input)
{
    MemberFields f;
    if (input.memberId != 0) {
        // Editing: the account stays (R-ORG-5), the password is the member's own business
        // (R-ORG-6), only the name, department and contact change.
        if (auto p = validateDisplayName(input, f))
            return *p;
        if (auto p = validateContact(input, f))
            return *p;
        return m_session.mutate<Member>(
            QStringLiteral("updateMember"), QStringLiteral("member"), memberTarget(input.memberId),
            [&]() -> Result<Member> {
                auto &db = m_session.db();
                auto member = store::MemberRepository(db).find(input.memberId);
                if (!member || member->organizationId != input.organizationId)
                    return memberNotFound();
                const QString account = input.account.trimmed();
                if (!account.isEmpty() && account != member->account)
                    return refuse(rule::ORG_5, field(validate::Field::MemberAccount), "immutable");
                const auto organization =
                    store::OrganizationRepository(db).find(member->organizationId);
                if (!organization)
                    return organizationNotFound();
                const auto department =
                    departmentOf(db, member->organizationId, input.departmentId);
                if (!department)
                    return refuse(SystemError::NotFound, QStringLiteral("departmentId"),
                                  "department");
                const Contact before = contactOf(member->mobile, member->email);
                member->displayName = f.displayName;
                member->departmentId = department->departmentId;
                member->mobile = f.mobile;
                member->email = f.email;
                store::MemberRepository(db).update(*member);
                // A credentials message still held goes where the member can now be reached.
                const Contact after = contactOf(member->mobile, member->email);
                if (after.channel != before.channel || after.destination != before.destination)
                    store::OutboxRepository(db).redirectHeld(relatedIdOf(member->memberId),
                                                             after.channel, after.destination);
                m_session.journal(QStringLiteral("updateMember"), QStringLiteral("member"),
                                  memberLoginName(member->account, organization->abbreviation),
                                  QStringLiteral("success"), member->displayName);
                return *member;
            });
    }

    // Adding.
    if (auto p = validateDisplayName(input, f))
        return *p;
    if (auto p = take(validate::memberAccount(input.account), f.account))
        return *p;
    if (auto p = validateContact(input, f))
        return *p;
    // R-ACC-2 (Guance rule): the account and password also open the Billing Center
    // (seed 002 "will be used for logging into the Guance fee center").
    if (auto p = take(validate::guancePassword(input.password), f.password))
        return *p;
    // Argon2id is slow on purpose: hashed before the transaction takes the write lock.
    const QString passwordHash = m_session.hasher().hash(f.password);
    if (passwordHash.isEmpty())
        return refuse(SystemError::Store, {}, "hashFailed");

    return m_session.mutate<Member>(
        QStringLiteral("addMember"), QStringLiteral("member"), input.organizationId,
        [&]() -> Result<Member> {
            auto &db = m_session.db();
            const auto organization = store::OrganizationRepository(db).find(input.organizationId);
            if (!organization)
                return organizationNotFound();
            if (auto p = requireReady(*organization))
                return *p;
            store::MemberRepository members(db);
            // R-ORG-5: unique inside the organization (the schema's UNIQUE too); the same
            // account in another organization is another login name.
            if (members.findByAccount(organization->organizationId, f.account))
                return accountTaken();
            const auto department =
                departmentOf(db, organization->organizationId, input.departmentId);
            if (!department)
                return refuse(SystemError::NotFound, QStringLiteral("departmentId"), "department");

            Member m;
            m.organizationId = organization->organizationId;
            m.account = f.account;
            m.displayName = f.displayName;
            m.departmentId = department->departmentId;
            m.mobile = f.mobile;
            m.email = f.email;
            m.mustChangePassword = true; // R-ORG-6: changed at the first login
            m.enabled = true;
            m.createdAt = m_session.now();
            m.memberId = members.insert(m, passwordHash);
            const QString loginName = memberLoginName(m.account, organization->abbreviation);
            // R-BND-4: the credentials wait in the Outbox until the member is authorized;
            // the initial password is nowhere else in plain text.
            const Contact to = contactOf(m.mobile, m.email);
            m_session.send(to.channel, to.destination, QStringLiteral("memberCredentials"),
                           {{QStringLiteral("loginAddress"), loginAddress()},
                            {QStringLiteral("loginName"), loginName},
                            {QStringLiteral("initialPassword"), f.password},
                            {QStringLiteral("organization"), organization->abbreviation}},
                           true, relatedIdOf(m.memberId));
            m_session.journal(QStringLiteral("addMember"), QStringLiteral("member"), loginName,
                              QStringLiteral("success"), m.displayName);
            return m;
        });
}

Status OrganizationService::removeMember(qint64 memberId)
{
    return m_session.mutate<Done>(
        QStringLiteral("removeMember"), QStringLiteral("member"), memberTarget(memberId),
        [&]() -> Status {
            auto &db = m_session.db();
            const auto member = store::MemberRepository(db).find(memberId);
            if (!member)
                return memberNotFound();
            const auto organization =
                store::OrganizationRepository(db).find(member->organizationId);
            const QString loginName = memberLoginName(
                member->account, organization ? organization->abbreviation : QString());
            const store::RemovedMember removed =
                store::MemberRepository(db).remove(memberId, relatedIdOf(memberId));
            m_session.journal(QStringLiteral("removeMember"), QStringLiteral("member"), loginName,
                              QStringLiteral("success"),
                              QStringLiteral("%1; %2 authorizations, %3 held messages removed")
                                  .arg(member->displayName)
                                  .arg(removed.authorizations)
                                  .arg(removed.heldMessages));
            return Done{};
        });
}

// ---- app binding and authorization --------------------------------------------------------

Result<QList<BindableOrder>> OrganizationService::bindableOrders(const QString &ownerAccountId)
{
    const auto owner = validate::huaweiAccountId(ownerAccountId, OwnerField);
    if (!owner.ok())
        return owner.error();
    return m_session.read<QList<BindableOrder>>([&]() -> Result<QList<BindableOrder>> {
        auto &db = m_session.db();
        if (!store::HuaweiAccountRepository(db).exists(*owner))
            return refuse(SystemError::NotFound, OwnerField, "huaweiAccount");
        QList<BindableOrder> orders;
        for (const store::SubscriptionOrder &row :
             store::OrderRepository(db).subscriptionOrders(*owner))
            orders << BindableOrder{row.order, row.instance, row.boundOrganizationId,
                                    row.boundAbbreviation};
        return orders;
    });
}

Result<AppBinding> OrganizationService::bindOrder(const QString &orderIdInput,
                                                  const QString &organizationId)
{
    const auto orderId = validate::orderId(orderIdInput);
    if (!orderId.ok())
        return orderId.error();
    const QString orderField = field(validate::Field::OrderId);
    return m_session.mutate<AppBinding>(
        QStringLiteral("bindApp"), QStringLiteral("binding"), *orderId,
        [&]() -> Result<AppBinding> {
            auto &db = m_session.db();
            const auto order = store::OrderRepository(db).find(*orderId);
            if (!order)
                return refuse(SystemError::NotFound, orderField, "order");
            store::OrganizationRepository organizations(db);
            const auto organization = organizations.find(organizationId);
            if (!organization)
                return organizationNotFound();
            if (auto p = requireReady(*organization))
                return *p;
            store::BindingRepository bindings(db);
            // R-BND-1: one order, one organization.
            if (const auto bound = bindings.findByOrder(*orderId)) {
                const auto other = organizations.find(bound->organizationId);
                return alreadyBound(other ? other->abbreviation : QString());
            }
            // R-BND-3: an active instance of the organization's owner.
            const auto instance = store::InstanceRepository(db).findByOrder(*orderId);
            if (!instance)
                return refuse(SystemError::NotFound, orderField, "instance");
            if (instance->status != InstanceStatus::Active)
                return refuse(rule::BND_3, orderField, "notActive",
                              {{QStringLiteral("status"), toString(instance->status)}});
            if (order->accountId != organization->ownerAccountId)
                return refuse(rule::BND_3, orderField, "otherOwner");
            // R-BND-2: one order per product and organization.
            if (bindings.findByOrganizationProduct(organizationId, order->productId))
                return sameProduct();

            AppBinding binding;
            binding.orderId = order->orderId;
            binding.instanceId = instance->instanceId;
            binding.productId = order->productId;
            binding.organizationId = organizationId;
            binding.boundAt = m_session.now();
            binding.bindingId = bindings.insert(binding);
            m_session.journal(QStringLiteral("bindApp"), QStringLiteral("binding"), binding.orderId,
                              QStringLiteral("success"), organization->abbreviation);
            m_session.journal(QStringLiteral("bindApp"), QStringLiteral("binding"),
                              organization->ownerAccountId, QStringLiteral("success"),
                              binding.orderId + QStringLiteral(" -> ") +
                                  organization->abbreviation);
            return binding;
        });
}

Result<AuthorizationResult>
OrganizationService::authorizeMembers(const AuthorizationRequest &request)
{
    // The journal's target is the bound order (as for bindApp), once the binding is known.
    QString target = QString::number(request.bindingId);
    m_session.read<Done>([&]() -> Status {
        if (const auto binding = store::BindingRepository(m_session.db()).find(request.bindingId))
            target = binding->orderId;
        return Done{};
    });
    return m_session.mutate<AuthorizationResult>(
        QStringLiteral("authorizeMembers"), QStringLiteral("binding"), target,
        [&]() -> Result<AuthorizationResult> {
            auto &db = m_session.db();
            store::BindingRepository bindings(db);
            const auto binding = bindings.find(request.bindingId);
            if (!binding)
                return refuse(SystemError::NotFound, QStringLiteral("bindingId"), "binding");
            if (!request.termsAccepted)
                return refuse(rule::BND_4, QStringLiteral("terms"), "terms");
            QList<qint64> memberIds;
            for (const qint64 id : request.memberIds)
                if (!memberIds.contains(id))
                    memberIds << id;
            if (memberIds.isEmpty())
                return refuse(rule::BND_4, MembersField, "noMembers");
            const auto organization =
                store::OrganizationRepository(db).find(binding->organizationId);
            if (!organization)
                return organizationNotFound();

            store::MemberRepository members(db);
            QList<Member> chosen;
            for (const qint64 id : std::as_const(memberIds)) {
                const auto member = members.find(id);
                if (!member || member->organizationId != binding->organizationId)
                    return refuse(SystemError::NotFound, MembersField, "member",
                                  {{QStringLiteral("memberId"), id}});
                const QString loginName =
                    memberLoginName(member->account, organization->abbreviation);
                if (bindings.isAuthorized(binding->bindingId, id))
                    return refuse(rule::BND_4, MembersField, "alreadyAuthorized",
                                  {{QStringLiteral("loginName"), loginName}});
                if (!member->enabled)
                    return refuse(rule::BND_4, MembersField, "disabled",
                                  {{QStringLiteral("loginName"), loginName}});
                chosen << *member;
            }
            // R-BND-3: a closed (or frozen) instance grants nothing any more.
            const auto instance = store::InstanceRepository(db).find(binding->instanceId);
            if (!instance || instance->status != InstanceStatus::Active)
                return refuse(rule::BND_3, QStringLiteral("bindingId"), "notActive",
                              {{QStringLiteral("status"),
                                instance ? toString(instance->status) : QString()}});

            const QDateTime now = m_session.now();
            store::OutboxRepository outbox(db);
            AuthorizationResult result;
            result.loginAddress = loginAddress();
            QStringList authorized;
            for (const Member &member : std::as_const(chosen)) {
                const QString loginName =
                    memberLoginName(member.account, organization->abbreviation);
                bindings.authorize(binding->bindingId, member.memberId, now);
                const QString relatedId = relatedIdOf(member.memberId);
                const Contact to = contactOf(member.mobile, member.email);
                // R-BND-4: the held credentials go out now. A member authorized before (for
                // another order) already has them, or has changed the initial password: it
                // is told that it may now use the app.
                if (outbox.release(relatedId, now) == 0)
                    m_session.send(to.channel, to.destination, QStringLiteral("memberAuthorized"),
                                   {{QStringLiteral("loginAddress"), result.loginAddress},
                                    {QStringLiteral("loginName"), loginName},
                                    {QStringLiteral("organization"), organization->abbreviation}},
                                   false, relatedId);
                result.logins << MemberLogin{member.memberId, member.displayName, loginName,
                                             to.destination};
                authorized << QString::number(member.memberId);
            }
            m_session.journal(QStringLiteral("authorizeMembers"), QStringLiteral("binding"),
                              binding->orderId, QStringLiteral("success"),
                              authorized.join(QStringLiteral(", ")));
            return result;
        });
}

} // namespace oc
