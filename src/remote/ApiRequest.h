#pragma once

#include "contract/Routes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <utility>

namespace oc::remote {

// One request of the billing API, before it is sent (ApiClient::send): which route, its
// path and query parameters, its JSON body and its Idempotency-Key. Sent again as it is
// when it is retried, so that a changing route's retry carries the same key.
struct ApiRequest
{
    const api::Route *route = nullptr;
    QStringList parameters;                   // the path's {parameters}, in order
    QList<std::pair<QString, QString>> query; // plain text; encoded when sent
    std::optional<QByteArray> body;           // JSON (POST and PUT)
    QByteArray idempotencyKey;                // changing routes (Route::changes) only
    std::chrono::milliseconds timeout{30000}; // without a byte transferred
    QByteArray accept = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers; // more headers (an export's)
};

} // namespace oc::remote
