#include "AuthenticationChecks.h"

#include "core/Rules.h"
#include "core/Validators.h"
#include "store/HuaweiAccountRepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace oc::authcheck {

namespace {

const auto MaterialsField = QStringLiteral("materials");
const auto CertificateNumberField = QStringLiteral("certificateNumber");
const auto IssuingField = QStringLiteral("issuingCountryRegion");

// R-AUTH-3 (my-account.md §4.2.3, §4.3.3).
constexpr int IndividualNumberLimit = 3;
constexpr int EnterpriseNumberLimit = 6;
// The thumbnail the console draws (contract/BackendTypes.h MaterialUpload).
constexpr quint32 MaxThumbnailSide = 112;

template<class R>
Problem take(R &&result, QString &out)
{
    if (!result.ok())
        return result.error();
    out = std::forward<R>(result).value();
    return std::nullopt;
}

std::optional<QByteArray> strictBase64(const QString &text)
{
    auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || QString::fromLatin1(text.toLatin1()) != text)
        return std::nullopt;
    return *decoded;
}

quint32 bigEndian32(const QByteArray &bytes, int at)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

// A PNG whose first chunk, IHDR, says at most 112x112 pixels (read from its bytes: the
// services have no image library).
bool isSmallPng(const QByteArray &png)
{
    static const QByteArray signature("\x89PNG\r\n\x1A\n", 8);
    // signature, IHDR's length (13) and type, width and height
    if (png.size() < 8 + 8 + 13 + 4 || !png.startsWith(signature))
        return false;
    if (bigEndian32(png, 8) != 13 || png.mid(12, 4) != "IHDR")
        return false;
    const quint32 width = bigEndian32(png, 16);
    const quint32 height = bigEndian32(png, 20);
    return width >= 1 && height >= 1 && width <= MaxThumbnailSide && height <= MaxThumbnailSide;
}

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}\\z"));
    return hex.match(text).hasMatch();
}

// One material: what the console read is well formed, and the file may be uploaded.
Problem checkMaterial(const char *rule, const MaterialUpload &m, const QList<MaterialType> &allowed)
{
    return checkUpload(rule, m.slot, m, allowed);
}

// R-AUTH-7: the certificate's country/region must be the account's.
Error countryMismatch(const HuaweiAccount &account)
{
    return refuse(rule::AUTH_7, IssuingField, "mismatch",
                  {{QStringLiteral("countryRegion"), account.countryRegion}});
}

} // namespace

Error refuse(const char *rule, const QString &field, const char *reason, QVariantMap args)
{
    return makeError(QString::fromLatin1(rule), field, QString::fromLatin1(reason),
                     std::move(args));
}

Problem checkUpload(const char *rule, const QString &field, const MaterialUpload &m,
                    const QList<MaterialType> &allowed, qint64 maxBytes)
{
    if (!isSha256Hex(m.sha256))
        return refuse(SystemError::Invalid, field, "sha256");
    const auto header = strictBase64(m.header);
    if (!header || header->size() > material::HeaderBytes)
        return refuse(SystemError::Invalid, field, "header");
    if (auto problem = material::check(rule, field, m.fileName, m.size, *header, allowed, maxBytes))
        return problem;
    if (!m.thumbnail.isEmpty()) {
        const auto thumbnail = strictBase64(m.thumbnail);
        if (!thumbnail || !isSmallPng(*thumbnail))
            return refuse(SystemError::Invalid, field, "thumbnail");
    }
    return std::nullopt;
}

Error accountNotFound()
{
    return refuse(SystemError::NotFound, QString::fromLatin1(validate::Field::AccountId),
                  "huaweiAccount");
}

Error authenticationNotFound()
{
    return refuse(SystemError::NotFound, QStringLiteral("authenticationId"), "authentication");
}

Problem servicesEnabled(const HuaweiAccount &account)
{
    const QString field = QString::fromLatin1(validate::Field::AccountId);
    switch (account.servicesStatus) {
    case ServicesStatus::Enabled:
        return std::nullopt;
    case ServicesStatus::NotEnabled:
        return refuse(rule::ACC_16, field, "notEnabled");
    case ServicesStatus::Closed:
        return refuse(rule::ACC_16, field, "servicesClosed");
    case ServicesStatus::Disabled:
        return refuse(rule::ACC_16, field, "servicesDisabled");
    }
    return std::nullopt;
}

Problem numberLimit(store::AuthenticationRepository &authentications, AccountType type,
                    const QString &certificateNumber, const QString &accountId, bool withPending)
{
    const int max = type == AccountType::Enterprise ? EnterpriseNumberLimit : IndividualNumberLimit;
    if (authentications.accountsUsingNumber(type, certificateNumber, accountId, withPending) >= max)
        return refuse(rule::AUTH_3, CertificateNumberField, "limit",
                      {{QStringLiteral("max"), max}});
    return std::nullopt;
}

Problem individualSubject(const QString &issuingCountryRegion, CertificateType certificateType,
                          const QString &fullName, const QString &certificateNumber,
                          const HuaweiAccount &account, store::AuthenticationRow &row)
{
    row.type = AccountType::Individual;
    row.certificateType = certificateType;
    if (auto p =
            take(validate::countryRegion(issuingCountryRegion, IssuingField), row.countryRegion))
        return p;
    if (row.countryRegion != account.countryRegion) // R-AUTH-7
        return countryMismatch(account);
    if (auto p =
            take(validate::requiredText(fullName, QStringLiteral("fullName"), 64), row.subjectName))
        return p;
    // R-AUTH-1: upper-cased, so that R-AUTH-3 counts one number however it was typed.
    return take(
        validate::certificateNumber(certificateNumber, rule::AUTH_1, CertificateNumberField),
        row.certificateNumber);
}

