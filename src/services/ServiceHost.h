#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"
#include "core/Clock.h"
#include "core/PasswordHasher.h"
#include "core/Random.h"
#include "store/Database.h"

#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>

namespace oc {

struct ServiceHostOptions
{
    // The store. In demo mode the private copy of the demo, created from the template
    // when missing.
    store::DatabaseConfig database;
    bool demo = false;
    // Demo mode: the template Reset demo restores from, built from the demo story when
    // missing: a SQLite file, or a database on the same PostgreSQL server.
    QString demoTemplate;
    HashCost hashCost = HashCost::Interactive;
    QString actor = QStringLiteral("operator");
    // The demo clock stays where it is unless advanced (tests, screenshots).
    bool freezeClock = false;
    // The access key KooGallery signs its calls with (billing-api --koogallery-key-file).
    // Empty: the store's own key (KooGalleryService::marketplaceKey), which never leaves it.
    QByteArray koogalleryKey;
    // billing-api --demo: without a configured key, POST /koogallery/saas takes calls signed
    // with the store's own key, which only the demo's marketplace (the consoles' purchases,
    // delivered by the server to itself) can sign with.
    bool koogalleryServesStoreKey = false;
};

// One thread's use of the host: a connection of its own and a Session over it. Made,
// used and destroyed on one thread (Qt SQL connections belong to their thread).
class HostSession
{
public:
    HostSession(std::unique_ptr<store::Database> db, std::unique_ptr<Session> session)
        : m_db(std::move(db))
        , m_session(std::move(session))
    {}
    Session &session() { return *m_session; }

private:
    std::unique_ptr<store::Database> m_db; // outlives the session over it
    std::unique_ptr<Session> m_session;
};

// What runs the services, whoever serves them: LocalBackend in the console's process and
// the billing API server both host them through this class. It prepares and migrates the
// store (and the demo), keeps the clock and the source of ids, gives each thread a Session
// over its own connection, and carries the calls that are about the runtime rather than
// the domain: the demo clock, Reset demo, settling what has come due. Thread-safe; a
// session is used on the thread that connected it.
class ServiceHost
{
public:
    explicit ServiceHost(ServiceHostOptions options);
    ~ServiceHost();
    ServiceHost(const ServiceHost &) = delete;
    ServiceHost &operator=(const ServiceHost &) = delete;

    const ServiceHostOptions &options() const { return m_options; }

    // Prepares the store: in demo mode the template (from the story) and the private copy
    // (a copy of an older story is replaced); then opens and migrates it and reads what
    // it keeps for the host (the demo clock, the seeded ids). Any thread; before connect().
    Status open();
    // A session on the calling thread over a new connection named `connection` (unique in
    // the process). Its transactions carry the host's seeded ids and demo clock.
    Result<std::unique_ptr<HostSession>> connect(const QString &connection);

    // The schema version of the store, once open (0 before).
    int schemaVersion() const { return m_schemaVersion.load(); }
    bool isDemo() const { return m_options.demo; }
    Result<ClockState> clockState() const;

    // Moves the demo clock on by `step` (journaled) and settles what came due. Refused
    // (E-CLOCK) when the store has no demo clock.
    Result<ClockState> advanceClock(Session &session, ClockStep step);
    // Applies the transitions that have come due on the clock (R-MKT-2, R-ORG-3, card
    // expiry); returns the list views that changed.
    QStringList settleDue(Session &session);
    // What a reset carries from the replaced store into the restored one (the billing API
    // server's operators: their tokens stay valid): `read` runs on the old store before it
    // goes, `write` in one transaction on the new one.
    struct Carry
    {
        std::function<void(store::Database &)> read;
        std::function<void(store::Database &)> write;
    };
    // Restores the demo data set (E-DEMO outside demo mode). Every session must have been
    // destroyed first; connect again afterwards.
    Status resetDemo(const Carry &carry = {});

    static Error notOpen();

private:
    Status prepareDemo();
    Status loadPersistentState(store::Database &db);
    void attach(Session &session);

    ServiceHostOptions m_options;
    std::atomic<int> m_schemaVersion{0};
    mutable QMutex m_mutex; // guards the clock and random objects being replaced
    std::unique_ptr<Clock> m_clock;
    AdjustableClock *m_demoClock = nullptr; // m_clock, when the store carries a demo clock
    class SharedRandom;
    std::unique_ptr<SharedRandom> m_random;
    // Jobs run later on a thread and connection of their own (Session::background). Last:
    // stopped before the clock and ids its session uses go.
    class Background;
    std::unique_ptr<Background> m_background;
};

} // namespace oc
