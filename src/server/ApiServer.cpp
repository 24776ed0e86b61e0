#include "ApiServer.h"

#include "ApiHandlers.h"
#include "BodyPipe.h"
#include "services/ChangeFeed.h"
#include "services/ChangedViews.h"
#include "services/IdempotencyService.h"
#include "services/KooGalleryService.h"
#include "services/ListService.h"
#include "services/MarketplaceService.h"
#include "services/OperatorService.h"
#include "store/JournalRepository.h"
#include "store/OperatorRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QUrlQuery>

#include <cstdio>

namespace oc::server {

Q_LOGGING_CATEGORY(lcApi, "oc.api")

namespace {

constexpr int PollIntervalMs = 250;
// How long an access log line may wait for others to be written with (ApiServer::logAnswer).
constexpr int AccessLogDelayMs = 20;
// Written at once when this much is waiting.
constexpr qsizetype AccessLogBatch = 16 * 1024;
// How long the marketplace's newInstance to this server may take without a byte: less
// than a console waits for the purchase's answer (RemoteBackendOptions::callTimeout), so
// that the console hears why.
constexpr int NewInstanceTimeoutMs = 20'000;
// A paid subscription order found without its instance is delivered again once it has been
// seen so for this long (its purchase's own call, in this process or another one over the
// same store, has had its chance), then after a longer wait at each failure, as the real
// marketplace retries until the seller answers.
constexpr qint64 RedeliveryGraceMs = 5'000;
constexpr qint64 RedeliveryMaxWaitMs = 5 * 60'000;
// How many waiting orders one settle looks at (oldest first).
constexpr int RedeliveryBatch = 50;

Error invalid(const QString &field, const char *reason)
{
    return makeError(QString::fromLatin1(SystemError::Invalid), field, QString::fromLatin1(reason));
}

QString bearerOf(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

QByteArray fingerprintOf(const HttpRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method);
    hash.addData(QByteArrayView(" "));
    hash.addData(request.encodedPath);
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.body);
    return hash.result().toHex();
}

bool isJsonContentType(const QByteArray &value)
{
    return value.trimmed().toLower().split(';').value(0).trimmed() == "application/json";
}

// A subscription order placed without its instance yet (the purchase's first answer).
std::optional<Order> undeliveredOrderOf(const ApiAnswer &answer)
{
    if (!answer.ok())
        return std::nullopt;
    const auto result =
        json::fromJson<PurchaseResult>(answer.envelope.value(QLatin1StringView("value")));
    if (!result.ok() || result->instance ||
        result->order.productId != QLatin1String(Catalogue::SaasProductId))
        return std::nullopt;
    return result->order;
}

QByteArray allowedMethods(const QByteArray &encodedPath)
{
    QList<QByteArray> methods;
    for (const api::Method m :
         {api::Method::Get, api::Method::Post, api::Method::Put, api::Method::Delete})
        if (api::match(m, encodedPath, nullptr))
            methods << api::methodName(m);
    return methods.join(", ");
}

} // namespace

ApiServer::ApiServer(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_host(m_options.host)
{
    m_settleTimer.setInterval(m_options.settleIntervalMs);
    connect(&m_settleTimer, &QTimer::timeout, this, &ApiServer::settle);
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ApiServer::pollChanges);
    m_accessLogTimer.setSingleShot(true);
    m_accessLogTimer.setInterval(AccessLogDelayMs);
    connect(&m_accessLogTimer, &QTimer::timeout, this, &ApiServer::flushAccessLog);
}

ApiServer::~ApiServer()
{
    m_settleTimer.stop();
    m_pollTimer.stop();
    m_waiters.clear();
    m_pool.reset(); // finishes the running jobs first
    flushAccessLog();
}

