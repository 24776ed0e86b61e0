#include "HttpFront.h"

#include "BodyPipe.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace oc::server {

Q_LOGGING_CATEGORY(lcHttp, "oc.http")

namespace {

// Room for the request line and headers on top of the body limit.
constexpr qint64 HeaderAllowance = 64 * 1024;
// A body announced larger than the limit but smaller than this is read and dropped before
// the 413 (a client reads an answer only once it has sent its request); a larger one is
// answered at once and the connection closed.
constexpr qint64 DrainLimit = 32 * 1024 * 1024;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray tooLargeAnswer(qint64 limit)
{
    const QByteArray body =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("error"),
                 QJsonObject{
                     {QStringLiteral("code"), QStringLiteral("E-INVALID")},
                     {QStringLiteral("field"), QStringLiteral("body")},
                     {QStringLiteral("reason"), QStringLiteral("tooLarge")},
                     {QStringLiteral("args"), QJsonObject{{QStringLiteral("max"), limit}}},
                     {QStringLiteral("message"), QStringLiteral("Request body too large")}}}})
            .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// The Content-Length of a request whose head is at the start of `data`, -1 if none (yet).
qint64 contentLengthOf(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    const QByteArray head = end >= 0 ? data.left(end) : data;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok ? length : -1;
        }
    }
    return -1;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

// Accepts connections and watches what arrives on each before Qt HttpServer reads it:
// a body announced or found larger than the limit is answered 413 and the connection
// closed, without the body ever being held in memory.
class HttpFront::GuardedServer : public QTcpServer
{
public:
    GuardedServer(qint64 limit, QObject *parent)
        : QTcpServer(parent)
        , m_limit(limit)
    {}

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        // What is written goes out at once (TCP_NODELAY). Qt sends a large answer in several
        // sends, and with Nagle's algorithm the last, short one waited for the client's
        // acknowledgement of those before, which a client waiting for the rest of the answer
        // delays by up to 40 ms (Linux's delayed acknowledgement): a page of 200 workspaces
        // (33 KB) took 44-50 ms on a kept-alive connection instead of 1-4.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        struct State
        {
            qint64 received = 0; // of the request being read
            qint64 headLength = -1;
            qint64 announced = -1; // its Content-Length
            bool refused = false;
        };
        auto state = std::make_shared<State>();
        const auto answerTooLarge = [this, socket] {
            socket->write(tooLargeAnswer(m_limit));
            socket->disconnectFromHost();
            qCInfo(lcHttp) << "refused a body over" << m_limit << "bytes from"
                           << socket->peerAddress().toString();
        };
        // Connected before Qt HttpServer's own reader (connections run in order).
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, state, answerTooLarge] {
            if (state->refused) {
                // The announced body is read and dropped before the answer, so that a client
                // still sending it reads the 413 rather than a reset connection.
                state->received += socket->readAll().size();
                if (state->received >= state->headLength + state->announced)
                    answerTooLarge();
                return;
            }
            if (state->received == 0) {
                // What has arrived, not HeaderAllowance: peek() allocates what it is asked
                // for (64 KiB per request, and malloc's work for it on the server thread).
                const QByteArray head =
                    socket->peek(qMin(HeaderAllowance, socket->bytesAvailable()));
                const qsizetype end = head.indexOf("\r\n\r\n");
                state->headLength = end >= 0 ? end + 4 : -1;
                state->announced = contentLengthOf(head);
            }
            state->received += socket->bytesAvailable();
            const bool announcedTooLarge = state->announced > m_limit;
            if (!announcedTooLarge && state->received <= m_limit + HeaderAllowance)
                return;
            state->refused = true;
            // A body too large to be worth reading, or of no known length: answered now.
            if (!announcedTooLarge || state->headLength < 0 || state->announced > DrainLimit) {
                socket->readAll();
                answerTooLarge();
                return;
            }
            socket->readAll(); // already counted
            if (state->received >= state->headLength + state->announced)
                answerTooLarge();
        });
        // An answer ends a request: what arrives next belongs to the next one.
        connect(socket, &QTcpSocket::bytesWritten, socket, [state] { state->received = 0; });
        addPendingConnection(socket);
    }

private:
    qint64 m_limit;
};

// Sends a BodyPipe down a socket in the chunked transfer coding, a piece whenever the
// socket has little left to write (see HttpExchange::respondChunked). `done` is called once,
// when the body is over: sent whole, cut short, or its client gone.
class ChunkedSender final : public QObject
{
public:
    ChunkedSender(QTcpSocket *socket, std::shared_ptr<BodyPipe> body, std::function<void()> done)
        : QObject(socket)
        , m_socket(socket)
        , m_body(std::move(body))
        , m_done(std::move(done))
    {
        connect(socket, &QTcpSocket::bytesWritten, this, &ChunkedSender::pump);
        connect(socket, &QTcpSocket::disconnected, this, [this] { over(); });
        m_body->setWake([this] {
            // On the worker's thread, under the pipe's lock: abandon() (in over()) clears
            // this before the sender goes, so `this` is alive here.
            QMetaObject::invokeMethod(this, &ChunkedSender::pump, Qt::QueuedConnection);
        });
        pump();
    }
    ~ChunkedSender() override { end(); }

private:
    // Little enough left to write that the next piece keeps the socket busy.
    static constexpr qint64 LowWater = 512 * 1024;

