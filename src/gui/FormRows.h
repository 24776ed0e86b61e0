#pragma once

#include <QList>
#include <QObject>

class QFormLayout;
class QLayout;
#include <QWidget>

namespace oc::gui {

// Shows and hides whole rows of a QFormLayout by taking them out of the layout and putting
// them back at their place, rather than by hiding their widgets. Qt 6.4's QFormLayout
// keeps a hidden row's items with the row index of the last layout that saw them, and its
// height-for-width pass (any word-wrapped label makes a form height-for-width) writes their
// zero height into whichever row has that index now: the row after a message that just
// appeared lost all its height (the create-workspace language warning, the W-REG "Where do
// I find this?" link). A row that is not in the layout cannot do that.
class FormRows : public QObject
{
    Q_OBJECT
public:
    // The rows of `form`, recorded in their order the first time (all rows still in it).
    static FormRows *of(QFormLayout *form);
    // The form `widget` is a row of, in it now or taken out; null when none.
    static QFormLayout *formOf(QWidget *widget);

    // Shows or hides the row that holds `part` (its label, its field widget, or a widget or
    // layout of its field).
    void show(QObject *part, bool shown);
    bool isShown(QObject *part) const;

private:
    struct Row
    {
        QWidget *label = nullptr;
        QWidget *fieldWidget = nullptr;
        QLayout *fieldLayout = nullptr;
        bool spanning = false;
        bool present = true;
    };

    explicit FormRows(QFormLayout *form);
    int indexOf(QObject *part) const;
    int currentRowOf(const Row &row) const;
    bool holds(QWidget *widget) const { return indexOf(widget) >= 0; }

    QFormLayout *m_form;
    QList<Row> m_rows;
};

} // namespace oc::gui