Status ApiServer::start()
{
    if (Status opened = m_host.open(); !opened.ok())
        return opened;
    if (!m_options.recordDir.isEmpty()) {
        QDir().mkpath(m_options.recordDir);
        m_records = std::make_unique<QFile>(
            QDir(m_options.recordDir)
                .filePath(
                    QStringLiteral("records-%1.jsonl").arg(QCoreApplication::applicationPid())));
        if (!m_records->open(QIODevice::WriteOnly | QIODevice::Append))
            m_records.reset();
    }
    m_pool = std::make_unique<WorkerPool>(m_host, m_options.workers);
    m_network = new QNetworkAccessManager(this);
    m_network->setProxy(QNetworkProxy::NoProxy); // its own port: never through a proxy
    m_front = new HttpFront(
        api::MaxBodyBytes,
        [this](std::shared_ptr<HttpExchange> exchange) { handle(std::move(exchange)); }, this);
    connect(m_front, &HttpFront::drained, this, [this] {
        if (m_stopping) {
            flushAccessLog();
            emit stopped();
        }
    });
    QString error;
    m_port = m_front->start(m_options.address, m_options.port, &error);
    if (m_port == 0)
        return makeError(QString::fromLatin1(SystemError::Unreachable), QStringLiteral("listen"),
                         QStringLiteral("listen"),
                         {{QStringLiteral("address"), m_options.address.toString()},
                          {QStringLiteral("port"), m_options.port},
                          {QStringLiteral("detail"), error}});
    m_uptime.start();
    m_settleTimer.start();
    settle();
    return okStatus();
}

void ApiServer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_settleTimer.stop();
    // Followers of the feed get their (empty) answer now rather than in 25 s.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters)
        answer(w.exchange, "/v1/changes", 200,
               json::toJson(Result<ChangeBatch>(ChangeBatch{w.since, {}, false})).toObject());
    m_front->stopListening();
}

void ApiServer::onServerThread(std::function<void()> then)
{
    QMetaObject::invokeMethod(this, std::move(then), Qt::QueuedConnection);
}

void ApiServer::logAnswer(const QByteArray &method, const QByteArray &route, int status)
{
    if (!lcApi().isInfoEnabled())
        return;
    const QMessageLogContext context(nullptr, 0, nullptr, lcApi().categoryName());
    const QString message = QString::fromLatin1(method) + QLatin1Char(' ') +
                            QString::fromLatin1(route) + QLatin1Char(' ') + QString::number(status);
    m_accessLog += qFormatLogMessage(QtInfoMsg, context, message).toLocal8Bit();
    m_accessLog += '\n';
    if (m_accessLog.size() >= AccessLogBatch)
        flushAccessLog();
    else if (!m_accessLogTimer.isActive())
        m_accessLogTimer.start();
}

void ApiServer::flushAccessLog()
{
    m_accessLogTimer.stop();
    if (m_accessLog.isEmpty())
        return;
    std::fwrite(m_accessLog.constData(), 1, size_t(m_accessLog.size()), stderr);
    std::fflush(stderr);
    m_accessLog.truncate(0); // keeps its capacity
}

void ApiServer::record(const QByteArray &method, const QByteArray &route, int status,
                       const QByteArray &contentType, const QByteArray &body)
{
    if (!m_records)
        return;
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject line{
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("route"), QString::fromLatin1(route)},
        {QStringLiteral("status"), status},
        {QStringLiteral("contentType"), QString::fromLatin1(contentType)},
        {QStringLiteral("body"),
         parseError.error == QJsonParseError::NoError
             ? (parsed.isObject() ? QJsonValue(parsed.object()) : QJsonValue(parsed.array()))
             : QJsonValue()}};
    m_records->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_records->flush();
}

void ApiServer::answer(const std::shared_ptr<HttpExchange> &exchange, const QByteArray &route,
                       int status, const QJsonObject &envelope, const QByteArray &allow)
{
    answerJson(exchange, route, status, QJsonDocument(envelope).toJson(QJsonDocument::Compact),
               allow);
}

void ApiServer::answerJson(const std::shared_ptr<HttpExchange> &exchange, const QByteArray &route,
                           int status, const QByteArray &body, const QByteArray &allow)
{
    exchange->respond(status, body, "application/json", allow);
    logAnswer(exchange->request().method, route, status);
    record(exchange->request().method, route, status, "application/json", body);
}

