#include "Countries.h"

namespace oc {

QStringList countryCodes()
{
    QStringList codes;
    for (const CountryInfo &c : Countries)
        codes << QString::fromLatin1(c.code);
    return codes;
}

bool isKnownCountry(const QString &code)
{
    for (const CountryInfo &c : Countries)
        if (code == QLatin1StringView(c.code))
            return true;
    return false;
}

} // namespace oc
