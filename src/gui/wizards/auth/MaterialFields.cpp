#include "MaterialFields.h"

#include "gui/widgets/MaterialField.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/WizardPage.h"

#include <QLabel>
#include <QLayout>
#include <QPushButton>

namespace oc::gui {

QList<MaterialField *> addMaterialFields(WizardPage *page, AuthenticationRequestFlow *flow,
                                         int pageId, const char *rule, QWidget *after,
                                         const QList<MaterialRow> &rows)
{
    return addMaterialFields(
        page, flow, pageId, [rule](const QString &) { return rule; }, after, rows);
}

QList<MaterialField *> addMaterialFields(WizardPage *page, AuthenticationRequestFlow *flow,
                                         int pageId,
                                         std::function<const char *(const QString &slot)> ruleOf,
                                         QWidget *after, const QList<MaterialRow> &rows)
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
        // A file is judged the moment it is chosen (type by content, size, the name's
        // extension), not only on Next: its message shows under it at once.
        QObject::connect(field, &MaterialField::chosen, flow,
                         [flow, pageId](const MaterialUpload &upload) {
                             flow->setMaterial(upload);
                             for (const Error &error : flow->messages(pageId))
                                 if (error.field == upload.slot)
                                     flow->setError(error);
                         });
        QObject::connect(
            field, &MaterialField::unreadable, flow,
            [flow, ruleOf, slot = row.slot](const QString &name, const QString &why) {
                flow->setError(
                    makeError(QString::fromLatin1(ruleOf(slot)), slot, QStringLiteral("unreadable"),
                              {{QStringLiteral("file"), name}, {QStringLiteral("reason"), why}}));
            });
        if (previous)
            QWidget::setTabOrder(previous, field->chooseButton());
        previous = field->chooseButton();
        fields << field;
    }
    return fields;
}

} // namespace oc::gui
