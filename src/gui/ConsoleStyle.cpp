#include "ConsoleStyle.h"

#include <QApplication>
#include <QStyleFactory>

namespace oc::gui {

void applyConsoleStyle(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    app.setStyleSheet(QStringLiteral(
        "QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"], "
        "QSpinBox[invalid=\"true\"] { border: 1px solid #b3261e; border-radius: 3px; "
        "padding: 2px; }"));
}

} // namespace oc::gui
