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
OC_TEST_PRINT_ENUM(PartnerStatus)
OC_TEST_PRINT_ENUM(DisassociationInitiator)
OC_TEST_PRINT_ENUM(MasterLinkStatus)
OC_TEST_PRINT_ENUM(MasterAccounting)

#undef OC_TEST_PRINT_ENUM

inline char *toString(const ColumnKind &kind)
{
    return qstrdup(QByteArray("ColumnKind(") + QByteArray::number(int(kind)) + ')');
}

// The members a W-SIGNUP test compares (the whole value is compared, not printed).
inline char *toString(const HuaweiAccount &a)
{
    return qstrdup(QStringLiteral("HuaweiAccount(%1 %2 %3 %4 %5 serviceMobile=%6 security=%7 "
                                  "tenant=%8 serviceEmail=%9)")
                       .arg(a.accountId, a.loginId, a.email, a.countryRegion,
                            oc::toString<ServicesStatus>(a.servicesStatus), a.serviceMobile,
                            a.securityPhone, a.tenantName, a.serviceEmail)
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

// My Account (schema 15): Domain.h's toString<E> template would otherwise be found for them.
inline char *toString(const ContactAddress &a)
{
    return qstrdup(QStringLiteral("ContactAddress(%1 | %2 | %3 | %4 | %5 | %6)")
                       .arg(a.line1, a.line2, a.city, a.stateProvince, a.commune, a.postalCode)
                       .toUtf8()
                       .constData());
}

inline char *toString(const CurrencySelection &c)
{
    return qstrdup(QStringLiteral("CurrencySelection(%1 %2)")
                       .arg(c.currency, c.selectedAt.toString(Qt::ISODateWithMs))
                       .toUtf8()
                       .constData());
}

inline char *toString(const MessageRecipient &r)
{
    return qstrdup(QStringLiteral("MessageRecipient(%1 %2 %3 %4 %5)")
                       .arg(QString::number(r.recipientId), r.accountId, r.name, r.mobile, r.email)
                       .toUtf8()
                       .constData());
}

inline char *toString(const Fen &fen)
{
    return qstrdup(fen.toPlainString().toLatin1().constData());
}

} // namespace oc
