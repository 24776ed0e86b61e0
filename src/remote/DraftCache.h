#pragma once

#include "contract/BackendTypes.h"

#include <QDir>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace oc::remote {

// The wizard drafts the server did not take (it could not be reached): kept in a folder of
// the console's own, one JSON file per server, wizard and key, so that losing the server
// mid-wizard loses no typed input — not even when the console is closed before the server
// is back. RemoteBackend writes a draft here when its save fails, offers it back (before the
// server's) on the next loadDraft(), and removes it once the server has taken it or the
// draft is deleted.
//
// The files are read and written on a thread of its own, one job at a time in the order
// asked (the GUI thread never waits for the disk); results come back on the thread that owns
// `context`.
class DraftCache
{
public:
    // `folder` empty: no cache (every call does nothing, load() finds nothing).
    DraftCache(const QString &folder, const QString &server);
    ~DraftCache(); // waits for the jobs asked so far

    bool enabled() const { return !m_folder.isEmpty(); }
    void store(const WizardDraft &draft);
    void remove(const QString &wizard, const QString &key);
    void load(const QString &wizard, const QString &key, QObject *context,
              std::function<void(std::optional<WizardDraft>)> then);
    // The file of that draft (tests).
    QString fileOf(const QString &wizard, const QString &key) const;

private:
    QString m_folder;
    QString m_server;
    QThreadPool m_pool; // one thread: jobs run in order
};

} // namespace oc::remote
