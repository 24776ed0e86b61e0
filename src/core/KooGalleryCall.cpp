#include "KooGalleryCall.h"

#include "Random.h"
#include "Validators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

namespace oc::koogallery {

namespace {

Error invalid(const QString &field, const char *reason, QVariantMap args = {})
{
    return makeError(QString::fromLatin1(result::InvalidParameter), field,
                     QString::fromLatin1(reason), std::move(args));
}

const char *const TimeFormat = "yyyyMMddHHmmss";

// The fields of one body, read with a refusal for the first one that is wrong.
class Fields
{
public:
    explicit Fields(const QJsonObject &object)
        : m_object(object)
    {}

    std::optional<Error> error;

    // A string field; "" when absent and optional.
    QString text(const char *name, bool required = true)
    {
        if (error)
            return {};
        const QString key = QString::fromLatin1(name);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull() ||
            (value.isString() && value.toString().isEmpty())) {
            if (required)
                error = invalid(key, "required");
            return {};
        }
        if (!value.isString()) {
            error = invalid(key, "type");
            return {};
        }
        return value.toString();
    }

    // The marketplace's own ids: 1..MaxIdLength letters, digits, '-' and '_'.
    QString marketplaceId(const char *name)
    {
        const QString value = text(name);
        if (error)
            return {};
        bool ok = value.size() <= MaxIdLength;
        for (const QChar c : value)
            ok = ok && c.unicode() < 128 && (c.isLetterOrNumber() || c == u'-' || c == u'_');
        if (!ok)
            error = invalid(QString::fromLatin1(name), "format",
                            {{QStringLiteral("max"), MaxIdLength}});
        return value;
    }

    // A validated id (the product's validators normalise it).
    QString checked(const char *name,
                    Result<QString> (*validator)(const QString &, const QString &))
    {
        const QString value = text(name);
        if (error)
            return {};
        const auto valid = validator(value, QString::fromLatin1(name));
        if (!valid.ok()) {
            error = invalid(QString::fromLatin1(name), "format");
            return {};
        }
        return *valid;
    }

    // "0" or "1"; absent is false.
    bool flag(const char *name)
    {
        const QString value = text(name, false);
        if (error || value.isEmpty())
            return false;
        if (value != QLatin1String("0") && value != QLatin1String("1"))
            error = invalid(QString::fromLatin1(name), "format");
        return value == QLatin1String("1");
    }

    QDateTime time(const char *name, bool required)
    {
        const QString value = text(name, required);
        if (error || value.isEmpty())
            return {};
        const QDateTime parsed = parseTime(value);
        if (!parsed.isValid())
            error = invalid(QString::fromLatin1(name), "format");
        return parsed;
    }

    QStringList instanceIds()
    {
        const QString key = QStringLiteral("instanceIds");
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            error = invalid(key, "required");
            return {};
        }
        if (!value.isArray()) {
            error = invalid(key, "type");
            return {};
        }
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            error = invalid(key, "required");
            return {};
        }
        if (array.size() > MaxQueryIds) {
            error = invalid(key, "tooMany", {{QStringLiteral("max"), MaxQueryIds}});
            return {};
        }
        QStringList ids;
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                error = invalid(key, "type");
                return {};
            }
            const auto id = validate::instanceId(item.toString(), key);
            if (!id.ok()) {
                error = invalid(key, "format");
                return {};
            }
            if (!ids.contains(*id))
                ids << *id;
        }
        return ids;
    }

private:
    const QJsonObject &m_object;
};

