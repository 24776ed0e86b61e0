#include "HelpLink.h"

#include "HelpDialog.h"

#include <QEvent>

namespace oc::gui {

HelpLink::HelpLink(HelpTopic topic, QWidget *parent)
    : QLabel(parent)
    , m_topic(topic)
{
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QLabel::linkActivated, this, &HelpLink::open);
    retranslate();
}

void HelpLink::open()
{
    auto *dialog = new HelpDialog(m_topic, window());
    dialog->open();
}

void HelpLink::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void HelpLink::retranslate()
{
    const QString text = tr("Where do I find this?");
    setText(QStringLiteral("<a href=\"help\">%1</a>").arg(text.toHtmlEscaped()));
    setAccessibleName(HelpDialog::title(m_topic));
}

} // namespace oc::gui
