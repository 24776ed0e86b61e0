#pragma once

// A scripted stand-in for the billing API server, for tests of the remote backend: a
// QTcpServer on 127.0.0.1 (a free port) that speaks just enough HTTP/1.1 (request line,
// headers, a Content-Length body; keep-alive) to answer each request with a canned answer
// looked up by method and path. An answer can be delayed, streamed in pieces, dropped
// (the connection closes before anything is answered) or never given. Every request is
// recorded with its headers and body, so that tests can check what went on the wire.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace oc::test {

// A request as it arrived: the raw (percent-encoded) target split into path and query.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path;                                  // "/v1/drafts/W-REG/..%2Fa%20b"
    QByteArray query;                                 // "username=li.na" (without "?")
    QList<std::pair<QByteArray, QByteArray>> headers; // in order, names as sent
    QByteArray body;
    int connection = 0; // which connection it came on (1, 2, ...)

    // The value of header `name` (case-insensitive); null when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // How many times header `name` was sent.
    int headerCount(QByteArrayView name) const;
    QJsonValue json() const; // the body as JSON (undefined when it is none)
};

struct CannedAnswer
{
    enum class Kind
    {
        Answer, // the status, headers and body below
        Drop,   // close the connection without answering
        Silent  // keep the connection open and never answer
    };
    Kind kind = Kind::Answer;
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    int delayMs = 0; // before the answer (or the drop) starts
    // Streaming: the body goes out in pieces of `pieceBytes`, `pieceDelayMs` apart, with
    // chunked transfer encoding (no Content-Length) when `chunked`. `stallAfterBytes` >= 0
    // stops sending after that many body bytes and keeps the connection open.
    int pieceBytes = 0; // 0: all at once
    int pieceDelayMs = 0;
    bool chunked = false;
    qint64 stallAfterBytes = -1;
    bool closeWhenStalled = false; // ... then closes it in good order (FIN, not a reset)
    QList<std::pair<QByteArray, QByteArray>> headers; // sent besides the above

    static CannedAnswer json(int status, const QJsonValue &json);
    static CannedAnswer value(const QJsonValue &value); // 200 {"value": value}
    static CannedAnswer error(int status, const QString &code, const QString &field = {},
                              const QString &reason = {}, const QJsonObject &args = {});
    static CannedAnswer drop(int delayMs = 0);
    static CannedAnswer silent();
};

class FakeServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    bool listen();
    // http://127.0.0.1:<port>
    QUrl url() const;

    // Answers for `method` `path` (the raw path, without the query), used in the order
    // given; the last one keeps answering. A request without an answer gets 404 with an
    // E-NOT-FOUND route error, like the real server's.
    void script(const QByteArray &method, const QByteArray &path, const CannedAnswer &answer);
    void script(const QByteArray &method, const QByteArray &path,
                const QList<CannedAnswer> &answers);
    void clearScripts();

    const QList<RecordedRequest> &requests() const { return m_requests; }
    QList<RecordedRequest> requests(const QByteArray &method, const QByteArray &path) const;
    void clearRequests() { m_requests.clear(); }
    int connectionsOpened() const { return m_connections; }
    int connectionsOpen() const;

signals:
    void requestReceived(const oc::test::RecordedRequest &request);
    // A client closed a connection on which an answer was still due (it gave up).
    void clientGaveUp();

private:
    struct Connection;
    void onNewConnection();
    void readRequests(Connection *connection);
    void respond(Connection *connection, const RecordedRequest &request);
    void sendAnswer(Connection *connection, const CannedAnswer &answer);
    void sendPieces(Connection *connection, const CannedAnswer &answer, qint64 offset);
    CannedAnswer nextAnswer(const RecordedRequest &request);

    QTcpServer m_server;
    QHash<QByteArray, QList<CannedAnswer>> m_scripts; // "METHOD path"
    QList<RecordedRequest> m_requests;
    QList<Connection *> m_open;
    int m_connections = 0;
};

} // namespace oc::test
