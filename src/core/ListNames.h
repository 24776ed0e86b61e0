#pragma once

// The names of the list views (ListQuery::view, Backend::changed) shared by the store
// that defines them, the services that report which changed, the GUI and the tests.

namespace oc::view {

inline constexpr auto HuaweiAccounts = "huaweiAccounts";
inline constexpr auto Orders = "orders";
inline constexpr auto Instances = "instances";
inline constexpr auto Organizations = "organizations";
inline constexpr auto Members = "members";
inline constexpr auto Bindings = "bindings";
inline constexpr auto Authorizations = "authorizations";
inline constexpr auto FeeCenterAccounts = "feeCenterAccounts";
inline constexpr auto Workspaces = "workspaces";
inline constexpr auto StoredValueCards = "storedValueCards";
inline constexpr auto Outbox = "outbox";
inline constexpr auto Journal = "journal";

// Every view, in the order the store defines them.
inline constexpr const char *All[] = {
    HuaweiAccounts, Orders,           Instances,      Organizations,
    Members,        Bindings,         Authorizations, FeeCenterAccounts,
    Workspaces,     StoredValueCards, Outbox,         Journal};

} // namespace oc::view
