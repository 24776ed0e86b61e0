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

void fitDialogToForm(QWidget *dialog, QWidget *formContents, int minWidth)
{
    const QSize content = formContents->sizeHint();
    const QSize chrome = dialog->sizeHint() - formContents->parentWidget()->sizeHint();
    dialog->resize(qMax(minWidth, content.width() + 48),
                   qMin(680, content.height() + qMax(chrome.height(), 96)));
}

void nameAllFormFields(QWidget *root)
{
    for (QFormLayout *form : root->findChildren<QFormLayout *>())
        nameFormFields(form);
}

} // namespace oc::gui
