#pragma once

#include "Session.h"
#include "core/KooGalleryCall.h"

#include <QJsonObject>

namespace oc {

// What the billing API server answers KooGallery (spec/api.md, "Marketplace callback").
struct KooGalleryAnswer
{
    int httpStatus = 200;
    QString resultCode;  // koogallery::result
    QByteArray body;     // {"resultCode", "resultMsg", ...}
    QByteArray bodySign; // the Body-Sign header (empty when no key is configured)
};

// The seller's side of KooGallery's SaaS production interface: checks a signed call
// (koogallery::verify, the nonce remembered in the store) and applies its activity to the
// store. It is the one path that creates a marketplace instance: the billing API server's
// POST /koogallery/saas, the demo's marketplace (W-BUY's payment, Close resource, the demo
// story) and `billing-api koogallery-call` all go through handle().
//
// Activities (R-MKT-2, R-MKT-4, R-SET-5); refusals are Errors whose rule is the result code:
//   newInstance           000002 customerId unknown; orderId otherAccount / notSubscription /
//                         otherLine (the order already has an instance from another line)
//   refreshInstance       000003 instanceId; 000002 instanceId released
//   updateInstanceStatus  000003 instanceId; 000002 instanceId released
//   releaseInstance       000003 instanceId (a released instance answers 000000: idempotent)
//   queryInstance         000003 instanceIds (none of them known)
// Every call: 000001 when the signature does not hold (koogallery::Verdict) or the nonce
// was seen before; 000002 for a body the decoder refuses (koogallery::decode).
class KooGalleryService
{
public:
    explicit KooGalleryService(Session &session)
        : m_session(session)
    {}

    // POST /koogallery/saas: the whole call as one transaction, answered signed with the
    // configured key. Without one (Session::marketplaceKey empty) every call is refused
    // with 000001: the store's own key is for the demo's marketplace only, which on a demo
    // server (Session::marketplaceServesStoreKey) sends its calls here too.
    KooGalleryAnswer serve(const koogallery::SignedQuery &query, const QByteArray &body);

    // The demo's marketplace over HTTP (a purchase served by the billing API server): `call`
    // signed with marketplaceKey() as KooGallery would, to be sent to POST /koogallery/saas;
    // `key` checks the answer's Body-Sign (held in memory only, never logged). Its own
    // transaction (the store's key is made the first time).
    struct OutgoingCall
    {
        koogallery::SignedCall call;
        QByteArray key;
    };
    Result<OutgoingCall> signCall(const koogallery::Call &call);

    // The demo's marketplace: signs `call` with marketplaceKey() as KooGallery would and
    // hands it to handle(), inside the caller's transaction.
    Result<QJsonObject> callInTransaction(const koogallery::Call &call);

    // Verifies, remembers the nonce, decodes and applies a call, inside the caller's
    // transaction; the answer's members besides resultCode and resultMsg.
    Result<QJsonObject> handle(QByteArrayView key, const koogallery::SignedQuery &query,
                               const QByteArray &body);

    // The configured key, else the store's own (made from secure randomness the first time,
    // inside the caller's transaction).
    QByteArray marketplaceKey();

    // The instance's workspaces locked and R-SET-5 applied, as releaseInstance does; the
    // workspaces it locked. Inside the caller's transaction.
    QList<Workspace> closeInstance(const Instance &instance);
    // The workspaces closing `instance` locks (R-SET-5): the active ones settled through its
    // Huawei Cloud account, and the ones its freeze had locked.
    static QList<Workspace> workspacesToLock(store::Database &db, const Instance &instance);

    // Whether the last call served changed the store (an activity other than queryInstance
    // that succeeded): the server puts it on the change feed.
    bool changed() const { return m_changed; }

    // How a refusal answers: the result code and the HTTP status.
    static QString resultCodeOf(const Error &error);
    static int httpStatusOf(const Error &error);

    // Nonces are kept this long (a call is fresh for MaxClockSkewMs either way).
    static constexpr qint64 NonceRetentionMs = 5 * 60'000;

private:
    Result<QJsonObject> newInstance(const koogallery::NewInstance &call);
    Result<QJsonObject> refreshInstance(const koogallery::RefreshInstance &call);
    Result<QJsonObject> updateInstanceStatus(const koogallery::UpdateInstanceStatus &call);
    Result<QJsonObject> releaseInstance(const koogallery::ReleaseInstance &call);
    Result<QJsonObject> queryInstance(const koogallery::QueryInstance &call);
    Result<Instance> openInstance(const QString &instanceId);

    Session &m_session;
    bool m_changed = false;
    bool m_query = false; // the call being handled is a queryInstance
};

} // namespace oc
