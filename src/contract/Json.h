#pragma once

// JSON codecs for every type of the Backend contract: what the billing API server and the
// remote backend put on the wire.
//
//   QJsonValue json = json::toJson(order);
//   Result<Order> back = json::fromJson<Order>(json);        // or a base path:
//   Result<Order> inner = json::fromJson<Order>(json, QStringLiteral("order"));
//
// The mapping, written down once (the OpenAPI description follows it):
// - A struct is an object whose keys are the C++ member names. Encoders write every
//   member; decoders require every member (absent: "missing"), except std::optional ones,
//   which may be absent or null. Unknown keys are ignored, so that a newer peer may add
//   members without breaking an older one.
// - An enum is its stable domain spelling (EnumSpelling, e.g. "huawei_cloud").
// - int is a JSON number. A 64-bit integer (ids, Fen money, totals) is a number when
//   within +-(2^53 - 1), which every JSON parser holds exactly, and a decimal string
//   beyond that; decoders take either form. Fractions are refused: money is integer fen.
// - QDateTime is UTC ISO 8601 with milliseconds, "2026-03-02T01:30:00.000Z"; an invalid
//   QDateTime ("not yet", e.g. Instance::closedAt) is null. Other offsets are refused.
// - QList is an array; QHash<qint64, V> an object keyed by the decimal id; std::optional
//   null when empty; QJsonObject as is.
// - QVariant (list cells, Error::args, OutboxMessage::params, ListQuery::filters): null
//   (invalid or null) -> null -> QVariant(); bool -> true/false; integers -> number (as
//   qlonglong on the way back), beyond +-(2^53 - 1) {"int64": "<decimal>"}; double ->
//   number (an integral double reads back as qlonglong, equal under QVariant's ==);
//   QString -> string; QDateTime -> {"time": <timestamp as above>}; QStringList -> an array
//   of strings (an error's failed conditions, R-PTN-2..4). Other types (other lists, maps,
//   bytes, NaN) are written as {"unsupported": "<type name>"}, which every decoder refuses:
//   such a value fails where it is read instead of arriving changed.
// - Error is {"code", "field", "reason", "args"} (../shared/spec/api.md's error body; the
//   server adds "message"). Result<T> is {"value": T} or {"error": Error}; Status's
//   value is {}.
//
// Decoders face the network. Any failure is an Error with rule SystemError::Invalid,
// `field` the JSON path of the offending value ("memberIds[3]", "order.amount"; empty for
// the whole document) and one of the reasons below. The first failure is reported.

#include "BackendTypes.h"
#include "core/Error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <type_traits>
#include <utility>

namespace oc::json {

// ---- limits ------------------------------------------------------------------------------

// Identifiers, codes, usernames, emails, phone numbers, sites, spellings, map keys: one
// token each. In UTF-16 code units (QString::size()).
inline constexpr qsizetype MaxShortLength = 256;
// Names, addresses, free text (64 KiB of UTF-16 code units).
inline constexpr qsizetype MaxTextLength = 64 * 1024;
// Elements of an array, members of a map.
inline constexpr qsizetype MaxListLength = 10000;
// The largest integer every JSON parser holds exactly (a double's mantissa).
inline constexpr qint64 MaxSafeInteger = (qint64(1) << 53) - 1;

// ---- failures ----------------------------------------------------------------------------

namespace Reason {
inline constexpr auto Missing = "missing"; // a required member is absent
inline constexpr auto Type = "type";       // wrong JSON type (or a fraction for an integer)
inline constexpr auto Range = "range";     // an integer out of range for its C++ type
inline constexpr auto Enum = "enum";       // not a spelling of the enum
inline constexpr auto TooLong = "tooLong"; // a string over its limit; args {"max": n}
inline constexpr auto TooMany = "tooMany"; // a list or map over MaxListLength; args {"max": n}
inline constexpr auto Format = "format";   // a string that should be a number or a timestamp
} // namespace Reason

// The decoding state: the JSON path of the value being read and the first failure.
class JsonReader
{
public:
    explicit JsonReader(QString path = {})
        : m_path(std::move(path))
    {}

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    const QString &path() const { return m_path; }