QString flagText(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

const char *activityName(const Call &call)
{
    struct Name
    {
        const char *operator()(const NewInstance &) const { return activity::NewInstance; }
        const char *operator()(const RefreshInstance &) const { return activity::RefreshInstance; }
        const char *operator()(const UpdateInstanceStatus &) const
        {
            return activity::UpdateInstanceStatus;
        }
        const char *operator()(const ReleaseInstance &) const { return activity::ReleaseInstance; }
        const char *operator()(const QueryInstance &) const { return activity::QueryInstance; }
    };
    return std::visit(Name{}, call);
}

const char *sceneName(RefreshScene scene)
{
    switch (scene) {
    case RefreshScene::TrialToFormal:
        return "TRIAL_TO_FORMAL";
    case RefreshScene::Renewal:
        return "RENEWAL";
    case RefreshScene::UnsubscribeRenewalPeriod:
        return "UNSUBSCRIBE_RENEWAL_PERIOD";
    }
    return "RENEWAL";
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(QString::fromLatin1(TimeFormat));
}

QDateTime parseTime(const QString &text)
{
    if (text.size() != 14)
        return {};
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return {};
    QDateTime time = QDateTime::fromString(text, QString::fromLatin1(TimeFormat));
    if (!time.isValid())
        return {};
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QByteArray encode(const Call &call)
{
    QJsonObject o{{QStringLiteral("activity"), QString::fromLatin1(activityName(call))}};
    if (const auto *n = std::get_if<NewInstance>(&call)) {
        o.insert(QStringLiteral("businessId"), n->businessId);
        o.insert(QStringLiteral("orderId"), n->orderId);
        o.insert(QStringLiteral("orderLineId"), n->orderLineId);
        o.insert(QStringLiteral("customerId"), n->customerId);
        o.insert(QStringLiteral("testFlag"), flagText(n->testFlag));
        o.insert(QStringLiteral("trialFlag"), flagText(n->trial));
        if (n->expireTime.isValid())
            o.insert(QStringLiteral("expireTime"), timeText(n->expireTime));
    } else if (const auto *r = std::get_if<RefreshInstance>(&call)) {
        o.insert(QStringLiteral("instanceId"), r->instanceId);
        o.insert(QStringLiteral("orderId"), r->orderId);
        o.insert(QStringLiteral("orderLineId"), r->orderLineId);
        o.insert(QStringLiteral("scene"), QString::fromLatin1(sceneName(r->scene)));
        o.insert(QStringLiteral("expireTime"), timeText(r->expireTime));
    } else if (const auto *u = std::get_if<UpdateInstanceStatus>(&call)) {
        o.insert(QStringLiteral("instanceId"), u->instanceId);
        o.insert(QStringLiteral("instanceStatus"),
                 u->freeze ? QStringLiteral("FREEZE") : QStringLiteral("UNFREEZE"));
    } else if (const auto *rel = std::get_if<ReleaseInstance>(&call)) {
        o.insert(QStringLiteral("instanceId"), rel->instanceId);
    } else if (const auto *q = std::get_if<QueryInstance>(&call)) {
        o.insert(QStringLiteral("instanceIds"), QJsonArray::fromStringList(q->instanceIds));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Call> decode(QByteArrayView body)
{
    const QString bodyField = QStringLiteral("body");
    if (body.size() > MaxBodyBytes)
        return invalid(bodyField, "tooLarge", {{QStringLiteral("max"), MaxBodyBytes}});
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), body.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(bodyField, "malformed");
    const QJsonObject object = document.object();
    Fields f(object);
    const QString name = f.text("activity");
    if (f.error)
        return *f.error;

    Call call;
    if (name == QLatin1String(activity::NewInstance)) {
        NewInstance c;
        c.businessId = f.marketplaceId("businessId");
        c.orderId = f.checked("orderId", &validate::orderId);
        c.orderLineId = f.marketplaceId("orderLineId");
        c.customerId = f.checked("customerId", &validate::huaweiAccountId);
        c.testFlag = f.flag("testFlag");
        c.trial = f.flag("trialFlag");
        c.expireTime = f.time("expireTime", false);
        call = c;
    } else if (name == QLatin1String(activity::RefreshInstance)) {
        RefreshInstance c;
        c.instanceId = f.checked("instanceId", &validate::instanceId);
        c.orderId = f.checked("orderId", &validate::orderId);
        c.orderLineId = f.marketplaceId("orderLineId");
        const QString scene = f.text("scene");
        if (!f.error) {
            if (scene == QLatin1String("TRIAL_TO_FORMAL"))
                c.scene = RefreshScene::TrialToFormal;
            else if (scene == QLatin1String("RENEWAL"))
                c.scene = RefreshScene::Renewal;
            else if (scene == QLatin1String("UNSUBSCRIBE_RENEWAL_PERIOD"))
                c.scene = RefreshScene::UnsubscribeRenewalPeriod;
            else
                f.error = invalid(QStringLiteral("scene"), "unknown");
        }
        c.expireTime = f.time("expireTime", true);
        call = c;
    } else if (name == QLatin1String(activity::UpdateInstanceStatus)) {
        UpdateInstanceStatus c;
        c.instanceId = f.checked("instanceId", &validate::instanceId);
        const QString status = f.text("instanceStatus");
        if (!f.error) {
            if (status == QLatin1String("FREEZE"))
                c.freeze = true;
            else if (status == QLatin1String("UNFREEZE"))
                c.freeze = false;
            else
                f.error = invalid(QStringLiteral("instanceStatus"), "unknown");
        }
        call = c;
    } else if (name == QLatin1String(activity::ReleaseInstance)) {
        call = ReleaseInstance{f.checked("instanceId", &validate::instanceId)};
    } else if (name == QLatin1String(activity::QueryInstance)) {
        call = QueryInstance{f.instanceIds()};
    } else {
        return invalid(QStringLiteral("activity"), "unknown");
    }
    if (f.error)
        return *f.error;
    return call;
}

SignedCall sign(QByteArrayView accessKey, QByteArray body, qint64 nowMs)
{
    static constexpr char Alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    SecureRandom random;
    SignedCall call;
    call.query.nonce.resize(32);
    for (char &c : call.query.nonce)
        c = Alphabet[random.uniform(sizeof Alphabet - 1)];
    call.query.timestamp = QByteArray::number(nowMs);
    call.query.signature = signature(accessKey, call.query.nonce, call.query.timestamp, body);
    call.body = std::move(body);
    return call;
}

QByteArray answerBody(const char *resultCode, const QString &message, const QJsonObject &extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("resultCode"), QString::fromLatin1(resultCode));
    o.insert(QStringLiteral("resultMsg"), message);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace oc::koogallery
