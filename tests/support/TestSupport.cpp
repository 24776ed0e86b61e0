#include "TestSupport.h"

#include "remote/RemoteBackend.h"
#include "services/DemoStory.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

#include <atomic>

namespace oc::test {

namespace {

// The server's URL, read from the file OC_TEST_POSTGRES names (empty: no server).
QString postgresUrl()
{
    static const QString url = [] {
        QFile file(qEnvironmentVariable("OC_TEST_POSTGRES"));
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromUtf8(file.readAll()).trimmed();
    }();
    return url;
}

store::DatabaseConfig serverDatabase(const QString &name)
{
    const auto parsed = store::admin::parseLocation(postgresUrl());
    if (!parsed.ok())
        qFatal("OC_TEST_POSTGRES: %s", qPrintable(parsed.error().toString()));
    return store::admin::sibling(parsed.value(), name);
}

} // namespace

bool onRemote()
{
    return qEnvironmentVariable("OC_TEST_BACKEND") == QLatin1String("remote");
}

std::unique_ptr<Backend> remoteConsole(const QString &url, const QString &token)
{
    RemoteBackendOptions options;
    options.server = QUrl(url);
    options.token = token;
    options.callTimeout = std::chrono::milliseconds(60000);
    return std::make_unique<RemoteBackend>(options);
}

bool onPostgres()
{
    return qEnvironmentVariableIsSet("OC_TEST_POSTGRES");
}

QString storeUnavailable()
{
    if (!onPostgres())
        return {};
    if (postgresUrl().isEmpty())
        return QStringLiteral("PostgreSQL is not installed (package postgresql): this suite's "
                              "PostgreSQL run is skipped.");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver is not installed (package "
                              "libqt6sql6-psql): this suite's PostgreSQL run is skipped.");
    return {};
}

store::DatabaseConfig freshDatabase(const QTemporaryDir &dir, const QString &name)
{
    if (!onPostgres()) {
        store::DatabaseConfig config;
        config.path = dir.filePath(name);
        return config;
    }
    // One database per use, named after the process so that parallel suites never meet.
    static QAtomicInt counter;
    const store::DatabaseConfig config = serverDatabase(QStringLiteral("oc_t%1_%2")
                                                            .arg(QCoreApplication::applicationPid())
                                                            .arg(counter.fetchAndAddRelaxed(1)));
    if (const Status created = store::admin::create(config); !created.ok())
        qFatal("create test database: %s", qPrintable(created.error().toString()));
    return config;
}

void dropDatabase(const store::DatabaseConfig &config)
{
    if (config.kind == store::SqlDialect::Kind::Postgres)
        store::admin::remove(config);
}

QString uniqueConnection(const char *stem)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("%1-%2").arg(QLatin1String(stem)).arg(counter.fetch_add(1));
}

FreshStore::~FreshStore()
{
    close();
}

QString FreshStore::open(const QString &fileName)
{
    close();
    m_dir = std::make_unique<QTemporaryDir>();
    m_config = freshDatabase(*m_dir, fileName);
    auto opened = store::Database::open(m_config, uniqueConnection("fresh"));
    if (!opened.ok())
        return opened.error().toString();
    m_db = std::move(opened).value();
    return {};
}

void FreshStore::close()
{
    if (!m_dir)
        return;
    m_db.reset();
    dropDatabase(m_config);
    m_dir.reset();
}

DemoDatabase demoDatabase(const QTemporaryDir &dir)
{
    DemoDatabase demo;
    if (!onPostgres()) {
        demo.copy.path = dir.filePath(QStringLiteral("console.sqlite"));
        demo.demoTemplate = dir.filePath(QStringLiteral("demo-template.sqlite"));
        QFile::copy(sharedDemoTemplate(), demo.demoTemplate);
        return demo;
    }
    static QAtomicInt counter;
    demo.copy = serverDatabase(QStringLiteral("oc_t%1_demo%2")
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(counter.fetchAndAddRelaxed(1)));
    demo.demoTemplate = QStringLiteral("oc_demo_template_s%1_v%2")
                            .arg(store::Database::latestSchemaVersion())
                            .arg(demo::StoryVersion);
    return demo;
}

ServiceHostOptions demoHostOptions(const DemoDatabase &demo)
{
    ServiceHostOptions options;
    options.database = demo.copy;
    options.demo = true;
    options.demoTemplate = demo.demoTemplate;
    options.hashCost = HashCost::Minimum;
    options.freezeClock = true;
    return options;
}