    // Records a failure at the current path (unless one is recorded already: the first
    // one is the one to report) and returns false.
    bool fail(const char *reason, QVariantMap args = {});

    // Enters a member or an element of the current value until the Step is destroyed.
    class Step
    {
    public:
        Step(const Step &) = delete;
        Step &operator=(const Step &) = delete;
        ~Step() { m_reader.m_path.truncate(m_length); }

    private:
        friend class JsonReader;
        Step(JsonReader &reader, qsizetype length)
            : m_reader(reader)
            , m_length(length)
        {}
        JsonReader &m_reader;
        qsizetype m_length;
    };
    [[nodiscard]] Step member(QStringView key);
    [[nodiscard]] Step member(QLatin1StringView key);
    [[nodiscard]] Step element(qsizetype index);

private:
    QString m_path;
    std::optional<Error> m_error;
};

// Codec<T>::write(const T &) -> QJsonValue and
// Codec<T>::read(JsonReader &, const QJsonValue &, T &out) -> bool (out is assigned only
// on success). Specialized below; a type without a codec does not compile.
template<class T>
struct Codec;

// ---- the API -----------------------------------------------------------------------------

template<class T>
QJsonValue toJson(const T &value)
{
    return Codec<T>::write(value);
}

// `path` is where `json` sits in a larger document (the prefix of failures' fields).
template<class T>
Result<T> fromJson(const QJsonValue &json, const QString &path = {})
{
    static_assert(!std::is_same_v<T, Error>,
                  "Result<Error> cannot be: an Error travels in a Result envelope (Status)");
    JsonReader reader(path);
    T value{};
    if (!Codec<T>::read(reader, json, value))
        return reader.error();
    return value;
}

// The answer envelope of a list page, {"value": ListPage}, written straight as compact JSON
// text: the same document as QJsonDocument(toJson(Result<ListPage>(page))) (tests/contract
// compares them), without building it first (the billing API's busiest answer: building
// and then writing the tree was a quarter of a small page's cost).
QByteArray listPageAnswerText(const ListPage &page);
// Its pieces, for rows written as they are read (the billing API server's SQLite pages:
// store::ListViews::pageCells): a cell as Codec<QVariant> writes it, a text cell from its
// UTF-8, and the answer of `page` (its rows ignored) around `rows`, the rows already
// written ("[...],[...]").
void appendListCell(QByteArray &out, const QVariant &cell);
void appendListText(QByteArray &out, QByteArrayView utf8);
QByteArray listPageAnswerText(const ListPage &page, QByteArrayView rows);
// Appends a row of `count` cells to `rows` ("[a,b]", after a comma unless it is the first),
// each cell written by appendCell(rows, index).
template<class AppendCell>
void appendListRow(QByteArray &rows, qsizetype count, AppendCell appendCell)
{
    rows += rows.isEmpty() ? "[" : ",[";
    for (qsizetype c = 0; c < count; ++c) {
        if (c > 0)
            rows += ',';
        appendCell(rows, c);
    }
    rows += ']';
}

// Parses a request or response body (an object or an array). Malformed JSON is refused
// like a bad value: field "", reason "format", args {"offset": byte offset}.
Result<QJsonValue> parse(const QByteArray &body);

// The names of the contract types that have a codec (structs and enums of
// contract/BackendTypes.h and core/{Domain,Listing,Error,Money}.h), and the types of
// those headers deliberately without one, with the reason. tests/contract checks that
// together they name every struct and enum class the headers declare.
QStringList codecTypeNames();
QList<std::pair<QString, QString>> codecExclusions();

// ---- codecs of contract types ------------------------------------------------------------

// Every codec'd struct or scalar of the contract, by header; the definitions are generated
// from these same lists (JsonDomain.cpp, JsonBackendTypes.cpp, JsonValues.cpp), and so is
// codecTypeNames().
#define OC_JSON_CORE_TYPES(X) X(Fen) X(Error) X(Done)

#define OC_JSON_DOMAIN_TYPES(X)                                                                    \
    X(ContactAddress)                                                                              \
    X(CurrencySelection)                                                                           \
    X(HuaweiAccount)                                                                               \
    X(MessageRecipient)                                                                            \
    X(ClosingFailure)                                                                              \
    X(PaymentCard)                                                                                 \
    X(Product)                                                                                     \
    X(Order)                                                                                       \
    X(Instance)                                                                                    \
    X(Organization)                                                                                \
    X(Department)                                                                                  \
    X(Member)                                                                                      \
    X(AppBinding)                                                                                  \
    X(GuanceAccount)                                                                               \
    X(FeeCenterAccount)                                                                            \
    X(Workspace)                                                                                   \
    X(StoredValueCard)                                                                             \
    X(OutboxMessage)                                                                               \
    X(JournalEntry)                                                                                \
    X(ColumnInfo)                                                                                  \
    X(ListQuery)                                                                                   \
    X(ListPage)

#define OC_JSON_BACKEND_TYPES(X)                                                                   \
    X(BackendInfo)                                                                                 \
    X(ClockState)                                                                                  \
    X(PartnerContact)                                                                              \
    X(PartnerProfile)                                                                              \
    X(PartnerDisassociation)                                                                       \
    X(PartnerLogEntry)                                                                             \
    X(PartnerInfo)                                                                                 \
    X(PartnerInvitationRequest)                                                                    \
    X(PartnerInvitation)                                                                           \
    X(PartnerAssociationRequest)                                                                   \
    X(PartnerAssociationResult)                                                                    \
    X(PartnerBudgetRequest)                                                                        \
    X(CheckFailure)                                                                                \
    X(PartnerDisassociationCheck)                                                                  \
    X(PartnerDisassociationRequest)                                                                \
    X(PartnerInitiatedDisassociation)                                                              \
    X(ProcessDisassociationRequest)                                                                \
    X(MasterLink)                                                                                  \
    X(MasterInvitationRequest)                                                                     \
    X(MasterAnswer)                                                                                \
    X(HuaweiAccountDetail)                                                                         \
    X(OnboardingProgress)                                                                          \
    X(CodeSent)                                                                                    \
    X(SignUpRequest)                                                                               \
    X(BindPhoneRequest)                                                                            \
    X(EnableServicesRequest)                                                                       \
    X(BindCardRequest)                                                                             \
    X(HuaweiLoginRequest)                                                                          \
    X(HuaweiLoginChallenge)                                                                        \
    X(WebsiteAccount)                                                                              \
    X(WebsiteAccountRequest)                                                                       \
    X(WebsiteLoginRequest)                                                                         \
    X(BindWebsiteAccountRequest)                                                                   \
    X(HuaweiLoginResult)                                                                           \
    X(MaterialUpload)                                                                              \
    X(AuthenticationRequest)                                                                       \
    X(AuthenticationRecord)                                                                        \
    X(ReviewDecision)                                                                              \
    X(ReauthenticationRequest)                                                                     \
    X(AccountConditions)                                                                           \
    X(PasswordChangeRequest)                                                                       \
    X(PasswordResetRequest)                                                                        \
    X(LoginIdChangeRequest)                                                                        \
    X(TenantNameChangeRequest)                                                                     \
    X(CompleteInformationRequest)                                                                  \
    X(EditInformationRequest)                                                                      \
    X(ServiceContactChangeRequest)                                                                 \
    X(PreferencesRequest)                                                                          \
    X(RecipientInput)                                                                              \
    X(ClosingCheck)                                                                                \
    X(ServicesClosing)                                                                             \
    X(CloseServicesRequest)                                                                        \
    X(DisableServicesRequest)                                                                      \
    X(TerminateClosingRequest)                                                                     \
    X(PurchaseRequest)                                                                             \
    X(PurchaseResult)                                                                              \
    X(RegistrationRequest)                                                                         \
    X(RegistrationResult)                                                                          \
    X(HuaweiActivationCheck)                                                                       \
    X(OrganizationRequest)                                                                         \
    X(OwnerPrefill)                                                                                \
    X(MemberInput)                                                                                 \
    X(OrganizationDetail)                                                                          \
    X(BindableOrder)                                                                               \
    X(AuthorizationRequest)                                                                        \
    X(MemberLogin)                                                                                 \
    X(AuthorizationResult)                                                                         \
    X(LoginRequest)                                                                                \
    X(LoginSession)                                                                                \
    X(FeeCenterCodeSent)                                                                           \
    X(FeeCenterVerification)                                                                       \
    X(FeeCenterBinding)                                                                            \
    X(EnterpriseConfirmation)                                                                      \
    X(BindWorkspaceRequest)                                                                        \
    X(CreateWorkspaceRequest)                                                                      \
    X(ActivationSummary)                                                                           \
    X(SettlementChangeRequest)                                                                     \
    X(RechargeRequest)                                                                             \
    X(FeeCenterOverview)                                                                           \
    X(CloseResourceResult)                                                                         \
    X(WizardDraft)                                                                                 \
    X(SendCodeRequest)                                                                             \
    X(CheckCodeRequest)                                                                            \
    X(DepartmentRequest)                                                                           \
    X(BindOrderRequest)                                                                            \
    X(PasswordChange)                                                                              \
    X(FeeCenterCodeRequest)                                                                        \
    X(ActivationRequest)                                                                           \
    X(ClockAdvance)                                                                                \
    X(ExportRequest)                                                                               \
    X(ChangeBatch)                                                                                 \
    X(ServerVersion)

// Enums share one codec (below); they are listed for codecTypeNames().
#define OC_JSON_ENUM_TYPES(X)                                                                      \
    X(AccountType)                                                                                 \
    X(AuthStatus)                                                                                  \
    X(ServicesStatus)                                                                              \
    X(ProductKind)                                                                                 \
    X(OrderStatus)                                                                                 \
    X(InstanceStatus)                                                                              \
    X(OrganizationStatus)                                                                          \
    X(WorkspaceLanguage)                                                                           \
    X(WorkspaceStatus)                                                                             \
    X(SettlementMethod)                                                                            \
    X(CardStatus)                                                                                  \
    X(PurchaseType)                                                                                \
    X(Channel)                                                                                     \
    X(PartnerModel)                                                                                \
    X(PartnerStatus)                                                                               \
    X(DisassociationInitiator)                                                                     \
    X(MasterLinkStatus)                                                                            \
    X(MasterAccounting)                                                                            \
    X(PhonePurpose)                                                                                \
    X(ServiceContact)                                                                              \
    X(ClosingReason)                                                                               \
    X(ClosingCheckGroup)                                                                           \
    X(ClosingTermination)                                                                          \
    X(CertificateType)                                                                             \
    X(ReviewStatus)                                                                                \
    X(RejectReason)                                                                                \
    X(ReviewKind)                                                                                  \
    X(CardVerification)                                                                            \
    X(ColumnKind)                                                                                  \
    X(ClockStep)

// The Qt and built-in values the contract's members are made of.
#define OC_JSON_VALUE_TYPES(X)                                                                     \
    X(bool) X(int) X(qint64) X(QString) X(QDateTime) X(QVariant) X(QVariantMap) X(QJsonObject)

#define OC_JSON_DECLARE_CODEC(T)                                                                   \
    template<>                                                                                     \
    struct Codec<T>                                                                                \
    {                                                                                              \
        static QJsonValue write(const T &value);                                                   \
        static bool read(JsonReader &reader, const QJsonValue &json, T &out);                      \
    };

OC_JSON_VALUE_TYPES(OC_JSON_DECLARE_CODEC)
OC_JSON_CORE_TYPES(OC_JSON_DECLARE_CODEC)
OC_JSON_DOMAIN_TYPES(OC_JSON_DECLARE_CODEC)
OC_JSON_BACKEND_TYPES(OC_JSON_DECLARE_CODEC)

#undef OC_JSON_DECLARE_CODEC

// A string with a limit other than MaxTextLength (Codec<QString>'s).
bool readString(JsonReader &reader, const QJsonValue &json, QString &out, qsizetype maxLength);

// ---- generic codecs ----------------------------------------------------------------------

// Enums with a stable spelling (EnumSpelling<E>).
template<class E>
concept Spelled = std::is_enum_v<E> && requires
{
    EnumSpelling<E>::values;
};

template<Spelled E>
struct Codec<E>
{
    // toString<E>: tests declare exact toString overloads for QTest that return char *.
    static QJsonValue write(const E &value) { return oc::toString<E>(value); }
    static bool read(JsonReader &reader, const QJsonValue &json, E &out)
    {
        if (!json.isString())
            return reader.fail(Reason::Type);
        const auto value = enumFromString<E>(json.toString());
        if (!value)
            return reader.fail(Reason::Enum);
        out = *value;
        return true;
    }
};

template<class T>
struct Codec<QList<T>>
{
    static QJsonValue write(const QList<T> &list)
    {
        QJsonArray array;
        for (const T &item : list)
            array.append(Codec<T>::write(item));
        return array;
    }
    static bool read(JsonReader &reader, const QJsonValue &json, QList<T> &out)
    {
        if (!json.isArray())
            return reader.fail(Reason::Type);
        const QJsonArray array = json.toArray();
        if (array.size() > MaxListLength)
            return reader.fail(Reason::TooMany, {{QStringLiteral("max"), MaxListLength}});
        QList<T> list;
        list.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto step = reader.element(i);
            T item{};
            if (!Codec<T>::read(reader, array.at(i), item))
                return false;
            list.append(std::move(item));
        }
        out = std::move(list);
        return true;
    }
};

