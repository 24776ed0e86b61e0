#include "Accessibility.h"

#include <QFormLayout>
#include <QLabel>
#include <QWidget>

namespace oc::gui {

void nameFormFields(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *labelItem = form->itemAt(row, QFormLayout::LabelRole);
        auto *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
        if (!labelItem || !fieldItem)
            continue;
        auto *label = qobject_cast<QLabel *>(labelItem->widget());
        QWidget *field = fieldItem->widget();
        if (!label || !field)
            continue;
        QString name = label->text();
        name.remove(QLatin1Char('&'));
        name.remove(QLatin1Char(':'));
        name.remove(QChar(0xFF1A)); // full-width colon
        field->setAccessibleName(name.trimmed());
    }
}

void nameAllFormFields(QWidget *root)
{
    for (QFormLayout *form : root->findChildren<QFormLayout *>())
        nameFormFields(form);
}

} // namespace oc::gui
