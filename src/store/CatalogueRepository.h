#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <optional>

namespace oc::store {

class CatalogueRepository
{
public:
    explicit CatalogueRepository(Database &db)
        : m_db(db)
    {}
    void insert(const Product &product);
    std::optional<Product> find(const QString &productId);

private:
    Database &m_db;
};

} // namespace oc::store
