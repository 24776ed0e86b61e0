#pragma once

#include <QString>
#include <QStringList>

namespace oc {

// R-WS-3: the fixed list of Guance sites. Codes are stored; names are translated by the
// GUI (gui/DomainText).
struct SiteInfo
{
    const char *code;
    const char *region; // English region name, used in logs and CSV
};

inline constexpr SiteInfo Sites[] = {
    {"cn1", "China 1 (Hangzhou)"},  {"cn2", "China 2 (Ningxia)"}, {"cn4", "China 4 (Guangzhou)"},
    {"cn6", "China 6 (Hong Kong)"}, {"us1", "US1 (Oregon)"},      {"eu1", "EU1 (Frankfurt)"},
    {"ap1", "AP1 (Singapore)"},
};

QStringList siteCodes();
bool isKnownSite(const QString &code);

} // namespace oc
