#pragma once

#include "Database.h"

#include <QDateTime>

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

// The billing API server's operators and their tokens (migration 0007).
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

} // namespace oc::store
