#pragma once

#include "contract/BackendTypes.h"
#include "core/Domain.h"
#include "core/Error.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace oc::gui {

class AppContext;

// A verification code entry with its Send button (R-VC-1): sends through the backend to
// the destination the page supplies, then counts down on the backend's clock until a new
// code may be requested ("Resend (42 s)").
class CodeField : public QWidget
{
    Q_OBJECT
public:
    explicit CodeField(AppContext *context, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }

    // Where to send: returns the destination, or the Error of the destination's field.
    using Destination = std::function<Result<QString>()>;
    void setRequest(Channel channel, const QString &purpose, Destination destination);
    // Sends through another backend call (e.g. to a fee-center account's registered email,
    // R-FC-3): `send` starts it and calls `done` with where it went (shown to the user)
    // and the resend time.
    using Sender = std::function<void(std::function<void(const Result<CodeSent> &)> done)>;
    void setSender(Sender send) { m_sender = std::move(send); }
    bool hasSent() const { return m_resendAt.isValid(); }
    QString sentTo() const { return m_sentTo; }

signals:
    void sent(const QString &destination);
    // The destination was wrong (its field's error) or the backend refused (R-VC-1).
    void failed(const oc::Error &error);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void nameEdit();
    void send();
    void updateButton();
    void reserveButtonWidth();

    AppContext *m_context;
    QLineEdit *m_edit;
    QPushButton *m_send;
    QLabel *m_status;
    Channel m_channel = Channel::Email;
    QString m_purpose;
    Destination m_destination;
    Sender m_sender;
    QDateTime m_resendAt;
    QDateTime m_expiresAt;
    QString m_sentTo;
    bool m_sending = false;
};

} // namespace oc::gui
