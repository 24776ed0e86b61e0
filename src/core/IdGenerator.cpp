#include "IdGenerator.h"

#include "Clock.h"

namespace oc {

namespace {
constexpr QStringView HexDigits = u"0123456789abcdef";
constexpr QStringView Digits = u"0123456789";
constexpr QStringView LowerAlnum = u"abcdefghijklmnopqrstuvwxyz0123456789";
constexpr QStringView UpperAlnum = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
// Without look-alikes (0/O, 1/l/I) so that a password read from an SMS is typed right.
constexpr QStringView PwUpper = u"ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr QStringView PwLower = u"abcdefghijkmnpqrstuvwxyz";
constexpr QStringView PwDigit = u"23456789";
constexpr QStringView PwSymbol = u"@#%&*-_=+?";
} // namespace

QString IdGenerator::fromAlphabet(QStringView alphabet, int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += alphabet.at(m_random.uniform(quint32(alphabet.size())));
    return out;
}

QString IdGenerator::hex(int length)
{
    return fromAlphabet(HexDigits, length);
}

QString IdGenerator::huaweiAccountId()
{
    return hex(32);
}

QString IdGenerator::huaweiLoginId()
{
    // Starts with a letter and has 16 characters: a valid tenant name too (R-ACC-3).
    return QStringLiteral("hid_") + fromAlphabet(LowerAlnum, 12);
}

QString IdGenerator::orderId(const QDateTime &createdUtc)
{
    const QDateTime local = createdUtc.toTimeZone(ClockSteps::chinaTimeZone());
    return QStringLiteral("CS") + local.toString(QStringLiteral("yyMMddHHmm")) +
           fromAlphabet(UpperAlnum, 5);
}

QString IdGenerator::instanceId()
{
    QString h = hex(32);
    h[12] = QLatin1Char('4');                           // version 4
    h[16] = HexDigits.at(8 + int(m_random.uniform(4))); // variant 10xx
    return h.left(8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4) +
           QLatin1Char('-') + h.mid(16, 4) + QLatin1Char('-') + h.mid(20, 12);
}

QString IdGenerator::cardNumber()
{
    return QStringLiteral("61") + fromAlphabet(Digits, 14);
}

QString IdGenerator::workspaceId()
{
    return QStringLiteral("wksp_") + hex(32);
}

QString IdGenerator::organizationId()
{
    return QStringLiteral("org_") + hex(16);
}

QString IdGenerator::verificationCode()
{
    return fromAlphabet(Digits, 6);
}

QString IdGenerator::password(int length)
{
    length = qBound(8, length, 32);
    // One of each class, the rest from all classes, then a Fisher-Yates shuffle.
    QString out = fromAlphabet(PwUpper, 1) + fromAlphabet(PwLower, 1) + fromAlphabet(PwDigit, 1) +
                  fromAlphabet(PwSymbol, 1);
    const QString all =
        PwUpper.toString() + PwLower.toString() + PwDigit.toString() + PwSymbol.toString();
    out += fromAlphabet(all, length - 4);
    for (int i = out.size() - 1; i > 0; --i)
        std::swap(out[i], out[int(m_random.uniform(quint32(i + 1)))]);
    return out;
}

} // namespace oc
