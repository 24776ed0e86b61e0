#include "DatabaseAdmin.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace oc::store::admin {

namespace {

const QString StoreRule = QString::fromLatin1(SystemError::Store);

Error adminError(const char *reason, const DatabaseConfig &config, const QString &detail = {})
{
    QVariantMap args{{QStringLiteral("path"), displayLocation(config)}};
    if (!detail.isEmpty())
        args.insert(QStringLiteral("detail"), detail);
    return makeError(StoreRule, QStringLiteral("database"), QString::fromLatin1(reason), args);
}

const QStringList SqliteSuffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

// A connection to the server's maintenance database, for statements on whole databases.
class Maintenance
{
public:
    explicit Maintenance(const DatabaseConfig &config)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("oc-admin-") + QString::number(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(config.user);
        db.setPassword(config.password);
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~Maintenance()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Maintenance(const Maintenance &) = delete;
    Maintenance &operator=(const Maintenance &) = delete;

    const QString &error() const { return m_error; }
    // Runs one statement; returns the driver's message on failure.
    QString exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        // Statements on whole databases cannot be prepared; they take no values either.
        if (values.isEmpty()) {
            if (!query.exec(sql))
                return query.lastError().text();
        } else {
            if (!query.prepare(sql))
                return query.lastError().text();
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!query.exec())
                return query.lastError().text();
        }
        m_last = query.next() ? query.value(0) : QVariant();
        return {};
    }
    QVariant lastValue() const { return m_last; }

private:
    QString m_name;
    QString m_error;
    QVariant m_last;
};

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

bool isPostgres(const DatabaseConfig &config)
{
    return config.kind == SqlDialect::Kind::Postgres;
}

} // namespace

bool isSafeDatabaseName(const QString &name)
{
    static const QRegularExpression safe(QStringLiteral("^[a-z_][a-z0-9_]{0,62}\\z"));
    return safe.match(name).hasMatch();
}

Result<DatabaseConfig> parseLocation(const QString &location)
{
    DatabaseConfig config;
    const QString trimmed = location.trimmed();
    const bool url = trimmed.startsWith(u"postgresql://") || trimmed.startsWith(u"postgres://");
    if (!url) {
        if (trimmed.isEmpty())
            return makeError(StoreRule, QStringLiteral("database"), QStringLiteral("noPath"));
        config.path = location;
        return config;
    }
    const QUrl parsed(trimmed, QUrl::StrictMode);
    const auto invalid = [&](const char *what) {
        return makeError(StoreRule, QStringLiteral("database"), QStringLiteral("badUrl"),
                         {{QStringLiteral("path"), trimmed.section(u'@', -1)},
                          {QStringLiteral("detail"), QString::fromLatin1(what)}});
    };
    if (!parsed.isValid())
        return invalid("not a valid URL");
    config.kind = SqlDialect::Kind::Postgres;
    config.host = parsed.host();
    config.port = parsed.port(5432);
    config.user = parsed.userName();
    config.password = parsed.password();
    config.name = parsed.path().mid(1);
    if (config.host.isEmpty())
        return invalid("no host");
    if (config.port <= 0 || config.port > 65535)
        return invalid("port out of range");
    if (config.name.isEmpty())
        return invalid("no database name");
    if (config.name.contains(u'/'))
        return invalid("database name contains '/'");
    if (parsed.hasQuery() || parsed.hasFragment())
        return invalid("options after the database name are not supported");
    return config;
}

QString displayLocation(const DatabaseConfig &config)
{
    if (!isPostgres(config))
        return QFileInfo(config.path).absoluteFilePath();
    QString text = QStringLiteral("postgresql://");
    if (!config.user.isEmpty())
        text += config.user + QLatin1Char('@');
    return text + config.host + QLatin1Char(':') + QString::number(config.port) + QLatin1Char('/') +
           config.name;
}

DatabaseConfig sibling(const DatabaseConfig &config, const QString &nameOrPath)
{
    DatabaseConfig other = config;
    if (isPostgres(config))
        other.name = nameOrPath;
    else
        other.path = nameOrPath;
    return other;
}

