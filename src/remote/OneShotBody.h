#pragma once

#include <QByteArray>
#include <QIODevice>

namespace oc::remote {

// A request body that can be read once only. QNetworkAccessManager silently sends a
// request again when its connection closes before the answer (up to three times, depending
// on timing); with a body it cannot rewind it fails with ContentReSendError instead
// (documented), so that the one retry the remote backend makes is the only one on the wire.
// Used with QNetworkRequest::DoNotBufferUploadDataAttribute and an explicit Content-Length
// (also 0 for GET and DELETE, which have no body).
class OneShotBody final : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; } // never again
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace oc::remote