void ApiServer::handle(std::shared_ptr<HttpExchange> exchange)
{
    const HttpRequest &request = exchange->request();
    if (m_stopping) {
        answer(exchange, request.encodedPath, 503,
               errorAnswer(makeError(QString::fromLatin1(SystemError::Unreachable), {},
                                     QStringLiteral("stopping")))
                   .envelope);
        return;
    }
    if (request.encodedPath == "/healthz") {
        if (request.method != "GET") {
            answer(exchange, "/healthz", 405,
                   errorAnswer(invalid(QStringLiteral("method"), "method")).envelope, "GET");
            return;
        }
        m_pool->run([this, exchange](Session *session) {
            bool healthy = session != nullptr;
            if (session)
                healthy = ChangeFeed(*session).latest().ok();
            onServerThread([this, exchange, healthy] {
                answer(
                    exchange, "/healthz", healthy ? 200 : 503,
                    QJsonObject{{QStringLiteral("status"),
                                 healthy ? QStringLiteral("ok") : QStringLiteral("unavailable")}});
            });
        });
        return;
    }
    if (request.encodedPath == "/koogallery/saas") {
        serveKooGallery(std::move(exchange));
        return;
    }
    const auto method = api::methodOf(request.method);
    bool wrongMethod = false;
    const auto matched =
        method ? api::match(*method, request.encodedPath, &wrongMethod) : std::nullopt;
    if (!matched) {
        const QByteArray allow = allowedMethods(request.encodedPath);
        if (wrongMethod || !allow.isEmpty())
            answer(exchange, request.encodedPath, 405,
                   errorAnswer(invalid(QStringLiteral("method"), "method")).envelope, allow);
        else
            answer(exchange, request.encodedPath, 404,
                   errorAnswer(makeError(QString::fromLatin1(SystemError::NotFound),
                                         QStringLiteral("path"), QStringLiteral("route")))
                       .envelope);
        return;
    }
    const api::Route *route = matched->route;
    QJsonValue body;
    if (!request.body.isEmpty()) {
        if (!isJsonContentType(request.header("content-type"))) {
            answer(exchange, route->path, 415,
                   errorAnswer(invalid(QStringLiteral("content-type"), "contentType")).envelope);
            return;
        }
        const auto parsed = json::parse(request.body);
        if (!parsed.ok()) {
            answer(exchange, route->path, 400, errorAnswer(parsed.error()).envelope);
            return;
        }
        body = parsed.value();
    }
    serve(std::move(exchange), route, matched->parameters, std::move(body));
}

