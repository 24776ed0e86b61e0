#include "MaterialFields.h"

#include "gui/widgets/MaterialField.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/WizardPage.h"

#include <QLabel>
#include <QLayout>
#include <QPushButton>

namespace oc::gui {

QList<MaterialField *> addMaterialFields(WizardPage *page, AuthFlow *flow, AuthFlow::Page pageId,
                                         const char *rule, QWidget *after,
                                         const QList<MaterialRow> &rows)
{
    QList<MaterialField *> fields;
    QWidget *previous = after;
    for (const MaterialRow &row : rows) {
        auto *field = new MaterialField(page->context(), row.slot, page);
        field->setObjectName(row.slot + QStringLiteral("Field"));
        row.layout->addWidget(field);
        row.label->setBuddy(field->chooseButton());
        page->binder()->bindError(row.slot, row.error, field->chooseButton());
        flow->setFieldPage(row.slot, pageId);
        QObject::connect(field, &MaterialField::chosen, flow, &AuthFlow::setMaterial);
        QObject::connect(
            field, &MaterialField::unreadable, flow,
            [flow, rule, slot = row.slot](const QString &name, const QString &why) {
                flow->setError(
                    makeError(QString::fromLatin1(rule), slot, QStringLiteral("unreadable"),
                              {{QStringLiteral("file"), name}, {QStringLiteral("reason"), why}}));
            });
        QWidget::setTabOrder(previous, field->chooseButton());
        previous = field->chooseButton();
        fields << field;
    }
    return fields;
}

} // namespace oc::gui