Problem enterpriseSubject(const QString &issuingCountryRegion, const QString &registeredAddress,
                          const QString &enterpriseName, const QString &certificateNumber,
                          const HuaweiAccount &account, store::AuthenticationRow &row)
{
    row.type = AccountType::Enterprise;
    row.certificateType.reset();
    // R-AUTH-2: the registered country/region is the account's (R-AUTH-7 when another is
    // given).
    const QString issuing = issuingCountryRegion.trimmed().toUpper();
    if (!issuing.isEmpty() && issuing != account.countryRegion)
        return countryMismatch(account);
    row.countryRegion = account.countryRegion;
    if (auto p = take(
            validate::requiredText(registeredAddress, QStringLiteral("registeredAddress"), 256),
            row.address))
        return p;
    if (auto p = take(authcheck::enterpriseName(enterpriseName), row.subjectName))
        return p;
    return take(
        validate::certificateNumber(certificateNumber, rule::AUTH_2, CertificateNumberField),
        row.certificateNumber);
}

Result<QString> enterpriseName(const QString &input)
{
    const QString field = QString::fromLatin1(validate::Field::EnterpriseName);
    const QString value = input.simplified();
    if (value.isEmpty())
        return refuse(rule::AUTH_2, field, "required");
    if (value.size() > 64)
        return refuse(rule::AUTH_2, field, "tooLong", {{QStringLiteral("max"), 64}});
    return value;
}

Problem checkMaterials(const QList<MaterialUpload> &materials, const QList<MaterialSlotRule> &rules)
{
    const auto takes = [&](const QString &name) {
        return std::any_of(rules.cbegin(), rules.cend(), [&](const MaterialSlotRule &s) {
            return name == QLatin1String(s.slot);
        });
    };
    QStringList seen;
    for (const MaterialUpload &m : materials) {
        if (!takes(m.slot))
            return refuse(SystemError::Invalid, MaterialsField, "unknownSlot",
                          {{QStringLiteral("slot"), m.slot}});
        if (seen.contains(m.slot))
            return refuse(SystemError::Invalid, MaterialsField, "duplicateSlot",
                          {{QStringLiteral("slot"), m.slot}});
        seen << m.slot;
    }
    for (const MaterialSlotRule &s : rules) {
        const QString slot = QString::fromLatin1(s.slot);
        const auto found = std::find_if(materials.cbegin(), materials.cend(),
                                        [&](const MaterialUpload &m) { return m.slot == slot; });
        if (found == materials.cend()) {
            if (s.required)
                return refuse(s.rule, slot, "required");
            continue;
        }
        if (auto problem = checkMaterial(s.fileRule, *found, s.types))
            return problem;
    }
    return std::nullopt;
}

QList<store::MaterialRow> materialRows(const QList<MaterialUpload> &materials)
{
    QList<store::MaterialRow> rows;
    for (const MaterialUpload &m : materials)
        rows.append(
            store::MaterialRow{m.slot, m.fileName, m.size, m.header, m.sha256, m.thumbnail});
    return rows;
}

void copyToMember(Session &session, const store::AuthenticationRow &request,
                  const HuaweiAccount &member, const char *rule, const QString &mailKind,
                  QVariantMap message)
{
    auto &db = session.db();
    const QDateTime now = session.now();
    store::AuthenticationRow copy = request;
    copy.accountId = member.accountId;
    copy.status = ReviewStatus::Approved;
    copy.submittedAt = now;
    copy.dueBy = {};
    copy.reviewedAt = now;
    copy.rejectReason.reset();
    copy.reviewerNote = QString();
    copy.copiedFrom = request.authenticationId;
    copy.materials.clear();
    const qint64 copyId = store::AuthenticationRepository(db).insert(copy);
    store::HuaweiAccountRepository accounts(db);
    accounts.setAccountType(member.accountId, AccountType::Enterprise, member.fullName,
                            request.subjectName);
    accounts.setAuthStatus(member.accountId, AuthStatus::Authenticated);
    session.journal(QString::fromLatin1(ReviewOperation), QString::fromLatin1(AccountCenter),
                    member.accountId, QStringLiteral("success"),
                    QStringLiteral("approved: %1 copy %2 of %3")
                        .arg(QString::fromLatin1(rule))
                        .arg(copyId)
                        .arg(request.authenticationId));
    message.insert(QStringLiteral("authenticationId"), copyId);
    session.send(Channel::Email, member.email, mailKind, message);
}

AuthenticationRecord recordOf(const store::AuthenticationRow &row)
{
    AuthenticationRecord r;
    r.authenticationId = row.authenticationId;
    r.kind = row.kind;
    r.accountId = row.accountId;
    r.accountName = row.accountName;
    r.type = row.type;
    r.certificateType = row.certificateType.value_or(CertificateType::Passport);
    r.certificateNumber = row.certificateNumber;
    r.subjectName = row.subjectName;
    r.countryRegion = row.countryRegion;
    r.address = row.address;
    r.status = row.status;
    r.submittedAt = row.submittedAt;
    r.dueBy = row.dueBy;
    r.reviewedAt = row.reviewedAt;
    r.rejectReason = row.rejectReason;
    r.reviewerNote = row.reviewerNote;
    for (const store::MaterialRow &m : row.materials)
        r.materials.append(
            MaterialUpload{m.slot, m.fileName, m.size, m.header, m.sha256, m.thumbnail});
    return r;
}

Result<AuthenticationRecord> stored(store::Database &db, qint64 authenticationId)
{
    const auto row = store::AuthenticationRepository(db).find(authenticationId);
    if (!row)
        return authenticationNotFound();
    return recordOf(*row);
}

} // namespace oc::authcheck
