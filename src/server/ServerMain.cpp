#include "ServerMain.h"

#include "ApiServer.h"
#include "ServerCommandLine.h"
#include "core/KooGalleryCall.h"
#include "core/PasswordHasher.h"
#include "services/DemoStory.h"
#include "services/OperatorService.h"
#include "store/DatabaseAdmin.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QThread>
#include <QTranslator>
#include <QUrlQuery>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace oc::server {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(BillingApi)
public:
    // One line on what is wrong with the store (README "Team server").
    static QString storeProblem(const Error &e, const QString &location)
    {
        const QString reason = e.reason;
        if (reason == u"newerVersion")
            return tr("the database %1 was written by a newer version (schema %2; this "
                      "billing-api supports up to %3). Update billing-api; the database was not "
                      "changed.")
                .arg(location, e.args.value(QStringLiteral("found")).toString(),
                     e.args.value(QStringLiteral("supported")).toString());
        if (reason == u"openFailed")
            return tr("cannot open the database %1: %2")
                .arg(location, e.args.value(QStringLiteral("detail")).toString().simplified());
        if (reason == u"driverMissing")
            return tr("the database driver %1 is not installed.")
                .arg(e.args.value(QStringLiteral("driver")).toString());
        if (reason == u"missingFolder")
            return tr("the folder of %1 does not exist.").arg(location);
        if (reason == u"notADatabase" || reason == u"foreign")
            return tr("%1 is not a database of the Onboarding Console.").arg(location);
        if (reason == u"busy")
            return tr("the database %1 is busy; try again.").arg(location);
        if (reason == u"readOnly")
            return tr("the database %1 cannot be written.").arg(location);
        return tr("the database %1 failed: %2").arg(location, e.toString().simplified());
    }
    static QString operatorProblem(const Error &e)
    {
        if (e.reason == u"operatorTaken")
            return tr("an operator of that name exists already (revoke it first).");
        if (e.reason == u"format")
            return tr("an operator's name is 1 to 64 letters, digits, '.', '_' or '-', starting "
                      "with a letter or digit.");
        if (e.rule == QLatin1String(SystemError::NotFound))
            return tr("there is no active operator of that name.");
        return e.toString();
    }
    static QString listening(const QString &url)
    {
        return tr("billing-api listening on %1").arg(url);
    }
    static QString added(const QString &name)
    {
        return tr("Operator %1 added. Its token, shown only now:").arg(name);
    }
    static QString revoked(const QString &name) { return tr("Operator %1 revoked.").arg(name); }
    static QString migrated(int version)
    {
        return tr("The database is at schema %1.").arg(version);
    }
    static QString tokenFileProblem(const QString &path)
    {
        return tr("cannot write the token file %1.").arg(path);
    }
    static QString listenProblem(const QString &address, const QString &detail)
    {
        return tr("cannot listen on %1: %2").arg(address, detail);
    }
    static QString stopping()
    {
        return tr("billing-api stopping: finishing the requests in flight.");
    }
    static QString noOperators()
    {
        return tr("No operators yet: billing-api operator add NAME --database ...");
    }
    static QString active() { return tr("active"); }
    static QString callUnreachable(const QString &url, const QString &detail)
    {
        return tr("cannot reach %1: %2").arg(url, detail);
    }
    static QString callRefusedKey()
    {
        return tr("authentication failed (000001): the server has another key, the clocks are "
                  "more than 60 s apart, or the call was sent before.");
    }
    static QString callUnsigned()
    {
        return tr("the answer is not signed with this key (its Body-Sign header is missing or "
                  "wrong): the server has another key, or it is not the billing API.");
    }
    static QString revokedAt(const QString &at) { return tr("revoked %1").arg(at); }
};

void print(const QString &text, bool error = false)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fputs(bytes.constData(), error ? stderr : stdout);
    std::fflush(error ? stderr : stdout);
}

int fail(const QString &message, int code)
{
    print(QStringLiteral("billing-api: ") + message + QLatin1Char('\n'), true);
    return code;
}

// SIGTERM and SIGINT end serving cleanly: the handler only writes to a socket pair that
// the event loop watches.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

ServiceHostOptions hostOptions(const ServerCommand &c)
{
    ServiceHostOptions o;
    o.database = c.database;
    o.hashCost = c.hashCost;
    o.actor = QStringLiteral("billing-api");
    o.koogalleryKey = c.koogalleryKey;
    return o;
}

