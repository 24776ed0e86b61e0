#include "AuthenticationFixtures.h"

#include "core/Clock.h"
#include "core/Materials.h"
#include "store/AuthenticationRepository.h"
#include "store/HuaweiAccountRepository.h"
#include "store/MasterAssociationRepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace oc::test {

using namespace Qt::StringLiterals;

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    for (int i = 0; i < 4; ++i)
        bytes[i] = char((value >> (24 - 8 * i)) & 0xFF);
    return bytes;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    return bigEndian(quint32(data.size())) + type + data + bigEndian(crc32(type + data));
}

// A material whose content is `header`, without a thumbnail.
MaterialUpload fileMaterial(const char *slot, const QString &fileName, const QByteArray &header)
{
    MaterialUpload m = pngMaterial(slot, fileName);
    m.header = QString::fromLatin1(header.toBase64());
    m.thumbnail.clear();
    return m;
}

// The record of a submission or a decision; the suite stops when it was refused (`what`).
AuthenticationRecord recordOf(const Result<AuthenticationRecord> &result, const char *what)
{
    if (!result.ok())
        qFatal("%s: %s", what, qPrintable(result.error().toString()));
    return result.value();
}

} // namespace

QByteArray png(quint32 width, quint32 height)
{
    QByteArray header = bigEndian(width) + bigEndian(height);
    header += QByteArray("\x08\x02\x00\x00\x00", 5); // 8 bits, RGB, deflate, no filter/interlace
    QByteArray rows;
    for (quint32 y = 0; y < height; ++y)
        rows += '\0' + QByteArray(int(width) * 3, char(0x80));
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + chunk("IHDR", header) +
           chunk("IDAT", qCompress(rows).mid(4)) + chunk("IEND", {});
}

QByteArray jpegHeader()
{
    QByteArray h("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    return h + QByteArray(material::HeaderBytes - h.size(), '\x11');
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

MaterialUpload pngMaterial(const char *slot, const QString &fileName)
{
    const QByteArray thumbnail = png(112, 80);
    return MaterialUpload{QString::fromLatin1(slot),
                          fileName,
                          2 * 1024 * 1024,
                          QString::fromLatin1(thumbnail.first(material::HeaderBytes).toBase64()),
                          sha256Of(fileName.toUtf8() + slot),
                          QString::fromLatin1(thumbnail.toBase64())};
}

MaterialUpload jpegMaterial(const char *slot)
{
    MaterialUpload m = pngMaterial(slot, u"photo.jpg"_s);
    m.header = QString::fromLatin1(jpegHeader().toBase64());
    return m;
}

MaterialUpload pdfMaterial(const char *slot, const QString &fileName)
{
    return fileMaterial(slot, fileName, QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3"));
}

MaterialUpload gifMaterial(const char *slot, const QString &fileName)
{
    MaterialUpload m = fileMaterial(slot, fileName, QByteArray("GIF89a\x10\x00\x10\x00", 10));
    m.thumbnail = QString::fromLatin1(png(16, 16).toBase64());
    return m;
}

MaterialUpload wordMaterial(const char *slot, const QString &fileName)
{
    return fileMaterial(slot, fileName, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

AccountSpec spec(AccountType type, const QString &enterpriseName, AuthStatus auth)
{
    AccountSpec s;
    s.type = type;
    s.enterpriseName = enterpriseName;
    s.auth = auth;
    return s;
}

QString newAccount(TestBackend &b, const AccountSpec &spec)
{
    static int serial = 0;
    ++serial;
    HuaweiAccount a;
    a.accountId = u"%1"_s.arg(0xa0000000u + quint32(serial), 32, 16, QLatin1Char('0'));
    a.loginId = a.tenantName = u"auth-test-%1"_s.arg(serial);
    a.email = u"auth-test-%1@example.com"_s.arg(serial);
    a.countryRegion = spec.country;
    a.accountType = spec.type;
    a.enterpriseName = spec.enterpriseName;
    a.fullName = spec.fullName;
    a.authStatus = spec.auth;
    a.servicesStatus = spec.services;
    a.createdAt = ClockSteps::demoStart().addDays(-10);
    auto db = openStore(b.database());
    store::HuaweiAccountRepository(*db).insert(a, u"x"_s);
    return a.accountId;
}

qint64 approvedRecord(TestBackend &b, const QString &accountId, const QString &certificateNumber,
                      const QString &subjectName, const QString &address)
{
    auto db = openStore(b.database());
    const HuaweiAccount account = *store::HuaweiAccountRepository(*db).find(accountId);
    store::AuthenticationRow row;
    row.accountId = accountId;
    row.type = account.accountType == AccountType::Enterprise ? AccountType::Enterprise
                                                              : AccountType::Individual;
    if (row.type == AccountType::Individual)
        row.certificateType = CertificateType::Passport;
    row.certificateNumber = certificateNumber;
    row.subjectName = subjectName;
    row.countryRegion = account.countryRegion;
    row.address = address;
    row.status = ReviewStatus::Approved;
    row.submittedAt = ClockSteps::demoStart().addDays(-9);
    row.reviewedAt = ClockSteps::demoStart().addDays(-8);
    return store::AuthenticationRepository(*db).insert(row);
}

void associate(TestBackend &b, const QString &memberId, const QString &masterId,
               const QString &status)
{
    auto db = openStore(b.database());
    store::MasterAssociationRepository(*db).insert(
        {memberId, masterId, status, ClockSteps::demoStart().addDays(-2)});
}

HuaweiAccount accountOf(TestBackend &b, const QString &accountId)
{
    auto db = openStore(b.database());
    return *store::HuaweiAccountRepository(*db).find(accountId);
}

ReviewDecision approve(qint64 id)
{
    return {.authenticationId = id, .approve = true, .reason = std::nullopt, .note = {}};
}

ReviewDecision reject(qint64 id, std::optional<RejectReason> reason, const QString &note)
{
    return {.authenticationId = id, .approve = false, .reason = reason, .note = note};
}

AuthenticationRecord submitted(TestBackend &b, const AuthenticationRequest &r)
{
    return recordOf(await(b->submitAuthentication(r)), "submit");
}

AuthenticationRecord submitted(TestBackend &b, const ReauthenticationRequest &r)
{
    return recordOf(await(b->submitReauthentication(r)), "submit");
}

AuthenticationRecord reviewed(TestBackend &b, const ReviewDecision &d)
{
    return recordOf(await(b->reviewAuthentication(d)), "review");
}

QList<QVariantMap> outboxOf(TestBackend &b, const QString &email, const QString &kind)
{
    return rows(*b.backend, view::Outbox, {{column::Destination, email}, {column::Kind, kind}});
}

QVariantMap paramsOf(const QVariantMap &outboxRow)
{
    return QJsonDocument::fromJson(outboxRow.value(column::Params).toString().toUtf8())
        .object()
        .toVariantMap();
}

Snapshot snapshot(TestBackend &b, const QString &accountId)
{
    const HuaweiAccount a = accountOf(b, accountId);
    return {count(*b.backend, view::Authentications), count(*b.backend, view::Outbox),
            count(*b.backend, view::Journal, {{column::Outcome, u"success"_s}}),
            oc::toString<AccountType>(a.accountType) + u'|' + a.fullName + u'|' + a.enterpriseName +
                u'|' + oc::toString<AuthStatus>(a.authStatus)};
}

char *toString(const Snapshot &s)
{
    return qstrdup(QByteArray::number(s.authentications) + ' ' + QByteArray::number(s.outbox) +
                   ' ' + QByteArray::number(s.successes) + ' ' + s.account.toUtf8());
}

} // namespace oc::test
