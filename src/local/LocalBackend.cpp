#include "local/LocalBackend.h"

#include "core/ListNames.h"
#include "services/CodeService.h"
#include "services/DemoStory.h"
#include "services/MarketplaceService.h"
#include "services/QueryService.h"
#include "services/RegistrationService.h"
#include "services/Session.h"
#include "store/ListViews.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSemaphore>
#include <QTimer>

namespace oc {

Q_LOGGING_CATEGORY(lcBackend, "oc.backend")

// One worker thread's state: its connection and its session.
class LocalWorker : public QObject
{
public:
    std::unique_ptr<store::Database> db;
    std::unique_ptr<SecureRandom> ownRandom;
    std::unique_ptr<Session> session;
    QTimer *settleTimer = nullptr;

    Status open(const store::DatabaseConfig &config, const QString &connection)
    {
        close();
        auto opened = store::Database::open(config, connection);
        if (!opened.ok())
            return opened.error();
        db = std::move(opened).value();
        return okStatus();
    }

    void close()
    {
        if (settleTimer) {
            settleTimer->stop();
            delete settleTimer;
            settleTimer = nullptr;
        }
        session.reset();
        db.reset();
    }
};

namespace {

const QStringList &allViews()
{
    static const QStringList views = store::ListViews::viewNames();
    return views;
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString csvValue(const ColumnInfo &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (column.kind) {
    case ColumnKind::Money:
        return Fen(value.toLongLong()).toPlainString();
    case ColumnKind::Time:
        // toUTC(): a Qt::UTC time prints as "...Z" (Qt 6.4 prints a QTimeZone::utc() time
        // as "+00:00", later versions as "Z"; the file must not depend on the version).
        return store::timeFromDb(value).toUTC().toString(Qt::ISODate);
    case ColumnKind::Text:
    case ColumnKind::Id: {
        // A spreadsheet runs a cell that starts like a formula; names and details typed by
        // customers are data, so such a text is written with a leading apostrophe (the
        // spreadsheet convention for "text as is"). Numbers and money are never touched.
        QString text = value.toString();
        static const QString formulaStarts = QStringLiteral("=+-@\t\r");
        if (!text.isEmpty() && formulaStarts.contains(text.front()))
            text.prepend(QLatin1Char('\''));
        return text;
    }
    default:
        return value.toString();
    }
}

} // namespace

LocalBackend::LocalBackend(LocalBackendOptions options, QObject *parent)
    : Backend(parent)
    , m_options(std::move(options))
{
    static QAtomicInt instances;
    m_instance = instances.fetchAndAddRelaxed(1);
    m_command = new LocalWorker;
    m_query = new LocalWorker;
    m_command->moveToThread(&m_commandThread);
    m_query->moveToThread(&m_queryThread);
    m_commandThread.setObjectName(QStringLiteral("oc-command"));
    m_queryThread.setObjectName(QStringLiteral("oc-query"));
    m_commandThread.start();
    m_queryThread.start();
}

LocalBackend::~LocalBackend()
{
    for (QFuture<Result<qint64>> &exporting : m_exports)
        exporting.cancel();
    m_exportPool.waitForDone();
    for (LocalWorker *worker : {m_query, m_command})
        QMetaObject::invokeMethod(
            worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_commandThread.quit();
    m_queryThread.quit();
    m_commandThread.wait();
    m_queryThread.wait();
    delete m_command;
    delete m_query;
}

void LocalBackend::runOn(LocalWorker *worker, std::function<void(Session *)> job)
{
    m_inFlight.ref();
    QMetaObject::invokeMethod(
        worker,
        [this, worker, job = std::move(job)] {
            job(worker->session.get());
            m_inFlight.deref();
        },
        Qt::QueuedConnection);
}

int LocalBackend::callsInFlight() const
{
    return m_inFlight.loadAcquire() + m_exportPool.activeThreadCount();
}

// Qt SQL connection names are global to the process: each backend names its own, so that a
// second backend (a test, a second database) does not replace the first one's connections.
QString LocalBackend::connectionName(const char *role) const
{
    return QString::fromLatin1(role) + QLatin1Char('-') + QString::number(m_instance);
}

Error LocalBackend::notOpen()
{
    return makeError(QString::fromLatin1(SystemError::Store), {}, QStringLiteral("notOpen"));
}

BackendInfo LocalBackend::info() const
{
    return BackendInfo{QStringLiteral("local"),
                       QFileInfo(m_options.database.path).absoluteFilePath(), m_options.demo,
                       m_schemaVersion};
}

// ---- opening -------------------------------------------------------------------------

QFuture<Status> LocalBackend::open()
{
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    // Both workers get their opening job first in their queues, so that calls made while
    // the database opens (a window being built meanwhile) run after it. The read worker
    // waits until the command worker has prepared and migrated the file.
    struct Handshake
    {
        QSemaphore databaseReady;
        QSemaphore queryOpened;
        Status commandStatus = okStatus();
        Status queryStatus = okStatus();
    };
    auto handshake = std::make_shared<Handshake>();
    QMetaObject::invokeMethod(
        m_query,
        [this, handshake] {
            handshake->databaseReady.acquire();
            if (handshake->commandStatus.ok())
                handshake->queryStatus = openQuerySide();
            handshake->queryOpened.release();
        },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        m_command,
        [this, promise, handshake] {
            handshake->commandStatus = openCommandSide();
            handshake->databaseReady.release();
            handshake->queryOpened.acquire();
            Status status =
                !handshake->commandStatus.ok() ? handshake->commandStatus : handshake->queryStatus;
            if (status.ok())
                finishOpen();
            else
                m_command->close();
            promise->addResult(status);
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

Status LocalBackend::prepareDemoFiles()
{
    const QString templatePath = m_options.demoTemplatePath;
    if (templatePath.isEmpty())
        return makeError(QString::fromLatin1(SystemError::Store), {},
                         QStringLiteral("noDemoTemplate"));
    if (!QFileInfo::exists(templatePath)) {
        QDir().mkpath(QFileInfo(templatePath).absolutePath());
        if (Status built = demo::buildDemoDatabase(templatePath); !built.ok())
            return built;
    }
    const QString copy = m_options.database.path;
    if (!QFileInfo::exists(copy)) {
        QDir().mkpath(QFileInfo(copy).absolutePath());
        if (!QFile::copy(templatePath, copy))
            return makeError(QString::fromLatin1(SystemError::Store), QStringLiteral("database"),
                             QStringLiteral("copyFailed"), {{QStringLiteral("path"), copy}});
        QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return okStatus();
}

void LocalBackend::loadPersistentState()
{
    store::MetaRepository meta(*m_command->db);
    const auto clockMs = meta.get(QString::fromLatin1(demo::MetaKey::Clock));
    const auto idState = meta.get(QString::fromLatin1(demo::MetaKey::IdState));
    if (clockMs) {
        const QDateTime instant =
            QDateTime::fromMSecsSinceEpoch(clockMs->toLongLong(), QTimeZone::utc());
        if (m_demoClock) {
            m_demoClock->set(instant);
        } else {
            auto clock = std::make_unique<AdjustableClock>(instant, !m_options.freezeClock);
            m_demoClock = clock.get();
            m_clock = std::move(clock);
        }
    } else if (!m_clock) {
        m_clock = std::make_unique<SystemClock>();
    }
    if (idState) {
        if (!m_seeded) {
            auto seeded = std::make_unique<SeededRandom>(idState->toULongLong());
            m_seeded = seeded.get();
            m_random = std::move(seeded);
        } else {
            m_seeded->setState(idState->toULongLong());
        }
    } else if (!m_random) {
        m_random = std::make_unique<SecureRandom>();
    }
}

Status LocalBackend::openOnWorker()
{
    // Reset: the read worker is idle (closed); open it after the command side.
    if (Status command = openCommandSide(); !command.ok())
        return command;
    Status queryOpened = okStatus();
    QMetaObject::invokeMethod(
        m_query, [this, &queryOpened] { queryOpened = openQuerySide(); },
        Qt::BlockingQueuedConnection);
    if (!queryOpened.ok()) {
        m_command->close();
        return queryOpened;
    }
    finishOpen();
    return okStatus();
}

Status LocalBackend::openQuerySide()
{
    Status opened = m_query->open(m_options.database, connectionName("oc-query"));
    if (opened.ok()) {
        m_query->ownRandom = std::make_unique<SecureRandom>();
        m_query->session = std::make_unique<Session>(*m_query->db, *m_clock, *m_query->ownRandom,
                                                     m_options.hashCost, m_options.actor);
    }
    return opened;
}

void LocalBackend::finishOpen()
{
    m_command->settleTimer = new QTimer;
    m_command->settleTimer->setInterval(m_options.settleIntervalMs);
    QObject::connect(m_command->settleTimer, &QTimer::timeout, m_command, [this] { settleDue(); });
    m_command->settleTimer->start();
    settleDue();
}

Status LocalBackend::openCommandSide()
{
    try {
        if (m_options.demo) {
            if (Status prepared = prepareDemoFiles(); !prepared.ok())
                return prepared;
        }
        if (Status opened = m_command->open(m_options.database, connectionName("oc-command"));
            !opened.ok())
            return opened;
        if (m_options.demo) {
            // A copy made from an older demo story is replaced by the current story.
            const auto story = store::MetaRepository(*m_command->db)
                                   .get(QString::fromLatin1(demo::MetaKey::Story));
            if (story.value_or(QString()).toInt() != demo::StoryVersion) {
                qCInfo(lcBackend) << "demo copy is from story"
                                  << story.value_or(QStringLiteral("none"))
                                  << "- replacing it with story" << demo::StoryVersion;
                m_command->close();
                for (const QString &suffix :
                     {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                    QFile::remove(m_options.database.path + suffix);
                if (Status prepared = prepareDemoFiles(); !prepared.ok())
                    return prepared;
                if (Status opened =
                        m_command->open(m_options.database, connectionName("oc-command"));
                    !opened.ok())
                    return opened;
            }
        }
        m_schemaVersion = m_command->db->schemaVersion();
        loadPersistentState();
    } catch (const store::StoreError &e) {
        return Session::storeError(e);
    }

    m_command->session = std::make_unique<Session>(*m_command->db, *m_clock, *m_random,
                                                   m_options.hashCost, m_options.actor);
    Session *session = m_command->session.get();
    session->beforeCommit = [this, session] {
        store::MetaRepository meta(session->db());
        if (m_seeded)
            meta.set(QString::fromLatin1(demo::MetaKey::IdState),
                     QString::number(m_seeded->state()));
        if (m_demoClock)
            meta.set(QString::fromLatin1(demo::MetaKey::Clock),
                     QString::number(m_demoClock->now().toMSecsSinceEpoch()));
    };
    session->afterRollback = [this, session] {
        if (!m_seeded)
            return;
        try {
            if (const auto state = store::MetaRepository(session->db())
                                       .get(QString::fromLatin1(demo::MetaKey::IdState)))
                m_seeded->setState(state->toULongLong());
        } catch (const store::StoreError &) {
        }
    };

    return okStatus();
}

void LocalBackend::settleDue()
{
    if (!m_command->session)
        return;
    const QStringList views = settleDueTransitions(*m_command->session);
    if (!views.isEmpty())
        emit changed(views);
}

// ---- reading -------------------------------------------------------------------------

QFuture<Result<ListPage>> LocalBackend::list(const ListQuery &listQuery)
{
    return query<ListPage>([listQuery](Session &session) -> Result<ListPage> {
        if (const QString unknown = store::ListViews::unknownName(listQuery); !unknown.isEmpty())
            return makeError(QString::fromLatin1(SystemError::Invalid), unknown,
                             QStringLiteral("unknownName"));
        return session.read<ListPage>(
            [&]() -> Result<ListPage> { return store::ListViews(session.db()).page(listQuery); });
    });
}

QFuture<Result<qint64>> LocalBackend::exportCsv(const ListQuery &listQuery,
                                                const QStringList &headers, const QString &path)
{
    auto promise = std::make_shared<QPromise<Result<qint64>>>();
    QFuture<Result<qint64>> future = promise->future();
    promise->start();
    promise->setProgressRange(0, 1000);
    m_exports.removeIf([](const QFuture<Result<qint64>> &f) { return f.isFinished(); });
    m_exports.append(future);
    const QString connection = connectionName("oc-export") + QString::number(++m_exportCount);
    // Queued behind the read worker's opening (so the clock and the file are ready), then
    // handed to the export thread.
    runOn(m_query, [this, promise, listQuery, headers, path, connection](Session *readSide) {
        if (!readSide) {
            promise->addResult(Result<qint64>(notOpen()));
            promise->finish();
            return;
        }
        m_exportPool.start([this, promise, listQuery, headers, path, connection] {
            auto finish = [&](Result<qint64> result) {
                promise->addResult(std::move(result));
                promise->finish();
            };
            if (promise->isCanceled())
                return finish(
                    makeError(QStringLiteral("E-CANCELLED"), {}, QStringLiteral("cancelled")));
            auto opened = store::Database::open(m_options.database, connection);
            if (!opened.ok())
                return finish(opened.error());
            const std::unique_ptr<store::Database> db = std::move(opened).value();
            SecureRandom random;
            Session own(*db, *m_clock, random, m_options.hashCost, m_options.actor);
            Session *session = &own;
            if (const QString unknown = store::ListViews::unknownName(listQuery);
                !unknown.isEmpty())
                return finish(makeError(QString::fromLatin1(SystemError::Invalid), unknown,
                                        QStringLiteral("unknownName")));
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return finish(makeError(QStringLiteral("E-FILE"), QStringLiteral("path"),
                                        QStringLiteral("notWritable"),
                                        {{QStringLiteral("path"), path},
                                         {QStringLiteral("detail"), file.errorString()}}));
            const QList<ColumnInfo> columns = store::ListViews::columns(listQuery.view);
            QStringList head;
            for (int i = 0; i < columns.size(); ++i)
                head << csvField(i < headers.size() ? headers.at(i) : columns.at(i).key);
            file.write("\xEF\xBB\xBF");
            file.write(head.join(QLatin1Char(',')).toUtf8() + "\r\n");
            bool cancelled = false;
            const auto written = session->read<qint64>([&]() -> Result<qint64> {
                return store::ListViews(session->db())
                    .forEachRow(listQuery, [&](const QVariantList &row, qint64 index,
                                               qint64 total) {
                        QStringList fields;
                        for (int i = 0; i < row.size() && i < columns.size(); ++i)
                            fields << csvField(csvValue(columns.at(i), row.at(i)));
                        file.write(fields.join(QLatin1Char(',')).toUtf8() + "\r\n");
                        if ((index & 1023) == 0) {
                            if (promise->isCanceled()) {
                                cancelled = true;
                                return false;
                            }
                            promise->setProgressValue(total > 0 ? int(index * 1000 / total) : 0);
                        }
                        return true;
                    });
            });
            if (cancelled || promise->isCanceled()) {
                file.cancelWriting();
                return finish(
                    makeError(QStringLiteral("E-CANCELLED"), {}, QStringLiteral("cancelled")));
            }
            if (!written.ok()) {
                file.cancelWriting();
                return finish(written);
            }
            if (!file.commit())
                return finish(makeError(QStringLiteral("E-FILE"), QStringLiteral("path"),
                                        QStringLiteral("notWritable"),
                                        {{QStringLiteral("path"), path},
                                         {QStringLiteral("detail"), file.errorString()}}));
            promise->setProgressValue(1000);
            finish(written);
        });
    });
    return future;
}

QFuture<Result<HuaweiAccountDetail>> LocalBackend::huaweiAccount(const QString &accountId)
{
    return query<HuaweiAccountDetail>(
        [accountId](Session &session) { return QueryService(session).huaweiAccount(accountId); });
}

QFuture<Result<OnboardingProgress>> LocalBackend::onboardingProgress(const QString &accountId)
{
    return query<OnboardingProgress>([accountId](Session &session) {
        return QueryService(session).onboardingProgress(accountId);
    });
}

// ---- clock and demo ------------------------------------------------------------------

Result<ClockState> LocalBackend::clockState() const
{
    if (!m_clock)
        return notOpen();
    return ClockState{m_clock->now(), m_demoClock != nullptr,
                      m_demoClock ? m_demoClock->isRunning() : true};
}

QFuture<Result<ClockState>> LocalBackend::clock()
{
    return command<ClockState>([this](Session &) { return clockState(); });
}

QFuture<Result<ClockState>> LocalBackend::advanceClock(ClockStep step)
{
    return command<ClockState>([this, step](Session &session) -> Result<ClockState> {
        if (!m_demoClock)
            return makeError(QStringLiteral("E-CLOCK"), {}, QStringLiteral("notAdjustable"));
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
        settleDueTransitions(session);
        const QDateTime now = m_demoClock->now();
        emit clockChanged(now);
        emit changed(allViews());
        return clockState();
    });
}

QFuture<Status> LocalBackend::resetDemo()
{
    return command<Done>([this](Session &) -> Status { return resetOnWorker(); });
}

Status LocalBackend::resetOnWorker()
{
    if (!m_options.demo)
        return makeError(QStringLiteral("E-DEMO"), {}, QStringLiteral("notDemo"));
    QMetaObject::invokeMethod(
        m_query, [this] { m_query->close(); }, Qt::BlockingQueuedConnection);
    m_command->close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_options.database.path + suffix);
    const Status reopened = openOnWorker();
    if (reopened.ok()) {
        if (m_demoClock)
            emit clockChanged(m_demoClock->now());
        emit changed(allViews());
    } else {
        emit failed(reopened.error());
    }
    return reopened;
}

// ---- verification codes --------------------------------------------------------------

QFuture<Result<CodeSent>> LocalBackend::sendCode(Channel channel, const QString &destination,
                                                 const QString &purpose)
{
    return command<CodeSent>(
        [channel, destination, purpose](Session &session) {
            return CodeService(session).send(channel, destination, purpose);
        },
        {view::Outbox, view::Journal});
}

QFuture<Status> LocalBackend::checkCode(const QString &destination, const QString &purpose,
                                        const QString &code)
{
    return command<Done>([destination, purpose, code](Session &session) {
        return CodeService(session).check(destination, purpose, code);
    });
}

// ---- marketplace ---------------------------------------------------------------------

QFuture<Result<PurchaseResult>> LocalBackend::purchase(const PurchaseRequest &request)
{
    return command<PurchaseResult>(
        [request](Session &session) { return MarketplaceService(session).purchase(request); },
        {view::Orders, view::Instances, view::Journal, view::Outbox});
}

// ---- Commercial Plan registration ----------------------------------------------------

// The live checks only read: the query worker answers them while a commit runs.
QFuture<Status> LocalBackend::checkUsername(const QString &username)
{
    return query<Done>([username](Session &session) {
        return RegistrationService(session).checkUsername(username);
    });
}

QFuture<Status> LocalBackend::checkGuanceEmail(const QString &email, const QString &site)
{
    return query<Done>([email, site](Session &session) {
        return RegistrationService(session).checkGuanceEmail(email, site);
    });
}

QFuture<Result<HuaweiActivationCheck>> LocalBackend::checkHuaweiActivation(const QString &accountId)
{
    return query<HuaweiActivationCheck>([accountId](Session &session) {
        return RegistrationService(session).checkHuaweiActivation(accountId);
    });
}

QFuture<Result<RegistrationResult>>
LocalBackend::registerCommercialPlan(const RegistrationRequest &request)
{
    return command<RegistrationResult>(
        [request](Session &session) {
            return RegistrationService(session).registerCommercialPlan(request);
        },
        {view::HuaweiAccounts, view::FeeCenterAccounts, view::Workspaces, view::Journal,
         view::Outbox});
}

// ---- wizard drafts ---------------------------------------------------------------------

namespace {

// A draft is addressed by wizard and key; both are required (E-INVALID).
Problem draftAddress(const QString &wizard, const QString &key)
{
    if (wizard.trimmed().isEmpty())
        return makeError(QString::fromLatin1(SystemError::Invalid), QStringLiteral("wizard"),
                         QStringLiteral("required"));
    if (key.trimmed().isEmpty())
        return makeError(QString::fromLatin1(SystemError::Invalid), QStringLiteral("key"),
                         QStringLiteral("required"));
    return std::nullopt;
}

} // namespace

// Drafts are not domain changes (flows.md: a wizard's entries until its commit): they are
// written on the command worker, in order with the commits, but never journaled.
QFuture<Status> LocalBackend::saveDraft(const WizardDraft &draft)
{
    return command<Done>([draft](Session &session) -> Status {
        if (auto invalid = draftAddress(draft.wizard, draft.key))
            return *invalid;
        return session.read<Done>([&]() -> Status {
            // One statement (an upsert): atomic without a transaction of its own.
            store::DraftRepository(session.db())
                .save(draft.wizard, draft.key, draft.page, draft.state, session.now());
            return Done{};
        });
    });
}

QFuture<Result<WizardDraft>> LocalBackend::loadDraft(const QString &wizard, const QString &key)
{
    return command<WizardDraft>([wizard, key](Session &session) -> Result<WizardDraft> {
        if (auto invalid = draftAddress(wizard, key))
            return *invalid;
        return session.read<WizardDraft>([&]() -> Result<WizardDraft> {
            const auto stored = store::DraftRepository(session.db()).load(wizard, key);
            if (!stored)
                return WizardDraft{}; // no draft: an empty wizard name
            return WizardDraft{wizard, key, stored->page, stored->state, stored->updatedAt};
        });
    });
}

QFuture<Status> LocalBackend::deleteDraft(const QString &wizard, const QString &key)
{
    return command<Done>([wizard, key](Session &session) -> Status {
        if (auto invalid = draftAddress(wizard, key))
            return *invalid;
        return session.read<Done>([&]() -> Status {
            store::DraftRepository(session.db()).remove(wizard, key);
            return Done{};
        });
    });
}

} // namespace oc
