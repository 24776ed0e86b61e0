#pragma once

#include "ApiRequest.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <chrono>

class QNetworkReply;

namespace oc::remote {

// Where the billing API is and how to ask it: builds the requests of the route table
// (contract/Routes.h) and sends them through one QNetworkAccessManager, on the thread
// that owns the client. Every request carries "Authorization: Bearer <token>" (the token
// never leaves this class otherwise: no log, no error text has it), goes out over HTTP/1.1
// without following redirects (a redirect would carry the token elsewhere) and ends after
// `timeout` without a byte transferred (QNetworkRequest::setTransferTimeout).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(const QUrl &server, const QString &token, std::chrono::milliseconds timeout,
              QObject *parent = nullptr);

    const QUrl &server() const { return m_server; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // A request for the route of `operation`, with a fresh Idempotency-Key when the route
    // changes the store.
    ApiRequest request(const char *operation, QStringList parameters = {}) const;
    // The URL `request` goes to: the server, the route's path with its parameters
    // percent-encoded, the query.
    QUrl urlOf(const ApiRequest &request) const;
    // Sends `request`; the caller owns the reply (deleteLater() it when finished). The
    // body can be read once only (OneShotBody): a request is never sent again behind the
    // caller's back.
    QNetworkReply *send(const ApiRequest &request);

private:
    QNetworkAccessManager m_network;
    QUrl m_server;
    QByteArray m_authorization;
    std::chrono::milliseconds m_timeout;
};

} // namespace oc::remote
