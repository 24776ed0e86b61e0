#pragma once

#include <QStyledItemDelegate>

namespace oc::gui {

// The cells of the console's lists, painted as the style paints an item view's cell, with
// their text laid out once. QStyledItemDelegate hands a cell to the style (CE_ItemViewItem),
// which lays its text out four times: once for each of its parts' rectangles (check box,
// icon, text) and once to draw it. A full table of a million cards took 5–9 ms of the GUI
// thread to paint after each search (issue 20), nearly all of it in text layout. A plain
// cell (one line of text that fits, no check box, no icon, not being edited, not the focused
// cell, under the Fusion style the console sets) is painted here from one layout, to the same
// pixels (test_list_cells compares them); any other cell goes to the style as before.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The cells this delegate painted itself rather than handing them to the style.
    qint64 plainCellsPainted() const { return m_plainCells; }

private:
    bool paintPlain(QPainter *painter, const QStyleOptionViewItem &option) const;

    mutable qint64 m_plainCells = 0;
};

} // namespace oc::gui
