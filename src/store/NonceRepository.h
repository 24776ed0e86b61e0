#pragma once

#include "Database.h"

#include <QDateTime>

namespace oc::store {

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

} // namespace oc::store
