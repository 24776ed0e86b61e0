#include "Validators.h"

#include "Countries.h"
#include "Rules.h"
#include "Sites.h"

#include <QRegularExpression>

namespace oc::validate {

namespace {

Error fail(const char *rule, const QString &field, const char *reason, QVariantMap args = {})
{
    return makeError(QString::fromLatin1(rule), field, QString::fromLatin1(reason),
                     std::move(args));
}

} // namespace

Result<QString> huaweiAccountId(const QString &input, const QString &field)
{
    const QString value = input.trimmed().toLower();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}\\z"));
    if (!re.match(value).hasMatch())
        return fail(rule::ID_1, field, "format", {{QStringLiteral("length"), value.size()}});
    return value;
}

Result<QString> orderId(const QString &input, const QString &field)
{
    const QString value = input.trimmed().toUpper();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    static const QRegularExpression re(QStringLiteral("^CS\\d{10}[A-Z0-9]{5}\\z"));
    if (!re.match(value).hasMatch())
        return fail(rule::ID_2, field, "format");
    return value;
}

Result<QString> instanceId(const QString &input, const QString &field)
{
    QString value = input.trimmed().toLower();
    if (value.startsWith(QLatin1Char('{')) && value.endsWith(QLatin1Char('}')))
        value = value.mid(1, value.size() - 2);
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"));
    if (!re.match(value).hasMatch())
        return fail(rule::ID_3, field, "format");
    return value;
}

Result<QString> email(const QString &input, const QString &field)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    if (value.size() > 254)
        return fail(rule::ACC_1, field, "format");
    static const QRegularExpression forbidden(QStringLiteral("[+!#$]"));
    if (forbidden.match(value).hasMatch())
        return fail(rule::ACC_1, field, "forbiddenCharacter");
    // local@domain.tld; local part of dot-separated runs of letters, digits and _ % -
    // (no leading, trailing or doubled dot); domain labels of letters, digits and hyphens;
    // a top-level domain of at least two letters.
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9_%-]+(?:\\.[A-Za-z0-9_%-]+)*@"
                       "(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}\\z"));
    if (!re.match(value).hasMatch())
        return fail(rule::ACC_1, field, "format");
    return value;
}

Result<QString> huaweiPassword(const QString &input, const QString &field)
{
    if (input.isEmpty())
        return fail(SystemError::Required, field, "required");
    if (input.size() < 8)
        return fail(rule::ACC_2, field, "tooShort", {{QStringLiteral("min"), 8}});
    if (input.contains(QRegularExpression(QStringLiteral("\\s"))))
        return fail(rule::ACC_2, field, "whitespace");
    bool letter = false, digit = false;
    for (const QChar c : input) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (!letter || !digit)
        return fail(rule::ACC_2, field, "lettersAndDigits");
    return input;
}

Result<QString> guancePassword(const QString &input, const QString &field)
{
    if (input.isEmpty())
        return fail(SystemError::Required, field, "required");
    if (input.size() < 8 || input.size() > 32)
        return fail(rule::ACC_2, field, "length",
                    {{QStringLiteral("min"), 8}, {QStringLiteral("max"), 32}});
    if (input.contains(QRegularExpression(QStringLiteral("\\s"))))
        return fail(rule::ACC_2, field, "whitespace");
    int upper = 0, lower = 0, digit = 0, symbol = 0;
    for (const QChar c : input) {
        if (c.isUpper())
            upper = 1;
        else if (c.isLower())
            lower = 1;
        else if (c.isDigit())
            digit = 1;
        else
            symbol = 1;
    }
    if (upper + lower + digit + symbol < 3)
        return fail(rule::ACC_2, field, "classes");
    return input;
}

Problem passwordConfirmation(const QString &password, const QString &confirmation,
                             const QString &field)
{
    if (confirmation.isEmpty())
        return fail(SystemError::Required, field, "required");
    if (password != confirmation)
        return fail(SystemError::Mismatch, field, "passwordMismatch");
    return std::nullopt;
}

Result<QString> tenantName(const QString &input, const QString &field)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    if (value.size() < 6 || value.size() > 32)
        return fail(rule::ACC_3, field, "length");
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*\\z"));
    if (!re.match(value).hasMatch())
        return fail(rule::ACC_3, field, "format");
    return value;
}

