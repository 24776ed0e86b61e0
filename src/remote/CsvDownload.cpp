#include "CsvDownload.h"

#include "ApiAnswer.h"
#include "ApiClient.h"
#include "ApiExchange.h"
#include "RemoteLog.h"

#include <QFile>
#include <QNetworkReply>
#include <QThreadPool>

namespace oc::remote {

namespace {

// Read in pieces of this size; QNetworkAccessManager buffers at most this much ahead.
constexpr qint64 ChunkBytes = 256 * 1024;
// Without a Content-Length, the progress after `received` bytes is
// 1000 * received / (received + ProgressScale): half way at 4 MiB, never 1000 before the end.
constexpr qint64 ProgressScale = 4 * 1024 * 1024;

Error fileError(const QString &path, const QString &detail)
{
    return makeError(QString::fromLatin1(SystemError::File), QStringLiteral("path"),
                     QStringLiteral("notWritable"),
                     {{QStringLiteral("path"), path}, {QStringLiteral("detail"), detail}});
}

Error cancelledError()
{
    return makeError(QString::fromLatin1(SystemError::Cancelled), QString(),
                     QStringLiteral("cancelled"));
}

} // namespace

CsvDownload::CsvDownload(ApiClient *client, ApiRequest request, QString path,
                         std::shared_ptr<Promise> promise, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_path(std::move(path))
    , m_promise(std::move(promise))
{
    m_request.accept = "text/csv";
    // The bytes as they are on the wire, so that Content-Length measures what is written.
    m_request.headers.emplaceBack(QByteArray("Accept-Encoding"), QByteArray("identity"));
    connect(&m_watcher, &QFutureWatcherBase::canceled, this, &CsvDownload::cancelled);
    m_watcher.setFuture(m_promise->future());
}

CsvDownload::~CsvDownload()
{
    if (!m_finished)
        abandon(cancelledError());
}

void CsvDownload::start()
{
    if (m_promise->isCanceled())
        return cancelled();
    send();
}

void CsvDownload::send()
{
    ++m_attempts;
    m_status = 0;
    m_refusal.clear();
    m_reply = m_client->send(m_request);
    m_reply->setReadBufferSize(ChunkBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &CsvDownload::readBody);
    connect(m_reply, &QNetworkReply::finished, this, &CsvDownload::replyFinished);
}

void CsvDownload::readBody()
{
    if (!m_reply || m_finished)
        return;
    if (m_status == 0)
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status != 200) {
        // A refusal: a small JSON document (the API's limit), kept to decode at the end.
        const QByteArray more = m_reply->readAll();
        if (m_refusal.size() + more.size() <= api::MaxBodyBytes)
            m_refusal += more;
        return;
    }
    if (!m_file && !openFile())
        return;
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(ChunkBytes);
        if (!writeChunk(chunk))
            return;
    }
    reportProgress();
}

bool CsvDownload::openFile()
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (m_file->open(QIODevice::WriteOnly))
        return true;
    const QString detail = m_file->errorString();
    m_file.reset();
    stopReply();
    finish(fileError(m_path, detail));
    return false;
}

bool CsvDownload::writeChunk(const QByteArray &chunk)
{
    if (m_file->write(chunk) != chunk.size()) {
        const QString detail = m_file->errorString();
        m_file.reset(); // discarded
        stopReply();
        finish(fileError(m_path, detail));
        return false;
    }
    m_received += chunk.size();
    countLines(chunk);
    return true;
}

void CsvDownload::countLines(const QByteArray &chunk)
{
    // A line ends at CRLF outside a quoted field (a field may hold line breaks); the state
    // carries over from one chunk to the next.
    for (const char c : chunk) {
        if (c == '"')
            m_inQuotes = !m_inQuotes; // "" inside a field toggles twice
        else if (c == '\n' && m_afterCr && !m_inQuotes)
            ++m_lines;
        m_afterCr = c == '\r' && !m_inQuotes;
    }
}

