#include "FakeServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace oc::test {

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    return headerCount(name) > 0;
}

int RecordedRequest::headerCount(QByteArrayView name) const
{
    int count = 0;
    for (const auto &header : headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            ++count;
    return count;
}

QJsonValue RecordedRequest::json() const
{
    if (body.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Undefined);
}

CannedAnswer CannedAnswer::json(int status, const QJsonValue &json)
{
    CannedAnswer answer;
    answer.status = status;
    answer.body = json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    return answer;
}

CannedAnswer CannedAnswer::value(const QJsonValue &value)
{
    return json(200, QJsonObject{{QStringLiteral("value"), value}});
}

CannedAnswer CannedAnswer::error(int status, const QString &code, const QString &field,
                                 const QString &reason, const QJsonObject &args)
{
    return json(status, QJsonObject{{QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("code"), code},
                                                 {QStringLiteral("field"), field},
                                                 {QStringLiteral("reason"), reason},
                                                 {QStringLiteral("args"), args},
                                                 {QStringLiteral("message"),
                                                  QStringLiteral("Refused: ") + code}}}});
}

CannedAnswer CannedAnswer::drop(int delayMs)
{
    CannedAnswer answer;
    answer.kind = Kind::Drop;
    answer.delayMs = delayMs;
    return answer;
}

CannedAnswer CannedAnswer::silent()
{
    CannedAnswer answer;
    answer.kind = Kind::Silent;
    return answer;
}

struct FakeServer::Connection
{
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    int id = 0;
    bool answering = false; // a request is being answered: the next one waits
};

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

FakeServer::FakeServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeServer::onNewConnection);
}

FakeServer::~FakeServer()
{
    m_server.close();
    for (Connection *connection : std::as_const(m_open)) {
        if (connection->socket) {
            connection->socket->disconnect(this);
            connection->socket->abort();
            delete connection->socket;
        }
        delete connection;
    }
}

bool FakeServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void FakeServer::script(const QByteArray &method, const QByteArray &path,
                        const CannedAnswer &answer)
{
    script(method, path, QList<CannedAnswer>{answer});
}

void FakeServer::script(const QByteArray &method, const QByteArray &path,
                        const QList<CannedAnswer> &answers)
{
    m_scripts.insert(method + ' ' + path, answers);
}

void FakeServer::clearScripts()
{
    m_scripts.clear();
}

QList<RecordedRequest> FakeServer::requests(const QByteArray &method, const QByteArray &path) const
{
    QList<RecordedRequest> found;
    for (const RecordedRequest &request : m_requests)
        if (request.method == method && request.path == path)
            found << request;
    return found;
}

int FakeServer::connectionsOpen() const
{
    return int(m_open.size());
}

void FakeServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        auto *connection = new Connection;
        connection->socket = socket;
        connection->id = ++m_connections;
        m_open << connection;
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] {
            connection->buffer += connection->socket->readAll();
            readRequests(connection);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] {
            if (connection->answering)
                emit clientGaveUp();
            m_open.removeOne(connection);
            connection->socket->deleteLater();
            delete connection;
        });
    }
}

void FakeServer::readRequests(Connection *connection)
{
    while (!connection->answering) {
        const qsizetype end = connection->buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = connection->buffer.left(end).split('\n');
        RecordedRequest request;
        const QList<QByteArray> start = lines.first().trimmed().split(' ');
        if (start.size() != 3) {
            connection->socket->abort();
            return;
        }
        request.method = start.at(0);
        const QByteArray &target = start.at(1);
        const qsizetype question = target.indexOf('?');
        request.path = question < 0 ? target : target.left(question);
        request.query = question < 0 ? QByteArray() : target.mid(question + 1);
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (connection->buffer.size() < end + 4 + length)
            return; // the body is still coming
        request.body = connection->buffer.mid(end + 4, length);
        connection->buffer.remove(0, end + 4 + length);
        request.connection = connection->id;
        m_requests << request;
        emit requestReceived(request);
        respond(connection, request);
    }
}

CannedAnswer FakeServer::nextAnswer(const RecordedRequest &request)
{
    const auto found = m_scripts.find(request.method + ' ' + request.path);
    if (found == m_scripts.end() || found->isEmpty())
        return CannedAnswer::error(404, QStringLiteral("E-NOT-FOUND"), QStringLiteral("path"),
                                   QStringLiteral("route"));
    return found->size() > 1 ? found->takeFirst() : found->first();
}

void FakeServer::respond(Connection *connection, const RecordedRequest &request)
{
    const CannedAnswer answer = nextAnswer(request);
    connection->answering = true;
    if (answer.kind == CannedAnswer::Kind::Silent)
        return; // answering forever: nothing more is read from this connection
    QPointer<QTcpSocket> socket = connection->socket;
    const auto act = [this, socket, connection, answer] {
        if (!socket || !m_open.contains(connection))
            return;
        if (answer.kind == CannedAnswer::Kind::Drop) {
            connection->answering = false; // closing is the answer
            socket->disconnectFromHost();
            return;
        }
        sendAnswer(connection, answer);
    };
    if (answer.delayMs > 0)
        QTimer::singleShot(answer.delayMs, socket, act);
    else
        act();
}

void FakeServer::sendAnswer(Connection *connection, const CannedAnswer &answer)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' +
                      reasonPhrase(answer.status) + "\r\n";
    if (!answer.contentType.isEmpty())
        head += "Content-Type: " + answer.contentType + "\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    if (answer.chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    head += "\r\n";
    connection->socket->write(head);
    sendPieces(connection, answer, 0);
}

void FakeServer::sendPieces(Connection *connection, const CannedAnswer &answer, qint64 offset)
{
    QTcpSocket *socket = connection->socket;
    const qint64 total = answer.body.size();
    qint64 end = answer.pieceBytes > 0 ? qMin(total, offset + answer.pieceBytes) : total;
    if (answer.stallAfterBytes >= 0)
        end = qMin(end, answer.stallAfterBytes);
    if (end > offset) {
        const QByteArray piece = answer.body.mid(offset, end - offset);
        if (answer.chunked)
            socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        else
            socket->write(piece);
    }
    if (answer.stallAfterBytes >= 0 && end >= answer.stallAfterBytes) {
        if (answer.closeWhenStalled) {
            connection->answering = false;
            socket->disconnectFromHost();
        }
        return; // stalled: the answer never ends
    }
    if (end >= total) {
        if (answer.chunked)
            socket->write("0\r\n\r\n");
        connection->answering = false;
        QTimer::singleShot(0, socket, [this, connection] {
            if (m_open.contains(connection))
                readRequests(connection);
        });
        return;
    }
    QPointer<QTcpSocket> guard = socket;
    QTimer::singleShot(answer.pieceDelayMs, socket, [this, guard, connection, answer, end] {
        if (guard && m_open.contains(connection))
            sendPieces(connection, answer, end);
    });
}

} // namespace oc::test
