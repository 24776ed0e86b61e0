#include "ServiceHost.h"

#include "DemoStory.h"
#include "QueryService.h"
#include "store/DatabaseAdmin.h"
#include "store/ListViews.h"
#include "store/MetaRepository.h"

#include <QAtomicInt>
#include <QLoggingCategory>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace oc {

Q_LOGGING_CATEGORY(lcHost, "oc.host")

// The host's one source of ids, shared by its sessions. In demo mode it is seeded: the
// state lives in the store (meta ids.state) and travels with every transaction (read at
// its start under the transaction's lock, written before it commits), so that several
// connections, threads or processes on one demo store continue one deterministic
// sequence.
class ServiceHost::SharedRandom final : public RandomSource
{
public:
    quint64 next64() override
    {
        const QMutexLocker lock(&m_mutex);
        return m_seeded ? m_seeded->next64() : m_secure.next64();
    }
    void seed(std::optional<quint64> state)
    {
        const QMutexLocker lock(&m_mutex);
        if (!state)
            m_seeded.reset();
        else if (m_seeded)
            m_seeded->setState(*state);
        else
            m_seeded = std::make_unique<SeededRandom>(*state);
    }
    bool isSeeded() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_seeded != nullptr;
    }
    quint64 state() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_seeded ? m_seeded->state() : 0;
    }

private:
    mutable QMutex m_mutex;
    SecureRandom m_secure;
    std::unique_ptr<SeededRandom> m_seeded;
};

// Session::background: jobs run one after another on a thread of their own, over a session
// it connects when the first job comes (so a host that never gets one never opens it). At
// most MaxQueued wait; more are dropped (what they make is asked for again). stop() lets the
// running job finish (a checkpoints' job gives up at its next step: ListViews::setStopFlag),
// drops the others, and ends the thread and its connection (Reset demo
// removes the database, which PostgreSQL refuses while a connection is open); a later job
// starts them again.
class ServiceHost::Background
{
public:
    using Job = std::function<void(store::Database &)>;
    static constexpr qsizetype MaxQueued = 32;

    explicit Background(ServiceHost &host)
        : m_host(host)
    {}
    ~Background() { stop(); }

    // Dropped while stop() runs.
    void post(Job job)
    {
        std::unique_lock lock(m_mutex);
        if (m_stopping || m_queue.size() >= MaxQueued)
            return;
        m_queue.push_back(std::move(job));
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
        m_wake.notify_one();
    }

    void stop()
    {
        std::thread thread;
        {
            std::unique_lock lock(m_mutex);
            m_stopping = true;
            m_queue.clear();
            thread = std::move(m_thread);
        }
        m_wake.notify_all();
        if (thread.joinable())
            thread.join();
        std::unique_lock lock(m_mutex);
        m_stopping = false; // the thread has ended: a later job starts another
    }

private:
    void run()
    {
        store::ListViews::setStopFlag(&m_stopping); // a long job gives up when told to stop
        std::unique_ptr<HostSession> session;
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_stopping)
                    break;
                job = std::move(m_queue.front());
                m_queue.pop_front();
            }
            if (!session) {
                auto connected = m_host.connect(QStringLiteral("oc-background"));
                if (!connected.ok()) {
                    qCWarning(lcHost)
                        << "background jobs: no connection:" << connected.error().toString();
                    continue;
                }
                session = std::move(connected).value();
            }
            try {
                job(session->session().db());
            } catch (const store::StoreError &e) {
                qCWarning(lcHost) << "background job failed:" << e.message() << e.detail();
            }
        }
    }

    ServiceHost &m_host;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    std::atomic<bool> m_stopping = false;
    std::thread m_thread;
};

namespace {

QString uniqueConnection(const QString &base)
{
    static QAtomicInt counter;
    return base + QLatin1Char('#') + QString::number(counter.fetchAndAddRelaxed(1));
}

// Whether the store has a list long enough for checkpoints of its order
// (store::ListViews::hasBigLists()); if it cannot tell, none: asked again at the next open.
bool hasBigLists(store::Database &db)
{
    try {
        return store::ListViews(db).hasBigLists();
    } catch (const store::StoreError &) {
        return false;
    }
}

Error storeFailure(const char *reason, const QString &path = {})
{
    return makeError(QString::fromLatin1(SystemError::Store), QStringLiteral("database"),
                     QString::fromLatin1(reason),
                     path.isEmpty() ? QVariantMap() : QVariantMap{{QStringLiteral("path"), path}});
}

} // namespace

