#include "CodeField.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace oc::gui {

CodeField::CodeField(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_edit(new QLineEdit(this))
    , m_send(new QPushButton(this))
    , m_status(new QLabel(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_edit->setObjectName(QStringLiteral("codeEdit"));
    m_edit->setMaxLength(6);
    m_edit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_send->setObjectName(QStringLiteral("sendCodeButton"));
    m_send->setAutoDefault(false);
    m_status->setObjectName(QStringLiteral("codeStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    row->addWidget(m_edit, 1);
    row->addWidget(m_send);
    column->addLayout(row);
    column->addWidget(m_status);
    setFocusProxy(m_edit);
    connect(m_send, &QPushButton::clicked, this, &CodeField::send);
    auto *tick = new QTimer(this);
    tick->setInterval(500);
    connect(tick, &QTimer::timeout, this, &CodeField::updateButton);
    tick->start();
    connect(context, &AppContext::clockChanged, this, &CodeField::updateButton);
    updateButton();
    reserveButtonWidth();
}

void CodeField::reserveButtonWidth()
{
    // The countdown changes the text every second; the button keeps the width of its
    // widest text so that neither it nor the field beside it jumps or clips.
    const QString current = m_send->text();
    int widest = 0;
    for (const QString &text :
         {tr("Sending…"), tr("Resend (%1 s)").arg(999), tr("Re&send code"), tr("Se&nd code")}) {
        m_send->setText(text);
        widest = std::max(widest, m_send->sizeHint().width());
    }
    m_send->setText(current);
    m_send->setMinimumWidth(widest);
}

void CodeField::setRequest(Channel channel, const QString &purpose, Destination destination)
{
    m_channel = channel;
    m_purpose = purpose;
    m_destination = std::move(destination);
}

void CodeField::send()
{
    if (m_sending || (!m_destination && !m_sender))
        return;
    const auto handle = [this](const Result<CodeSent> &result) {
        m_sending = false;
        if (result.ok()) {
            m_resendAt = result->resendAllowedAt;
            m_expiresAt = result->expiresAt;
            m_sentTo = result->destination;
            m_status->setText(
                tr("Code sent to %1. It is valid for 10 minutes (see the Outbox).").arg(m_sentTo));
            m_status->show();
            m_edit->setFocus(Qt::OtherFocusReason);
            emit sent(m_sentTo);
        } else {
            emit failed(result.error());
        }
        updateButton();
    };
    if (m_sender) {
        m_sending = true;
        updateButton();
        m_sender(handle);
        return;
    }
    const Result<QString> destination = m_destination();
    if (!destination.ok()) {
        emit failed(destination.error());
        return;
    }
    m_sending = true;
    updateButton();
    onFinished(m_context->backend()->sendCode(m_channel, *destination, m_purpose), this, handle);
}

void CodeField::updateButton()
{
    if (m_sending) {
        m_send->setEnabled(false);
        m_send->setText(tr("Sending…"));
        return;
    }
    const qint64 wait = m_resendAt.isValid() ? m_context->now().secsTo(m_resendAt) : 0;
    if (wait > 0) {
        m_send->setEnabled(false);
        m_send->setText(tr("Resend (%1 s)").arg(wait));
    } else {
        m_send->setEnabled(true);
        m_send->setText(m_resendAt.isValid() ? tr("Re&send code") : tr("Se&nd code"));
    }
    m_send->setAccessibleName(m_resendAt.isValid() ? tr("Resend code") : tr("Send code"));
}

void CodeField::nameEdit()
{
    // The page's label points at the text box, which sits in this composite: Qt's own
    // lookup of a buddy's label searches the box's parent (this) only, so the name is given.
    QString name;
    for (const QLabel *label : window()->findChildren<QLabel *>())
        if (label->buddy() == m_edit || label->buddy() == this)
            name = captionOf(label);
    m_edit->setAccessibleName(name.isEmpty() ? tr("Verification code") : name);
}

void CodeField::showEvent(QShowEvent *event)
{
    nameEdit();
    QWidget::showEvent(event);
}

void CodeField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // After the page's labels have their new texts.
        QTimer::singleShot(0, this, &CodeField::nameEdit);
        updateButton();
        reserveButtonWidth();
        if (!m_sentTo.isEmpty())
            m_status->setText(
                tr("Code sent to %1. It is valid for 10 minutes (see the Outbox).").arg(m_sentTo));
    }
    QWidget::changeEvent(event);
}

} // namespace oc::gui