// `billing-api koogallery-call`: one call signed and sent as KooGallery would.
int runKooGalleryCall(const ServerCommand &c)
{
    QJsonObject object{{QStringLiteral("activity"), c.activity}};
    for (const auto &[name, value] : c.fields) {
        if (name == u"instanceIds")
            object.insert(name, QJsonArray::fromStringList(
                                    value.split(QLatin1Char(','), Qt::SkipEmptyParts)));
        else
            object.insert(name, value);
    }
    const koogallery::SignedCall call =
        koogallery::sign(c.koogalleryKey, QJsonDocument(object).toJson(QJsonDocument::Compact),
                         QDateTime::currentMSecsSinceEpoch());
    QUrl url(c.url);
    url.setPath(url.path().endsWith(QLatin1Char('/'))
                    ? url.path() + QStringLiteral("koogallery/saas")
                    : url.path() + QStringLiteral("/koogallery/saas"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("signature"), QString::fromLatin1(call.query.signature));
    query.addQueryItem(QStringLiteral("timestamp"), QString::fromLatin1(call.query.timestamp));
    query.addQueryItem(QStringLiteral("nonce"), QString::fromLatin1(call.query.nonce));
    url.setQuery(query);

    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = network.post(request, call.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return fail(Texts::callUnreachable(c.url, reply->errorString()), 3);
    const QByteArray body = reply->readAll();
    print(QString::fromUtf8(body) + QLatin1Char('\n'));
    const QString code =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("resultCode")).toString();
    // A server with another key signs its refusal with that key: the refusal says enough.
    if (code == QLatin1String(koogallery::result::AuthenticationFailed))
        return fail(Texts::callRefusedKey(), 1);
    if (reply->rawHeader("Body-Sign") != koogallery::bodySignHeader(c.koogalleryKey, body))
        return fail(Texts::callUnsigned(), 3);
    return code == QLatin1String(koogallery::result::Ok) ? 0 : 1;
}

int runOperatorCommand(const ServerCommand &c)
{
    ServiceHost host(hostOptions(c));
    const QString location = store::admin::displayLocation(c.database);
    if (Status opened = host.open(); !opened.ok())
        return fail(Texts::storeProblem(opened.error(), location), 3);
    auto connected = host.connect(QStringLiteral("billing-api-cli"));
    if (!connected.ok())
        return fail(Texts::storeProblem(connected.error(), location), 3);
    Session &session = connected.value()->session();
    OperatorService operators(session);
    switch (c.kind) {
    case ServerCommand::Kind::OperatorAdd: {
        const auto added = operators.add(c.operatorName);
        if (!added.ok())
            return fail(Texts::operatorProblem(added.error()), 1);
        print(Texts::added(added->name) + QLatin1Char('\n') + added->token + QLatin1Char('\n'));
        return 0;
    }
    case ServerCommand::Kind::OperatorRevoke: {
        const Status revoked = operators.revoke(c.operatorName);
        if (!revoked.ok())
            return fail(Texts::operatorProblem(revoked.error()), 1);
        print(Texts::revoked(c.operatorName.trimmed()) + QLatin1Char('\n'));
        return 0;
    }
    default: {
        const auto all = operators.list();
        if (!all.ok())
            return fail(Texts::storeProblem(all.error(), location), 3);
        if (all->isEmpty())
            print(Texts::noOperators() + QLatin1Char('\n'));
        for (const store::OperatorRecord &r : *all)
            print(QStringLiteral("%1\t%2\t%3\t%4\n")
                      .arg(r.name, r.operatorId, r.createdAt.toString(Qt::ISODate),
                           r.revokedAt.isValid()
                               ? Texts::revokedAt(r.revokedAt.toString(Qt::ISODate))
                               : Texts::active()));
        return 0;
    }
    }
}

// SQLite reads run on the CPU: more threads than cores only take turns (8 on 2 cores served
// a list page 16,700 times a second, 2 served it 20,700 times). PostgreSQL's workers wait on
// its round trips: twice the cores (on 2 cores, 4: 10,300; 8: 8,300; 16: 7,400).
int defaultWorkers(store::SqlDialect::Kind kind)
{
    const int cores = qMax(1, QThread::idealThreadCount());
    return qBound(2, kind == store::SqlDialect::Kind::Postgres ? 2 * cores : cores, 64);
}

int serve(QCoreApplication &app, ServerCommand c)
{
    QTemporaryDir demoDir;
    ServerOptions options;
    options.host = hostOptions(c);
    options.host.actor = QStringLiteral("billing-api");
    options.address = QHostAddress(c.listenHost);
    options.port = c.port;
    options.workers = c.workers > 0 ? c.workers : defaultWorkers(c.database.kind);
    options.version = QCoreApplication::applicationVersion();
    options.recordDir = qEnvironmentVariable("OC_API_RECORD_DIR");
    if (c.demo) {
        // A fresh copy of the demo story each start: the copy is replaced.
        if (!c.databaseGiven)
            c.database.path = demoDir.filePath(QStringLiteral("demo.sqlite"));
        options.host.database = c.database;
        options.host.demo = true;
        options.host.freezeClock = c.freezeClock;
        // The consoles' purchases are the demo marketplace's: their newInstance reaches
        // POST /koogallery/saas signed with the store's own key unless one is configured.
        options.host.koogalleryServesStoreKey = true;
        const bool sqlite = c.database.kind == store::SqlDialect::Kind::Sqlite;
        options.host.demoTemplate =
            !c.demoTemplate.isEmpty() ? c.demoTemplate
            : sqlite                  ? c.database.path + QStringLiteral(".template-s%1-v%2")
                                             .arg(store::Database::latestSchemaVersion())
                                             .arg(demo::StoryVersion)
                     : QStringLiteral("oc_demo_template_s%1_v%2")
                           .arg(store::Database::latestSchemaVersion())
                           .arg(demo::StoryVersion);
        if (Status removed = store::admin::remove(c.database); !removed.ok())
            return fail(
                Texts::storeProblem(removed.error(), store::admin::displayLocation(c.database)), 3);
    }
    const QString location = store::admin::displayLocation(c.database);
    // Argon2id in processes of their own, away from the requests this one serves. Linux:
    // this very executable, even if its file has been replaced since it started.
    PasswordHasher::useHelperProcesses(QFile::exists(QStringLiteral("/proc/self/exe"))
                                           ? QStringLiteral("/proc/self/exe")
                                           : QCoreApplication::applicationFilePath(),
                                       {QString::fromLatin1(HashHelperCommand)});
    ApiServer server(options);
    if (Status started = server.start(); !started.ok()) {
        const Error &e = started.error();
        if (e.field == u"listen")
            return fail(
                Texts::listenProblem(c.listenHost + QLatin1Char(':') + QString::number(c.port),
                                     e.args.value(QStringLiteral("detail")).toString()),
                4);
        return fail(Texts::storeProblem(e, location), 3);
    }
    // Demo operators, each token written to a file only its owner can read.
    if (!c.operators.isEmpty()) {
        ServiceHost host(options.host);
        if (Status opened = host.open(); !opened.ok())
            return fail(Texts::storeProblem(opened.error(), location), 3);
        auto connected = host.connect(QStringLiteral("billing-api-demo-operators"));
        if (!connected.ok())
            return fail(Texts::storeProblem(connected.error(), location), 3);
        QDir().mkpath(c.tokenDir);
        for (const QString &name : std::as_const(c.operators)) {
            const auto added = OperatorService(connected.value()->session()).add(name);
            if (!added.ok())
                return fail(Texts::operatorProblem(added.error()), 2);
            QFile file(QDir(c.tokenDir).filePath(name + QStringLiteral(".token")));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
                file.write(added->token.toLatin1() + '\n') < 0)
                return fail(Texts::tokenFileProblem(file.fileName()), 3);
        }
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalPipe[1], &byte, 1);
        print(Texts::stopping() + QLatin1Char('\n'), true);
        server.stop();
    });
    QObject::connect(&server, &ApiServer::stopped, &app, &QCoreApplication::quit);
    print(Texts::listening(QStringLiteral("http://%1:%2")
                               .arg(options.address.protocol() == QAbstractSocket::IPv6Protocol
                                        ? QLatin1Char('[') + c.listenHost + QLatin1Char(']')
                                        : c.listenHost)
                               .arg(server.port())) +
          QLatin1Char('\n'));
    return QCoreApplication::exec();
}

} // namespace