ServiceHost::ServiceHost(ServiceHostOptions options)
    : m_options(std::move(options))
    , m_random(std::make_unique<SharedRandom>())
    , m_background(std::make_unique<Background>(*this))
{}

ServiceHost::~ServiceHost()
{
    m_background->stop();
}

Error ServiceHost::notOpen()
{
    return makeError(QString::fromLatin1(SystemError::Store), {}, QStringLiteral("notOpen"));
}

Status ServiceHost::open()
{
    if (m_options.demo) {
        if (Status prepared = prepareDemo(); !prepared.ok())
            return prepared;
    }
    auto opened =
        store::Database::open(m_options.database, uniqueConnection(QStringLiteral("oc-host")));
    if (!opened.ok())
        return opened.error();
    const std::unique_ptr<store::Database> db = std::move(opened).value();
    m_schemaVersion.store(db->schemaVersion());
    Status loaded = loadPersistentState(*db);
    // The checkpoints of the big lists' default orders, so that the first jump into the
    // middle of one does not walk to it (store::ListViews::prepareBigLists). On SQLite only
    // when one is that long: a smaller store (the demo's) gets no background
    // thread or connection for nothing.
    if (loaded.ok() &&
        (m_options.database.kind == store::SqlDialect::Kind::Postgres || hasBigLists(*db)))
        m_background->post(
            [](store::Database &store) { store::ListViews(store).prepareBigLists(); });
    return loaded;
}

Status ServiceHost::prepareDemo()
{
    if (m_options.demoTemplate.isEmpty())
        return storeFailure("noDemoTemplate");
    const store::DatabaseConfig copy = m_options.database;
    const store::DatabaseConfig source = store::admin::sibling(copy, m_options.demoTemplate);
    // Built once, by one process at a time (test processes and servers may start together).
    const Status templated = store::admin::withLock(source, QStringLiteral("demo-template"), [&] {
        if (store::admin::exists(source))
            return okStatus();
        qCInfo(lcHost) << "building the demo template" << store::admin::displayLocation(source);
        return demo::buildDemoDatabase(source);
    });
    if (!templated.ok())
        return templated;
    if (store::admin::exists(copy)) {
        // A copy made from an older demo story is replaced by the current story.
        auto opened =
            store::Database::open(copy, uniqueConnection(QStringLiteral("oc-demo-check")));
        if (!opened.ok())
            return opened.error();
        std::optional<QString> story;
        try {
            story = store::MetaRepository(*opened.value())
                        .get(QString::fromLatin1(demo::MetaKey::Story));
        } catch (const store::StoreError &e) {
            return Session::storeError(e);
        }
        opened.value().reset();
        if (story.value_or(QString()).toInt() == demo::StoryVersion)
            return okStatus();
        qCInfo(lcHost) << "demo copy is from story" << story.value_or(QStringLiteral("none"))
                       << "- replacing it with story" << demo::StoryVersion;
        if (Status removed = store::admin::remove(copy); !removed.ok())
            return removed;
    }
    return store::admin::copy(source, copy);
}

Status ServiceHost::loadPersistentState(store::Database &db)
{
    try {
        store::MetaRepository meta(db);
        const auto clockMs = meta.get(QString::fromLatin1(demo::MetaKey::Clock));
        const auto idState = meta.get(QString::fromLatin1(demo::MetaKey::IdState));
        const QMutexLocker lock(&m_mutex);
        if (clockMs) {
            const QDateTime instant =
                QDateTime::fromMSecsSinceEpoch(clockMs->toLongLong(), QTimeZone::utc());
            if (m_demoClock) {
                m_demoClock->set(instant);
            } else if (!m_clock) {
                auto clock = std::make_unique<AdjustableClock>(instant, !m_options.freezeClock);
                m_demoClock = clock.get();
                m_clock = std::move(clock);
            }
        } else if (!m_clock) {
            m_clock = std::make_unique<SystemClock>();
        }
        m_random->seed(idState ? std::optional<quint64>(idState->toULongLong()) : std::nullopt);
    } catch (const store::StoreError &e) {
        return Session::storeError(e);
    }
    return okStatus();
}

Result<std::unique_ptr<HostSession>> ServiceHost::connect(const QString &connection)
{
    if (!m_clock)
        return notOpen();
    auto opened = store::Database::open(m_options.database, uniqueConnection(connection));
    if (!opened.ok())
        return opened.error();
    std::unique_ptr<store::Database> db = std::move(opened).value();
    auto session =
        std::make_unique<Session>(*db, *m_clock, *m_random, m_options.hashCost, m_options.actor);
    attach(*session);
    return std::make_unique<HostSession>(std::move(db), std::move(session));
}