// JSON keys are strings: the decimal id.
template<class V>
struct Codec<QHash<qint64, V>>
{
    static QJsonValue write(const QHash<qint64, V> &hash)
    {
        QJsonObject object;
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            object.insert(QString::number(it.key()), Codec<V>::write(it.value()));
        return object;
    }
    static bool read(JsonReader &reader, const QJsonValue &json, QHash<qint64, V> &out)
    {
        if (!json.isObject())
            return reader.fail(Reason::Type);
        const QJsonObject object = json.toObject();
        if (object.size() > MaxListLength)
            return reader.fail(Reason::TooMany, {{QStringLiteral("max"), MaxListLength}});
        QHash<qint64, V> hash;
        hash.reserve(object.size());
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const auto step = reader.member(it.key());
            qint64 key = 0;
            if (!Codec<qint64>::read(reader, QJsonValue(it.key()), key))
                return false;
            V value{};
            if (!Codec<V>::read(reader, it.value(), value))
                return false;
            hash.insert(key, std::move(value));
        }
        out = std::move(hash);
        return true;
    }
};

// Empty is null. (As a struct member, an absent key is empty as well.)
template<class T>
struct Codec<std::optional<T>>
{
    static QJsonValue write(const std::optional<T> &value)
    {
        return value ? Codec<T>::write(*value) : QJsonValue(QJsonValue::Null);
    }
    static bool read(JsonReader &reader, const QJsonValue &json, std::optional<T> &out)
    {
        if (json.isNull() || json.isUndefined()) {
            out.reset();
            return true;
        }
        T value{};
        if (!Codec<T>::read(reader, json, value))
            return false;
        out = std::move(value);
        return true;
    }
};

