#pragma once

// What the billing API server keeps in the store (migration 0007): operators and their
// tokens, idempotency keys, the change feed. Bound parameters only; StoreError on failure.

#include "Database.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace oc::store {

struct OperatorRecord
{
    QString operatorId;
    QString name;
    QString tokenHash; // hex SHA-256 of the token's secret
    QDateTime createdAt;
    QDateTime revokedAt; // invalid: active
};

class OperatorRepository
{
public:
    explicit OperatorRepository(Database &db)
        : m_db(db)
    {}
    void insert(const OperatorRecord &record);
    std::optional<OperatorRecord> find(const QString &operatorId);
    // The active operator of that name (letter case aside).
    std::optional<OperatorRecord> findActiveByName(const QString &name);
    QList<OperatorRecord> all();
    // Returns whether an active operator of that name was revoked.
    bool revoke(const QString &name, const QDateTime &at);

private:
    Database &m_db;
};

struct IdempotencyRecord
{
    QString key;
    QString operatorId;
    QString fingerprint;
    bool done = false;
    bool changed = false;
    int status = 0;
    QByteArray body;
    QDateTime createdAt;
};

class IdempotencyRepository
{
public:
    explicit IdempotencyRepository(Database &db)
        : m_db(db)
    {}
    // The key's row, locked until the transaction ends.
    std::optional<IdempotencyRecord> findForUpdate(const QString &key);
    void insertRunning(const IdempotencyRecord &record);
    // A running key taken over after its first request stopped without changing anything.
    void restart(const QString &key, const QDateTime &at);
    void markChanged(const QString &key);
    void complete(const QString &key, int status, const QByteArray &body);
    // Forgets keys older than `before` (a day is plenty for a client's retry).
    int prune(const QDateTime &before);

private:
    Database &m_db;
};

// The nonces of KooGallery's signed calls (koogallery_nonces).
class NonceRepository
{
public:
    explicit NonceRepository(Database &db)
        : m_db(db)
    {}
    // Keeps `nonce` as seen at `at`; false when it had been seen before (a replay), and then
    // nothing is written. Race-free: two processes remembering one nonce at once, one wins.
    bool remember(const QString &nonce, const QDateTime &at);
    // Forgets nonces seen before `before`.
    int prune(const QDateTime &before);

private:
    Database &m_db;
};

// The marketplace's side of an instance (koogallery_instances): the order line that made
// it, and what refreshInstance changes.
struct MarketplaceLine
{
    QString instanceId;
    QString orderId;
    QString orderLineId;
    QString businessId;
    bool testFlag = false;
    bool trial = false;
    QDateTime expireAt; // invalid: none known
    QDateTime createdAt;
};

class MarketplaceLineRepository
{
public:
    explicit MarketplaceLineRepository(Database &db)
        : m_db(db)
    {}
    void insert(const MarketplaceLine &line);
    std::optional<MarketplaceLine> find(const QString &instanceId);
    std::optional<MarketplaceLine> findByLine(const QString &orderId, const QString &orderLineId);
    void refresh(const QString &instanceId, bool trial, const QDateTime &expireAt);

private:
    Database &m_db;
};

struct ChangeRecord
{
    qint64 sequence = 0;
    QStringList views;
    bool clock = false;
};

class ChangeLogRepository
{
public:
    explicit ChangeLogRepository(Database &db)
        : m_db(db)
    {}
    // Appends a change; call inside a transaction that holds the feed's lock
    // (ChangeFeed::record). Returns its sequence.
    qint64 append(const QStringList &views, bool clock, const QDateTime &at);
    qint64 latest();
    // The oldest change still kept (0: none).
    qint64 oldest();
    // The changes after `since`, oldest first, at most `limit`.
    QList<ChangeRecord> after(qint64 since, int limit);
    // Keeps the newest `keep` changes.
    int prune(qint64 keep);

private:
    Database &m_db;
};

} // namespace oc::store
