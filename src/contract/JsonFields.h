#pragma once

// How the codec files (Json*.cpp) describe a struct: one `fields(visitor, object)`
// function per struct lists its members once, and serves both directions:
//
//   void fields(auto &v, Of<Order> auto &o)
//   {
//       v("orderId", o.orderId, Short);
//       v("amount", o.amount);
//   }
//   OC_JSON_DEFINE_OBJECT_CODEC(Order)
//
// A string member names its limit (Short or Text). Not for use outside the codec files.

#include "Json.h"

#include <concepts>
#include <type_traits>

namespace oc::json {

inline constexpr qsizetype Short = MaxShortLength;
inline constexpr qsizetype Text = MaxTextLength;

template<class O, class T>
concept Of = std::same_as<std::remove_const_t<O>, T>;

template<class T>
inline constexpr bool IsOptional = false;
template<class T>
inline constexpr bool IsOptional<std::optional<T>> = true;

class ObjectWriter
{
public:
    template<class T>
    void operator()(const char *key, const T &value)
    {
        m_object.insert(QLatin1StringView(key), Codec<T>::write(value));
    }
    // The limit is the reader's business; a writer sends what it has.
    void operator()(const char *key, const QString &value, qsizetype /*maxLength*/)
    {
        m_object.insert(QLatin1StringView(key), value);
    }
    // Every string member names its limit.
    void operator()(const char *key, const QString &value) = delete;
    QJsonObject take() { return std::move(m_object); }

private:
    QJsonObject m_object;
};

class ObjectReader
{
public:
    ObjectReader(JsonReader &reader, const QJsonValue &json)
        : m_reader(reader)
    {
        if (json.isObject())
            m_object = json.toObject();
        else
            reader.fail(Reason::Type);
    }

    template<class T>
    void operator()(const char *key, T &out)
    {
        if (!m_reader.ok())
            return;
        const QLatin1StringView name(key);
        const QJsonValue value = m_object.value(name);
        const auto step = m_reader.member(name);
        if (value.isUndefined() && !IsOptional<T>) {
            m_reader.fail(Reason::Missing);
            return;
        }
        Codec<T>::read(m_reader, value, out);
    }
    void operator()(const char *key, QString &out, qsizetype maxLength)
    {
        if (!m_reader.ok())
            return;
        const QLatin1StringView name(key);
        const QJsonValue value = m_object.value(name);
        const auto step = m_reader.member(name);
        if (value.isUndefined()) {
            m_reader.fail(Reason::Missing);
            return;
        }
        readString(m_reader, value, out, maxLength);
    }

    void operator()(const char *key, QString &out) = delete;

    // Hands the decoded value over when every member was read.
    template<class T>
    bool finish(T &value, T &out)
    {
        if (!m_reader.ok())
            return false;
        out = std::move(value);
        return true;
    }

private:
    JsonReader &m_reader;
    QJsonObject m_object;
};

// Defines Codec<T> from `fields(visitor, T)`; used on the OC_JSON_*_TYPES lists of Json.h,
// so that a listed struct without fields() does not compile.
#define OC_JSON_DEFINE_OBJECT_CODEC(T)                                                             \
    QJsonValue Codec<T>::write(const T &value)                                                     \
    {                                                                                              \
        ObjectWriter writer;                                                                       \
        fields(writer, value);                                                                     \
        return writer.take();                                                                      \
    }                                                                                              \
    bool Codec<T>::read(JsonReader &reader, const QJsonValue &json, T &out)                        \
    {                                                                                              \
        ObjectReader object(reader, json);                                                         \
        T value{};                                                                                 \
        fields(object, value);                                                                     \
        return object.finish(value, out);                                                          \
    }

} // namespace oc::json
