#include "ApiClient.h"

#include "OneShotBody.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace oc::remote {

ApiClient::ApiClient(const QUrl &server, const QString &token, std::chrono::milliseconds timeout,
                     QObject *parent)
    : QObject(parent)
    , m_server(server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                               QUrl::StripTrailingSlash))
    , m_authorization("Bearer " + token.toLatin1())
    , m_timeout(timeout)
{}

ApiRequest ApiClient::request(const char *operation, QStringList parameters) const
{
    ApiRequest request;
    request.route = api::route(operation);
    Q_ASSERT_X(request.route, "ApiClient::request", operation);
    request.parameters = std::move(parameters);
    request.timeout = m_timeout;
    if (request.route && request.route->changes)
        request.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    return request;
}

QUrl ApiClient::urlOf(const ApiRequest &request) const
{
    QUrl url = m_server;
    // pathOf() percent-encodes each parameter ("../a b" stays one segment, "..%2Fa%20b");
    // TolerantMode keeps that encoding as it is.
    url.setPath(m_server.path(QUrl::FullyEncoded) + api::pathOf(*request.route, request.parameters),
                QUrl::TolerantMode);
    if (!request.query.isEmpty()) {
        // Every byte but the unreserved ones encoded: "+", "&" and "=" in a value stay data.
        QByteArray query;
        for (const auto &[name, value] : request.query) {
            if (!query.isEmpty())
                query += '&';
            query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        url.setQuery(QString::fromLatin1(query), QUrl::TolerantMode);
    }
    return url;
}

QNetworkReply *ApiClient::send(const ApiRequest &request)
{
    QNetworkRequest http(urlOf(request));
    http.setRawHeader("Authorization", m_authorization);
    http.setRawHeader("Accept", request.accept);
    if (request.body)
        http.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!request.idempotencyKey.isEmpty())
        http.setRawHeader("Idempotency-Key", request.idempotencyKey);
    http.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("onboarding-console"));
    for (const auto &[name, value] : request.headers)
        http.setRawHeader(name, value);
    const QByteArray body = request.body.value_or(QByteArray());
    http.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    http.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    http.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    http.setTransferTimeout(int(request.timeout.count()));
    auto *upload = new OneShotBody(body);
    QNetworkReply *reply =
        m_network.sendCustomRequest(http, api::methodName(request.route->method), upload);
    upload->setParent(reply); // read until the reply is finished
    return reply;
}

} // namespace oc::remote