    void pump()
    {
        if (!m_done)
            return;
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return over();
        if (m_body->state() == BodyPipe::State::Failed)
            return cut();
        if (m_socket->bytesToWrite() > LowWater)
            return;
        BodyPipe::State state = BodyPipe::State::Open;
        const QByteArray pieces = m_body->take(&state);
        if (!pieces.isEmpty()) {
            m_socket->write(QByteArray::number(pieces.size(), 16) + "\r\n");
            m_socket->write(pieces);
            m_socket->write("\r\n");
        }
        if (state == BodyPipe::State::Complete) {
            m_socket->write("0\r\n\r\n");
            over();
        } else if (state != BodyPipe::State::Open) {
            cut();
        }
    }

    // The body failed after it began: the client must see a truncated answer.
    void cut()
    {
        qCWarning(lcHttp) << "a streamed answer failed after it began: connection cut";
        m_socket->abort();
        over();
    }

    void over()
    {
        if (end())
            deleteLater();
    }

    bool end()
    {
        if (!m_done)
            return false;
        m_body->abandon();
        const auto done = std::move(m_done);
        m_done = nullptr;
        done();
        return true;
    }

    QPointer<QTcpSocket> m_socket;
    std::shared_ptr<BodyPipe> m_body;
    std::function<void()> m_done;
};

class HttpFront::Exchange final : public HttpExchange,
                                  public std::enable_shared_from_this<HttpFront::Exchange>
{
public:
    Exchange(HttpFront *front, HttpRequest request, QHttpServerResponder responder,
             QTcpSocket *socket)
        : m_front(front)
        , m_request(std::move(request))
        , m_responder(std::make_unique<QHttpServerResponder>(std::move(responder)))
        , m_socket(socket)
    {}
    ~Exchange() override
    {
        if (!m_answered) // dropped without an answer: the connection is of no more use
            respond(500,
                    QByteArrayLiteral("{\"error\":{\"code\":\"E-STORE\",\"field\":\"\","
                                      "\"reason\":\"failed\",\"args\":{},\"message\":"
                                      "\"No answer\"}}"),
                    "application/json", {});
    }

    const HttpRequest &request() const override { return m_request; }
    bool answered() const override { return m_answered; }

    void respond(int status, const QByteArray &body, const QByteArray &contentType,
                 const QByteArray &allow) override
    {
        if (!begin())
            return;
        const auto code = static_cast<QHttpServerResponder::StatusCode>(status);
        if (allow.isEmpty())
            m_responder->write(body, {{"Content-Type", contentType}}, code);
        else
            m_responder->write(body, {{"Content-Type", contentType}, {"Allow", allow}}, code);
        end();
    }

    void respondSigned(int status, const QByteArray &body, const QByteArray &bodySign) override
    {
        if (!begin())
            return;
        const auto code = static_cast<QHttpServerResponder::StatusCode>(status);
        if (bodySign.isEmpty())
            m_responder->write(body, {{"Content-Type", "application/json"}}, code);
        else
            m_responder->write(
                body, {{"Content-Type", "application/json"}, {"Body-Sign", bodySign}}, code);
        end();
    }

    void respondChunked(int status, std::shared_ptr<BodyPipe> body, const QByteArray &contentType,
                        const QList<std::pair<QByteArray, QByteArray>> &headers) override
    {
        if (!begin()) {
            body->abandon();
            return;
        }
        m_responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
        m_responder->writeHeader("Content-Type", contentType);
        for (const auto &[name, value] : headers)
            m_responder->writeHeader(name, value);
        m_responder->writeHeader("Transfer-Encoding", "chunked");
        m_socket->write("\r\n"); // the end of the head: the chunks go straight to the socket
        // The sender keeps the exchange (and so the responder and the count in flight)
        // until the body is over; it goes with the socket at the latest.
        new ChunkedSender(m_socket.data(), std::move(body), [this, keep = shared_from_this()] {
            Q_UNUSED(keep);
            end();
        });
    }

private:
    bool begin()
    {
        if (m_answered)
            return false;
        m_answered = true;
        if (m_socket.isNull() || m_socket->state() != QAbstractSocket::ConnectedState) {
            // The client went away: nothing to write, but the request is over all the same
            // (a SIGTERM waits for the count to reach zero).
            end();
            return false;
        }
        return true;
    }
    void end()
    {
        if (m_front)
            m_front->finished();
    }

    QPointer<HttpFront> m_front;
    HttpRequest m_request;
    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_answered = false;
};

HttpFront::HttpFront(qint64 maxBodyBytes, Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_handler(std::move(handler))
{}

HttpFront::~HttpFront() = default;

quint16 HttpFront::start(const QHostAddress &address, quint16 port, QString *error)
{
    auto *tcp = new GuardedServer(m_maxBodyBytes, this);
    if (!tcp->listen(address, port)) {
        *error = tcp->errorString();
        delete tcp;
        return 0;
    }
    m_tcp = tcp;
    bind(tcp);
    return tcp->serverPort();
}

void HttpFront::stopListening()
{
    m_stopping = true;
    if (m_tcp)
        m_tcp->close();
    if (m_inFlight == 0)
        emit drained();
}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest copy;
    copy.method = methodName(request.method());
    copy.encodedPath = request.url().path(QUrl::FullyEncoded).toLatin1();
    copy.query = request.query();
    for (const auto &[name, value] : request.headers())
        copy.headers.append({name.toLower(), value});
    copy.body = request.body();
    copy.peer = request.remoteAddress();
    // Debug only: when a request starts (the path, never a header or a body).
    qCDebug(lcHttp).noquote() << "received" << copy.method << copy.encodedPath;
    ++m_inFlight;
    m_handler(
        std::make_shared<Exchange>(this, std::move(copy), makeResponder(request, socket), socket));
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() takes every request.
}

void HttpFront::finished()
{
    --m_inFlight;
    if (m_stopping && m_inFlight == 0)
        emit drained();
}

} // namespace oc::server
