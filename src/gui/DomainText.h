#pragma once

#include "core/Domain.h"
#include "core/Listing.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QVariantMap>

namespace oc::gui {

// Translated names of the domain's values (glossary.md), column headers, and the text of
// the messages in the Outbox. The brand is always passed in, never translated.
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)
public:
    static QString enumValue(const QString &enumName, const QString &value);
    static QString siteName(const QString &code);
    // W-SIGNUP: a country/region by its ISO code; a card binding's result (R-ACC-18).
    static QString countryName(const QString &code);
    static QString cardResult(const QString &result);
    // My Account's lists (core/MyAccount.h): "IT & Internet / Software", "Chinese".
    static QString industry(const QString &industry, const QString &secondary);
    static QString messageLanguage(const QString &code);
    // R-ACC-11: a qualification name (core/MyAccount.h); empty for none.
    static QString qualificationName(const QString &code);
    // Basic Information's masked HUAWEI ID contacts (my-account.md §5.2): an email address
    // with all but its first characters hidden before the "@", a mobile number with four
    // digits hidden before the last four.
    static QString maskedEmail(const QString &email);
    static QString maskedMobile(const QString &mobile);
    // W-AUTH: an individual's certificate ("Passport", "ID card", ...).
    static QString certificateType(CertificateType type);
    static QString productName(const QString &kind, const QString &brand);
    static QString columnHeader(const QString &view, const QString &key);
    static QString yesNo(bool value);
    // Journal: what kind of record an entry is about, and its outcome ("success" or a rule).
    static QString resourceType(const QString &type);
    static QString outcome(const QString &outcome);
    // "&Reset demo…" -> "Reset demo…", "重置演示(&R)…" -> "重置演示…": for toolbars, which
    // show action texts without accelerators.
    static QString withoutAccelerator(QString text);

    static QString outboxSubject(const QString &kind, const QVariantMap &params,
                                 const QString &brand);
    static QString outboxBody(const QString &kind, const QVariantMap &params, const QString &brand);

    // Formatting for display: money with the yuan sign and grouping, times in `zone`.
    static QString money(Fen amount);
    static QString time(const QDateTime &utc, const QTimeZone &zone);
    static QString cell(const ColumnInfo &column, const QVariant &value, const QString &brand,
                        const QTimeZone &zone);
};

} // namespace oc::gui
