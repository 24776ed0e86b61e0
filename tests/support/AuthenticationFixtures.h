#pragma once

// What the real-name authentication suites (test_authentication, test_reauthentication)
// submit and set up: materials as the console reads them (a header, a SHA-256 and a PNG
// thumbnail), and accounts made straight in the store, for the states the demo has not
// (services, several accounts of one certificate number, masters and members, an
// authentication record of its own).

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

} // namespace oc::test