void ApiServer::serve(std::shared_ptr<HttpExchange> exchange, const api::Route *route,
                      QStringList parameters, QJsonValue body)
{
    m_pool->run([this, exchange, route, parameters, body](Session *session) {
        const HttpRequest &request = exchange->request();
        const auto reply = [&](const ApiAnswer &a) {
            const QByteArray json = a.json();
            onServerThread([this, exchange, route, status = a.status, json] {
                answerJson(exchange, route->path, status, json);
            });
        };
        if (!session) {
            reply(errorAnswer(
                makeError(QString::fromLatin1(SystemError::Store), {}, QStringLiteral("busy"))));
            return;
        }
        const auto who = OperatorService(*session).authenticate(bearerOf(request), &m_tokens);
        if (!who.ok()) {
            reply(errorAnswer(who.error()));
            return;
        }
        session->setActor(who->name);
        const QByteArray operation(route->operation);
        if (operation == operation::Open) {
            reply(answerOf(Result<ServerVersion>(
                ServerVersion{m_options.version, m_host.schemaVersion(), m_host.isDemo(),
                              m_host.options().database.kind == store::SqlDialect::Kind::Sqlite
                                  ? QStringLiteral("sqlite")
                                  : QStringLiteral("postgres"),
                              who->name})));
            return;
        }
        if (operation == operation::Changes) {
            const QString since = request.query.queryItemValue(QStringLiteral("since"));
            bool ok = true;
            const qint64 from = since.isEmpty() ? 0 : since.toLongLong(&ok);
            if (!ok || from < 0) {
                reply(errorAnswer(invalid(QStringLiteral("since"), "type")));
                return;
            }
            ChangeFeed feed(*session);
            if (since.isEmpty()) {
                const auto latest = feed.latest();
                reply(latest.ok() ? answerOf(Result<ChangeBatch>(ChangeBatch{*latest, {}, false}))
                                  : errorAnswer(latest.error()));
                return;
            }
            const auto batch = feed.since(from);
            if (!batch.ok() || !batch->views.isEmpty() || batch->clock) {
                reply(batch.ok() ? answerOf(batch) : errorAnswer(batch.error()));
                return;
            }
            onServerThread([this, exchange, from] { serveChanges(exchange, from, true); });
            return;
        }
        if (operation == operation::ExportCsv) {
            const QString name = who->name;
            onServerThread([this, exchange, body, parameters, name] {
                serveExport(exchange, body, parameters.value(0), name);
            });
            return;
        }
        if (operation == operation::ResetDemo) {
            if (!m_host.isDemo()) {
                reply(errorAnswer(makeError(QString::fromLatin1(SystemError::Demo), {},
                                            QStringLiteral("notDemo"))));
                return;
            }
            const QString name = who->name;
            onServerThread([this, exchange, name] { serveReset(exchange, name); });
            return;
        }

        // A changing call with an Idempotency-Key: the first answer is kept and replayed.
        const QString key = QString::fromLatin1(request.header("idempotency-key"));
        const bool keyed = route->changes && !request.header("idempotency-key").isNull();
        if (keyed) {
            const auto reservation =
                IdempotencyService(*session).reserve(key, who->operatorId, fingerprintOf(request));
            if (!reservation.ok()) {
                reply(errorAnswer(reservation.error()));
                return;
            }
            if (reservation->replay) {
                const QJsonObject envelope = QJsonDocument::fromJson(reservation->body).object();
                // A purchase whose newInstance had not gone through: its instance if it has
                // one by now, else the call delivered again (the same order line answers the
                // same instance), never a second order.
                const QString orderId =
                    operation == operation::Purchase && reservation->status != 200
                        ? MarketplaceService::pendingOrder(
                              json::fromJson<Status>(envelope).value().error())
                        : QString();
                if (!orderId.isEmpty()) {
                    deliverInstance(*session, Delivery{exchange, route->path, key, orderId});
                    return;
                }
                reply(ApiAnswer{reservation->status, envelope});
                return;
            }
            IdempotencyService::arm(*session, key);
        }
        const ApiHandler *handler = handlerOf(route->operation);
        const ApiAnswer a =
            handler ? (*handler)(*session, m_host, ApiCall{parameters, request.query, body})
                    : errorAnswer(makeError(QString::fromLatin1(SystemError::NotImplemented)));
        // The order is committed; its instance is still to come. Until it has, the key
        // keeps the answer that says so, which a repeat turns into delivering it again.
        const std::optional<Order> undelivered =
            operation == operation::Purchase ? undeliveredOrderOf(a) : std::nullopt;
        if (keyed) {
            IdempotencyService::disarm(*session);
            const ApiAnswer kept =
                undelivered ? errorAnswer(MarketplaceService::instancePending(undelivered->orderId))
                            : a;
            IdempotencyService(*session).complete(key, kept.status, kept.json());
        }
        if (route->changes) {
            const Error refusal =
                a.ok() ? Error{} : json::fromJson<Status>(a.envelope).value().error();
            const bool wrote = a.ok() || (refusal.rule != QLatin1String(SystemError::Store) &&
                                          refusal.rule != QLatin1String(SystemError::Invalid));
            const QStringList views =
                a.ok() ? viewsChangedBy(route->operation) : viewsChangedByRefusal(route->operation);
            if (wrote && !views.isEmpty()) {
                const bool clock = operation == operation::AdvanceClock;
                if (ChangeFeed(*session).record(views, clock && a.ok()).ok())
                    onServerThread([this] { pollChanges(); });
            }
        }
        if (undelivered) {
            deliverInstance(*session, Delivery{exchange, route->path, keyed ? key : QString(),
                                               undelivered->orderId});
            return;
        }
        reply(a);
    });
}

