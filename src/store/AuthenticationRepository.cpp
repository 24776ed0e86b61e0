#include "AuthenticationRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

// The account's display name, as HuaweiAccount::displayName() and the lists say it.
const QString AccountName =
    u"CASE WHEN a.account_type = 'enterprise' AND a.enterprise_name <> '' THEN "
    "a.enterprise_name WHEN a.full_name <> '' THEN a.full_name ELSE a.login_id END"_s;

template<class E>
std::optional<E> optionalEnum(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return enumFromString<E>(value.toString());
}

// NULL when unset (SqlQuery::bind takes a null QString for '': an untyped null it is).
template<class E>
QVariant enumOrNull(const std::optional<E> &value)
{
    return value ? QVariant(toString(*value)) : QVariant();
}

} // namespace

qint64 AuthenticationRepository::insert(const AuthenticationRow &r)
{
    SqlQuery q(m_db, u"INSERT INTO authentications (account_id, kind, auth_type, "
                     "certificate_type, certificate_number, subject_name, country_region, "
                     "address, status, submitted_at, due_by, reviewed_at, reject_reason, "
                     "reviewer_note, copied_from) VALUES (:id, :kind, :type, :ct, :cn, :sn, "
                     ":country, :address, :st, :sub, :due, :rev, :reason, :note, :copied) "
                     "RETURNING authentication_id"_s);
    q.bind(u":id"_s, r.accountId)
        .bind(u":kind"_s, toString(r.kind))
        .bind(u":type"_s, toString(r.type))
        .bind(u":ct"_s, r.certificateType ? toString(*r.certificateType) : QString(u""_s))
        .bind(u":cn"_s, r.certificateNumber)
        .bind(u":sn"_s, r.subjectName)
        .bind(u":country"_s, r.countryRegion)
        .bind(u":address"_s, r.address)
        .bind(u":st"_s, toString(r.status))
        .bind(u":sub"_s, toDb(r.submittedAt))
        .bind(u":due"_s, toDb(r.dueBy))
        .bind(u":rev"_s, toDb(r.reviewedAt))
        .bind(u":reason"_s, enumOrNull(r.rejectReason))
        .bind(u":note"_s, r.reviewerNote)
        .bind(u":copied"_s, idOrNull(r.copiedFrom))
        .exec();
    const qint64 id = q.next() ? q.integer(0) : 0;
    for (const MaterialRow &m : r.materials)
        SqlQuery(m_db, u"INSERT INTO authentication_materials (authentication_id, slot, "
                       "file_name, size, header, sha256, thumbnail) VALUES (:a, :slot, :name, "
                       ":size, :header, :sha, :thumb)"_s)
            .bind(u":a"_s, id)
            .bind(u":slot"_s, m.slot)
            .bind(u":name"_s, m.fileName)
            .bind(u":size"_s, m.size)
            .bind(u":header"_s, m.header)
            .bind(u":sha"_s, m.sha256)
            .bind(u":thumb"_s, m.thumbnail)
            .exec();
    return id;
}

namespace {

// The columns rowOf() reads, from authentications t joined with its account a.
const QString RowColumns = u"t.authentication_id, t.account_id, "_s + AccountName +
                           u", t.auth_type, t.certificate_type, t.certificate_number, "
                           "t.subject_name, t.country_region, t.address, t.status, "
                           "t.submitted_at, t.due_by, t.reviewed_at, t.reject_reason, "
                           "t.reviewer_note, t.copied_from, t.kind"_s;

AuthenticationRow rowOf(const SqlQuery &q)
{
    AuthenticationRow r;
    r.authenticationId = q.integer(0);
    r.accountId = q.text(1);
    r.accountName = q.text(2);
    r.type = enumOr(q.text(3), AccountType::Individual);
    r.certificateType = enumFromString<CertificateType>(q.text(4));
    r.certificateNumber = q.text(5);
    r.subjectName = q.text(6);
    r.countryRegion = q.text(7);
    r.address = q.text(8);
    r.status = enumOr(q.text(9), ReviewStatus::Pending);
    r.submittedAt = timeFromDb(q.value(10));
    r.dueBy = timeFromDb(q.value(11));
    r.reviewedAt = timeFromDb(q.value(12));
    r.rejectReason = optionalEnum<RejectReason>(q.value(13));
    r.reviewerNote = q.text(14);
    r.copiedFrom = q.value(15).isNull() ? 0 : q.integer(15);
    r.kind = enumOr(q.text(16), ReviewKind::Authentication);
    return r;
}

} // namespace

