#pragma once

#include "HelpTopic.h"

#include <QDialog>

namespace oc::gui {

// "Where do I find this?": the steps and the illustration.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(HelpTopic topic, QWidget *parent = nullptr);
    static QString title(HelpTopic topic);
    static QStringList steps(HelpTopic topic);
};

} // namespace oc::gui
