// The codecs of the values members are made of (Json.h gives the mapping), of Fen, Error
// and Done, and the reader's mechanics.

#include "Json.h"
#include "JsonFields.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaType>
#include <QTimeZone>

#include <cmath>
#include <iterator>
#include <limits>

namespace oc::json {

// ---- JsonReader --------------------------------------------------------------------------

bool JsonReader::fail(const char *reason, QVariantMap args)
{
    if (!m_error)
        m_error = makeError(QString::fromLatin1(SystemError::Invalid), m_path,
                            QString::fromLatin1(reason), std::move(args));
    return false;
}

JsonReader::Step JsonReader::member(QStringView key)
{
    const qsizetype length = m_path.size();
    if (!m_path.isEmpty())
        m_path += QLatin1Char('.');
    m_path += key;
    return Step(*this, length);
}

JsonReader::Step JsonReader::member(QLatin1StringView key)
{
    const qsizetype length = m_path.size();
    if (!m_path.isEmpty())
        m_path += QLatin1Char('.');
    m_path += key;
    return Step(*this, length);
}

JsonReader::Step JsonReader::element(qsizetype index)
{
    const qsizetype length = m_path.size();
    m_path += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    return Step(*this, length);
}

// ---- helpers -----------------------------------------------------------------------------

namespace {

bool isSafe(qint64 value)
{
    return value >= -MaxSafeInteger && value <= MaxSafeInteger;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Strictly -?[0-9]+ (QString::toLongLong would also take blanks and a plus sign).
bool parseDecimal(JsonReader &reader, QStringView text, qint64 &out)
{
    const QStringView digits = text.startsWith(u'-') ? text.mid(1) : text;
    if (digits.isEmpty())
        return reader.fail(Reason::Format);
    for (const QChar c : digits)
        if (!isDigit(c))
            return reader.fail(Reason::Format);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return reader.fail(Reason::Range);
    out = value;
    return true;
}

// A JSON number that is a whole qint64; with `strings`, a decimal string as well (the
// form of 64-bit integers beyond MaxSafeInteger).
bool readInteger(JsonReader &reader, const QJsonValue &json, qint64 &out, bool strings)
{
    if (json.isDouble()) {
        // toInteger() answers only for a whole number that fits in qint64; two different
        // defaults tell "does not fit" from a value equal to the default.
        const qint64 value = json.toInteger(0);
        if (value == json.toInteger(1)) {
            out = value;
            return true;
        }
        const double number = json.toDouble();
        return reader.fail(std::trunc(number) == number ? Reason::Range : Reason::Type);
    }
    if (strings && json.isString())
        return parseDecimal(reader, json.toString(), out);
    return reader.fail(Reason::Type);
}

QJsonValue writeInt64(qint64 value)
{
    return isSafe(value) ? QJsonValue(value) : QJsonValue(QString::number(value));
}

int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + (text[i].unicode() - u'0');
    return value;
}

// Exactly "yyyy-MM-ddTHH:mm:ss.zzzZ". Qt's ISO parser is more lenient (offsets, no
// milliseconds, 24:00), and a lenient parser on the network is a second spelling.
bool parseTimestamp(QStringView text, QDateTime &out)
{
    static constexpr char16_t pattern[] = u"0000-00-00T00:00:00.000Z";
    constexpr qsizetype length = std::size(pattern) - 1;
    if (text.size() != length)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        if (pattern[i] == u'0' ? !isDigit(text[i]) : text[i] != QChar(pattern[i]))
            return false;
    }
    const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2),
                     digitsAt(text, 20, 3));
    if (!date.isValid() || !time.isValid())
        return false;
    out = QDateTime(date, time, QTimeZone::utc());
    return true;
}

const auto Int64Tag = QStringLiteral("int64");
const auto TimeTag = QStringLiteral("time");
const auto UnsupportedTag = QStringLiteral("unsupported");

QJsonValue unsupported(const QVariant &value)
{
    return QJsonObject{{UnsupportedTag, QString::fromLatin1(value.metaType().name())}};
}

