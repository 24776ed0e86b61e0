#include "MyAccount.h"

#include "Rules.h"
#include "Validators.h"

#include <QRegularExpression>

#include <algorithm>

namespace oc::myaccount {

namespace {

Error fail(const char *rule, const char *field, const char *reason, QVariantMap args = {})
{
    return makeError(QString::fromLatin1(rule), QString::fromLatin1(field),
                     QString::fromLatin1(reason), std::move(args));
}

template<class List>
bool listed(const List &list, QStringView value)
{
    return std::any_of(std::begin(list), std::end(list),
                       [&](const auto &entry) { return value == QLatin1StringView(entry); });
}

bool listedChoice(std::span<const Choice> list, QStringView value)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const Choice &c) { return value == QLatin1StringView(c.code); });
}

// A required list value of R-ACC-12 / R-ACC-15.
Result<QString> listValue(const QString &input, const char *rule, const char *field,
                          std::span<const char *const> list)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return fail(rule, field, "required");
    if (!listed(list, value))
        return fail(rule, field, "notListed");
    return value;
}

constexpr int MaxAddressPart = 128;

} // namespace

const Industry *industry(QStringView code)
{
    for (const Industry &i : Industries)
        if (code == QLatin1StringView(i.code))
            return &i;
    return nullptr;
}

Result<QString> qualificationName(const QString &input)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return QStringLiteral("");
    if (!listedChoice(QualificationNames, value))
        return fail(rule::ACC_11, Field::QualificationName, "notListed");
    return value;
}

Result<QString> taxId(const QString &input)
{
    const QString value = input.trimmed().toUpper();
    if (value.isEmpty())
        return QStringLiteral("");
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9-]{5,30}\\z"));
    if (!re.match(value).hasMatch())
        return fail(rule::ACC_11, Field::TaxId, "format",
                    {{QStringLiteral("min"), 5}, {QStringLiteral("max"), 30}});
    return value;
}

Result<QString> designation(const QString &input)
{
    const auto value = validate::optionalText(input, QString::fromLatin1(Field::Designation), 64);
    if (!value.ok())
        return value.error();
    return value->isNull() ? QStringLiteral("") : *value;
}

Result<ContactAddress> contactAddress(const ContactAddress &input)
{
    ContactAddress out;
    const struct
    {
        const QString &in;
        QString &out;
        const char *field;
        bool required;
    } parts[] = {
        {input.line1, out.line1, Field::AddressLine1, true},
        {input.line2, out.line2, Field::AddressLine2, false},
        {input.city, out.city, Field::City, true},
        {input.stateProvince, out.stateProvince, Field::StateProvince, true},
        {input.commune, out.commune, Field::Commune, false},
        {input.postalCode, out.postalCode, Field::PostalCode, true},
    };
    for (const auto &part : parts) {
        const QString value = part.in.simplified();
        if (value.isEmpty() && part.required)
            return fail(rule::ACC_12, part.field, "required");
        if (value.size() > MaxAddressPart)
            return fail(rule::ACC_12, part.field, "tooLong",
                        {{QStringLiteral("max"), MaxAddressPart}});
        part.out = value.isNull() ? QStringLiteral("") : value;
    }
    static const QRegularExpression postal(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 -]{1,11}\\z"));
    if (!postal.match(out.postalCode).hasMatch())
        return fail(rule::ACC_12, Field::PostalCode, "format");
    return out;
}

Result<QString> paymentCurrency(const QString &input)
{
    return listValue(input, rule::ACC_12, Field::PaymentCurrency, Currencies);
}

Result<std::pair<QString, QString>> industryChoice(const QString &industryInput,
                                                   const QString &secondaryInput)
{
    const QString code = industryInput.trimmed();
    const QString secondary = secondaryInput.trimmed();
    if (code.isEmpty())
        return fail(rule::ACC_12, Field::Industry, "required");
    const Industry *found = industry(code);
    if (!found)
        return fail(rule::ACC_13, Field::Industry, "notListed");
    if (found->secondaries.empty()) {
        if (!secondary.isEmpty())
            return fail(rule::ACC_13, Field::SecondaryIndustry, "notListed");
        return std::pair{code, QStringLiteral("")};
    }
    if (secondary.isEmpty())
        return fail(rule::ACC_13, Field::SecondaryIndustry, "required");
    if (!listedChoice(found->secondaries, secondary))
        return fail(rule::ACC_13, Field::SecondaryIndustry, "notListed");
    return std::pair{code, secondary};
}

Result<QString> messageLanguage(const QString &input)
{
    return listValue(input, rule::ACC_15, Field::MessageLanguage, MessageLanguages);
}

Result<QString> timeZone(const QString &input)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return fail(rule::ACC_15, Field::TimeZone, "required");
    // An IANA id: "UTC" and the zones of the tz database Qt knows ("Asia/Shanghai"); not an
    // offset ("UTC+08:00"), which QTimeZone also takes but the seed's list does not offer.
    if (value.size() > 64 || value.startsWith(u"UTC+") || value.startsWith(u"UTC-") ||
        !QTimeZone::isTimeZoneIdAvailable(value.toLatin1()) || value.toLatin1() != value.toUtf8())
        return fail(rule::ACC_15, Field::TimeZone, "notListed");
    return value;
}

Result<QString> currency(const QString &input)
{
    return listValue(input, rule::ACC_15, Field::Currency, Currencies);
}

ServiceRow serviceMobileRow(const HuaweiAccount &account)
{
    if (account.serviceMobile.isEmpty())
        return ServiceRow::Bind;
    return account.serviceMobile == account.securityPhone ? ServiceRow::Hidden : ServiceRow::Edit;
}

ServiceRow serviceEmailRow(const HuaweiAccount &account)
{
    if (account.serviceEmail.isEmpty() ||
        account.serviceEmail.compare(account.email, Qt::CaseInsensitive) == 0)
        return ServiceRow::Hidden;
    return ServiceRow::Edit;
}

bool tenantNameEditable(const HuaweiAccount &account)
{
    return account.tenantName.compare(account.loginId, Qt::CaseInsensitive) != 0;
}

bool completeInformationOffered(const HuaweiAccount &account)
{
    return account.accountType == AccountType::Unset;
}

std::pair<QDateTime, QDateTime> billingCycle(int year, int month, const QTimeZone &zone)
{
    const QDateTime start(QDate(year, month, 1), QTime(0, 0), zone);
    return {start.toUTC(), start.addMonths(1).toUTC()};
}

QString billCurrency(const QList<CurrencySelection> &history, int year, int month,
                     const QTimeZone &zone, const QString &fallback)
{
    const QDateTime end = billingCycle(year, month, zone).second;
    // The last selection before the cycle ends: the last within it if there is one, else
    // the one in effect when it started. Equal times: the later in the list.
    const CurrencySelection *last = nullptr;
    for (const CurrencySelection &s : history)
        if (s.selectedAt < end && (!last || s.selectedAt >= last->selectedAt))
            last = &s;
    return last ? last->currency : fallback;
}

} // namespace oc::myaccount

namespace oc::cts {

bool isTraceName(QStringView name)
{
    return std::any_of(std::begin(TraceNames), std::end(TraceNames),
                       [&](const char *trace) { return name == QLatin1StringView(trace); });
}

} // namespace oc::cts
