#include "AuthenticationService.h"

#include "core/Materials.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "store/AuthenticationRepository.h"
#include "store/HuaweiAccountRepository.h"
#include "store/MasterAssociationRepository.h"

#include <QRegularExpression>

namespace oc {

namespace {

const auto AccountCenter = QStringLiteral("accountCenter");
const auto SubmitOperation = QStringLiteral("submitAuthentication");
const auto ReviewOperation = QStringLiteral("authenticateAccount");
const auto MaterialsField = QStringLiteral("materials");
const auto CertificateNumberField = QStringLiteral("certificateNumber");

// R-AUTH-3 (my-account.md §4.2.3, §4.3.3).
constexpr int IndividualNumberLimit = 3;
constexpr int EnterpriseNumberLimit = 6;
// The thumbnail the console draws (contract/BackendTypes.h MaterialUpload).
constexpr quint32 MaxThumbnailSide = 112;

Error refuse(const char *rule, const QString &field, const char *reason, QVariantMap args = {})
{
    return makeError(QString::fromLatin1(rule), field, QString::fromLatin1(reason),
                     std::move(args));
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

template<class R>
Problem take(R &&result, QString &out)
{
    if (!result.ok())
        return result.error();
    out = std::forward<R>(result).value();
    return std::nullopt;
}

int numberLimit(AccountType type)
{
    return type == AccountType::Enterprise ? EnterpriseNumberLimit : IndividualNumberLimit;
}

// R-ACC-16: authenticating needs Huawei Cloud services enabled and not closed.
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

// R-AUTH-1 / R-AUTH-2: 5-30 letters, digits and '-'; upper-cased, so that R-AUTH-3 counts
// one number however it was typed.
Result<QString> certificateNumber(const QString &input, const char *rule)
{
    const QString value = input.trimmed().toUpper();
    if (value.isEmpty())
        return refuse(SystemError::Required, CertificateNumberField, "required");
    static const QRegularExpression form(QStringLiteral("^[A-Z0-9-]{5,30}$"));
    if (!form.match(value).hasMatch())
        return refuse(rule, CertificateNumberField, "format");
    return value;
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
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

// One material: what the console read is well formed, and the file may be uploaded.
Problem checkMaterial(const char *rule, const MaterialUpload &m, const QList<MaterialType> &allowed)
{
    const QString field = m.slot;
    if (!isSha256Hex(m.sha256))
        return refuse(SystemError::Invalid, field, "sha256");
    const auto header = strictBase64(m.header);
    if (!header || header->size() > material::HeaderBytes)
        return refuse(SystemError::Invalid, field, "header");
    if (auto problem = material::check(rule, field, m.fileName, m.size, *header, allowed))
        return problem;
    if (!m.thumbnail.isEmpty()) {
        const auto thumbnail = strictBase64(m.thumbnail);
        if (!thumbnail || !isSmallPng(*thumbnail))
            return refuse(SystemError::Invalid, field, "thumbnail");
    }
    return std::nullopt;
}

// The named uploads `named`, each once, each acceptable (R-AUTH-1, R-AUTH-2).
Problem checkMaterials(const char *rule, const QList<MaterialUpload> &materials,
                       const QStringList &named, const QList<MaterialType> &allowed)
{
    QStringList seen;
    for (const MaterialUpload &m : materials) {
        if (!named.contains(m.slot))
            return refuse(SystemError::Invalid, MaterialsField, "unknownSlot",
                          {{QStringLiteral("slot"), m.slot}});
        if (seen.contains(m.slot))
            return refuse(SystemError::Invalid, MaterialsField, "duplicateSlot",
                          {{QStringLiteral("slot"), m.slot}});
        seen << m.slot;
    }
    for (const QString &slot : named) {
        const auto found = std::find_if(materials.cbegin(), materials.cend(),
                                        [&](const MaterialUpload &m) { return m.slot == slot; });
        if (found == materials.cend())
            return refuse(rule, slot, "required");
        if (auto problem = checkMaterial(rule, *found, allowed))
            return problem;
    }
    return std::nullopt;
}

// The request's fields, validated and normalised, as the store keeps them.
Problem validateRequest(const AuthenticationRequest &r, const HuaweiAccount &account,
                        store::AuthenticationRow &row)
{
    const QString issuingField = QStringLiteral("issuingCountryRegion");
    if (r.type == AccountType::Individual) {
        row.certificateType = r.certificateType;
        if (auto p = take(validate::countryRegion(r.issuingCountryRegion, issuingField),
                          row.countryRegion))
            return p;
        if (row.countryRegion != account.countryRegion) // R-AUTH-7
            return refuse(rule::AUTH_7, issuingField, "mismatch",
                          {{QStringLiteral("countryRegion"), account.countryRegion}});
        if (auto p = take(validate::requiredText(r.fullName, QStringLiteral("fullName"), 64),
                          row.subjectName))
            return p;
        if (auto p =
                take(certificateNumber(r.certificateNumber, rule::AUTH_1), row.certificateNumber))
            return p;
        return checkMaterials(rule::AUTH_1, r.materials,
                              {QString::fromLatin1(MaterialSlot::CertificatePage),
                               QString::fromLatin1(MaterialSlot::HoldingPhoto)},
                              material::individualTypes());
    }
    // R-AUTH-2: the registered country/region is the account's (R-AUTH-7 when another is
    // given).
    const QString issuing = r.issuingCountryRegion.trimmed().toUpper();
    if (!issuing.isEmpty() && issuing != account.countryRegion)
        return refuse(rule::AUTH_7, issuingField, "mismatch",
                      {{QStringLiteral("countryRegion"), account.countryRegion}});
    row.countryRegion = account.countryRegion;
    if (auto p = take(
            validate::requiredText(r.registeredAddress, QStringLiteral("registeredAddress"), 256),
            row.address))
        return p;
    const QString enterpriseField = QString::fromLatin1(validate::Field::EnterpriseName);
    row.subjectName = r.enterpriseName.simplified();
    if (row.subjectName.isEmpty())
        return refuse(rule::AUTH_2, enterpriseField, "required");
    if (row.subjectName.size() > 64)
        return refuse(rule::AUTH_2, enterpriseField, "tooLong", {{QStringLiteral("max"), 64}});
    if (auto p = take(certificateNumber(r.certificateNumber, rule::AUTH_2), row.certificateNumber))
        return p;
    return checkMaterials(rule::AUTH_2, r.materials,
                          {QString::fromLatin1(MaterialSlot::CertificateFront),
                           QString::fromLatin1(MaterialSlot::CertificateBack)},
                          material::enterpriseTypes());
}

AuthenticationRecord recordOf(const store::AuthenticationRow &row)
{
    AuthenticationRecord r;
    r.authenticationId = row.authenticationId;
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

} // namespace

Result<AuthenticationRecord>
AuthenticationService::submitAuthentication(const AuthenticationRequest &r)
{
    const auto accountId =
        validate::huaweiAccountId(r.accountId, QString::fromLatin1(validate::Field::AccountId));
    if (!accountId.ok())
        return accountId.error();
    return m_session.mutate<AuthenticationRecord>(
        SubmitOperation, AccountCenter, *accountId, [&]() -> Result<AuthenticationRecord> {
            auto &db = m_session.db();
            store::HuaweiAccountRepository accounts(db);
            const auto account = accounts.find(*accountId);
            if (!account)
                return accountNotFound();
            if (auto problem = servicesEnabled(*account))
                return *problem;
            const QString accountField = QString::fromLatin1(validate::Field::AccountId);
            if (account->authStatus == AuthStatus::Pending)
                return refuse(rule::AUTH_4, accountField, "pending");
            if (account->authStatus == AuthStatus::Authenticated)
                return refuse(rule::AUTH_4, accountField, "authenticated");
            if (auto problem =
                    validate::accountTypeChange(account->accountType, r.type, account->authStatus))
                return *problem;

            store::AuthenticationRow row;
            row.accountId = *accountId;
            row.type = r.type;
            if (auto problem = validateRequest(r, *account, row))
                return *problem;
            store::AuthenticationRepository authentications(db);
            const int max = numberLimit(r.type);
            if (authentications.accountsUsingNumber(r.type, row.certificateNumber, *accountId,
                                                    true) >= max)
                return refuse(rule::AUTH_3, CertificateNumberField, "limit",
                              {{QStringLiteral("max"), max}});

            const QDateTime now = m_session.now();
            row.status = ReviewStatus::Pending;
            row.submittedAt = now;
            // R-AUTH-4: "within three working days", counted where the reviewers are.
            row.dueBy = addWorkingDays(now, 3, ClockSteps::chinaTimeZone());
            for (const MaterialUpload &m : r.materials)
                row.materials.append(store::MaterialRow{m.slot, m.fileName, m.size, m.header,
                                                        m.sha256, m.thumbnail});
            // A second submission racing this one meets the one-pending key (R-AUTH-4).
            const qint64 id = authentications.insert(row);
            accounts.setAccountType(*accountId, r.type, account->fullName, account->enterpriseName);
            accounts.setAuthStatus(*accountId, AuthStatus::Pending);
            m_session.journal(SubmitOperation, AccountCenter, *accountId, QStringLiteral("success"),
                              toString(r.type) + QLatin1Char(' ') + QString::number(id));
            return stored(db, id);
        });
}

Result<AuthenticationRecord> AuthenticationService::authentication(qint64 authenticationId)
{
    return m_session.read<AuthenticationRecord>(
        [&] { return stored(m_session.db(), authenticationId); });
}

Result<AuthenticationRecord> AuthenticationService::reviewAuthentication(const ReviewDecision &d)
{
    const auto note = validate::optionalText(d.note, QStringLiteral("note"), 256);
    if (!note.ok())
        return note.error();
    // The journal names the account the request is of (the id when there is none).
    const auto found = m_session.read<AuthenticationRecord>(
        [&] { return stored(m_session.db(), d.authenticationId); });
    const QString target = found.ok() ? found->accountId : QString::number(d.authenticationId);

    return m_session.mutate<AuthenticationRecord>(
        ReviewOperation, AccountCenter, target, [&]() -> Result<AuthenticationRecord> {
            auto &db = m_session.db();
            store::AuthenticationRepository authentications(db);
            const auto request = authentications.find(d.authenticationId);
            if (!request)
                return authenticationNotFound();
            if (request->status != ReviewStatus::Pending)
                return refuse(rule::AUTH_4, QStringLiteral("authenticationId"), "notPending",
                              {{QStringLiteral("status"), toString(request->status)}});
            if (!d.approve && !d.reason) // R-AUTH-8: the checklist's reason
                return refuse(rule::AUTH_4, QStringLiteral("reason"), "required");
            store::HuaweiAccountRepository accounts(db);
            const auto account = accounts.find(request->accountId);
            if (!account)
                return accountNotFound();
            const QDateTime now = m_session.now();
            const QVariantMap message{{QStringLiteral("subjectName"), request->subjectName},
                                      {QStringLiteral("authenticationId"), d.authenticationId}};

            if (!d.approve) {
                authentications.review(d.authenticationId, ReviewStatus::Rejected, now, d.reason,
                                       *note);
                accounts.setAuthStatus(request->accountId, AuthStatus::Rejected);
                m_session.journal(ReviewOperation, AccountCenter, request->accountId,
                                  QStringLiteral("success"),
                                  QStringLiteral("rejected ") + toString(*d.reason));
                QVariantMap params = message;
                params.insert(QStringLiteral("reason"), toString(*d.reason));
                params.insert(QStringLiteral("note"), *note);
                m_session.send(Channel::Email, account->email,
                               QStringLiteral("authenticationRejected"), params);
                return stored(db, d.authenticationId);
            }

            // R-AUTH-3 again: two submissions may have raced past the count at submission.
            const int max = numberLimit(request->type);
            if (authentications.accountsUsingNumber(request->type, request->certificateNumber,
                                                    request->accountId, false) >= max)
                return refuse(rule::AUTH_3, CertificateNumberField, "limit",
                              {{QStringLiteral("max"), max}});
            const bool enterprise = request->type == AccountType::Enterprise;
            // R-AUTH-9 looks at the names as they were before this approval.
            const bool firstEnterprise =
                enterprise && authentications.approvedEnterpriseRequests(request->accountId,
                                                                         d.authenticationId) == 0;
            const QString masterNameBefore = account->enterpriseName;

            authentications.review(d.authenticationId, ReviewStatus::Approved, now, std::nullopt,
                                   *note);
            accounts.setAccountType(request->accountId, request->type,
                                    enterprise ? account->fullName : request->subjectName,
                                    enterprise ? request->subjectName : account->enterpriseName);
            accounts.setAuthStatus(request->accountId, AuthStatus::Authenticated);
            m_session.journal(ReviewOperation, AccountCenter, request->accountId,
                              QStringLiteral("success"), QStringLiteral("approved"));
            m_session.send(Channel::Email, account->email, QStringLiteral("authenticationApproved"),
                           message);

            if (firstEnterprise) {
                // R-AUTH-9 (Table 4-1): copied to each associated member whose enterprise
                // name equalled the master's before, or equals the authenticated one.
                for (const QString &memberId :
                     store::MasterAssociationRepository(db).associatedMembers(request->accountId)) {
                    const auto member = accounts.find(memberId);
                    if (!member)
                        continue;
                    const bool equalBefore =
                        !masterNameBefore.isEmpty() && member->enterpriseName == masterNameBefore;
                    if (!equalBefore && member->enterpriseName != request->subjectName)
                        continue;
                    store::AuthenticationRow copy = *request;
                    copy.accountId = memberId;
                    copy.status = ReviewStatus::Approved;
                    copy.submittedAt = now;
                    copy.dueBy = {};
                    copy.reviewedAt = now;
                    copy.reviewerNote = QString();
                    copy.copiedFrom = d.authenticationId;
                    copy.materials.clear();
                    const qint64 copyId = authentications.insert(copy);
                    accounts.setAccountType(memberId, AccountType::Enterprise, member->fullName,
                                            request->subjectName);
                    accounts.setAuthStatus(memberId, AuthStatus::Authenticated);
                    m_session.journal(ReviewOperation, AccountCenter, memberId,
                                      QStringLiteral("success"),
                                      QStringLiteral("approved: R-AUTH-9 copy %1 of %2")
                                          .arg(copyId)
                                          .arg(d.authenticationId));
                    QVariantMap params = message;
                    params.insert(QStringLiteral("authenticationId"), copyId);
                    m_session.send(Channel::Email, member->email,
                                   QStringLiteral("authenticationApproved"), params);
                }
            }
            return stored(db, d.authenticationId);
        });
}

} // namespace oc