// {"int64": "..."} or {"time": ...}; anything else is not a value we write.
bool readTaggedVariant(JsonReader &reader, const QJsonObject &object, QVariant &out)
{
    if (object.size() != 1)
        return reader.fail(Reason::Type);
    const QString tag = object.constBegin().key();
    const QJsonValue value = object.constBegin().value();
    if (tag == Int64Tag) {
        if (!value.isString())
            return reader.fail(Reason::Type);
        qint64 number = 0;
        if (!parseDecimal(reader, value.toString(), number))
            return false;
        out = QVariant(number);
        return true;
    }
    if (tag == TimeTag) {
        QDateTime time;
        if (!Codec<QDateTime>::read(reader, value, time))
            return false;
        out = QVariant(time);
        return true;
    }
    return reader.fail(Reason::Type);
}

} // namespace

bool readString(JsonReader &reader, const QJsonValue &json, QString &out, qsizetype maxLength)
{
    if (!json.isString())
        return reader.fail(Reason::Type);
    QString text = json.toString();
    if (text.size() > maxLength)
        return reader.fail(Reason::TooLong, {{QStringLiteral("max"), maxLength}});
    out = std::move(text);
    return true;
}

// ---- values ------------------------------------------------------------------------------

QJsonValue Codec<bool>::write(const bool &value)
{
    return value;
}

bool Codec<bool>::read(JsonReader &reader, const QJsonValue &json, bool &out)
{
    if (!json.isBool())
        return reader.fail(Reason::Type);
    out = json.toBool();
    return true;
}

QJsonValue Codec<int>::write(const int &value)
{
    return value;
}

bool Codec<int>::read(JsonReader &reader, const QJsonValue &json, int &out)
{
    qint64 value = 0;
    if (!readInteger(reader, json, value, false))
        return false;
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
        return reader.fail(Reason::Range);
    out = int(value);
    return true;
}

QJsonValue Codec<qint64>::write(const qint64 &value)
{
    return writeInt64(value);
}

bool Codec<qint64>::read(JsonReader &reader, const QJsonValue &json, qint64 &out)
{
    return readInteger(reader, json, out, true);
}

QJsonValue Codec<QString>::write(const QString &value)
{
    return value;
}

bool Codec<QString>::read(JsonReader &reader, const QJsonValue &json, QString &out)
{
    return readString(reader, json, out, MaxTextLength);
}

QJsonValue Codec<QDateTime>::write(const QDateTime &value)
{
    // toUTC(): Qt 6.4 writes a QTimeZone::utc() time with "+00:00", a Qt::UTC one with "Z".
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs))
                           : QJsonValue(QJsonValue::Null);
}

bool Codec<QDateTime>::read(JsonReader &reader, const QJsonValue &json, QDateTime &out)
{
    if (json.isNull()) {
        out = QDateTime();
        return true;
    }
    if (!json.isString())
        return reader.fail(Reason::Type);
    QDateTime time;
    if (!parseTimestamp(json.toString(), time))
        return reader.fail(Reason::Format);
    out = time;
    return true;
}

QJsonValue Codec<QVariant>::write(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong: {
        const qint64 number = value.toLongLong();
        if (isSafe(number))
            return number;
        return QJsonObject{{Int64Tag, QString::number(number)}};
    }
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const quint64 number = value.toULongLong();
        if (number <= quint64(MaxSafeInteger))
            return qint64(number);
        if (number <= quint64(std::numeric_limits<qint64>::max()))
            return QJsonObject{{Int64Tag, QString::number(number)}};
        return unsupported(value);
    }
    case QMetaType::Float:
    case QMetaType::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number))
            return number;
        return unsupported(value);
    }
    case QMetaType::QString:
        return value.toString();
    case QMetaType::QDateTime:
        return QJsonObject{{TimeTag, Codec<QDateTime>::write(value.toDateTime())}};
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    default:
        return unsupported(value);
    }
}

bool Codec<QVariant>::read(JsonReader &reader, const QJsonValue &json, QVariant &out)
{
    switch (json.type()) {
    case QJsonValue::Null:
        out = QVariant();
        return true;
    case QJsonValue::Bool:
        out = QVariant(json.toBool());
        return true;
    case QJsonValue::Double: {
        const qint64 whole = json.toInteger(0);
        out = whole == json.toInteger(1) ? QVariant(whole) : QVariant(json.toDouble());
        return true;
    }
    case QJsonValue::String: {
        QString text;
        if (!readString(reader, json, text, MaxTextLength))
            return false;
        out = QVariant(text);
        return true;
    }
    case QJsonValue::Object:
        return readTaggedVariant(reader, json.toObject(), out);
    case QJsonValue::Array: {
        // Only a list of strings (an error's list of conditions, R-PTN-2..4).
        const QJsonArray array = json.toArray();
        if (array.size() > MaxListLength)
            return reader.fail(Reason::TooMany, {{QStringLiteral("max"), MaxListLength}});
        QStringList list;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto step = reader.element(i);
            QString text;
            if (!array.at(i).isString())
                return reader.fail(Reason::Type);
            if (!readString(reader, array.at(i), text, MaxTextLength))
                return false;
            list << text;
        }
        out = QVariant(list);
        return true;
    }
    case QJsonValue::Undefined:
        break;
    }
    return reader.fail(Reason::Type);
}

