#pragma once

// The names of the demo story's cast (see the comment at the top of DemoStory.cpp), for
// code that has to find them again: wizards' scripted screenshot scenarios and tests.
// Ids are generated from demo::Seed; look them up through these names.

namespace oc::demo::cast {

// The documented demo password of every Huawei, Guance and fee-center account, and of
// the Joint Operations members who already changed their initial password. It satisfies
// both variants of R-ACC-2.
inline constexpr auto Password = "Demo@2026a";

// The unified login address of the app in Joint Operations (R-BND-4 credentials SMS).
inline constexpr auto UnifiedLoginAddress = "https://marketplace.huaweicloud.com/sso/guance";

// HUAWEI ID login ids (also their tenant names, R-ACC-3, except (1)'s).
inline constexpr auto BuyerLogin = "lianyun-tech";                 // (1) the buyer of the demo
inline constexpr auto IndividualLogin = "zhoumingyuan";            // (2) authenticated individual
inline constexpr auto NewSignUpLogin = "chenxiaoyu";               // (3) unauthenticated sign-up
inline constexpr auto PendingLogin = "hengtai-precision";          // (4) authentication pending
inline constexpr auto ResellerCustomerLogin = "haixing-logistics"; // (5) reseller partner
inline constexpr auto OnboardedLogin = "qiming-retail";            // (6) fully onboarded
inline constexpr auto ClosedLogin = "jiangcheng-media";            // (7) subscription closed
// W-SIGNUP's own sign-ups: generated login ids ("hid_" + 12, R-ACC-3).
inline constexpr auto NotEnabledLogin = "hid_m3q8x2k7w5tz";  // (8) services not enabled
inline constexpr auto CardHistoryLogin = "hid_r7c2v9n4b6ds"; // (9) a card declined, then bound
// D-LOGIN: services disabled after retention (R-CLS-2), so the login is refused.
inline constexpr auto DisabledLogin = "lindongmei"; // (10)

// Huawei website accounts (D-LOGIN, R-ACC-19), password Password like every demo account.
inline constexpr auto BoundWebsiteAccount = "zhoumy.uniportal";  // bound to (2) zhoumingyuan
inline constexpr auto UnboundWebsiteAccount = "sunli.uniportal"; // first login: bind it
// W-REAUTH (my-account.md §4.5.1): an enterprise master and the account it invited, the
// invitation not accepted yet (R-AUTH-5 refuses both accounts' re-authentication).
inline constexpr auto MasterLogin = "xinghe-group";           // (11) master (Enterprise Center)
inline constexpr auto InvitedMemberLogin = "xinghe-robotics"; // (12) invited by (11)
// Closing Huawei Cloud services (my-account.md §5.11, D.5): closed less than 24 hours before
// the demo starts (Restore and Disable not yet, R-CLS-2/R-CLS-5), and ten days before (both
// possible, retention until 2026-05-21).
inline constexpr auto RecentlyClosedLogin = "wangjiahui";   // (13)
inline constexpr auto ClosedInRetentionLogin = "zhaoxinyi"; // (14)
// Partners and enterprise master accounts (my-account.md §6, §7, D.5), added with them:
// the reseller partner of (5) and (15), and its online invitation link, whose fixed token
// W-PARTNER-ASSOC takes (pasted bare or as a link's "?token=" part): Register and Associate,
// or Log In and Associate (an online link, R-PTN-5).
inline constexpr auto ResellerPartnerName = "Zhejiang Yunfan Digital Technology Co., Ltd.";
inline constexpr auto ResellerInvitationToken = "yunfan-reseller-demo";
inline constexpr auto FrozenResellerCustomerLogin = "haixing-logistics"; // (5) frozen (R-PTN-1)
inline constexpr auto PendingDisassociationLogin = "minghui-trading";    // (15) its request
                                                                         // waits for the partner
inline constexpr auto AssociatedMemberLogin = "xinghe-zhizao"; // (16) associated with (11)
// (17) registered on 2026-02-27 and authenticated, no partner, no master, nothing owed: it may
// associate with a partner (R-PTN-3/4) until 2026-03-06 on the demo clock.
inline constexpr auto PartnerCandidateLogin = "songyuqing";

// The cast members whose re-authentication the demo shows (my-account.md D.5):
inline constexpr auto NameChangeLogin = ClosedLogin;          // (7) Change Enterprise Name pending
inline constexpr auto ArrearsLogin = ResellerCustomerLogin;   // (5) in arrears (R-AUTH-11)
inline constexpr auto KooGallerySellerLogin = OnboardedLogin; // (6) KooGallery seller (R-AUTH-5)

// My Account, part 2 (my-account.md §5): (1)'s tenant name after its second change this year
// (R-ACC-3, "2 of 3 used"; it differs from the login ID, R-ACC-7), its HUAWEI ID mobile number
// (the service mobile number differs, R-ACC-14) and its message recipient (CTS enabled: an
// addRecipient trace, R-AUD-2).
inline constexpr auto BuyerTenantName = "Lianyun-Cloud";
inline constexpr auto BuyerHuaweiIdMobile = "+8613857160320";
// (1)'s service email address, other than its HUAWEI ID's (R-ACC-14: shown with Edit).
inline constexpr auto BuyerServiceEmail = "notices@lianyuntech.com";
inline constexpr auto BuyerRecipient = "Xu Jing";

// Joint Operations organizations (R-ORG-2 abbreviations).
inline constexpr auto OnboardedAbbreviation = "qiming"; // ready, bound, authorized
inline constexpr auto ClosedAbbreviation = "jcmedia";   // ready, bound to the closed instance
inline constexpr auto CreatingAbbreviation = "haixing"; // still creating at the demo start

// Fee-center account usernames (R-FC-1).
inline constexpr auto BuyerFinanceFeeCenter = "lianyun-finance"; // holds the redeemed cards
inline constexpr auto OnboardedFeeCenter = "qiming-ops";         // linked to (6)
inline constexpr auto ClosedFeeCenter = "jiangcheng-ops";        // linked to (7), locked workspace
inline constexpr auto ExistingFeeCenter = "lanhai-games";        // not linked, 2 workspaces
inline constexpr auto MultiCloudFeeCenter = "tianfu-fintech";    // Alibaba Cloud settlement

} // namespace oc::demo::cast
