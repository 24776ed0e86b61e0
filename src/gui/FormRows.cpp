#include "FormRows.h"

#include <QFormLayout>
#include <QWidget>

namespace oc::gui {

namespace {

bool contains(QLayout *layout, QObject *part)
{
    if (!layout)
        return false;
    if (layout == part)
        return true;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == part || contains(item->layout(), part))
            return true;
    }
    return false;
}

void setShown(QLayout *layout, bool shown)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *widget = item->widget())
            widget->setVisible(shown);
        else if (QLayout *inner = item->layout())
            setShown(inner, shown);
    }
}

QFormLayout *presentFormOf(QLayout *layout, QWidget *widget)
{
    if (!layout)
        return nullptr;
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(widget, &row, &role);
        if (row >= 0)
            return form;
    }
    for (int i = 0; i < layout->count(); ++i)
        if (QFormLayout *found = presentFormOf(layout->itemAt(i)->layout(), widget))
            return found;
    return nullptr;
}

} // namespace

FormRows::FormRows(QFormLayout *form)
    : QObject(form)
    , m_form(form)
{
    setObjectName(QStringLiteral("formRows"));
    for (int r = 0; r < form->rowCount(); ++r) {
        Row row;
        QLayoutItem *label = form->itemAt(r, QFormLayout::LabelRole);
        QLayoutItem *field = form->itemAt(r, QFormLayout::FieldRole);
        if (!field) {
            field = form->itemAt(r, QFormLayout::SpanningRole);
            row.spanning = field != nullptr;
        }
        row.label = label ? label->widget() : nullptr;
        if (field) {
            row.fieldWidget = field->widget();
            row.fieldLayout = field->layout();
        }
        m_rows.append(row);
    }
}

FormRows *FormRows::of(QFormLayout *form)
{
    if (auto *rows = form->findChild<FormRows *>(QString(), Qt::FindDirectChildrenOnly))
        return rows;
    return new FormRows(form);
}

QFormLayout *FormRows::formOf(QWidget *widget)
{
    QWidget *parent = widget->parentWidget();
    if (!parent)
        return nullptr;
    if (QFormLayout *form = presentFormOf(parent->layout(), widget))
        return form;
    for (FormRows *rows : parent->findChildren<FormRows *>())
        if (rows->holds(widget))
            return rows->m_form;
    return nullptr;
}

int FormRows::indexOf(QObject *part) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (part == row.label || part == row.fieldWidget || contains(row.fieldLayout, part))
            return i;
    }
    return -1;
}

int FormRows::currentRowOf(const Row &row) const
{
    int r = -1;
    QFormLayout::ItemRole role;
    if (row.fieldWidget)
        m_form->getWidgetPosition(row.fieldWidget, &r, &role);
    else if (row.fieldLayout)
        m_form->getLayoutPosition(row.fieldLayout, &r, &role);
    else if (row.label)
        m_form->getWidgetPosition(row.label, &r, &role);
    return r;
}

bool FormRows::isShown(QObject *part) const
{
    const int i = indexOf(part);
    return i >= 0 && m_rows.at(i).present;
}

void FormRows::show(QObject *part, bool shown)
{
    const int i = indexOf(part);
    if (i < 0)
        return;
    Row &row = m_rows[i];
    if (shown && !row.present) {
        int at = 0;
        for (int j = 0; j < i; ++j)
            if (m_rows.at(j).present)
                ++at;
        if (row.spanning) {
            if (row.fieldWidget)
                m_form->insertRow(at, row.fieldWidget);
            else
                m_form->insertRow(at, row.fieldLayout);
        } else if (row.fieldWidget) {
            m_form->insertRow(at, row.label, row.fieldWidget);
        } else if (row.fieldLayout) {
            m_form->insertRow(at, row.label, row.fieldLayout);
        } else {
            m_form->insertRow(at, row.label, static_cast<QWidget *>(nullptr));
        }
        row.present = true;
    } else if (!shown && row.present) {
        const int r = currentRowOf(row);
        if (r >= 0) {
            const QFormLayout::TakeRowResult taken = m_form->takeRow(r);
            // The widgets and the field's layout are kept for the row's return; only the
            // layout's wrappers of the widgets go.
            if (taken.labelItem && !taken.labelItem->layout())
                delete taken.labelItem;
            if (taken.fieldItem && !taken.fieldItem->layout())
                delete taken.fieldItem;
        }
        row.present = false;
    }
    if (row.label)
        row.label->setVisible(shown);
    if (row.fieldWidget)
        row.fieldWidget->setVisible(shown);
    if (row.fieldLayout)
        setShown(row.fieldLayout, shown);
}

} // namespace oc::gui
