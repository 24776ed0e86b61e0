#include "TestSupport.h"

#include "services/DemoStory.h"

#include <QDir>
#include <QFile>

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

QString TestBackend::templatePath() const
{
    return dir.filePath(QStringLiteral("demo-template.sqlite"));
}

} // namespace oc::test

namespace oc {
char *toString(const Error &error)
{
    return qstrdup(error.toString().toUtf8().constData());
}
} // namespace oc
