#include "LayoutCheck.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QToolButton>
#include <QWidget>

namespace oc::gui {

QStringList clippedWidgets(QWidget *root)
{
    QStringList offenders;
    const auto describe = [](QWidget *widget, const QString &text, QSize has, QSize needs) {
        return QStringLiteral("%1(%2) \"%3\" is %4x%5, needs %6x%7")
            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                 text.left(40))
            .arg(has.width())
            .arg(has.height())
            .arg(needs.width())
            .arg(needs.height());
    };
    QWidget *window = root->window();
    const QSize minimum = window->minimumSizeHint();
    if (minimum.width() > 1024 || minimum.height() > 720)
        offenders << describe(window, window->windowTitle(), QSize(1024, 720), minimum);

    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            const QSize needs = label->wordWrap() ? QSize(0, label->heightForWidth(label->width()))
                                                  : label->sizeHint();
            if (label->width() + 1 < needs.width() || label->height() + 1 < needs.height())
                offenders << describe(label, label->text(), label->size(), needs);
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            // A combo box that promises to fit its contents must do so.
            if (combo->sizeAdjustPolicy() != QComboBox::AdjustToContents || combo->isEditable())
                continue;
            const QSize needs = combo->sizeHint();
            if (combo->width() + 1 < needs.width())
                offenders << describe(combo, combo->currentText(), combo->size(), needs);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().isEmpty() || qobject_cast<QToolButton *>(button))
                continue;
            const QSize needs = button->sizeHint();
            if (button->width() + 1 < needs.width())
                offenders << describe(button, button->text(), button->size(), needs);
        }
    }
    return offenders;
}

} // namespace oc::gui