std::optional<AuthenticationRow> AuthenticationRepository::find(qint64 authenticationId)
{
    SqlQuery q(m_db, u"SELECT "_s + RowColumns +
                         u" FROM authentications t JOIN huawei_accounts a ON "
                         "a.account_id = t.account_id WHERE t.authentication_id = :id"_s);
    q.bind(u":id"_s, authenticationId).exec();
    if (!q.next())
        return std::nullopt;
    AuthenticationRow r = rowOf(q);

    SqlQuery m(m_db, u"SELECT slot, file_name, size, header, sha256, thumbnail FROM "
                     "authentication_materials WHERE authentication_id = :id ORDER BY "
                     "material_id"_s);
    m.bind(u":id"_s, authenticationId).exec();
    while (m.next())
        r.materials.append(
            MaterialRow{m.text(0), m.text(1), m.integer(2), m.text(3), m.text(4), m.text(5)});
    return r;
}

void AuthenticationRepository::review(qint64 authenticationId, ReviewStatus status,
                                      const QDateTime &at, std::optional<RejectReason> reason,
                                      const QString &note)
{
    SqlQuery(m_db, u"UPDATE authentications SET status = :st, reviewed_at = :at, "
                   "reject_reason = :reason, reviewer_note = :note WHERE authentication_id = :id"_s)
        .bind(u":st"_s, toString(status))
        .bind(u":at"_s, toDb(at))
        .bind(u":reason"_s, enumOrNull(reason))
        .bind(u":note"_s, note)
        .bind(u":id"_s, authenticationId)
        .exec();
}

int AuthenticationRepository::accountsUsingNumber(AccountType type,
                                                  const QString &certificateNumber,
                                                  const QString &exceptAccountId, bool withPending)
{
    SqlQuery q(m_db, u"SELECT count(DISTINCT t.account_id) FROM authentications t WHERE "
                     "t.certificate_number = :n AND t.auth_type = :type AND t.account_id <> :id "
                     "AND ((:pending = 1 AND t.status = 'pending') OR (t.status = 'approved' AND "
                     "NOT EXISTS (SELECT 1 FROM authentications l WHERE l.account_id = "
                     "t.account_id AND l.status = 'approved' AND (COALESCE(l.reviewed_at, 0) > "
                     "COALESCE(t.reviewed_at, 0) OR (COALESCE(l.reviewed_at, 0) = "
                     "COALESCE(t.reviewed_at, 0) AND l.authentication_id > "
                     "t.authentication_id)))))"_s);
    q.bind(u":n"_s, certificateNumber)
        .bind(u":type"_s, toString(type))
        .bind(u":id"_s, exceptAccountId)
        .bind(u":pending"_s, withPending ? 1 : 0)
        .exec();
    return q.next() ? int(q.integer(0)) : 0;
}

int AuthenticationRepository::approvedEnterpriseRequests(const QString &accountId, qint64 exceptId)
{
    SqlQuery q(m_db, u"SELECT count(*) FROM authentications WHERE account_id = :id AND "
                     "auth_type = 'enterprise' AND status = 'approved' AND "
                     "authentication_id <> :except"_s);
    q.bind(u":id"_s, accountId).bind(u":except"_s, exceptId).exec();
    return q.next() ? int(q.integer(0)) : 0;
}

std::optional<qint64> AuthenticationRepository::pendingOf(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT authentication_id FROM authentications WHERE account_id = :id "
                     "AND status = 'pending'"_s);
    q.bind(u":id"_s, accountId).exec();
    if (!q.next())
        return std::nullopt;
    return q.integer(0);
}

std::optional<AuthenticationRow> AuthenticationRepository::current(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT "_s + RowColumns +
                         u" FROM authentications t JOIN huawei_accounts a ON a.account_id = "
                         "t.account_id WHERE t.account_id = :id AND t.status = 'approved' "
                         "ORDER BY COALESCE(t.reviewed_at, 0) DESC, t.authentication_id DESC "
                         "LIMIT 1"_s);
    q.bind(u":id"_s, accountId).exec();
    if (!q.next())
        return std::nullopt;
    return rowOf(q);
}

} // namespace oc::store