int runBillingApi(QCoreApplication &app)
{
    // A hashing thread's helper process (PasswordHasher::useHelperProcesses), started by serve.
    if (QCoreApplication::arguments().value(1) == QLatin1String(HashHelperCommand))
        return PasswordHasher::serveHelper();
    // Our own informational logging is on unless asked otherwise (a server's log).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("oc.*.debug=false"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("billing-api"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    const ParsedServerCommand parsed = ServerCommandLine::parse(QCoreApplication::arguments());
    if (!parsed.run) {
        print(parsed.output, parsed.outputIsError);
        return parsed.exitCode;
    }
    const ServerCommand &c = parsed.command;
    switch (c.kind) {
    case ServerCommand::Kind::Migrate: {
        auto opened = store::Database::open(c.database, QStringLiteral("billing-api-migrate"));
        if (!opened.ok())
            return fail(
                Texts::storeProblem(opened.error(), store::admin::displayLocation(c.database)), 3);
        print(Texts::migrated(opened.value()->schemaVersion()) + QLatin1Char('\n'));
        return 0;
    }
    case ServerCommand::Kind::Serve:
        return serve(app, c);
    case ServerCommand::Kind::KooGalleryCall:
        return runKooGalleryCall(c);
    default:
        return runOperatorCommand(c);
    }
}

} // namespace oc::server
