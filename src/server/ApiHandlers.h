#pragma once

#include "contract/Json.h"
#include "contract/Routes.h"
#include "services/ServiceHost.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace oc::server {

// One call of the billing API as the handlers see it: the route's decoded path
// parameters, the query, and the parsed JSON body (null when there is none).
struct ApiCall
{
    QStringList parameters;
    QUrlQuery query;
    QJsonValue body;
};

// The answer: the status and the envelope ({"value": ...} or {"error": ...}).
struct ApiAnswer
{
    ApiAnswer() = default;
    ApiAnswer(int status, QJsonObject envelope)
        : status(status)
        , envelope(std::move(envelope))
    {}
    // A 200 answer whose envelope is already written as JSON.
    static ApiAnswer written(QByteArray json)
    {
        ApiAnswer a;
        a.text = std::move(json);
        return a;
    }

    int status = 200;
    QJsonObject envelope;
    QByteArray text; // the envelope already written as JSON (then `envelope` is empty)
    bool ok() const { return status == 200; }
    QByteArray json() const;
};

ApiAnswer errorAnswer(const Error &error);

template<class T>
ApiAnswer answerOf(const Result<T> &result)
{
    if (!result.ok())
        return errorAnswer(result.error());
    return ApiAnswer{200, json::toJson(result).toObject()};
}

// The JSON binding of the services: for each operation of contract/Routes.h served by a
// plain call (all but open, changes, exportCsv and resetDemo, which ApiServer serves),
// decodes the call, runs the service on `session` and encodes its result. A malformed
// call is E-INVALID naming the field. purchase places the order only: for a subscription
// ApiServer then delivers the marketplace's newInstance over HTTP and answers after it.
using ApiHandler = std::function<ApiAnswer(Session &, ServiceHost &, const ApiCall &)>;
const ApiHandler *handlerOf(const char *operation);

} // namespace oc::server
