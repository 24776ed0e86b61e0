#include "DraftCache.h"

#include "RemoteLog.h"
#include "contract/Json.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>

namespace oc::remote {

DraftCache::DraftCache(const QString &folder, const QString &server)
    : m_folder(folder)
    , m_server(server)
{
    m_pool.setMaxThreadCount(1);
}

DraftCache::~DraftCache()
{
    m_pool.waitForDone();
}

QString DraftCache::fileOf(const QString &wizard, const QString &key) const
{
    // Names from the server, the wizard and the key, whatever characters they hold.
    const QByteArray id = QCryptographicHash::hash(
        (m_server + QLatin1Char('\n') + wizard + QLatin1Char('\n') + key).toUtf8(),
        QCryptographicHash::Sha256);
    return QDir(m_folder).filePath(QString::fromLatin1(id.toHex()) + QStringLiteral(".json"));
}

void DraftCache::store(const WizardDraft &draft)
{
    if (!enabled())
        return;
    const QString file = fileOf(draft.wizard, draft.key);
    const QByteArray body =
        QJsonDocument(json::toJson(draft).toObject()).toJson(QJsonDocument::Compact);
    const QString folder = m_folder;
    m_pool.start([folder, file, body] {
        QDir().mkpath(folder);
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(body) != body.size() || !out.commit())
            qCWarning(lcRemote).noquote()
                << "could not keep an unsaved draft in" << folder << ":" << out.errorString();
        else
            QFile(file).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    });
}

void DraftCache::remove(const QString &wizard, const QString &key)
{
    if (!enabled())
        return;
    const QString file = fileOf(wizard, key);
    m_pool.start([file] { QFile::remove(file); });
}

void DraftCache::load(const QString &wizard, const QString &key, QObject *context,
                      std::function<void(std::optional<WizardDraft>)> then)
{
    if (!enabled()) {
        then(std::nullopt);
        return;
    }
    const QString file = fileOf(wizard, key);
    const QPointer<QObject> guard(context);
    m_pool.start([file, guard, wizard, key, then = std::move(then)] {
        std::optional<WizardDraft> found;
        QFile in(file);
        if (in.open(QIODevice::ReadOnly)) {
            const auto parsed = json::parse(in.read(4 * 1024 * 1024));
            const auto draft = parsed.ok() ? json::fromJson<WizardDraft>(parsed.value())
                                           : Result<WizardDraft>(parsed.error());
            // Only a draft of that wizard and key: a damaged file is none.
            if (draft.ok() && draft->wizard == wizard && draft->key == key)
                found = draft.value();
            else
                qCWarning(lcRemote).noquote() << "ignoring an unreadable kept draft" << file;
        }
        if (guard)
            QMetaObject::invokeMethod(
                guard, [then, found] { then(found); }, Qt::QueuedConnection);
    });
}

} // namespace oc::remote