Problem tenantNameChangeAllowed(int changesThisYear)
{
    if (changesThisYear >= MaxTenantNameChangesPerYear)
        return fail(rule::ACC_3, QString::fromLatin1(Field::TenantName), "changeLimit",
                    {{QStringLiteral("max"), MaxTenantNameChangesPerYear}});
    return std::nullopt;
}

Result<QString> mobile(const QString &input, bool optional, const QString &field)
{
    QString value = input.trimmed();
    value.remove(QLatin1Char(' '));
    value.remove(QLatin1Char('-'));
    if (value.isEmpty()) {
        if (optional)
            return QString();
        return fail(SystemError::Required, field, "required");
    }
    // Country code (1-3 digits, not starting with 0) followed by 6-14 subscriber digits.
    static const QRegularExpression re(QStringLiteral("^\\+[1-9]\\d{6,16}\\z"));
    if (!re.match(value).hasMatch())
        return fail(rule::ACC_4, field, "format");
    return value;
}

Problem countryRegionChange(ServicesStatus services, const QString &from, const QString &to)
{
    // Editable until services are enabled (W-SIGNUP 3, R-ACC-16); fixed from then on,
    // closed and disabled accounts included.
    if (services == ServicesStatus::NotEnabled)
        return std::nullopt;
    if (from != to)
        return fail(rule::ACC_5, QString::fromLatin1(Field::CountryRegion), "fixed");
    return std::nullopt;
}

Result<QString> countryRegion(const QString &input, const QString &field)
{
    const QString value = input.trimmed().toUpper();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    if (!isKnownCountry(value))
        return fail(rule::ACC_5, field, "unknown");
    return value;
}

Result<QString> cardNumber(const QString &input, const QString &field)
{
    QString digits = input.trimmed();
    digits.remove(QLatin1Char(' '));
    digits.remove(QLatin1Char('-'));
    if (digits.isEmpty())
        return fail(SystemError::Required, field, "required");
    static const QRegularExpression re(QStringLiteral("^\\d{12,19}\\z"));
    if (!re.match(digits).hasMatch())
        return fail(rule::ACC_18, field, "format");
    // Luhn: from the right, every second digit doubled (minus 9 above 9).
    int sum = 0;
    for (qsizetype i = digits.size() - 1, n = 0; i >= 0; --i, ++n) {
        int d = digits.at(i).digitValue();
        if (n % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    if (sum % 10 != 0)
        return fail(rule::ACC_18, field, "checkDigit");
    return digits;
}

Result<QString> cardExpiry(const QString &input, const QDate &today, const QString &field)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})\\z"));
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch())
        return fail(rule::ACC_18, field, "format");
    const int month = m.captured(1).toInt();
    int year = m.captured(2).toInt();
    if (m.captured(2).size() == 2)
        year += 2000;
    if (month < 1 || month > 12)
        return fail(rule::ACC_18, field, "format");
    if (year < today.year() || (year == today.year() && month < today.month()))
        return fail(rule::ACC_18, field, "expired");
    return QStringLiteral("%1/%2")
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(year % 100, 2, 10, QLatin1Char('0'));
}

Result<QString> cardSecurityCode(const QString &input, const QString &field)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    static const QRegularExpression re(QStringLiteral("^\\d{3,4}\\z"));
    if (!re.match(value).hasMatch())
        return fail(rule::ACC_18, field, "format");
    return value;
}

Result<QString> certificateNumber(const QString &input, const char *rule, const QString &field)
{
    const QString value = input.trimmed().toUpper();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9-]{5,30}\\z"));
    if (!re.match(value).hasMatch())
        return fail(rule, field, "format");
    return value;
}

QString maskedCardNumber(const QString &digits)
{
    return QStringLiteral("**** **** **** ") + digits.right(4);
}

Problem accountTypeChange(AccountType from, AccountType to, AuthStatus auth)
{
    const QString field = QString::fromLatin1(Field::AccountType);
    if (from == to)
        return std::nullopt;
    if (from == AccountType::Enterprise && to == AccountType::Individual)
        return fail(rule::ACC_6, field, "enterpriseToIndividual");
    if (to == AccountType::Unset)
        return fail(rule::ACC_6, field, "unset");
    if (auth == AuthStatus::Authenticated || auth == AuthStatus::Pending)
        return fail(rule::ACC_6, field, "reauthenticationRequired");
    return std::nullopt;
}

