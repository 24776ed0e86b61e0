// HttpFront, the wrapper around Qt HttpServer, in the test's own process: what it does to the
// connections it accepts.

#include "server/HttpFront.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using oc::server::HttpExchange;
using oc::server::HttpFront;

class TestHttpFront : public QObject
{
    Q_OBJECT

private slots:
    void answersGoOutWithoutWaitingForAcknowledgements();
};

// Every accepted connection sends what is written at once (TCP_NODELAY): Qt writes a large
// answer in several sends, and with Nagle's algorithm the last, short one waited for the
// client's acknowledgement of those before, which a client waiting for the rest of the answer
// delays (up to 40 ms on Linux). The option is read back from the server's socket (the
// operating system's getsockopt); the answer, several of Qt's writes long, arrives whole.
void TestHttpFront::answersGoOutWithoutWaitingForAcknowledgements()
{
    const QByteArray body(200 * 1024, 'x');
    HttpFront front(1024 * 1024, [&body](std::shared_ptr<HttpExchange> exchange) {
        exchange->respond(200, body, "text/plain");
    });
    QString error;
    const quint16 port = front.start(QHostAddress::LocalHost, 0, &error);
    QVERIFY2(port != 0, qPrintable(error));

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write("GET /big HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += client.readAll(),
                              received.endsWith(body) || received.size() > 2 * body.size()),
                             10000);
    QVERIFY(received.startsWith("HTTP/1.1 200"));
    QVERIFY(received.contains("\r\n\r\n" + body));

    const QList<QTcpSocket *> accepted = front.findChildren<QTcpSocket *>();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.front()->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestHttpFront)
#include "test_http_front.moc"