bool exists(const DatabaseConfig &config)
{
    if (!isPostgres(config))
        return QFileInfo::exists(config.path);
    Maintenance server(config);
    if (!server.error().isEmpty())
        return false;
    return server.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), {config.name})
               .isEmpty() &&
           server.lastValue().isValid();
}

Status remove(const DatabaseConfig &config)
{
    if (!isPostgres(config)) {
        for (const QString &suffix : SqliteSuffixes) {
            const QString file = config.path + suffix;
            if (QFileInfo::exists(file) && !QFile::remove(file))
                return adminError("removeFailed", config, file);
        }
        return okStatus();
    }
    if (!isSafeDatabaseName(config.name))
        return adminError("badName", config);
    Maintenance server(config);
    if (!server.error().isEmpty())
        return adminError("openFailed", config, server.error());
    if (const QString error = server.exec(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(config.name)));
        !error.isEmpty())
        return adminError("removeFailed", config, error);
    return okStatus();
}

Status copy(const DatabaseConfig &from, const DatabaseConfig &to)
{
    if (!isPostgres(from)) {
        QDir().mkpath(QFileInfo(to.path).absolutePath());
        if (!QFile::copy(from.path, to.path))
            return adminError("copyFailed", to);
        QFile(to.path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return okStatus();
    }
    if (!isSafeDatabaseName(from.name) || !isSafeDatabaseName(to.name))
        return adminError("badName", to);
    Maintenance server(to);
    if (!server.error().isEmpty())
        return adminError("openFailed", to, server.error());
    if (const QString error =
            server.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY = FILE_COPY")
                            .arg(quoted(to.name), quoted(from.name)));
        !error.isEmpty())
        return adminError("copyFailed", to, error);
    return okStatus();
}

Status rename(const DatabaseConfig &from, const DatabaseConfig &to)
{
    if (!isPostgres(from)) {
        if (Status removed = remove(to); !removed.ok())
            return removed;
        if (!QFile::rename(from.path, to.path))
            return adminError("copyFailed", to);
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(from.path + suffix);
        return okStatus();
    }
    if (!isSafeDatabaseName(from.name) || !isSafeDatabaseName(to.name))
        return adminError("badName", to);
    if (Status removed = remove(to); !removed.ok())
        return removed;
    Maintenance server(to);
    if (!server.error().isEmpty())
        return adminError("openFailed", to, server.error());
    if (const QString error = server.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                                              .arg(quoted(from.name), quoted(to.name)));
        !error.isEmpty())
        return adminError("copyFailed", to, error);
    return okStatus();
}

Status create(const DatabaseConfig &config)
{
    if (!isPostgres(config))
        return okStatus();
    if (!isSafeDatabaseName(config.name))
        return adminError("badName", config);
    Maintenance server(config);
    if (!server.error().isEmpty())
        return adminError("openFailed", config, server.error());
    if (const QString error =
            server.exec(QStringLiteral("CREATE DATABASE %1").arg(quoted(config.name)));
        !error.isEmpty())
        return adminError("createFailed", config, error);
    return okStatus();
}

Status withLock(const DatabaseConfig &config, const QString &name,
                const std::function<Status()> &body)
{
    if (!isPostgres(config)) {
        QLockFile lock(config.path + QStringLiteral(".") + name + QStringLiteral(".lock"));
        lock.setStaleLockTime(0); // a crashed holder's lock is taken over (its pid is gone)
        if (!lock.lock())
            return adminError("busy", config);
        return body();
    }
    Maintenance server(config);
    if (!server.error().isEmpty())
        return adminError("openFailed", config, server.error());
    // A session-level advisory lock, released below or when the connection ends.
    if (const QString error = server.exec(QStringLiteral("SELECT pg_advisory_lock(hashtext(?))"),
                                          {QStringLiteral("oc:") + name});
        !error.isEmpty())
        return adminError("busy", config, error);
    const Status result = body();
    server.exec(QStringLiteral("SELECT pg_advisory_unlock(hashtext(?))"),
                {QStringLiteral("oc:") + name});
    return result;
}

} // namespace oc::store::admin
