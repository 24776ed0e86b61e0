#include "BackendFactory.h"

#include "local/LocalBackend.h"
#include "remote/RemoteBackend.h"
#include "services/DemoStory.h"
#include "store/Database.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace oc::app {

namespace {

std::unique_ptr<Backend> makeRemoteBackend(const gui::BackendSpec &spec)
{
    RemoteBackendOptions options;
    options.server = QUrl(spec.serverUrl);
    options.token = spec.token;
    // Drafts the server cannot take wait in the console's own data folder.
    options.draftFolder =
        QDir(spec.dataDir.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                 : spec.dataDir)
            .filePath(QStringLiteral("server-drafts"));
    return std::make_unique<RemoteBackend>(options);
}

std::unique_ptr<Backend> makeLocalBackend(const gui::BackendSpec &spec)
{
    LocalBackendOptions options;
    options.actor = spec.actor;
    options.hashCost = spec.hashCost;
    options.freezeClock = spec.freezeClock;
    if (spec.demo) {
        const QDir dir(spec.dataDir);
        options.demo = true;
        options.database.path = dir.filePath(QStringLiteral("demo.sqlite"));
        // A template per schema and story version: a newer build never restores an older
        // story.
        options.demoTemplate = dir.filePath(QStringLiteral("demo-template-s%1-v%2.sqlite")
                                                .arg(store::Database::latestSchemaVersion())
                                                .arg(demo::StoryVersion));
    } else {
        options.database.path = spec.databasePath;
    }
    return std::make_unique<LocalBackend>(options);
}

} // namespace

std::unique_ptr<Backend> makeBackend(const gui::BackendSpec &spec)
{
    if (!spec.serverUrl.isEmpty())
        return makeRemoteBackend(spec);
    return makeLocalBackend(spec);
}

} // namespace oc::app
