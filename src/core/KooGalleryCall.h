#pragma once

// The calls of KooGallery's SaaS production interface (spec/api.md, "Marketplace
// callback"): what the marketplace sends to a seller's server after a purchase, a renewal,
// a freeze and a release, decoded from the JSON body into typed calls, and encoded back
// (the demo's marketplace and `billing-api koogallery-call` send what the server reads).
// Pure functions of their input: the decoder is what the fuzz target runs
// (tests/fuzz/fuzz_koogallery.cpp).
//
// The body is a JSON object with `activity` and the activity's fields, every value a
// string as the marketplace sends it (queryInstance's `instanceIds` an array of strings);
// fields the product does not use are ignored. A refusal is an Error whose rule is
// result::InvalidParameter, with the field and the reason ("required", "type", "format",
// "unknown", "tooMany", "malformed").

#include "Error.h"
#include "KooGallerySignature.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <variant>

namespace oc::koogallery {

// The largest body the server reads (413 past it, result::InvalidParameter).
inline constexpr qsizetype MaxBodyBytes = 64 * 1024;
// queryInstance asks for at most this many instances at once.
inline constexpr qsizetype MaxQueryIds = 100;
// The marketplace's own ids (businessId, orderLineId): letters, digits, '-' and '_'.
inline constexpr qsizetype MaxIdLength = 64;

namespace activity {
inline constexpr auto NewInstance = "newInstance";
inline constexpr auto RefreshInstance = "refreshInstance";
inline constexpr auto UpdateInstanceStatus = "updateInstanceStatus";
inline constexpr auto ReleaseInstance = "releaseInstance";
inline constexpr auto QueryInstance = "queryInstance";
} // namespace activity

// A purchase: the marketplace's order line becomes an instance (R-MKT-2). The same
// orderId + orderLineId always answers the same instanceId.
struct NewInstance
{
    QString businessId;
    QString orderId; // R-ID-2
    QString orderLineId;
    QString customerId;    // the buyer's Huawei Cloud account id, R-ID-1
    bool testFlag = false; // "1": a test purchase (the seller's own check)
    bool trial = false;    // "1": a trial
    QDateTime expireTime;  // invalid: none given
};

enum class RefreshScene
{
    TrialToFormal,            // TRIAL_TO_FORMAL
    Renewal,                  // RENEWAL
    UnsubscribeRenewalPeriod, // UNSUBSCRIBE_RENEWAL_PERIOD
};

struct RefreshInstance
{
    QString instanceId; // R-ID-3
    QString orderId;
    QString orderLineId;
    RefreshScene scene = RefreshScene::Renewal;
    QDateTime expireTime; // the instance's new end
};

struct UpdateInstanceStatus
{
    QString instanceId;
    bool freeze = true; // FREEZE; false: UNFREEZE
};

struct ReleaseInstance
{
    QString instanceId;
};

struct QueryInstance
{
    QStringList instanceIds; // 1..MaxQueryIds, each R-ID-3
};

using Call = std::variant<NewInstance, RefreshInstance, UpdateInstanceStatus, ReleaseInstance,
                          QueryInstance>;

// The body's activity name.
const char *activityName(const Call &call);
const char *sceneName(RefreshScene scene);

// The body as the marketplace sends it (compact JSON).
QByteArray encode(const Call &call);
// The typed call, or the refusal (rule result::InvalidParameter).
Result<Call> decode(QByteArrayView body);

// expireTime's text: yyyyMMddHHmmss, UTC.
QString timeText(const QDateTime &time);
QDateTime parseTime(const QString &text); // invalid when not that form

// A signed call as the marketplace sends it: the query's parameters and the body.
struct SignedCall
{
    SignedQuery query;
    QByteArray body;
};
// Signs `body` with a fresh nonce (secure randomness) at `nowMs`.
SignedCall sign(QByteArrayView accessKey, QByteArray body, qint64 nowMs);

// An answer's body: {"resultCode", "resultMsg"} plus `extra`'s members.
QByteArray answerBody(const char *resultCode, const QString &message,
                      const QJsonObject &extra = {});

} // namespace oc::koogallery
