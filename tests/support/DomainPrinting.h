#pragma once

// So that QCOMPARE prints domain values by name. Exact (non-template) overloads: a call
// through QTest would otherwise be ambiguous between QTest::toString<T> and Domain.h's
// oc::toString<E>, both found for types of namespace oc.

#include "core/Domain.h"
#include "core/Listing.h"

#include <QByteArray>

namespace oc {

#define OC_TEST_PRINT_ENUM(E)                                                                      \
    inline char *toString(const E &value)                                                          \
    {                                                                                              \
        const QString name = oc::toString<E>(value);                                               \
        return qstrdup(name.isEmpty() ? QByteArray::number(int(value)).constData()                 \
                                      : name.toLatin1().constData());                              \
    }

OC_TEST_PRINT_ENUM(AccountType)
OC_TEST_PRINT_ENUM(AuthStatus)
OC_TEST_PRINT_ENUM(ServicesStatus)
OC_TEST_PRINT_ENUM(ProductKind)
OC_TEST_PRINT_ENUM(OrderStatus)
OC_TEST_PRINT_ENUM(InstanceStatus)
OC_TEST_PRINT_ENUM(OrganizationStatus)
OC_TEST_PRINT_ENUM(WorkspaceLanguage)
OC_TEST_PRINT_ENUM(WorkspaceStatus)
OC_TEST_PRINT_ENUM(SettlementMethod)
OC_TEST_PRINT_ENUM(CardStatus)
OC_TEST_PRINT_ENUM(PurchaseType)
OC_TEST_PRINT_ENUM(Channel)
OC_TEST_PRINT_ENUM(PartnerModel)
OC_TEST_PRINT_ENUM(PhonePurpose)
OC_TEST_PRINT_ENUM(CardVerification)
OC_TEST_PRINT_ENUM(CertificateType)
OC_TEST_PRINT_ENUM(ReviewStatus)
OC_TEST_PRINT_ENUM(RejectReason)
OC_TEST_PRINT_ENUM(ReviewKind)

#undef OC_TEST_PRINT_ENUM

inline char *toString(const ColumnKind &kind)
{
    return qstrdup(QByteArray("ColumnKind(") + QByteArray::number(int(kind)) + ')');
}

// The members a W-SIGNUP test compares (the whole value is compared, not printed).
inline char *toString(const HuaweiAccount &a)
{
    return qstrdup(QStringLiteral("HuaweiAccount(%1 %2 %3 %4 %5 mobile=%6 security=%7)")
                       .arg(a.accountId, a.loginId, a.email, a.countryRegion,
                            oc::toString<ServicesStatus>(a.servicesStatus), a.mobile,
                            a.securityPhone)
                       .toUtf8()
                       .constData());
}

inline char *toString(const PaymentCard &c)
{
    return qstrdup(QStringLiteral("PaymentCard(%1 %2 %3 %4 %5)")
                       .arg(QString::number(c.cardId), c.maskedNumber, c.holder, c.expiry,
                            oc::toString<CardVerification>(c.result))
                       .toUtf8()
                       .constData());
}

inline char *toString(const Fen &fen)
{
    return qstrdup(fen.toPlainString().toLatin1().constData());
}

} // namespace oc
