// Codecs of the Backend's request and response types (contract/BackendTypes.h). Keys are
// the member names; string limits: Short for identifiers, codes, credentials and single
// tokens, Text for names and free text (Json.h).

#include "Json.h"
#include "JsonFields.h"

namespace oc::json {

namespace {

void fields(auto &v, Of<BackendInfo> auto &o)
{
    v("kind", o.kind, Short);
    v("location", o.location, Text); // a path or a URL
    v("demo", o.demo);
    v("schemaVersion", o.schemaVersion);
    v("operatorName", o.operatorName, Short);
}

void fields(auto &v, Of<ClockState> auto &o)
{
    v("now", o.now);
    v("adjustable", o.adjustable);
    v("running", o.running);
}

// ---- partners and enterprise master accounts ------------------------------------------------

void fields(auto &v, Of<PartnerContact> auto &o)
{
    v("role", o.role, Text);
    v("email", o.email, Short);
    v("mobile", o.mobile, Short);
    v("telephone", o.telephone, Short);
}

void fields(auto &v, Of<PartnerProfile> auto &o)
{
    v("enterpriseName", o.enterpriseName, Text);
    v("information", o.information, Text);
    v("website", o.website, Text);
    v("contacts", o.contacts);
}

void fields(auto &v, Of<PartnerDisassociation> auto &o)
{
    v("initiator", o.initiator);
    v("reason", o.reason, Text);
    v("requestedAt", o.requestedAt);
}

void fields(auto &v, Of<PartnerLogEntry> auto &o)
{
    v("at", o.at);
    v("operation", o.operation, Short);
    v("actor", o.actor, Short);
    v("detail", o.detail, Text);
}

void fields(auto &v, Of<PartnerInfo> auto &o)
{
    v("partnerName", o.partnerName, Text);
    v("model", o.model);
    v("status", o.status);
    v("since", o.since);
    v("profile", o.profile);
    v("authorized", o.authorized);
    v("monthlyBudget", o.monthlyBudget);
    v("pending", o.pending);
    v("nextCustomerRequestFrom", o.nextCustomerRequestFrom);
    v("log", o.log);
}

void fields(auto &v, Of<PartnerInvitationRequest> auto &o)
{
    v("partner", o.partner);
    v("model", o.model);
    v("online", o.online);
}

void fields(auto &v, Of<PartnerInvitation> auto &o)
{
    v("token", o.token, Short);
    v("partner", o.partner);
    v("model", o.model);
    v("online", o.online);
    v("createdAt", o.createdAt);
}

void fields(auto &v, Of<PartnerAssociationRequest> auto &o)
{
    v("token", o.token, Short);
    v("instructionsAccepted", o.instructionsAccepted);
    v("authorizationAccepted", o.authorizationAccepted);
    v("registerNew", o.registerNew);
    v("countryRegion", o.countryRegion, Short);
    v("email", o.email, Short);
    v("code", o.code, Short);
    v("accountName", o.accountName, Short);
    v("password", o.password, Short);
    v("documentsAccepted", o.documentsAccepted);
    v("promotions", o.promotions);
}

void fields(auto &v, Of<PartnerAssociationResult> auto &o)
{
    v("account", o.account);
    v("partner", o.partner);
}

void fields(auto &v, Of<PartnerBudgetRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("monthlyBudget", o.monthlyBudget);
}

void fields(auto &v, Of<CheckFailure> auto &o)
{
    v("condition", o.condition, Short);
    v("detail", o.detail, Text);
}

void fields(auto &v, Of<PartnerDisassociationCheck> auto &o)
{
    v("accountId", o.accountId, Short);
    v("checkedAt", o.checkedAt);
    v("failures", o.failures);
}

void fields(auto &v, Of<PartnerDisassociationRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("statementAccepted", o.statementAccepted);
    v("code", o.code, Short);
}

void fields(auto &v, Of<PartnerInitiatedDisassociation> auto &o)
{
    v("accountId", o.accountId, Short);
    v("reason", o.reason, Text);
}

void fields(auto &v, Of<ProcessDisassociationRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("answeredBy", o.answeredBy);
    v("agree", o.agree);
}

void fields(auto &v, Of<MasterLink> auto &o)
{
    v("masterAccountId", o.masterAccountId, Short);
    v("masterName", o.masterName, Text);
    v("memberAccountId", o.memberAccountId, Short);
    v("memberName", o.memberName, Text);
    v("status", o.status);
    v("accounting", o.accounting);
    v("requestedAt", o.requestedAt);
    v("associatedAt", o.associatedAt);
}

void fields(auto &v, Of<MasterInvitationRequest> auto &o)
{
    v("masterAccountId", o.masterAccountId, Short);
    v("memberAccountId", o.memberAccountId, Short);
    v("accounting", o.accounting);
}

void fields(auto &v, Of<MasterAnswer> auto &o)
{
    v("memberAccountId", o.memberAccountId, Short);
    v("accept", o.accept);
    v("agreementAccepted", o.agreementAccepted);
}

void fields(auto &v, Of<HuaweiAccountDetail> auto &o)
{
    v("account", o.account);
    v("partner", o.partner);
    v("tenantNameChangesThisYear", o.tenantNameChangesThisYear);
    v("linkedFeeCenterUsername", o.linkedFeeCenterUsername, Short);
    v("traces", o.traces);
    v("cards", o.cards);
    v("recipients", o.recipients);
    v("qualificationProof", o.qualificationProof);
    v("currencySelections", o.currencySelections);
    v("ctsEnabled", o.ctsEnabled);
    v("lastClosingCheck", o.lastClosingCheck);
    v("closing", o.closing);
    v("master", o.master);
    v("members", o.members);
}

void fields(auto &v, Of<SignUpRequest> auto &o)
{
    v("countryRegion", o.countryRegion, Short);
    v("email", o.email, Short);
    v("code", o.code, Short);
    v("password", o.password, Short);
}

void fields(auto &v, Of<BindPhoneRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("purpose", o.purpose);
    v("mobile", o.mobile, Short);
    v("code", o.code, Short);
}

void fields(auto &v, Of<EnableServicesRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("countryRegion", o.countryRegion, Short);
    v("agreementAccepted", o.agreementAccepted);
    v("promotions", o.promotions);
}

void fields(auto &v, Of<MaterialUpload> auto &o)
{
    v("slot", o.slot, Short);
    v("fileName", o.fileName, Text);
    v("size", o.size);
    v("header", o.header, Short);
    v("sha256", o.sha256, Short);
    v("thumbnail", o.thumbnail, Text);
}

void fields(auto &v, Of<AuthenticationRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("type", o.type);
    v("certificateType", o.certificateType);
    v("issuingCountryRegion", o.issuingCountryRegion, Short);
    v("fullName", o.fullName, Text);
    v("certificateNumber", o.certificateNumber, Short);
    v("enterpriseName", o.enterpriseName, Text);
    v("registeredAddress", o.registeredAddress, Text);
    v("materials", o.materials);
}

void fields(auto &v, Of<AuthenticationRecord> auto &o)
{
    v("authenticationId", o.authenticationId);
    v("kind", o.kind);
    v("accountId", o.accountId, Short);
    v("accountName", o.accountName, Text);
    v("type", o.type);
    v("certificateType", o.certificateType);
    v("certificateNumber", o.certificateNumber, Short);
    v("subjectName", o.subjectName, Text);
    v("countryRegion", o.countryRegion, Short);
    v("address", o.address, Text);
    v("status", o.status);
    v("submittedAt", o.submittedAt);
    v("dueBy", o.dueBy);
    v("reviewedAt", o.reviewedAt);
    v("rejectReason", o.rejectReason);
    v("reviewerNote", o.reviewerNote, Text);
    v("materials", o.materials);
}

void fields(auto &v, Of<ReviewDecision> auto &o)
{
    v("authenticationId", o.authenticationId);
    v("approve", o.approve);
    v("reason", o.reason);
    v("note", o.note, Text);
}

void fields(auto &v, Of<ReauthenticationRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("kind", o.kind);
    v("certificateType", o.certificateType);
    v("issuingCountryRegion", o.issuingCountryRegion, Short);
    v("fullName", o.fullName, Text);
    v("certificateNumber", o.certificateNumber, Short);
    v("enterpriseName", o.enterpriseName, Text);
    v("registeredAddress", o.registeredAddress, Text);
    v("declaration", o.declaration);
    v("materials", o.materials);
}

void fields(auto &v, Of<AccountConditions> auto &o)
{
    v("accountId", o.accountId, Short);
    v("arrears", o.arrears);
    v("balance", o.balance);
    v("overIssuedInvoices", o.overIssuedInvoices);
    v("pendingPayments", o.pendingPayments);
    v("unpaidTaxes", o.unpaidTaxes);
    v("reservedInstances", o.reservedInstances);
    v("pendingContracts", o.pendingContracts);
    v("complaints", o.complaints);
    v("koogallerySeller", o.koogallerySeller);
    v("hcpnPartner", o.hcpnPartner);
    v("specialContract", o.specialContract);
    v("cashSpending", o.cashSpending);
    v("ctsEnabled", o.ctsEnabled);
    v("chineseMainlandSite", o.chineseMainlandSite);
    v("partnerSupportPlan", o.partnerSupportPlan);
    v("ordersAwaitingPartner", o.ordersAwaitingPartner);
    v("professionalContract", o.professionalContract);
    v("enterpriseCenter", o.enterpriseCenter);
    v("cloudSolutionProvider", o.cloudSolutionProvider);
}

// ---- My Account: account information, preferences ----------------------------------------

void fields(auto &v, Of<PasswordChangeRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("currentPassword", o.currentPassword, Short);
    v("newPassword", o.newPassword, Short);
}

void fields(auto &v, Of<PasswordResetRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("channel", o.channel);
    v("code", o.code, Short);
    v("newPassword", o.newPassword, Short);
}

void fields(auto &v, Of<LoginIdChangeRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("loginId", o.loginId, Short);
}

void fields(auto &v, Of<TenantNameChangeRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("tenantName", o.tenantName, Short);
}

void fields(auto &v, Of<CompleteInformationRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("accountType", o.accountType);
    v("name", o.name, Text);
}

void fields(auto &v, Of<EditInformationRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("accountType", o.accountType);
    v("fullName", o.fullName, Text);
    v("enterpriseName", o.enterpriseName, Text);
    v("qualificationName", o.qualificationName, Short);
    v("qualificationProof", o.qualificationProof);
    v("taxId", o.taxId, Short);
    v("designation", o.designation, Text);
    v("contactAddress", o.contactAddress);
    v("paymentCurrency", o.paymentCurrency, Short);
    v("industry", o.industry, Short);
    v("secondaryIndustry", o.secondaryIndustry, Short);
}

void fields(auto &v, Of<ServiceContactChangeRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("contact", o.contact);
    v("identityChannel", o.identityChannel);
    v("identityCode", o.identityCode, Short);
    v("newValue", o.newValue, Short);
    v("newCode", o.newCode, Short);
}

void fields(auto &v, Of<PreferencesRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("messageLanguage", o.messageLanguage, Short);
    v("timeZone", o.timeZone, Short);
    v("currency", o.currency, Short);
}

void fields(auto &v, Of<RecipientInput> auto &o)
{
    v("recipientId", o.recipientId);
    v("accountId", o.accountId, Short);
    v("name", o.name, Text);
    v("mobile", o.mobile, Short);
    v("email", o.email, Short);
}

// ---- closing Huawei Cloud services ---------------------------------------------------------

void fields(auto &v, Of<ClosingCheck> auto &o)
{
    v("checkId", o.checkId);
    v("accountId", o.accountId, Short);
    v("reason", o.reason);
    v("checkedAt", o.checkedAt);
    v("failures", o.failures);
    v("closedAt", o.closedAt);
}

void fields(auto &v, Of<ServicesClosing> auto &o)
{
    v("closedAt", o.closedAt);
    v("retentionUntil", o.retentionUntil);
    v("restoreFrom", o.restoreFrom);
    v("disableFrom", o.disableFrom);
    v("disabledAt", o.disabledAt);
}

void fields(auto &v, Of<CloseServicesRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("termsAccepted", o.termsAccepted);
    v("reason", o.reason);
    v("channel", o.channel);
    v("code", o.code, Short);
}

void fields(auto &v, Of<DisableServicesRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("channel", o.channel);
    v("code", o.code, Short);
    v("acknowledged", o.acknowledged);
}

void fields(auto &v, Of<TerminateClosingRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("reason", o.reason);
    v("note", o.note, Text);
}

void fields(auto &v, Of<BindCardRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("cardNumber", o.cardNumber, Short);
    v("holder", o.holder, Text);
    v("expiry", o.expiry, Short);
    v("securityCode", o.securityCode, Short);
    v("termsAccepted", o.termsAccepted);
    v("simulatedResult", o.simulatedResult);
}

void fields(auto &v, Of<HuaweiLoginRequest> auto &o)
{
    v("identifier", o.identifier, Short);
    v("password", o.password, Short);
    v("deviceId", o.deviceId, Short);
    v("channel", o.channel);
    v("code", o.code, Short);
    v("trustDevice", o.trustDevice);
}

void fields(auto &v, Of<HuaweiLoginChallenge> auto &o)
{
    v("accountId", o.accountId, Short);
    v("securityPhone", o.securityPhone, Short);
    v("email", o.email, Short);
    v("codeRequired", o.codeRequired);
    v("servicesStatus", o.servicesStatus);
}

void fields(auto &v, Of<WebsiteAccount> auto &o)
{
    v("name", o.name, Short);
    v("countryRegion", o.countryRegion, Short);
    v("accountId", o.accountId, Short);
    v("createdAt", o.createdAt);
    v("boundAt", o.boundAt);
}

void fields(auto &v, Of<WebsiteAccountRequest> auto &o)
{
    v("name", o.name, Short);
    v("password", o.password, Short);
    v("countryRegion", o.countryRegion, Short);
}

void fields(auto &v, Of<WebsiteLoginRequest> auto &o)
{
    v("name", o.name, Short);
    v("password", o.password, Short);
    v("deviceId", o.deviceId, Short);
}

void fields(auto &v, Of<BindWebsiteAccountRequest> auto &o)
{
    v("name", o.name, Short);
    v("password", o.password, Short);
    v("createNew", o.createNew);
    v("identifier", o.identifier, Short);
    v("huaweiPassword", o.huaweiPassword, Short);
    v("accountName", o.accountName, Short);
    v("mobile", o.mobile, Short);
    v("code", o.code, Short);
}

void fields(auto &v, Of<HuaweiLoginResult> auto &o)
{
    v("account", o.account);
    v("websiteAccount", o.websiteAccount, Short);
    v("bindRequired", o.bindRequired);
    v("deviceTrusted", o.deviceTrusted);
}

void fields(auto &v, Of<OnboardingProgress> auto &o)
{
    v("accountId", o.accountId, Short);
    v("authenticated", o.authenticated);
    v("purchased", o.purchased);
    v("organization", o.organization);
    v("bound", o.bound);
    v("authorized", o.authorized);
    v("feeCenterLinked", o.feeCenterLinked);
    v("workspace", o.workspace);
    v("huaweiSettlement", o.huaweiSettlement);
}

void fields(auto &v, Of<CodeSent> auto &o)
{
    v("destination", o.destination, Short);
    v("expiresAt", o.expiresAt);
    v("resendAllowedAt", o.resendAllowedAt);
}

// ---- marketplace (W-BUY) -----------------------------------------------------------------

void fields(auto &v, Of<PurchaseRequest> auto &o)
{
    v("accountId", o.accountId, Short);
    v("product", o.product);
    v("quantity", o.quantity); // 1..MaxCardQuantity is R-MKT-3's, checked by the service
    v("termsAccepted", o.termsAccepted);
}

void fields(auto &v, Of<PurchaseResult> auto &o)
{
    v("order", o.order);
    v("instance", o.instance);
}

// ---- Commercial Plan registration (W-REG) ------------------------------------------------

void fields(auto &v, Of<RegistrationRequest> auto &o)
{
    v("site", o.site, Short);
    v("username", o.username, Short);
    v("password", o.password, Short);
    v("email", o.email, Short);
    v("code", o.code, Short);
    v("mobile", o.mobile, Short);
    v("enterpriseName", o.enterpriseName, Text);
    v("industry", o.industry, Text);
    v("contact", o.contact, Text);
    v("agreementAccepted", o.agreementAccepted);
    v("workspaceName", o.workspaceName, Text);
    v("language", o.language);
    v("method", o.method);
    v("huaweiAccountId", o.huaweiAccountId, Short);
    v("alibabaAccountId", o.alibabaAccountId, Short);
    v("alibabaInstanceId", o.alibabaInstanceId, Short);
    v("awsSubscriptionConfirmed", o.awsSubscriptionConfirmed);
    v("createFeeCenterAccount", o.createFeeCenterAccount);
    v("termsAccepted", o.termsAccepted);
}

void fields(auto &v, Of<RegistrationResult> auto &o)
{
    v("guanceAccount", o.guanceAccount);
    v("feeCenterAccount", o.feeCenterAccount);
    v("workspace", o.workspace);
}

void fields(auto &v, Of<HuaweiActivationCheck> auto &o)
{
    v("accountId", o.accountId, Short);
    v("displayName", o.displayName, Text);
    v("instanceId", o.instanceId, Short);
}

// ---- Joint Operations (W-ORG) ------------------------------------------------------------

void fields(auto &v, Of<OrganizationRequest> auto &o)
{
    v("ownerAccountId", o.ownerAccountId, Short);
    v("enterpriseName", o.enterpriseName, Text);
    v("abbreviation", o.abbreviation, Short);
}

void fields(auto &v, Of<OwnerPrefill> auto &o)
{
    v("displayName", o.displayName, Text);
    v("account", o.account, Short);
    v("mobile", o.mobile, Short);
    v("email", o.email, Short);
}

void fields(auto &v, Of<MemberInput> auto &o)
{
    v("memberId", o.memberId);
    v("organizationId", o.organizationId, Short);
    v("account", o.account, Short);
    v("displayName", o.displayName, Text);
    v("departmentId", o.departmentId);
    v("mobile", o.mobile, Short);
    v("email", o.email, Short);
    v("password", o.password, Short);
}

// authorizedMembers: {"<bindingId>": [memberId, ...]}.
void fields(auto &v, Of<OrganizationDetail> auto &o)
{
    v("organization", o.organization);
    v("departments", o.departments);
    v("members", o.members);
    v("bindings", o.bindings);
    v("authorizedMembers", o.authorizedMembers);
}

void fields(auto &v, Of<BindableOrder> auto &o)
{
    v("order", o.order);
    v("instance", o.instance);
    v("boundOrganizationId", o.boundOrganizationId, Short);
    v("boundAbbreviation", o.boundAbbreviation, Short);
}

void fields(auto &v, Of<AuthorizationRequest> auto &o)
{
    v("bindingId", o.bindingId);
    v("memberIds", o.memberIds);
    v("termsAccepted", o.termsAccepted);
}

void fields(auto &v, Of<MemberLogin> auto &o)
{
    v("memberId", o.memberId);
    v("displayName", o.displayName, Text);
    v("loginName", o.loginName, Short);
    v("sentTo", o.sentTo, Short);
}

void fields(auto &v, Of<AuthorizationResult> auto &o)
{
    v("loginAddress", o.loginAddress, Text); // a URL
    v("logins", o.logins);
}

// ---- unified login and workspace binding (W-LOGIN) ---------------------------------------

void fields(auto &v, Of<LoginRequest> auto &o)
{
    v("loginName", o.loginName, Short);
    v("password", o.password, Short);
}

void fields(auto &v, Of<LoginSession> auto &o)
{
    v("memberId", o.memberId);
    v("loginName", o.loginName, Short);
    v("displayName", o.displayName, Text);
    v("organizationId", o.organizationId, Short);
    v("abbreviation", o.abbreviation, Short);
    v("ownerAccountId", o.ownerAccountId, Short);
    v("mustChangePassword", o.mustChangePassword);
    v("linkedFeeCenterAccountId", o.linkedFeeCenterAccountId);
    v("linkedFeeCenterUsername", o.linkedFeeCenterUsername, Short);
}

void fields(auto &v, Of<FeeCenterCodeSent> auto &o)
{
    v("maskedEmail", o.maskedEmail, Short);
    v("expiresAt", o.expiresAt);
    v("resendAllowedAt", o.resendAllowedAt);
}

void fields(auto &v, Of<FeeCenterVerification> auto &o)
{
    v("memberId", o.memberId);
    v("site", o.site, Short);
    v("username", o.username, Short);
    v("code", o.code, Short);
}

void fields(auto &v, Of<FeeCenterBinding> auto &o)
{
    v("account", o.account);
    v("workspaces", o.workspaces);
}

void fields(auto &v, Of<EnterpriseConfirmation> auto &o)
{
    v("feeCenterAccountId", o.feeCenterAccountId);
    v("enterpriseName", o.enterpriseName, Text);
    v("industry", o.industry, Text);
    v("contact", o.contact, Text);
}

void fields(auto &v, Of<BindWorkspaceRequest> auto &o)
{
    v("memberId", o.memberId);
    v("feeCenterAccountId", o.feeCenterAccountId);
    v("workspaceId", o.workspaceId, Short);
}

void fields(auto &v, Of<CreateWorkspaceRequest> auto &o)
{
    v("memberId", o.memberId);
    v("feeCenterAccountId", o.feeCenterAccountId);
    v("site", o.site, Short);
    v("workspaceName", o.workspaceName, Text);
    v("language", o.language);
    v("haveGuanceAccount", o.haveGuanceAccount);
    v("email", o.email, Short);
    v("code", o.code, Short);
    v("username", o.username, Short);
    v("password", o.password, Short);
    v("mobile", o.mobile, Short);
    v("termsAccepted", o.termsAccepted);
}

void fields(auto &v, Of<ActivationSummary> auto &o)
{
    v("account", o.account);
    v("boundWorkspaces", o.boundWorkspaces);
}

// ---- Billing Center (W-SET, W-SVC, W-CANCEL) ---------------------------------------------

void fields(auto &v, Of<SettlementChangeRequest> auto &o)
{
    v("workspaceId", o.workspaceId, Short);
    v("method", o.method);
    v("accountId", o.accountId, Short);
    v("instanceId", o.instanceId, Short);
}

void fields(auto &v, Of<RechargeRequest> auto &o)
{
    v("feeCenterAccountId", o.feeCenterAccountId);
    v("huaweiAccountId", o.huaweiAccountId, Short);
    v("orderId", o.orderId, Short);
}

void fields(auto &v, Of<FeeCenterOverview> auto &o)
{
    v("account", o.account);
    v("availableCardBalance", o.availableCardBalance);
    v("availableCards", o.availableCards);
    v("usedUpCards", o.usedUpCards);
    v("expiredCards", o.expiredCards);
    v("expiredCardBalance", o.expiredCardBalance);
}

void fields(auto &v, Of<CloseResourceResult> auto &o)
{
    v("instance", o.instance);
    v("lockedWorkspaces", o.lockedWorkspaces);
}

// ---- drafts ------------------------------------------------------------------------------

void fields(auto &v, Of<WizardDraft> auto &o)
{
    v("wizard", o.wizard, Short);
    v("key", o.key, Short);
    v("page", o.page, Short);
    v("state", o.state);
    v("updatedAt", o.updatedAt);
}

// ---- bodies of the billing API ------------------------------------------------------------

void fields(auto &v, Of<SendCodeRequest> auto &o)
{
    v("channel", o.channel);
    v("destination", o.destination, Short);
    v("purpose", o.purpose, Short);
}

void fields(auto &v, Of<CheckCodeRequest> auto &o)
{
    v("destination", o.destination, Short);
    v("purpose", o.purpose, Short);
    v("code", o.code, Short);
}

void fields(auto &v, Of<DepartmentRequest> auto &o)
{
    v("parentId", o.parentId);
    v("name", o.name, Text);
}

void fields(auto &v, Of<BindOrderRequest> auto &o)
{
    v("orderId", o.orderId, Short);
    v("organizationId", o.organizationId, Short);
}

void fields(auto &v, Of<PasswordChange> auto &o)
{
    v("currentPassword", o.currentPassword, Short);
    v("newPassword", o.newPassword, Short);
}

void fields(auto &v, Of<FeeCenterCodeRequest> auto &o)
{
    v("username", o.username, Short);
}

void fields(auto &v, Of<ActivationRequest> auto &o)
{
    v("memberId", o.memberId);
    v("feeCenterAccountId", o.feeCenterAccountId);
}

void fields(auto &v, Of<ClockAdvance> auto &o)
{
    v("step", o.step);
}

void fields(auto &v, Of<ExportRequest> auto &o)
{
    v("query", o.query);
    v("headers", o.headers);
}

void fields(auto &v, Of<ChangeBatch> auto &o)
{
    v("sequence", o.sequence);
    v("views", o.views);
    v("clock", o.clock);
}

void fields(auto &v, Of<ServerVersion> auto &o)
{
    v("version", o.version, Short);
    v("schemaVersion", o.schemaVersion);
    v("demo", o.demo);
    v("store", o.store, Short);
    v("operatorName", o.operatorName, Short);
}

} // namespace

OC_JSON_BACKEND_TYPES(OC_JSON_DEFINE_OBJECT_CODEC)

} // namespace oc::json
