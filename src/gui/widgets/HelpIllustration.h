#pragma once

#include "HelpTopic.h"

#include <QWidget>

namespace oc::gui {

// The illustration of a help topic: a sketch of the Huawei Cloud console page where the
// id is, with a red rounded box around it, drawn with the current language's texts.
class HelpIllustration : public QWidget
{
    Q_OBJECT
public:
    explicit HelpIllustration(HelpTopic topic, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {520, 300}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    HelpTopic m_topic;
};

} // namespace oc::gui
