#include "ConsoleStyle.h"

#include <QApplication>
#include <QStyleFactory>

namespace oc::gui {

void applyConsoleStyle(QApplication &app)
{
    Q_UNUSED(app)
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    // No application style sheet: it would route every widget through the (slow)
    // style-sheet style. Invalid fields are marked through their palette (FieldBinder).
}

} // namespace oc::gui
