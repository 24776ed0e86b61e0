#include "Money.h"

#include <QRegularExpression>

namespace oc {

QString Fen::toPlainString() const
{
    const qint64 magnitude = value < 0 ? -value : value;
    return QStringLiteral("%1%2.%3")
        .arg(value < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

bool Fen::parse(const QString &text, Fen *out)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{1,2}))?\\z"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    qint64 fen = match.captured(1).toLongLong() * 100;
    QString fraction = match.captured(2);
    if (fraction.size() == 1)
        fraction += QLatin1Char('0');
    fen += fraction.toLongLong();
    if (out)
        *out = Fen(fen);
    return true;
}

} // namespace oc
