#include "ApiExchange.h"

#include "ApiClient.h"
#include "RemoteLog.h"
#include "contract/Async.h"

#include <QNetworkReply>

namespace oc::remote {

ApiExchange::ApiExchange(ApiClient *client, ApiRequest request, QObject *parent, Done done)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_done(std::move(done))
{}

ApiExchange *ApiExchange::start(ApiClient *client, ApiRequest request, QObject *parent, Done done)
{
    auto *exchange = new ApiExchange(client, std::move(request), parent, std::move(done));
    exchange->send();
    return exchange;
}

void ApiExchange::send()
{
    ++m_attempts;
    m_reply = m_client->send(m_request);
    connect(m_reply, &QNetworkReply::finished, this, &ApiExchange::finished);
}

bool ApiExchange::hasAnswer(const QNetworkReply *reply)
{
    // Network-layer (1..99) and proxy (101..199) errors mean no complete answer, even when
    // its status line had arrived; content, protocol and server errors are HTTP statuses.
    const QNetworkReply::NetworkError error = reply->error();
    const bool transport =
        error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
    return !transport && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
}

ApiExchange::Outcome ApiExchange::failureOf(const QNetworkReply *reply,
                                            std::chrono::milliseconds timeout)
{
    const auto unreachable = [reply](bool dropped) {
        return Outcome{makeError(QString::fromLatin1(SystemError::Unreachable), QString(),
                                 QStringLiteral("connection"),
                                 {{QStringLiteral("detail"), reply->errorString()}}),
                       dropped};
    };
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // setTransferTimeout() ran out
    case QNetworkReply::TimeoutError:
        return Outcome{timeoutError(timeout), false};
    // The connection went away with the request on it: the answer may or may not have been
    // decided. (ContentReSendError is QNetworkAccessManager asking to send it again.)
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return unreachable(true);
    default: // refused, host not found, TLS, proxy: nothing was answered, nor will be soon
        return unreachable(false);
    }
}

void ApiExchange::finished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (hasAnswer(reply)) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qCInfo(lcRemote) << api::methodName(m_request.route->method).constData()
                         << m_request.route->path << status;
        finish(ApiAnswer{status, reply->readAll(), std::nullopt});
        return;
    }
    const Outcome outcome = failureOf(reply, m_request.timeout);
    if (outcome.dropped && m_attempts < 2) {
        qCInfo(lcRemote) << api::methodName(m_request.route->method).constData()
                         << m_request.route->path << "dropped, sending it once more";
        send();
        return;
    }
    qCInfo(lcRemote) << api::methodName(m_request.route->method).constData()
                     << m_request.route->path << outcome.error.toString();
    finish(ApiAnswer{0, {}, outcome.error});
}

void ApiExchange::abandon(const Error &failure)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(ApiAnswer{0, {}, failure});
}

void ApiExchange::finish(const ApiAnswer &answer)
{
    if (!m_done)
        return;
    const Done done = std::exchange(m_done, nullptr);
    deleteLater();
    done(answer);
}

} // namespace oc::remote
