#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace oc {

// The countries/regions a HUAWEI ID can be registered in (W-SIGNUP; my-account.md §2):
// ISO 3166-1 alpha-2 codes are stored; names are translated by the GUI (gui/DomainText).
struct CountryInfo
{
    const char *code;
    const char *name; // English name, used in logs and CSV
};

inline constexpr CountryInfo Countries[] = {
    {"CN", "Chinese mainland"},
    {"HK", "Hong Kong (China)"},
    {"MO", "Macao (China)"},
    {"SG", "Singapore"},
    {"MY", "Malaysia"},
    {"TH", "Thailand"},
    {"ID", "Indonesia"},
    {"PH", "Philippines"},
    {"AE", "United Arab Emirates"},
    {"SA", "Saudi Arabia"},
    {"TR", "Türkiye"},
    {"ZA", "South Africa"},
    {"EG", "Egypt"},
    {"BR", "Brazil"},
    {"MX", "Mexico"},
    {"CL", "Chile"},
    {"PE", "Peru"},
    {"DE", "Germany"},
    {"FR", "France"},
    {"GB", "United Kingdom"},
    {"ES", "Spain"},
    {"IE", "Ireland"},
};

QStringList countryCodes();
bool isKnownCountry(const QString &code);

} // namespace oc
