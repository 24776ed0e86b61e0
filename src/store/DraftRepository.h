#pragma once

#include "Database.h"

#include <QJsonObject>

#include <optional>

namespace oc::store {

class DraftRepository
{
public:
    explicit DraftRepository(Database &db)
        : m_db(db)
    {}
    void save(const QString &wizard, const QString &key, const QString &page,
              const QJsonObject &state, const QDateTime &at);
    struct Draft
    {
        QString page;
        QJsonObject state;
        QDateTime updatedAt;
    };
    std::optional<Draft> load(const QString &wizard, const QString &key);
    void remove(const QString &wizard, const QString &key);

private:
    Database &m_db;
};

} // namespace oc::store