void ApiServer::deliverInstance(Session &session, const Delivery &delivery)
{
    MarketplaceService marketplace(session);
    const auto placed = marketplace.placed(delivery.orderId);
    if (!placed.ok() || placed->instance) // opened already: a repeat after the call went through
        return finishPurchase(&session, delivery,
                              placed.ok() ? answerOf(placed) : errorAnswer(placed.error()));
    const auto outgoing =
        KooGalleryService(session).signCall(MarketplaceService::newInstanceCall(placed->order));
    if (!outgoing.ok()) {
        qCWarning(lcApi).noquote() << "the marketplace's newInstance for order" << delivery.orderId
                                   << "cannot be signed:" << outgoing.error().toString();
        return finishPurchase(&session, delivery,
                              errorAnswer(MarketplaceService::instancePending(delivery.orderId)));
    }
    onServerThread([this, delivery, call = outgoing->call, key = outgoing->key] {
        sendNewInstance(delivery, call, key);
    });
}

// Why this cannot deadlock, even with one worker: no worker ever waits for the call. The
// worker that placed the order has returned before the call is sent; the call is sent from
// the server's own thread by QNetworkAccessManager, asynchronously, and the /koogallery/saas
// request it makes is read by the same event loop and served by whichever worker is free
// next; its answer arrives as a signal on this thread, which queues the purchase's answer as
// one more job. Each step is a queued job or an event, and the call has a timeout.
void ApiServer::sendNewInstance(const Delivery &delivery, const koogallery::SignedCall &call,
                                const QByteArray &key)
{
    const auto undelivered = [this, delivery](const QString &problem,
                                              const QString &resultCode = {}) {
        qCWarning(lcApi).noquote() << "the marketplace's newInstance for order" << delivery.orderId
                                   << "did not go through:" << problem << resultCode;
        m_pool->run([this, delivery](Session *session) {
            finishPurchase(session, delivery,
                           errorAnswer(MarketplaceService::instancePending(delivery.orderId)));
        });
    };
    if (m_stopping)
        return undelivered(QStringLiteral("stopping"));
    ++m_delivering[delivery.orderId];
    // This server, over loopback when it listens on every address.
    QHostAddress host = m_options.address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/koogallery/saas"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("signature"), QString::fromLatin1(call.query.signature));
    query.addQueryItem(QStringLiteral("timestamp"), QString::fromLatin1(call.query.timestamp));
    query.addQueryItem(QStringLiteral("nonce"), QString::fromLatin1(call.query.nonce));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(NewInstanceTimeoutMs);
    QNetworkReply *reply = m_network->post(request, call.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery, key, undelivered] {
        reply->deleteLater();
        if (--m_delivering[delivery.orderId] <= 0)
            m_delivering.remove(delivery.orderId);
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            const bool late = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
            return undelivered(m_stopping ? QStringLiteral("stopping")
                               : late     ? QStringLiteral("timeout")
                                          : QStringLiteral("unreachable"));
        }
        const QByteArray body = reply->readAll();
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        const QString code = answer.value(QLatin1StringView("resultCode")).toString();
        if (code.isEmpty()) // not KooGallery's answer: this server refusing every request
            return undelivered(m_stopping ? QStringLiteral("stopping")
                                          : QStringLiteral("badAnswer"));
        if (code != QLatin1String(koogallery::result::Ok))
            return undelivered(QStringLiteral("refused"), code);
        if (reply->rawHeader("Body-Sign") != koogallery::bodySignHeader(key, body))
            return undelivered(QStringLiteral("unsigned"));
        const QString instanceId = answer.value(QLatin1StringView("instanceId")).toString();
        m_pool->run([this, delivery, instanceId](Session *session) {
            const auto pending = [&] {
                finishPurchase(session, delivery,
                               errorAnswer(MarketplaceService::instancePending(delivery.orderId)));
            };
            if (!session)
                return pending();
            const auto placed = MarketplaceService(*session).placed(delivery.orderId);
            if (placed.ok() && (!placed->instance || placed->instance->instanceId != instanceId)) {
                qCWarning(lcApi).noquote()
                    << "the marketplace's newInstance for order" << delivery.orderId << "answered"
                    << instanceId << "but the order has another instance or none";
                return pending();
            }
            finishPurchase(session, delivery,
                           placed.ok() ? answerOf(placed) : errorAnswer(placed.error()));
        });
    });
}

