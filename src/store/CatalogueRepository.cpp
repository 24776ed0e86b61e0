#include "CatalogueRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

void CatalogueRepository::insert(const Product &p)
{
    SqlQuery(m_db, u"INSERT INTO products (product_id, kind, name, unit_price_fen) "
                   "VALUES (:id, :kind, :name, :price)"_s)
        .bind(u":id"_s, p.productId)
        .bind(u":kind"_s, toString(p.kind))
        .bind(u":name"_s, p.name)
        .bind(u":price"_s, p.unitPrice.value)
        .exec();
}

std::optional<Product> CatalogueRepository::find(const QString &productId)
{
    SqlQuery q(m_db, u"SELECT product_id, kind, name, unit_price_fen FROM products "
                     "WHERE product_id = :id"_s);
    q.bind(u":id"_s, productId).exec();
    if (!q.next())
        return std::nullopt;
    return Product{q.text(0), enumOr(q.text(1), ProductKind::Subscription), q.text(2),
                   Fen(q.integer(3))};
}

} // namespace oc::store