void CsvDownload::reportProgress()
{
    // The server says how many rows the file will have (OC-Rows) and sends it as it writes
    // it; an older one sent a file of known length.
    bool announced = false;
    const qint64 rows = m_reply ? m_reply->rawHeader("OC-Rows").toLongLong(&announced) : 0;
    const QVariant length =
        m_reply ? m_reply->header(QNetworkRequest::ContentLengthHeader) : QVariant();
    const qint64 total = length.isValid() ? length.toLongLong() : -1;
    const qint64 permille = announced && rows > 0
                                ? qMin<qint64>(999, qMax<qint64>(0, m_lines - 1) * 1000 / rows)
                            : total > 0 ? qMin<qint64>(999, m_received * 1000 / total)
                                        : m_received * 1000 / (m_received + ProgressScale);
    if (permille > m_promise->future().progressValue())
        m_promise->setProgressValue(int(permille));
}

void CsvDownload::replyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    readBody(); // whatever is left
    if (m_finished)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (!ApiExchange::hasAnswer(reply)) {
        const ApiExchange::Outcome outcome = ApiExchange::failureOf(reply, m_request.timeout);
        if (outcome.dropped && m_attempts < 2 && !m_file) {
            qCInfo(lcRemote) << "export dropped before the file began, sending it once more";
            return send();
        }
        m_file.reset(); // a partial file is discarded
        return finish(outcome.error);
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        Result<qint64> refusal = decodeAnswer<qint64>(ApiAnswer{status, m_refusal, std::nullopt});
        if (refusal.ok()) // a value with an error status: not the API's answer
            refusal = undecodableAnswer(status, makeError(QString::fromLatin1(SystemError::Invalid),
                                                          QString(), QStringLiteral("status")));
        return finish(refusal);
    }
    // A connection that went away mid-file is sometimes reported as a finished answer (Qt
    // sees the end of the stream, not an error): fewer bytes than announced is a cut.
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && m_received != announced.toLongLong()) {
        m_file.reset(); // a partial file is discarded
        return finish(makeError(
            QString::fromLatin1(SystemError::Unreachable), QString(), QStringLiteral("connection"),
            {{QStringLiteral("detail"), QStringLiteral("the answer ended after %1 of %2 bytes")
                                            .arg(m_received)
                                            .arg(announced.toLongLong())}}));
    }
    if (!m_file && !openFile()) // an empty file is still a file
        return;
    // QSaveFile::commit() flushes the whole file to the disk before renaming it: at a
    // million rows hundreds of milliseconds, which are not the GUI thread's (issue 20). It
    // runs on a pool thread; the answer comes back here. A cancel meanwhile removes the file.
    m_committing = true;
    std::shared_ptr<QSaveFile> file(std::move(m_file));
    QPointer<CsvDownload> self(this);
    const qint64 rows = qMax<qint64>(0, m_lines - 1); // but the header
    QThreadPool::globalInstance()->start([file, self, rows] {
        const QString failure = file->commit() ? QString() : file->errorString();
        QMetaObject::invokeMethod(
            self.data(),
            [self, failure, rows] {
                if (self)
                    self->committed(failure, rows);
            },
            Qt::QueuedConnection);
    });
}

void CsvDownload::committed(const QString &failure, qint64 rows)
{
    m_committing = false;
    if (m_finished)
        return;
    if (m_cancelledWhileCommitting) {
        if (failure.isEmpty())
            QFile::remove(m_path);
        return finish(cancelledError());
    }
    if (!failure.isEmpty())
        return finish(fileError(m_path, failure));
    m_promise->setProgressValue(1000);
    finish(rows);
}

void CsvDownload::cancelled()
{
    if (m_finished)
        return;
    if (m_committing) {
        m_cancelledWhileCommitting = true; // committed() removes the file
        return;
    }
    stopReply();
    m_file.reset(); // discarded: nothing appears under the path
    finish(cancelledError());
}

void CsvDownload::abandon(const Error &failure)
{
    if (m_finished)
        return;
    stopReply();
    m_file.reset();
    finish(failure);
}

void CsvDownload::stopReply()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

void CsvDownload::finish(const Result<qint64> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_watcher.disconnect(this);
    m_promise->addResult(result); // ignored when cancelled: the future has no result then
    m_promise->finish();
    emit done();
    deleteLater();
}

} // namespace oc::remote