void ApiServer::finishPurchase(Session *session, const Delivery &delivery, const ApiAnswer &a)
{
    if (!delivery.exchange) { // delivered again by the settle timer: nobody waits for it
        onServerThread([this, orderId = delivery.orderId, delivered = a.ok()] {
            redelivered(orderId, delivered);
        });
        return;
    }
    const QByteArray json = a.json();
    // Kept for the key: a success replays; an undelivered call is delivered again.
    if (session && !delivery.idempotencyKey.isEmpty())
        IdempotencyService(*session).complete(delivery.idempotencyKey, a.status, json);
    onServerThread([this, delivery, status = a.status, json] {
        answerJson(delivery.exchange, delivery.route, status, json);
    });
}

void ApiServer::serveKooGallery(std::shared_ptr<HttpExchange> exchange)
{
    if (exchange->request().method != "POST") {
        answer(exchange, "/koogallery/saas", 405,
               errorAnswer(invalid(QStringLiteral("method"), "method")).envelope, "POST");
        return;
    }
    m_pool->run([this, exchange](Session *session) {
        const HttpRequest &request = exchange->request();
        const auto item = [&](const char *name) {
            return request.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded)
                .toLatin1();
        };
        const koogallery::SignedQuery query{item("signature"), item("timestamp"), item("nonce")};
        KooGalleryAnswer a;
        if (!session) {
            a.httpStatus = 503;
            a.resultCode = QString::fromLatin1(koogallery::result::InternalError);
            a.body =
                koogallery::answerBody(koogallery::result::InternalError, QStringLiteral("busy"));
        } else {
            // Journaled as the marketplace's doing; the key is the host's, never logged.
            session->setActor(QStringLiteral("koogallery"));
            KooGalleryService service(*session);
            a = service.serve(query, request.body);
            if (service.changed() && ChangeFeed(*session).record(allViews(), false).ok())
                onServerThread([this] { pollChanges(); });
        }
        onServerThread([this, exchange, a] {
            exchange->respondSigned(a.httpStatus, a.body, a.bodySign);
            qCInfo(lcApi).noquote() << "POST /koogallery/saas" << a.httpStatus << a.resultCode;
        });
    });
}

void ApiServer::serveChanges(std::shared_ptr<HttpExchange> exchange, qint64 since, bool)
{
    if (m_stopping) {
        answer(exchange, "/v1/changes", 200,
               json::toJson(Result<ChangeBatch>(ChangeBatch{since, {}, false})).toObject());
        return;
    }
    m_waiters.append(Waiter{std::move(exchange), since,
                            QDateTime::currentMSecsSinceEpoch() + api::ChangesWaitMs});
    if (!m_pollTimer.isActive())
        m_pollTimer.start();
}

