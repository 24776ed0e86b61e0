#include "PurchaseEligibility.h"

#include "Rules.h"
#include "Validators.h"

namespace oc {

std::optional<Error> purchaseRefusal(const HuaweiAccount &account, const QString &frozenByPartner,
                                     const QString &suspendedMaster)
{
    const auto refuse = [](const char *reason, QVariantMap args = {}) {
        return makeError(QString::fromLatin1(rule::MKT_1),
                         QString::fromLatin1(validate::Field::AccountId),
                         QString::fromLatin1(reason), std::move(args));
    };
    switch (account.servicesStatus) {
    case ServicesStatus::NotEnabled:
        // Said first: such an account is never authenticated either, and enabling is its
        // next step (R-ACC-16).
        return refuse("servicesNotEnabled");
    case ServicesStatus::Disabled:
        return refuse("servicesDisabled"); // R-CLS-5, R-CLS-7: no way back
    case ServicesStatus::Closed:
        return refuse("servicesClosed"); // R-CLS-7: restorable during retention (R-CLS-2)
    case ServicesStatus::Enabled:
        break;
    }
    if (account.authStatus != AuthStatus::Authenticated)
        return refuse("unauthenticated",
                      {{QStringLiteral("authStatus"), toString(account.authStatus)}});
    if (!frozenByPartner.isEmpty())
        return refuse("frozen", {{QStringLiteral("partnerName"), frozenByPartner}}); // R-PTN-6
    if (!suspendedMaster.isEmpty()) // R-MST-3: "suspended if the master is suspended"
        return refuse("suspendedWithMaster", {{QStringLiteral("masterName"), suspendedMaster}});
    return std::nullopt;
}

} // namespace oc
