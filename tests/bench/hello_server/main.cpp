// The baseline of the API benchmark (api_bench.sh): the smallest Qt HttpServer there is,
// answering a small JSON on GET /hello. billing-api's throughput and latency are reported
// against this program, measured in the same run on the same machine.
//
//   bench_hello_server [--listen HOST:PORT]   (default 127.0.0.1:0, any free port)
//
// Prints "bench_hello_server listening on http://HOST:PORT" once it listens; SIGTERM ends it.

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args.at(1) == u"--listen") {
        const QString value = args.at(2);
        host = value.section(QLatin1Char(':'), 0, -2);
        port = quint16(value.section(QLatin1Char(':'), -1).toUInt());
    } else if (args.size() != 1) {
        std::fputs("usage: bench_hello_server [--listen HOST:PORT]\n", stderr);
        return 2;
    }

    QHttpServer server;
    server.route(QStringLiteral("/hello"), QHttpServerRequest::Method::Get, [] {
        return QJsonObject{{QStringLiteral("value"), QStringLiteral("hello")}};
    });
    const quint16 listening = server.listen(QHostAddress(host), port);
    if (listening == 0) {
        std::fprintf(stderr, "bench_hello_server: cannot listen on %s:%u\n", qPrintable(host),
                     unsigned(port));
        return 4;
    }
    std::printf("bench_hello_server listening on http://%s:%u\n", qPrintable(host),
                unsigned(listening));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
