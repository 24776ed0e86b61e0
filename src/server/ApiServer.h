#pragma once

#include "ApiHandlers.h"
#include "HttpFront.h"
#include "WorkerPool.h"
#include "contract/Routes.h"
#include "core/KooGalleryCall.h"
#include "services/OperatorTokenCache.h"
#include "services/ServiceHost.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace oc::server {

struct ServerOptions
{
    ServiceHostOptions host;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    int workers = 0;  // 0: as many as suit the store (defaultWorkers)
    QString version;
    // How often due transitions (R-MKT-2, R-ORG-3, card expiry) are looked for, in ms.
    int settleIntervalMs = 1000;
    // Tests: every answer is appended to a file in this folder (OC_API_RECORD_DIR), so that
    // it can be validated against the OpenAPI description (resources/api).
    QString recordDir;
};

// The billing API server (../shared/spec/api.md, resources/api/README.md): every call of
// the Backend contract as a /v1 route (contract/Routes.h), served by the services of one
// ServiceHost on a pool of worker threads. Authenticates every request by the operator's
// token and journals changes under the operator's name; replays the answer of a repeated
// Idempotency-Key; puts every change on the feed (GET /v1/changes, long-poll) in the
// store, so that several processes on one database agree; streams CSV exports; stops
// cleanly, finishing the requests in flight.
class ApiServer : public QObject
{
    Q_OBJECT
public:
    explicit ApiServer(ServerOptions options, QObject *parent = nullptr);
    ~ApiServer() override;

    // Opens the store (migrating it) and listens. On failure the error says why
    // (store.open errors, or E-UNREACHABLE "listen" with the reason).
    Status start();
    quint16 port() const { return m_port; }
    // Stops accepting requests and emits stopped() once those in flight are answered.
    void stop();

signals:
    void stopped();

private:
    void handle(std::shared_ptr<HttpExchange> exchange);
    void answer(const std::shared_ptr<HttpExchange> &exchange, const QByteArray &route, int status,
                const QJsonObject &envelope, const QByteArray &allow = {});
    // The same with the envelope already written as JSON (by a worker: the server's own
    // thread, which reads and writes every connection, is spared it).
    void answerJson(const std::shared_ptr<HttpExchange> &exchange, const QByteArray &route,
                    int status, const QByteArray &body, const QByteArray &allow = {});
    void serve(std::shared_ptr<HttpExchange> exchange, const api::Route *route,
               QStringList parameters, QJsonValue body);
    void serveChanges(std::shared_ptr<HttpExchange> exchange, qint64 since, bool hasSince);
    // KooGallery's signed calls (spec/api.md, "Marketplace callback"): no operator token,
    // the signature instead; answered with the result code and a signed body.
    void serveKooGallery(std::shared_ptr<HttpExchange> exchange);
    void serveExport(std::shared_ptr<HttpExchange> exchange, QJsonValue body, const QString &view,
                     const QString &operatorName);
    void serveReset(std::shared_ptr<HttpExchange> exchange, const QString &operatorName);
    // POST /v1/orders of a subscription (R-MKT-2 over HTTP): the order is placed; the
    // marketplace's signed newInstance then goes to this server's own POST /koogallery/saas
    // and the purchase is answered when that call's answer is in (a deferred answer).
    struct Delivery
    {
        std::shared_ptr<HttpExchange> exchange; // null: delivered again by the settle timer
        QByteArray route;                       // the route's template, for the log
        QString idempotencyKey;                 // empty: the request had none
        QString orderId;
    };
    // On a worker: the order's instance if it has one, else the call signed and sent.
    void deliverInstance(Session &session, const Delivery &delivery);
    // On the server's thread: sends the signed call to this server over loopback.
    void sendNewInstance(const Delivery &delivery, const koogallery::SignedCall &call,
                         const QByteArray &key);
    // On a worker: the purchase's answer, kept for its Idempotency-Key, sent (a delivery
    // of the settle timer: redelivered()).
    void finishPurchase(Session *session, const Delivery &delivery, const ApiAnswer &answer);
    // On the server's thread, after each settle: the paid subscription orders still without
    // their instance (oldest first); delivers the newInstance of the first one due again.
    void redeliverDue(const QStringList &orderIds);
    // On the server's thread: how that delivery went (a failure waits longer next time).
    void redelivered(const QString &orderId, bool delivered);
    void pollChanges();
    void settle();
    void record(const QByteArray &method, const QByteArray &route, int status,
                const QByteArray &contentType, const QByteArray &body);
    // The access log's line of an answer (category oc.api, info), kept until the event loop
    // has answered what is ready and then written with the others in one write to stderr:
    // a formatted, flushed write per answer was about a twelfth of the server thread's time
    // under load. Written as Qt's default handler would (qFormatLogMessage: the message
    // pattern applies); other messages go through Qt's handler as they come.
    void logAnswer(const QByteArray &method, const QByteArray &route, int status);
    void flushAccessLog();
    // Runs `then` on this object's thread (answers are written there).
    void onServerThread(std::function<void()> then);

    ServerOptions m_options;
    ServiceHost m_host;
    // Tokens verified lately, shared by the workers: a request with one is not looked up
    // in the store again; a revocation takes effect within the cache's lifetime (1 s).
    OperatorTokenCache m_tokens;
    std::unique_ptr<WorkerPool> m_pool;
    HttpFront *m_front = nullptr;
    QNetworkAccessManager *m_network = nullptr; // the marketplace's calls to this server
    // The newInstance calls in flight, by order (server's thread).
    QHash<QString, int> m_delivering;
    // Orders seen without their instance, and when their call is due again (m_uptime ms).
    struct Awaiting
    {
        qint64 dueAt = 0;
        int attempts = 0;
    };
    QHash<QString, Awaiting> m_awaiting;
    bool m_redelivering = false; // one delivery of the settle timer at a time
    QElapsedTimer m_uptime;
    quint16 m_port = 0;
    QTimer m_settleTimer;
    QTimer m_pollTimer;
    struct Waiter
    {
        std::shared_ptr<HttpExchange> exchange;
        qint64 since = 0;
        qint64 deadline = 0; // ms since epoch
    };
    QList<Waiter> m_waiters;
    bool m_polling = false;
    std::atomic<bool> m_stopping = false; // read by the workers (an export stops)
    std::unique_ptr<QFile> m_records;
    QByteArray m_accessLog;
    QTimer m_accessLogTimer;
};

} // namespace oc::server