void ApiServer::pollChanges()
{
    if (m_waiters.isEmpty()) {
        m_pollTimer.stop();
        return;
    }
    if (m_polling)
        return;
    m_polling = true;
    QList<qint64> sinces;
    for (const Waiter &w : std::as_const(m_waiters))
        if (!sinces.contains(w.since))
            sinces << w.since;
    m_pool->run([this, sinces](Session *session) {
        QHash<qint64, ChangeBatch> batches;
        if (session) {
            ChangeFeed feed(*session);
            const auto latest = feed.latest();
            for (const qint64 since : sinces)
                if (latest.ok() && *latest != since) // behind, or the store was reset
                    if (const auto batch = feed.since(since); batch.ok())
                        batches.insert(since, *batch);
        }
        onServerThread([this, batches] {
            m_polling = false;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QList<Waiter> waiting;
            for (Waiter &w : m_waiters) {
                const auto found = batches.constFind(w.since);
                if (found != batches.constEnd() && (!found->views.isEmpty() || found->clock))
                    answer(w.exchange, "/v1/changes", 200,
                           json::toJson(Result<ChangeBatch>(*found)).toObject());
                else if (now >= w.deadline)
                    answer(w.exchange, "/v1/changes", 200,
                           json::toJson(Result<ChangeBatch>(ChangeBatch{
                                            found != batches.constEnd() ? found->sequence : w.since,
                                            {},
                                            false}))
                               .toObject());
                else
                    waiting << std::move(w);
            }
            m_waiters = std::move(waiting);
            if (m_waiters.isEmpty())
                m_pollTimer.stop();
        });
    });
}

void ApiServer::settle()
{
    m_pool->run([this](Session *session) {
        if (!session)
            return;
        const QStringList views = m_host.settleDue(*session);
        if (!views.isEmpty() && ChangeFeed(*session).record(views).ok())
            onServerThread([this] { pollChanges(); });
        const auto awaiting = MarketplaceService(*session).ordersAwaitingInstance(RedeliveryBatch);
        if (awaiting.ok())
            onServerThread([this, orderIds = *awaiting] { redeliverDue(orderIds); });
    });
}

// KooGallery calls newInstance again until the seller answers; so does the demo's
// marketplace here, for the paid orders whose call did not go through (this server was
// stopping, its key refused, ...): one order at a time, never while a call for the same
// order is in flight. The same order line answers the same instance, so a call that
// crosses the purchase's own or a repeat's opens nothing more; the route records the
// change, so the consoles see the instance appear.
void ApiServer::redeliverDue(const QStringList &orderIds)
{
    if (m_stopping)
        return;
    const qint64 now = m_uptime.elapsed();
    for (auto it = m_awaiting.begin(); it != m_awaiting.end();)
        it = orderIds.contains(it.key()) ? std::next(it) : m_awaiting.erase(it);
    for (const QString &orderId : orderIds)
        if (!m_awaiting.contains(orderId))
            m_awaiting.insert(orderId, Awaiting{now + RedeliveryGraceMs, 0});
    if (m_redelivering)
        return;
    for (const QString &orderId : orderIds) {
        if (m_delivering.contains(orderId) || m_awaiting.value(orderId).dueAt > now)
            continue;
        m_redelivering = true;
        qCInfo(lcApi).noquote() << "delivering the marketplace's newInstance for order" << orderId
                                << "again";
        m_pool->run([this, orderId](Session *session) {
            if (!session)
                return onServerThread([this, orderId] { redelivered(orderId, false); });
            session->setActor(QStringLiteral("koogallery"));
            deliverInstance(*session, Delivery{nullptr, "/koogallery/saas", QString(), orderId});
        });
        return;
    }
}

void ApiServer::redelivered(const QString &orderId, bool delivered)
{
    m_redelivering = false;
    if (delivered) {
        m_awaiting.remove(orderId);
        qCInfo(lcApi).noquote() << "the marketplace's newInstance for order" << orderId
                                << "went through";
        return;
    }
    const auto found = m_awaiting.find(orderId);
    if (found == m_awaiting.end())
        return;
    found->attempts = std::min(found->attempts + 1, 16);
    found->dueAt =
        m_uptime.elapsed() + std::min(RedeliveryGraceMs << found->attempts, RedeliveryMaxWaitMs);
}

