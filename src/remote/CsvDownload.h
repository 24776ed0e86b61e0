#pragma once

#include "ApiRequest.h"
#include "core/Error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QSaveFile>

#include <memory>

class QNetworkReply;

namespace oc::remote {

class ApiClient;

// An export (POST /v1/lists/{view}/export): the CSV the server streams is written to
// `path` as it arrives, through a QSaveFile, so that neither the file nor the answer is
// ever whole in memory and `path` appears only complete. Progress (0..1000) is the share
// of the rows the server announced (OC-Rows: it sends the file as it writes it), else of
// Content-Length received, else a share that grows with the bytes; 1000 at the end.
// Cancelling the future aborts the request and discards the file. The value is the number
// of data rows: the lines (CRLF outside quoted fields) but the header. A refusal (any
// status but 200) is the API's JSON error and writes nothing. A connection that drops
// before the first byte of the file is retried once, like any call; after that the export
// fails rather than write a file twice.
class CsvDownload : public QObject
{
    Q_OBJECT
public:
    using Promise = QPromise<Result<qint64>>;

    CsvDownload(ApiClient *client, ApiRequest request, QString path,
                std::shared_ptr<Promise> promise, QObject *parent = nullptr);
    ~CsvDownload() override;

    void start();
    // Stops at once with `failure` (the backend is going away).
    void abandon(const Error &failure);

signals:
    void done();

private:
    void send();
    void readBody();
    void replyFinished();
    void cancelled();
    bool openFile();
    bool writeChunk(const QByteArray &chunk);
    void countLines(const QByteArray &chunk);
    void reportProgress();
    void stopReply();
    void finish(const Result<qint64> &result);
    // The file was committed on a pool thread (failure: why not).
    void committed(const QString &failure, qint64 rows);

    ApiClient *m_client;
    ApiRequest m_request;
    QString m_path;
    std::shared_ptr<Promise> m_promise;
    QFutureWatcher<Result<qint64>> m_watcher;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_refusal; // the body of an answer that is not the file
    int m_status = 0;
    int m_attempts = 0;
    qint64 m_received = 0;
    qint64 m_lines = 0;
    bool m_inQuotes = false;
    bool m_afterCr = false;
    bool m_finished = false;
    bool m_committing = false;
    bool m_cancelledWhileCommitting = false;
};

} // namespace oc::remote
