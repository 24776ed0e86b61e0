#pragma once

#include "contract/Json.h"
#include "core/Error.h"

#include <QByteArray>

#include <optional>

namespace oc::remote {

// What came back for one request: the HTTP status and body, or why nothing usable came
// (the server unreachable or silent, the call cancelled).
struct ApiAnswer
{
    int status = 0; // 0: no answer
    QByteArray body;
    std::optional<Error> failure;
};

// Why an answer could not be read: E-UNREACHABLE, reason "badAnswer", with the status and
// what was wrong (args "status", "field", "problem"), so that the GUI offers Retry and a
// log tells what the server sent. A 401 that is not the API's own error body is E-AUTH.
Error undecodableAnswer(int status, const Error &problem);

// The answer as the call's result. Every answer of the API is {"value": T} or
// {"error": Error} whatever its status (resources/api/README.md), so the body decides;
// anything else (not JSON, a proxy's page, a value of the wrong shape) is
// undecodableAnswer().
template<class T>
Result<T> decodeAnswer(const ApiAnswer &answer)
{
    if (answer.failure)
        return *answer.failure;
    const Result<QJsonValue> parsed = json::parse(answer.body);
    if (!parsed.ok())
        return undecodableAnswer(answer.status, parsed.error());
    Result<Result<T>> decoded = json::fromJson<Result<T>>(*parsed);
    if (!decoded.ok())
        return undecodableAnswer(answer.status, decoded.error());
    return std::move(decoded).value();
}

} // namespace oc::remote