// {"value": T} or {"error": Error}: exactly one of them.
template<class T>
struct Codec<Result<T>>
{
    static QJsonValue write(const Result<T> &result)
    {
        if (result.ok())
            return QJsonObject{{QStringLiteral("value"), Codec<T>::write(result.value())}};
        return QJsonObject{{QStringLiteral("error"), Codec<Error>::write(result.error())}};
    }
    static bool read(JsonReader &reader, const QJsonValue &json, Result<T> &out)
    {
        if (!json.isObject())
            return reader.fail(Reason::Type);
        const QJsonObject object = json.toObject();
        const QJsonValue error = object.value(QLatin1StringView("error"));
        const QJsonValue value = object.value(QLatin1StringView("value"));
        if (!error.isUndefined()) {
            if (!value.isUndefined())
                return reader.fail(Reason::Format); // both: which one is meant?
            const auto step = reader.member(u"error");
            Error decoded;
            if (!Codec<Error>::read(reader, error, decoded))
                return false;
            out = Result<T>(std::move(decoded));
            return true;
        }
        const auto step = reader.member(u"value");
        if (value.isUndefined())
            return reader.fail(Reason::Missing);
        T decoded{};
        if (!Codec<T>::read(reader, value, decoded))
            return false;
        out = Result<T>(std::move(decoded));
        return true;
    }
};

} // namespace oc::json