QJsonValue Codec<QVariantMap>::write(const QVariantMap &value)
{
    QJsonObject object;
    for (auto it = value.cbegin(); it != value.cend(); ++it)
        object.insert(it.key(), Codec<QVariant>::write(it.value()));
    return object;
}

bool Codec<QVariantMap>::read(JsonReader &reader, const QJsonValue &json, QVariantMap &out)
{
    if (!json.isObject())
        return reader.fail(Reason::Type);
    const QJsonObject object = json.toObject();
    if (object.size() > MaxListLength)
        return reader.fail(Reason::TooMany, {{QStringLiteral("max"), MaxListLength}});
    QVariantMap map;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const auto step = reader.member(key);
        if (key.size() > MaxShortLength)
            return reader.fail(Reason::TooLong, {{QStringLiteral("max"), MaxShortLength}});
        QVariant value;
        if (!Codec<QVariant>::read(reader, it.value(), value))
            return false;
        map.insert(key, value);
    }
    out = std::move(map);
    return true;
}

// Free-form (WizardDraft::state): bounded by the request body's size only.
QJsonValue Codec<QJsonObject>::write(const QJsonObject &value)
{
    return value;
}

bool Codec<QJsonObject>::read(JsonReader &reader, const QJsonValue &json, QJsonObject &out)
{
    if (!json.isObject())
        return reader.fail(Reason::Type);
    out = json.toObject();
    return true;
}

// ---- core types --------------------------------------------------------------------------

QJsonValue Codec<Fen>::write(const Fen &value)
{
    return writeInt64(value.value);
}

bool Codec<Fen>::read(JsonReader &reader, const QJsonValue &json, Fen &out)
{
    qint64 value = 0;
    if (!readInteger(reader, json, value, true))
        return false;
    out = Fen(value);
    return true;
}

namespace {

// ../shared/spec/api.md names the rule id "code".
void fields(auto &v, Of<Error> auto &o)
{
    v("code", o.rule, Short);
    v("field", o.field, Text); // a JSON path can be long
    v("reason", o.reason, Short);
    v("args", o.args);
}

void fields(auto &, Of<Done> auto &) {}

} // namespace

OC_JSON_DEFINE_OBJECT_CODEC(Error)
OC_JSON_DEFINE_OBJECT_CODEC(Done)

// ---- documents and the registry ----------------------------------------------------------

Result<QJsonValue> parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (document.isNull())
        return makeError(QString::fromLatin1(SystemError::Invalid), {},
                         QString::fromLatin1(Reason::Format),
                         {{QStringLiteral("offset"), error.offset}});
    if (document.isObject())
        return QJsonValue(document.object());
    return QJsonValue(document.array());
}

QStringList codecTypeNames()
{
    QStringList names;
#define OC_JSON_NAME(T) names << QStringLiteral(#T);
#define OC_JSON_ENUM_NAME(T)                                                                       \
    static_assert(std::is_enum_v<T>);                                                              \
    static_assert(sizeof(Codec<T>) > 0);                                                           \
    names << QStringLiteral(#T);
    OC_JSON_CORE_TYPES(OC_JSON_NAME)
    OC_JSON_DOMAIN_TYPES(OC_JSON_NAME)
    OC_JSON_BACKEND_TYPES(OC_JSON_NAME)
    OC_JSON_ENUM_TYPES(OC_JSON_ENUM_NAME)
#undef OC_JSON_ENUM_NAME
#undef OC_JSON_NAME
    return names;
}

QList<std::pair<QString, QString>> codecExclusions()
{
    return {
        {QStringLiteral("EnumSpelling"),
         QStringLiteral("the spelling table of an enum, a compile-time trait: its enum has the "
                        "codec")},
    };
}

} // namespace oc::json
