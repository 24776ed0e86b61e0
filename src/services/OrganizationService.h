#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// W-ORG: Joint Operations on KooGallery (seed 002 step two, seed 004 step 2, seed 001 "How
// to associate organizations"): organizations, departments, members, app binding and app
// authorization (R-ORG-1..6, R-BND-1..4). Every change is one Session::mutate transaction,
// journaled (R-AUD-1); refusals are journaled by mutate.
//
// Field formats are checked first (no store needed), then the store, inside the
// transaction. Refusals besides those of the core validators (R-ORG-1 enterpriseName,
// R-ORG-2 abbreviation, R-ORG-5 account, R-ACC-1 email, R-ACC-2 password, R-ACC-4 mobile,
// R-ID-1 ownerAccountId, R-ID-2 orderId, E-REQUIRED / E-TOO-LONG of free text):
//   R-ORG-2     abbreviation    taken
//   E-NOT-FOUND ownerAccountId  huaweiAccount
//   E-NOT-FOUND organizationId  organization
//   E-NOT-FOUND parentId        department
//   E-DUPLICATE name            departmentTaken
//   R-ORG-3     organizationId  notReady
//   R-ORG-5     account         taken
//   R-ORG-5     account         immutable
//   E-NOT-FOUND departmentId    department
//   E-REQUIRED  mobile          mobileOrEmail
//   E-NOT-FOUND memberId        member
//   E-NOT-FOUND orderId         order
//   E-NOT-FOUND orderId         instance           (an order without a service instance)
//   R-BND-1     orderId         alreadyBound       {organization}
//   R-BND-3     orderId         notActive          {status}
//   R-BND-3     orderId         otherOwner
//   R-BND-2     organizationId  sameProduct
//   E-NOT-FOUND bindingId       binding
//   R-BND-4     terms           terms
//   R-BND-4     members         noMembers
//   E-NOT-FOUND members         member             {memberId}
//   R-BND-4     members         alreadyAuthorized  {loginName}
//   R-BND-4     members         disabled           {loginName}
//   R-BND-3     bindingId       notActive          {status}
// Outbox messages (kind: params):
//   organizationReady  (owner, SMS or email): enterpriseName, abbreviation
//   memberCredentials  (member, held until authorized): loginAddress, loginName,
//                      initialPassword, organization (the abbreviation)
//   memberAuthorized   (member authorized again, credentials already out): loginAddress,
//                      loginName, organization
class OrganizationService
{
public:
    explicit OrganizationService(Session &session)
        : m_session(session)
    {}

    // R-ORG-2: format, and not used by any organization.
    Status checkAbbreviation(const QString &abbreviation);
    // R-ORG-1..4: `creating`, ready 1-3 minutes later on the clock (the settle timer, see
    // settleReady), with its root department named like the enterprise.
    Result<Organization> createOrganization(const OrganizationRequest &request);
    // Departments root first, members, bindings and who is authorized for each binding.
    Result<OrganizationDetail> organization(const QString &organizationId);
    // A department under `parentId` (0 = the root), its name unique among its siblings.
    Result<Department> addDepartment(const QString &organizationId, qint64 parentId,
                                     const QString &name);
    // R-ORG-5, seed 002: the first member's suggested details, from the owner's account.
    Result<OwnerPrefill> ownerPrefill(const QString &organizationId);
    // Adds (memberId 0; R-ORG-3, R-ORG-5, R-ORG-6, R-ACC-1/2/4) or edits a member (the
    // account never changes). A new member's credentials message waits in the Outbox until
    // the member is authorized (R-BND-4).
    Result<Member> saveMember(const MemberInput &input);
    // The member, its authorizations and its held messages.
    Status removeMember(qint64 memberId);
    // The owner's subscription orders with their instance and binding state, newest first.
    Result<QList<BindableOrder>> bindableOrders(const QString &ownerAccountId);
    // R-ORG-3, R-BND-1..3.
    Result<AppBinding> bindOrder(const QString &orderId, const QString &organizationId);
    // R-BND-4: authorizes the members and sends each their login (SMS, else email).
    Result<AuthorizationResult> authorizeMembers(const AuthorizationRequest &request);

    // R-ORG-3: inside the settle transaction, after `organizationId` became ready: tells
    // the owner by SMS (or email without a mobile number).
    static void settleReady(Session &session, const QString &organizationId);

private:
    QString memberTarget(qint64 memberId);

    Session &m_session;
};

} // namespace oc