QString sharedDemoTemplate()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("demo-template.sqlite"));
        const Status built = demo::buildDemoDatabase(file);
        if (!built.ok())
            qFatal("demo template: %s", qPrintable(built.error().toString()));
        return file;
    }();
    return path;
}

TestBackend::TestBackend(bool demo)
{
    if (demo) {
        // The host makes the copy from the demo template, which the first suite to need it
        // builds (under a lock) and every later one shares.
        const DemoDatabase made = demoDatabase(dir);
        m_database = made.copy;
        m_demoTemplate = made.demoTemplate;
    } else {
        m_database = freshDatabase(dir, QStringLiteral("console.sqlite"));
    }
    if (onRemote()) {
        ServerProcess::Options options;
        options.database = m_database;
        options.demo = demo;
        options.demoTemplate = m_demoTemplate;
        options.operators = {QStringLiteral("test"), QStringLiteral("test-2")};
        options.freezeClock = true;
        m_server = std::make_unique<ServerProcess>(options);
        backend = remoteConsole(m_server->url(), m_server->token());
    } else {
        LocalBackendOptions options;
        options.demo = demo;
        options.hashCost = HashCost::Minimum;
        options.freezeClock = true;
        options.actor = QStringLiteral("test");
        options.database = m_database;
        options.demoTemplate = m_demoTemplate;
        backend = std::make_unique<LocalBackend>(options);
    }
    const Status opened = await(backend->open());
    if (!opened.ok())
        qFatal("open test backend: %s", qPrintable(opened.error().toString()));
}

TestBackend::~TestBackend()
{
    backend.reset();
    m_secondServer.reset();
    m_server.reset();
    dropDatabase(m_database);
}

LocalBackend *TestBackend::local() const
{
    return qobject_cast<LocalBackend *>(backend.get());
}

QString TestBackend::databasePath() const
{
    return dir.filePath(QStringLiteral("console.sqlite"));
}

std::unique_ptr<Backend> TestBackend::openSecondBackend()
{
    std::unique_ptr<Backend> other;
    if (m_server) {
        // Another server process over the same store, as a team with two servers behind
        // a balancer has; its operator was made with the first one's.
        if (!m_secondServer) {
            m_secondServer = std::make_unique<ServerProcess>(ServerProcess::sameStore(m_database));
        }
        other = remoteConsole(m_secondServer->url(), m_server->token(QStringLiteral("test-2")));
    } else {
        LocalBackendOptions options;
        options.database = m_database;
        options.hashCost = HashCost::Minimum;
        options.freezeClock = true;
        options.actor = QStringLiteral("test-2");
        other = std::make_unique<LocalBackend>(options);
    }
    if (!await(other->open()).ok())
        return nullptr;
    return other;
}

QString TestBackend::templatePath() const
{
    return dir.filePath(QStringLiteral("demo-template.sqlite"));
}

QList<QVariantMap> rows(Backend &backend, ListQuery query)
{
    query.offset = 0;
    query.limit = 5000;
    const Result<ListPage> page = await(backend.list(query));
    if (!page.ok())
        qFatal("list %s: %s", qPrintable(query.view), qPrintable(page.error().toString()));
    QList<QVariantMap> out;
    for (int row = 0; row < page->rows.size(); ++row)
        out << page->record(row);
    return out;
}

QList<QVariantMap> rows(Backend &backend, const QString &view, const QVariantMap &filters,
                        const QString &search)
{
    ListQuery query;
    query.view = view;
    query.filters = filters;
    query.search = search;
    return rows(backend, query);
}

qint64 count(Backend &backend, const QString &view, const QVariantMap &filters)
{
    ListQuery query;
    query.view = view;
    query.filters = filters;
    query.limit = 0;
    const Result<ListPage> page = await(backend.list(query));
    if (!page.ok())
        qFatal("count %s: %s", qPrintable(view), qPrintable(page.error().toString()));
    return page->total;
}

QString huaweiAccountIdOf(Backend &backend, const QString &loginId)
{
    for (const QVariantMap &row : rows(backend, view::HuaweiAccounts, {}, loginId))
        if (row.value(column::LoginId).toString() == loginId)
            return row.value(column::AccountId).toString();
    qFatal("no Huawei account %s", qPrintable(loginId));
}

QStringList rulesAndFields(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out << e.rule + QLatin1Char(':') + e.field;
    return out;
}

