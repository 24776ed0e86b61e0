#pragma once

#include "ApiAnswer.h"
#include "ApiRequest.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkReply;

namespace oc::remote {

class ApiClient;

// One call of the billing API: sends the request and hands what came back to `done`,
// exactly once, on the client's thread. When the connection drops before the answer is
// complete (the server closed it, the network failed) the request is sent once more, the
// same bytes with the same Idempotency-Key, so that a change is made at most once; a
// timeout, a refused connection or any HTTP answer (an error status too) is not retried.
class ApiExchange : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ApiAnswer &answer)>;

    // Starts the exchange; it deletes itself after `done` has run.
    static ApiExchange *start(ApiClient *client, ApiRequest request, QObject *parent, Done done);

    const ApiRequest &request() const { return m_request; }
    int attempts() const { return m_attempts; }
    // Stops at once: the request is aborted and `done` gets `failure` (the backend is going
    // away, or the caller gave up).
    void abandon(const Error &failure);

    // How an attempt that got no complete answer ended: the Error to report, and whether
    // the connection dropped (worth one more attempt). An OperationCanceledError is the
    // transfer timeout: abandon() disconnects before it aborts, so that its own abort never
    // gets here.
    struct Outcome
    {
        Error error;
        bool dropped = false;
    };
    static Outcome failureOf(const QNetworkReply *reply, std::chrono::milliseconds timeout);
    // Whether `reply` carries an HTTP answer (any status) rather than a transport failure.
    static bool hasAnswer(const QNetworkReply *reply);

private:
    ApiExchange(ApiClient *client, ApiRequest request, QObject *parent, Done done);
    void send();
    void finished();
    void finish(const ApiAnswer &answer);

    ApiClient *m_client;
    ApiRequest m_request;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    int m_attempts = 0;
};

} // namespace oc::remote
