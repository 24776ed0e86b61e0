#include "Sites.h"

namespace oc {

QStringList siteCodes()
{
    QStringList codes;
    for (const auto &site : Sites)
        codes << QString::fromLatin1(site.code);
    return codes;
}

bool isKnownSite(const QString &code)
{
    for (const auto &site : Sites)
        if (code == QLatin1StringView(site.code))
            return true;
    return false;
}

} // namespace oc