Result<QString> enterpriseName(const QString &input, const QString &field)
{
    const QString value = input.simplified();
    if (value.isEmpty())
        return fail(rule::ORG_1, field, "required");
    if (value.size() > 64)
        return fail(rule::ORG_1, field, "tooLong", {{QStringLiteral("max"), 64}});
    return value;
}

Result<QString> abbreviation(const QString &input, const QString &field)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    if (value.size() < 2 || value.size() > 32)
        return fail(rule::ORG_2, field, "length",
                    {{QStringLiteral("min"), 2}, {QStringLiteral("max"), 32}});
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9-]*\\z"));
    if (!re.match(value).hasMatch()) {
        // The most helpful of the three messages: a digit or symbol first, then capitals
        // anywhere, then any other character outside [a-z0-9-].
        const char *reason = !value.front().isLetter()  ? "startLetter"
                             : value != value.toLower() ? "lowercase"
                                                        : "format";
        return fail(rule::ORG_2, field, reason);
    }
    return value;
}

Result<QString> memberAccount(const QString &input, const QString &field)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    if (value.size() > 32)
        return fail(rule::ORG_5, field, "length", {{QStringLiteral("max"), 32}});
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]+\\z"));
    if (!re.match(value).hasMatch())
        return fail(rule::ORG_5, field, "format");
    return value;
}

Result<QString> workspaceName(const QString &input, const QString &field)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return fail(rule::WS_1, field, "required");
    if (value.size() > 50)
        return fail(rule::WS_1, field, "length", {{QStringLiteral("max"), 50}});
    return value;
}

Result<QString> username(const QString &input, const QString &field)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    if (value.size() < 3 || value.size() > 32)
        return fail(rule::FC_1, field, "length",
                    {{QStringLiteral("min"), 3}, {QStringLiteral("max"), 32}});
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]*\\z"));
    if (!re.match(value).hasMatch())
        return fail(rule::FC_1, field, "format");
    return value;
}

Result<QString> websiteAccountName(const QString &input, const QString &field)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{3,32}\\z"));
    if (!re.match(value).hasMatch())
        return fail(rule::ACC_19, field, "format",
                    {{QStringLiteral("min"), 3}, {QStringLiteral("max"), 32}});
    return value;
}

namespace {

// The form of a login ID (R-ACC-19 Create and Bind, R-ACC-8 a changed login ID).
Result<QString> loginIdForm(const QString &input, const char *rule, const QString &field)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{5,31}\\z"));
    if (!re.match(value).hasMatch())
        return fail(rule, field, "format",
                    {{QStringLiteral("min"), 6}, {QStringLiteral("max"), 32}});
    return value;
}

} // namespace

Result<QString> newAccountName(const QString &input, const QString &field)
{
    return loginIdForm(input, rule::ACC_19, field);
}

Result<QString> loginId(const QString &input, const QString &field)
{
    return loginIdForm(input, rule::ACC_8, field);
}

Result<QString> verificationCode(const QString &input, const QString &field)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    static const QRegularExpression re(QStringLiteral("^\\d{6}\\z"));
    if (!re.match(value).hasMatch())
        return fail(rule::VC_1, field, "format");
    return value;
}

Result<QString> site(const QString &input, const QString &field)
{
    if (input.isEmpty())
        return fail(SystemError::Required, field, "required");
    if (!isKnownSite(input))
        return fail(rule::WS_3, field, "unknown");
    return input;
}

Result<QString> requiredText(const QString &input, const QString &field, int maxLength)
{
    const QString value = input.simplified();
    if (value.isEmpty())
        return fail(SystemError::Required, field, "required");
    if (value.size() > maxLength)
        return fail(SystemError::TooLong, field, "tooLong", {{QStringLiteral("max"), maxLength}});
    return value;
}

Result<QString> optionalText(const QString &input, const QString &field, int maxLength)
{
    const QString value = input.simplified();
    if (value.size() > maxLength)
        return fail(SystemError::TooLong, field, "tooLong", {{QStringLiteral("max"), maxLength}});
    return value;
}

} // namespace oc::validate