void ServiceHost::attach(Session &session)
{
    session.background = [this](std::function<void(store::Database &)> job) {
        m_background->post(std::move(job));
    };
    session.marketplaceKey = m_options.koogalleryKey;
    session.marketplaceServesStoreKey = m_options.koogalleryServesStoreKey;
    if (!m_random->isSeeded() && !m_demoClock)
        return;
    const QString idKey = QString::fromLatin1(demo::MetaKey::IdState);
    const QString clockKey = QString::fromLatin1(demo::MetaKey::Clock);
    session.afterBegin = [this, &session, idKey] {
        if (!m_random->isSeeded())
            return;
        // Under the transaction's lock: another connection's ids are continued, not
        // repeated. Writers take turns here instead of all but one failing on the row and
        // running again (PostgreSQL; with 32 writers some ran out of attempts: 503).
        store::MetaRepository meta(session.db());
        meta.lockAgainstWriters();
        if (const auto state = meta.getForUpdate(idKey))
            m_random->seed(state->toULongLong());
    };
    session.beforeCommit = [this, &session, idKey, clockKey] {
        store::MetaRepository meta(session.db());
        if (m_random->isSeeded())
            meta.set(idKey, QString::number(m_random->state()));
        if (m_demoClock)
            meta.setIfChanged(clockKey, QString::number(m_demoClock->now().toMSecsSinceEpoch()));
    };
}

Result<ClockState> ServiceHost::clockState() const
{
    const QMutexLocker lock(&m_mutex);
    if (!m_clock)
        return notOpen();
    return ClockState{m_clock->now(), m_demoClock != nullptr,
                      m_demoClock ? m_demoClock->isRunning() : true};
}

Result<ClockState> ServiceHost::advanceClock(Session &session, ClockStep step)
{
    if (!m_demoClock)
        return makeError(QString::fromLatin1(SystemError::Clock), {},
                         QStringLiteral("notAdjustable"));
    const QDateTime before = m_demoClock->now();
    const QTimeZone zone = ClockSteps::chinaTimeZone();
    QDateTime after;
    switch (step) {
    case ClockStep::Minute:
        after = before.addSecs(60);
        break;
    case ClockStep::Hour:
        after = before.addSecs(3600);
        break;
    case ClockStep::Day:
        after = before.addDays(1);
        break;
    case ClockStep::ThreeWorkingDays:
        after = addWorkingDays(before, 3, zone);
        break;
    case ClockStep::Month:
        after = before.toTimeZone(zone).addMonths(1).toUTC();
        break;
    case ClockStep::NinetyDays:
        after = before.addDays(90);
        break;
    }
    const qint64 delta = before.msecsTo(after);
    m_demoClock->advance(delta);
    const Status persisted = session.mutate<Done>(
        QStringLiteral("advanceClock"), QStringLiteral("clock"), {}, [&]() -> Status {
            session.journal(QStringLiteral("advanceClock"), QStringLiteral("clock"),
                            m_demoClock->now().toString(Qt::ISODate), QStringLiteral("success"),
                            QStringLiteral("+%1 s").arg(delta / 1000));
            return Done{};
        });
    if (!persisted.ok()) {
        m_demoClock->advance(-delta);
        return persisted.error();
    }
    settleDue(session);
    return clockState();
}

QStringList ServiceHost::settleDue(Session &session)
{
    return settleDueTransitions(session);
}

Status ServiceHost::resetDemo(const Carry &carry)
{
    if (!m_options.demo)
        return makeError(QString::fromLatin1(SystemError::Demo), {}, QStringLiteral("notDemo"));
    const auto carried = [&](const std::function<void(store::Database &)> &step,
                             bool inTransaction) -> Status {
        if (!step)
            return okStatus();
        auto db = store::Database::open(m_options.database,
                                        uniqueConnection(QStringLiteral("oc-reset-carry")));
        if (!db.ok())
            return db.error();
        try {
            if (!inTransaction) {
                step(*db.value());
                return okStatus();
            }
            store::Transaction tx(*db.value());
            step(*db.value());
            tx.commit();
        } catch (const store::StoreError &e) {
            return Session::storeError(e);
        }
        return okStatus();
    };
    if (Status read = carried(carry.read, false); !read.ok())
        return read;
    m_background->stop(); // its connection too
    if (Status removed = store::admin::remove(m_options.database); !removed.ok())
        return removed;
    if (Status opened = open(); !opened.ok())
        return opened;
    return carried(carry.write, true);
}

} // namespace oc