QString signUpHuaweiId(Backend &backend, const QString &email, const QString &password,
                       const QString &securityPhone)
{
    if (!await(backend.sendCode(Channel::Email, email, QString::fromLatin1(CodePurpose::SignUp)))
             .ok())
        return {};
    SignUpRequest request;
    request.countryRegion = QStringLiteral("CN");
    request.email = email;
    request.code = latestCode(backend, email);
    request.password = password;
    const auto account = await(backend.signUp(request));
    if (!account.ok())
        return {};
    if (securityPhone.isEmpty()) {
        (void)await(backend.advanceClock(ClockStep::Minute));
        return account->accountId;
    }
    if (!await(backend.sendCode(Channel::Sms, securityPhone,
                                QString::fromLatin1(CodePurpose::SecurityPhone)))
             .ok())
        return {};
    BindPhoneRequest bind;
    bind.accountId = account->accountId;
    bind.purpose = PhonePurpose::Security;
    bind.mobile = securityPhone;
    bind.code = latestCode(backend, securityPhone);
    if (!await(backend.bindPhone(bind)).ok())
        return {};
    // R-VC-1: the next code to either destination may be sent (demo clocks only).
    (void)await(backend.advanceClock(ClockStep::Minute));
    return account->accountId;
}

QString latestCode(Backend &backend, const QString &destination)
{
    ListQuery query;
    query.view = view::Outbox;
    query.filters = {{column::Destination, destination},
                     {column::Kind, QStringLiteral("verificationCode")}};
    query.sortColumn = column::MessageId;
    query.descending = true;
    const QList<QVariantMap> messages = rows(backend, query);
    if (messages.isEmpty())
        return {};
    const QJsonObject params =
        QJsonDocument::fromJson(messages.first().value(column::Params).toString().toUtf8())
            .object();
    return params.value(QStringLiteral("code")).toString();
}

std::unique_ptr<store::Database> openStore(const store::DatabaseConfig &database)
{
    static QAtomicInt counter;
    store::DatabaseConfig config = database;
    config.create = false;
    auto opened = store::Database::open(
        config, QStringLiteral("oc-test-store-%1").arg(counter.fetchAndAddRelaxed(1)));
    if (!opened.ok())
        qFatal("open %s: %s", qPrintable(store::admin::displayLocation(config)),
               qPrintable(opened.error().toString()));
    return std::move(opened).value();
}

namespace {

void runScript(const store::DatabaseConfig &database, const QString &script)
{
    const auto db = openStore(database);
    QSqlDatabase handle = db->handle();
    QString error;
    if (!store::execScript(handle, script, &error))
        qFatal("test script failed: %s\n%s", qPrintable(error), qPrintable(script));
}

} // namespace

void injectFailure(const store::DatabaseConfig &database, const QString &name, const QString &table,
                   const QString &event, const QString &condition)
{
    if (database.kind == store::SqlDialect::Kind::Sqlite) {
        runScript(database,
                  QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW %4 "
                                 "BEGIN SELECT RAISE(ABORT, 'injected failure'); END;")
                      .arg(name, event, table,
                           condition.isEmpty() ? QString() : QStringLiteral("WHEN ") + condition));
        return;
    }
    runScript(database,
              QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                             "BEGIN\n    RAISE EXCEPTION 'injected failure';\nEND\n$$;\n"
                             "CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW %4 "
                             "EXECUTE FUNCTION %1();")
                  .arg(name, event, table,
                       condition.isEmpty()
                           ? QString()
                           : QStringLiteral("WHEN (") + condition + QLatin1Char(')')));
}

void removeFailure(const store::DatabaseConfig &database, const QString &name, const QString &table)
{
    if (database.kind == store::SqlDialect::Kind::Sqlite)
        runScript(database, QStringLiteral("DROP TRIGGER %1;").arg(name));
    else
        runScript(database,
                  QStringLiteral("DROP TRIGGER %1 ON %2; DROP FUNCTION %1();").arg(name, table));
}

std::unique_ptr<store::Database> openStore(const QString &path)
{
    store::DatabaseConfig config;
    config.path = path;
    return openStore(config);
}

QList<qint64> childProcesses(qint64 parent, const QString &argument)
{
    QList<qint64> found;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(proc.filePath(entry + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (name) state ppid ...": the name may hold spaces and parentheses.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 2 || fields.at(1).toLongLong() != parent)
            continue;
        QFile commandLine(proc.filePath(entry + QStringLiteral("/cmdline")));
        if (!commandLine.open(QIODevice::ReadOnly))
            continue;
        if (commandLine.readAll().split('\0').contains(argument.toLocal8Bit()))
            found << pid;
    }
    return found;
}

} // namespace oc::test

namespace oc {
char *toString(const Error &error)
{
    return qstrdup(error.toString().toUtf8().constData());
}
} // namespace oc
