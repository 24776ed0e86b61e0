#include "TestSupport.h"

#include "services/DemoStory.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace oc::test {

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
    LocalBackendOptions options;
    options.database.path = databasePath();
    options.demo = demo;
    options.hashCost = HashCost::Minimum;
    options.freezeClock = true;
    options.actor = QStringLiteral("test");
    if (demo) {
        QFile::copy(sharedDemoTemplate(), templatePath());
        options.demoTemplatePath = templatePath();
    }
    backend = std::make_unique<LocalBackend>(options);
    const Status opened = await(backend->open());
    if (!opened.ok())
        qFatal("open test backend: %s", qPrintable(opened.error().toString()));
}

TestBackend::~TestBackend() = default;

QString TestBackend::databasePath() const
{
    return dir.filePath(QStringLiteral("console.sqlite"));
}

std::unique_ptr<LocalBackend> TestBackend::openSecondBackend() const
{
    LocalBackendOptions options;
    options.database.path = databasePath();
    options.hashCost = HashCost::Minimum;
    options.freezeClock = true;
    options.actor = QStringLiteral("test-2");
    auto other = std::make_unique<LocalBackend>(options);
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

std::unique_ptr<store::Database> openStore(const QString &path)
{
    static QAtomicInt counter;
    store::DatabaseConfig config;
    config.path = path;
    config.create = false;
    auto opened = store::Database::open(
        config, QStringLiteral("oc-test-store-%1").arg(counter.fetchAndAddRelaxed(1)));
    if (!opened.ok())
        qFatal("open %s: %s", qPrintable(path), qPrintable(opened.error().toString()));
    return std::move(opened).value();
}

} // namespace oc::test

namespace oc {
char *toString(const Error &error)
{
    return qstrdup(error.toString().toUtf8().constData());
}
} // namespace oc
