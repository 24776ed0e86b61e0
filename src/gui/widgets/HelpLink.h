#pragma once

#include "HelpTopic.h"

#include <QLabel>

namespace oc::gui {

// A keyboard-reachable "Where do I find this?" link that opens the HelpDialog.
class HelpLink : public QLabel
{
    Q_OBJECT
public:
    explicit HelpLink(HelpTopic topic, QWidget *parent = nullptr);
    HelpTopic topic() const { return m_topic; }
    void open();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    HelpTopic m_topic;
};

} // namespace oc::gui
