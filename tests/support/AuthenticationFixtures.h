#pragma once

// What the real-name authentication suites (test_authentication, test_reauthentication)
// submit and set up: materials as the console reads them (a header, a SHA-256 and a PNG
// thumbnail), and accounts made straight in the store, for the states the demo has not
// (services, several accounts of one certificate number, masters and members, an
// authentication record of its own); the reviewer's decisions, and what a submission or a
// review leaves behind.

#include "TestSupport.h"

namespace oc::test {

// A grey RGB PNG of `width` x `height` pixels, as the console's thumbnails are.
QByteArray png(quint32 width, quint32 height);
// The first material::HeaderBytes bytes of a JPEG.
QByteArray jpegHeader();
QString sha256Of(const QByteArray &bytes);

// What the console reads of a PNG photo `slot` named `fileName`.
MaterialUpload pngMaterial(const char *slot, const QString &fileName = QStringLiteral("photo.png"));
MaterialUpload jpegMaterial(const char *slot);
// A PDF (no thumbnail), a GIF, a Word file (.doc, no thumbnail) named `fileName`.
MaterialUpload pdfMaterial(const char *slot, const QString &fileName = QStringLiteral("scan.pdf"));
MaterialUpload gifMaterial(const char *slot, const QString &fileName = QStringLiteral("scan.gif"));
MaterialUpload wordMaterial(const char *slot, const QString &fileName = QStringLiteral("form.doc"));

// An account made straight in the store.
struct AccountSpec
{
    AccountType type = AccountType::Unset;
    QString enterpriseName;
    AuthStatus auth = AuthStatus::Unauthenticated;
    ServicesStatus services = ServicesStatus::Enabled;
    QString country = QStringLiteral("CN");
    QString fullName;
};
AccountSpec spec(AccountType type, const QString &enterpriseName = {},
                 AuthStatus auth = AuthStatus::Unauthenticated);
// Its id (generated, 0xa0000000 + a serial); login id and tenant name "auth-test-<serial>".
QString newAccount(TestBackend &b, const AccountSpec &spec = {});
// An approved first authentication of `accountId` written straight into the store (its
// current record, R-AUTH-10): an individual's or an enterprise's, as the account's type.
qint64 approvedRecord(TestBackend &b, const QString &accountId, const QString &certificateNumber,
                      const QString &subjectName, const QString &address = {});
// A master_associations row: `status` invited, associated or rejected.
void associate(TestBackend &b, const QString &memberId, const QString &masterId,
               const QString &status = QStringLiteral("associated"));
HuaweiAccount accountOf(TestBackend &b, const QString &accountId);

// Huawei's reviewer approves request `id`, or rejects it for `reason` (nullopt: none given).
ReviewDecision approve(qint64 id);
ReviewDecision reject(qint64 id, std::optional<RejectReason> reason, const QString &note = {});
// A submission or a decision the test relies on: the suite stops when it is refused.
AuthenticationRecord submitted(TestBackend &b, const AuthenticationRequest &r);
AuthenticationRecord submitted(TestBackend &b, const ReauthenticationRequest &r);
AuthenticationRecord reviewed(TestBackend &b, const ReviewDecision &d);

// A refusal as text (empty for a success), to compare.
template<class T>
QString errorText(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

// The Outbox messages to `email` of `kind`, and the parameters of one of them.
QList<QVariantMap> outboxOf(TestBackend &b, const QString &email, const QString &kind);
QVariantMap paramsOf(const QVariantMap &outboxRow);

// What a submission or a review changes, to prove a refusal changes nothing.
struct Snapshot
{
    qint64 authentications = 0;
    qint64 outbox = 0;
    qint64 successes = 0;
    QString account; // type, names, authentication status
    bool operator==(const Snapshot &) const = default;
};
Snapshot snapshot(TestBackend &b, const QString &accountId);
char *toString(const Snapshot &s);

} // namespace oc::test