void ApiServer::serveExport(std::shared_ptr<HttpExchange> exchange, QJsonValue body,
                            const QString &view, const QString &operatorName)
{
    m_pool->run([this, exchange, body, view, operatorName](Session *session) {
        const auto fail = [&](const Error &error) {
            onServerThread([this, exchange, error] {
                const ApiAnswer a = errorAnswer(error);
                answer(exchange, "/v1/lists/{view}/export", a.status, a.envelope);
            });
        };
        if (!session)
            return fail(
                makeError(QString::fromLatin1(SystemError::Store), {}, QStringLiteral("busy")));
        session->setActor(operatorName);
        if (!body.isObject())
            return fail(invalid({}, body.isNull() ? "missing" : "type"));
        const auto request = json::fromJson<ExportRequest>(body);
        if (!request.ok())
            return fail(request.error());
        ListQuery query = request->query;
        query.view = view;
        // The file goes out as it is written: the answer begins with the first piece (the
        // header and the first rows), so that a query refused at once is still an error
        // answer; a failure after that cuts the answer short (HttpExchange::respondChunked).
        auto pipe = std::make_shared<BodyPipe>();
        bool began = false;
        const auto written = ListService(*session).writeCsv(
            query, request->headers,
            [&](const QByteArray &piece, qint64 rows) -> Status {
                if (!began) {
                    began = true;
                    onServerThread([this, exchange, pipe, rows] {
                        exchange->respondChunked(200, pipe, "text/csv; charset=utf-8",
                                                 {{"OC-Rows", QByteArray::number(rows)}});
                        qCInfo(lcApi).noquote()
                            << exchange->request().method << "/v1/lists/{view}/export" << 200;
                        record(exchange->request().method, "/v1/lists/{view}/export", 200,
                               "text/csv; charset=utf-8", {});
                    });
                }
                // The client went away or stopped reading, or the server is stopping.
                if (!pipe->write(piece, [this] { return !m_stopping; }))
                    return ListService::cancelled();
                return Done{};
            },
            [this](int) { return !m_stopping; });
        if (!began)
            return fail(written.ok() ? makeError(QString::fromLatin1(SystemError::Store), {},
                                                 QStringLiteral("failed"))
                                     : written.error());
        if (!written.ok())
            qCWarning(lcApi).noquote() << "export stopped after it began:" << written.error().rule
                                       << written.error().reason;
        pipe->finish(written.ok());
    });
}

void ApiServer::serveReset(std::shared_ptr<HttpExchange> exchange, const QString &operatorName)
{
    m_pool->runExclusive([this, exchange, operatorName] {
        // The operators are the server's, not the story's: their tokens outlive a reset.
        QList<store::OperatorRecord> operators;
        const Status reset = m_host.resetDemo(
            {[&](store::Database &db) {
                 for (const store::OperatorRecord &o : store::OperatorRepository(db).all())
                     if (!o.revokedAt.isValid())
                         operators << o;
             },
             [&](store::Database &db) {
                 // ... and the restored Journal says who they are, as when they were added.
                 for (const store::OperatorRecord &o : std::as_const(operators)) {
                     store::OperatorRepository(db).insert(o);
                     store::JournalRepository(db).append(
                         JournalEntry{0, o.createdAt, QStringLiteral("billing-api"),
                                      QStringLiteral("addOperator"), QStringLiteral("operator"),
                                      o.name, QStringLiteral("success"), o.operatorId});
                 }
             }});
        if (!reset.ok()) {
            onServerThread([this, exchange, reset] {
                const ApiAnswer a = errorAnswer(reset.error());
                answer(exchange, "/v1/demo/reset", a.status, a.envelope);
            });
            return;
        }
        // The feed lives in the store just replaced: it starts again, and tells every
        // follower that everything changed.
        m_pool->run([this, exchange, operatorName](Session *session) {
            if (session) {
                session->setActor(operatorName);
                ChangeFeed(*session).record(allViews(), true);
            }
            onServerThread([this, exchange] {
                answer(exchange, "/v1/demo/reset", 200,
                       json::toJson(Status(okStatus())).toObject());
                pollChanges();
            });
        });
    });
}

} // namespace oc::server
