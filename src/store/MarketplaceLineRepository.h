#pragma once

#include "Database.h"

#include <QDateTime>

#include <optional>

namespace oc::store {

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

} // namespace oc::store
