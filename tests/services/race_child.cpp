// One operator's console in a race with another (test_races.cpp): a process of its own on
// the store given as argument, so that the race is between processes, as between two
// operators' consoles or two billing API servers.
//
//   race_child DATABASE ACTOR
//   race_child --server URL TOKEN_FILE
//
// DATABASE is a SQLite file or a postgresql:// URL; with --server the child is a console
// of the billing-api at URL instead (RemoteBackend), with the operator token in TOKEN_FILE. The
// child reads one call from stdin,
// {"call": NAME, "args": {...}} (the request in the contract's JSON), opens the store,
// prints "ready", waits for a line "go", makes the call and prints its Result as JSON on
// one line. Exit code 0 when the call was made, whatever its outcome.

#include "TestSupport.h"
#include "contract/Json.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace oc;

namespace {

void println(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &why)
{
    std::fputs((QStringLiteral("race_child: ") + why + QLatin1Char(0x0a)).toLocal8Bit().constData(),
               stderr);
    return 2;
}

template<class T>
QByteArray encoded(const Result<T> &result)
{
    return QJsonDocument(json::toJson(result).toObject()).toJson(QJsonDocument::Compact);
}

template<class Request, class Call>
std::optional<QByteArray> run(const QJsonValue &args, QString *error, Call call)
{
    const auto request = json::fromJson<Request>(args, QStringLiteral("args"));
    if (!request.ok()) {
        *error = request.error().toString();
        return std::nullopt;
    }
    return encoded(test::await(call(request.value()), 120000));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool remote = argc == 4 && qstrcmp(argv[1], "--server") == 0;
    if (argc != 3 && !remote)
        return fail(QStringLiteral("usage: race_child DATABASE ACTOR | --server URL TOKEN_FILE"));

    QTextStream in(stdin);
    const auto parsed = json::parse(in.readLine().toUtf8());
    if (!parsed.ok() || !parsed.value().isObject())
        return fail(QStringLiteral("the first line is not a call"));
    const QJsonObject call = parsed.value().toObject();
    const QString name = call.value(QLatin1StringView("call")).toString();
    const QJsonValue args = call.value(QLatin1StringView("args"));

    std::unique_ptr<Backend> made;
    if (remote) {
        QFile tokenFile(QString::fromLocal8Bit(argv[3]));
        if (!tokenFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the token file"));
        made = test::remoteConsole(QString::fromLocal8Bit(argv[2]),
                                   QString::fromLatin1(tokenFile.readLine().trimmed()));
    } else {
        const auto location = store::admin::parseLocation(QString::fromLocal8Bit(argv[1]));
        if (!location.ok())
            return fail(location.error().toString());
        LocalBackendOptions options;
        options.database = location.value();
        options.hashCost = HashCost::Minimum;
        options.freezeClock = true;
        options.actor = QString::fromLocal8Bit(argv[2]);
        made = std::make_unique<LocalBackend>(options);
    }
    Backend &backend = *made;
    if (const Status opened = test::await(backend.open(), 120000); !opened.ok())
        return fail(opened.error().toString());
    println("ready");
    if (in.readLine() != u"go")
        return fail(QStringLiteral("no go"));

    QString error;
    std::optional<QByteArray> result;
    if (name == u"bindOrder") {
        const QJsonObject a = args.toObject();
        result = encoded(
            test::await(backend.bindOrder(a.value(QLatin1StringView("orderId")).toString(),
                                          a.value(QLatin1StringView("organizationId")).toString()),
                        120000));
    } else if (name == u"registerCommercialPlan") {
        result = run<RegistrationRequest>(args, &error, [&](const RegistrationRequest &r) {
            return backend.registerCommercialPlan(r);
        });
    } else if (name == u"rechargeStoredValueCards") {
        result = run<RechargeRequest>(args, &error, [&](const RechargeRequest &r) {
            return backend.rechargeStoredValueCards(r);
        });
    } else if (name == u"changeSettlement") {
        result = run<SettlementChangeRequest>(args, &error, [&](const SettlementChangeRequest &r) {
            return backend.changeSettlement(r);
        });
    } else if (name == u"sendCode") {
        const QJsonObject a = args.toObject();
        result = encoded(test::await(
            backend.sendCode(Channel::Email, a.value(QLatin1StringView("destination")).toString(),
                             QStringLiteral("register")),
            120000));
    } else {
        error = QStringLiteral("unknown call %1").arg(name);
    }
    if (!result)
        return fail(error);
    println(*result);
    return 0;
}
