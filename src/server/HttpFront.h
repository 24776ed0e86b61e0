#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTcpSocket;

namespace oc::server {

class BodyPipe;

// One HTTP request, copied out of Qt HttpServer so that it can be answered later, from
// the event loop, after a worker has done the work.
struct HttpRequest
{
    QByteArray method;      // "GET", "POST", ...
    QByteArray encodedPath; // percent-encoded, without the query
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerCaseName) const;
};

// The answer to one request; answered at most once, on the thread of the front.
class HttpExchange
{
public:
    virtual ~HttpExchange() = default;
    virtual const HttpRequest &request() const = 0;
    // A JSON (or other) body with its Content-Type; `allow` adds an Allow header (405).
    virtual void respond(int status, const QByteArray &body,
                         const QByteArray &contentType = "application/json",
                         const QByteArray &allow = {}) = 0;
    // A JSON body with KooGallery's Body-Sign header (POST /koogallery/saas).
    virtual void respondSigned(int status, const QByteArray &body, const QByteArray &bodySign) = 0;
    // A body sent as a worker makes it (the CSV export), in the chunked transfer coding:
    // each piece taken from `body` as the socket drains; the terminating chunk once the
    // body is Complete. A body that Failed cuts the connection short, so that the client
    // sees a truncated answer rather than a file that looks whole; a client that goes
    // away abandons the body (the worker stops). The request counts as in flight until then.
    // `headers` are sent besides the Content-Type.
    virtual void respondChunked(int status, std::shared_ptr<BodyPipe> body,
                                const QByteArray &contentType,
                                const QList<std::pair<QByteArray, QByteArray>> &headers) = 0;
    virtual bool answered() const = 0;
};

// The one small wrapper around Qt HttpServer (6.4; 6.8 changes listen/route), so that
// only this class has to change with it. It hands every request to one handler with an
// exchange to answer, now or later; refuses bodies over `maxBodyBytes` (413) before
// reading them whole, which Qt HttpServer 6.4 does not; and counts the requests not yet
// answered, for a clean stop.
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(std::shared_ptr<HttpExchange>)>;

    HttpFront(qint64 maxBodyBytes, Handler handler, QObject *parent = nullptr);
    ~HttpFront() override;

    // Listens on `address`:`port` (0: a free port); returns the port, 0 on failure with
    // the reason in `error`.
    quint16 start(const QHostAddress &address, quint16 port, QString *error);
    // Stops accepting connections; requests in flight are still answered.
    void stopListening();
    int requestsInFlight() const { return m_inFlight; }

signals:
    // The last request in flight was answered (after stopListening(): time to exit).
    void drained();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    class Exchange;
    class GuardedServer;
    friend class Exchange;
    void finished();

    qint64 m_maxBodyBytes;
    Handler m_handler;
    QPointer<GuardedServer> m_tcp;
    int m_inFlight = 0;
    bool m_stopping = false;
};

} // namespace oc::server
