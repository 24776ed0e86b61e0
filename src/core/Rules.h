#pragma once

// The ids of the business rules of ../shared/spec/rules.md, the `rule` of an Error (see
// core/Error.h for the system codes). Generated once from rules.md; a rule added there is
// added here, and tests/gui/test_text_tables checks that the GUI has a message for each.

namespace oc::rule {

// Identifiers and fields
inline constexpr auto ID_1 = "R-ID-1";
inline constexpr auto ID_2 = "R-ID-2";
inline constexpr auto ID_3 = "R-ID-3";
inline constexpr auto ACC_1 = "R-ACC-1";
inline constexpr auto ACC_2 = "R-ACC-2";
inline constexpr auto ACC_3 = "R-ACC-3";
inline constexpr auto ACC_4 = "R-ACC-4";
inline constexpr auto ACC_5 = "R-ACC-5";
inline constexpr auto ACC_6 = "R-ACC-6";
// My Account (../shared/spec/my-account.md D.4)
inline constexpr auto ACC_16 = "R-ACC-16";
inline constexpr auto ACC_17 = "R-ACC-17";
inline constexpr auto ACC_18 = "R-ACC-18";
inline constexpr auto ACC_19 = "R-ACC-19";
// My Account, part 2 (my-account.md D.4): account information, preferences
inline constexpr auto ACC_7 = "R-ACC-7";   // the tenant name edited only when it differs
inline constexpr auto ACC_8 = "R-ACC-8";   // the login ID changed once
inline constexpr auto ACC_9 = "R-ACC-9";   // names editable only before authentication
inline constexpr auto ACC_10 = "R-ACC-10"; // Complete Information while the type is unset
inline constexpr auto ACC_11 = "R-ACC-11"; // qualification name, proof, tax id
inline constexpr auto ACC_12 = "R-ACC-12"; // contact address, payment currency, industry
inline constexpr auto ACC_13 = "R-ACC-13"; // a secondary industry where there are any
inline constexpr auto ACC_14 = "R-ACC-14"; // service mobile / email in two verified steps
inline constexpr auto ACC_15 = "R-ACC-15"; // preferences: language, time zone, currency
inline constexpr auto ACC_20 = "R-ACC-20"; // password change or reset

// Real-name authentication (003 §4)
inline constexpr auto AUTH_1 = "R-AUTH-1";
inline constexpr auto AUTH_2 = "R-AUTH-2";
inline constexpr auto AUTH_3 = "R-AUTH-3";
inline constexpr auto AUTH_4 = "R-AUTH-4";
inline constexpr auto AUTH_5 = "R-AUTH-5";
// My Account (../shared/spec/my-account.md D.4): no individual authentication for an HCPN
// partner; the issuing country is the account's, the
// reviewer's reasons, the master's first enterprise authentication copied to its members.
inline constexpr auto AUTH_6 = "R-AUTH-6";
inline constexpr auto AUTH_7 = "R-AUTH-7";
inline constexpr auto AUTH_8 = "R-AUTH-8";
inline constexpr auto AUTH_9 = "R-AUTH-9";
// Re-authentication (W-REAUTH, my-account.md §4.4-§4.5)
inline constexpr auto AUTH_10 = "R-AUTH-10";
inline constexpr auto AUTH_11 = "R-AUTH-11";
inline constexpr auto AUTH_12 = "R-AUTH-12";
inline constexpr auto AUTH_13 = "R-AUTH-13";
inline constexpr auto AUTH_14 = "R-AUTH-14";

// Marketplace (000, 001, 002)
inline constexpr auto MKT_1 = "R-MKT-1";
inline constexpr auto MKT_2 = "R-MKT-2";
inline constexpr auto MKT_3 = "R-MKT-3";
inline constexpr auto MKT_4 = "R-MKT-4";

// Organizations and binding (002, 004, 001)
inline constexpr auto ORG_1 = "R-ORG-1";
inline constexpr auto ORG_2 = "R-ORG-2";
inline constexpr auto ORG_3 = "R-ORG-3";
inline constexpr auto ORG_4 = "R-ORG-4";
inline constexpr auto ORG_5 = "R-ORG-5";
inline constexpr auto ORG_6 = "R-ORG-6";
inline constexpr auto BND_1 = "R-BND-1";
inline constexpr auto BND_2 = "R-BND-2";
inline constexpr auto BND_3 = "R-BND-3";
inline constexpr auto BND_4 = "R-BND-4";

// Billing center and workspaces (000, 001, 002, 004, docs)
inline constexpr auto FC_1 = "R-FC-1";
inline constexpr auto FC_2 = "R-FC-2";
inline constexpr auto FC_3 = "R-FC-3";
inline constexpr auto WS_1 = "R-WS-1";
inline constexpr auto WS_2 = "R-WS-2";
inline constexpr auto WS_3 = "R-WS-3";
inline constexpr auto WS_4 = "R-WS-4";
inline constexpr auto SET_1 = "R-SET-1";
inline constexpr auto SET_2 = "R-SET-2";
inline constexpr auto SET_3 = "R-SET-3";
inline constexpr auto SET_4 = "R-SET-4";
inline constexpr auto SET_5 = "R-SET-5";
inline constexpr auto SET_6 = "R-SET-6";
inline constexpr auto SET_7 = "R-SET-7";
inline constexpr auto SVC_1 = "R-SVC-1";
inline constexpr auto SVC_2 = "R-SVC-2";
inline constexpr auto SVC_3 = "R-SVC-3";
inline constexpr auto SVC_4 = "R-SVC-4";

// Registration (002, 000, docs)
inline constexpr auto REG_1 = "R-REG-1";
inline constexpr auto REG_2 = "R-REG-2";
inline constexpr auto REG_3 = "R-REG-3";

// Verification codes
inline constexpr auto VC_1 = "R-VC-1";

// Closing services, partners, master accounts (003 §5.11, §6, §7)
inline constexpr auto CLS_1 = "R-CLS-1";
inline constexpr auto CLS_2 = "R-CLS-2";
// my-account.md D.4: who closes and how; the stored check; disabling; Huawei's termination;
// no purchase once closed or disabled.
inline constexpr auto CLS_3 = "R-CLS-3"; // the holder, services enabled, terms, reason, code
inline constexpr auto CLS_4 = "R-CLS-4"; // the last check result stored; a failed one ends
inline constexpr auto CLS_5 = "R-CLS-5"; // disable: code, check result, acknowledgement
inline constexpr auto CLS_6 = "R-CLS-6"; // the operator terminates a closing in retention
inline constexpr auto CLS_7 = "R-CLS-7"; // closed or disabled: no purchase
inline constexpr auto PTN_1 = "R-PTN-1";
inline constexpr auto PTN_2 = "R-PTN-2";
inline constexpr auto MST_1 = "R-MST-1";
// my-account.md D.4: who may associate with a partner and how; the reseller's freeze; the
// disassociation as a request; the master's side of a master-member link.
inline constexpr auto PTN_3 = "R-PTN-3"; // no partner at all: mainland site, a partner already,
                                         // special contract, registered > 7 days or cash
                                         // spending, unpaid bills, a unified-accounting master
inline constexpr auto PTN_4 = "R-PTN-4"; // no reseller: professional service contract, valid
                                         // RIs, a member account, independent-accounting members
inline constexpr auto PTN_5 = "R-PTN-5"; // the partner's invitation; an existing account only by
                                         // an online link; Instructions and the three documents
inline constexpr auto PTN_6 = "R-PTN-6"; // a reseller's customer frozen until the partner sets
                                         // a monthly budget; spending billed to the partner
inline constexpr auto PTN_7 = "R-PTN-7"; // a disassociation is a request the other side
                                         // processes (statement and SMS code for the
                                         // customer's, a reason for the partner's); logged
inline constexpr auto MST_2 = "R-MST-2"; // only the master starts; the agreement to accept; a
                                         // master: authenticated enterprise, Enterprise Center,
                                         // not a Cloud Solution Provider
inline constexpr auto MST_3 = "R-MST-3"; // while associated: the master pays; the member is
                                         // suspended with the master

// Audit
inline constexpr auto AUD_1 = "R-AUD-1";
// my-account.md D.4: the CTS trace names, recorded only while an account's CTS is enabled.
inline constexpr auto AUD_2 = "R-AUD-2";

// Every rule, in the order of rules.md.
inline constexpr const char *All[] = {
    ID_1,    ID_2,    ID_3,    ACC_1,  ACC_2,  ACC_3,  ACC_4,  ACC_5,  ACC_6,  AUTH_1,  AUTH_2,
    AUTH_3,  AUTH_4,  AUTH_5,  MKT_1,  MKT_2,  MKT_3,  MKT_4,  ORG_1,  ORG_2,  ORG_3,   ORG_4,
    ORG_5,   ORG_6,   BND_1,   BND_2,  BND_3,  BND_4,  FC_1,   FC_2,   FC_3,   WS_1,    WS_2,
    WS_3,    WS_4,    SET_1,   SET_2,  SET_3,  SET_4,  SET_5,  SET_6,  SET_7,  SVC_1,   SVC_2,
    SVC_3,   SVC_4,   REG_1,   REG_2,  REG_3,  VC_1,   CLS_1,  CLS_2,  PTN_1,  PTN_2,   MST_1,
    AUD_1,   ACC_16,  ACC_17,  ACC_18, AUTH_7, AUTH_8, AUTH_9, ACC_19, AUTH_6, AUTH_10, AUTH_11,
    AUTH_12, AUTH_13, AUTH_14, ACC_7,  ACC_8,  ACC_9,  ACC_10, ACC_11, ACC_12, ACC_13,  ACC_14,
    ACC_15,  ACC_20,  AUD_2,   CLS_3,  CLS_4,  CLS_5,  CLS_6,  CLS_7,  PTN_3,  PTN_4,   PTN_5,
    PTN_6,   PTN_7,   MST_2,   MST_3};

} // namespace oc::rule
