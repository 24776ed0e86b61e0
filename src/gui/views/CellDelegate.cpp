#include "CellDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <QWidget>

#include <cmath>

namespace oc::gui {

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (paintPlain(painter, opt)) {
        ++m_plainCells;
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

// What QCommonStyle's CE_ItemViewItem does for a cell with text alone (Fusion draws an item
// view's cell through it): its background, then the text in the text rectangle that
// QCommonStylePrivate::viewItemLayout gives, aligned as viewItemDrawText aligns it. False,
// having painted nothing, for any other cell.
bool CellDelegate::paintPlain(QPainter *painter, const QStyleOptionViewItem &opt) const
{
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    constexpr auto parts =
        QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration;
    if (style->name() != u"fusion" || (opt.features & parts) ||
        (opt.state & (QStyle::State_HasFocus | QStyle::State_Editing)) ||
        opt.text.contains(QChar::LineSeparator) || opt.text.contains(u'\n'))
        return false;

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QTextOption textOption;
    // A table view wraps words by default: a text that fits takes one line either way, and one
    // that does not is the style's.
    const bool wrap = opt.features & QStyleOptionViewItem::WrapText;
    textOption.setWrapMode(wrap ? QTextOption::WordWrap : QTextOption::ManualWrap);
    textOption.setTextDirection(opt.direction);
    textOption.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment));
    QTextLayout layout(opt.text, opt.font);
    layout.setTextOption(textOption);
    layout.setCacheEnabled(true); // the glyphs shaped for the layout are drawn, not shaped again
    QRect textRect = opt.rect;
    if (!opt.text.isEmpty()) {
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            layout.endLayout();
            return false;
        }
        // Its natural width first, which places the text rectangle when it is not the whole
        // cell (showDecorationSelected false: the text's own size, aligned in the cell).
        line.setLineWidth(opt.rect.width());
        const qreal natural = line.naturalTextWidth();
        if (!opt.showDecorationSelected) {
            const QSize size(int(std::ceil(natural)) + 2 * margin, int(std::ceil(line.height())));
            textRect = QStyle::alignedRect(opt.direction, opt.displayAlignment,
                                           size.boundedTo(opt.rect.size()), opt.rect);
        }
        textRect.adjust(margin, 0, -margin, 0);
        line.setLineWidth(textRect.width());
        line.setPosition(QPointF(0, 0));
        const bool oneLine = !layout.createLine().isValid();
        layout.endLayout();
        // Text that does not fit is elided by the style.
        if (!oneLine || line.naturalTextWidth() > textRect.width())
            return false;
    }

    painter->save();
    painter->setClipRect(opt.rect);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (!opt.text.isEmpty()) {
        QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected
                                                     ? QPalette::HighlightedText
                                                     : QPalette::Text));
        const QTextLine line = layout.lineAt(0);
        const QRect placed =
            QStyle::alignedRect(opt.direction, opt.displayAlignment,
                                QSize(int(line.width()), int(line.height())), textRect);
        line.draw(painter, placed.topLeft());
    }
    painter->restore();
    return true;
}

} // namespace oc::gui
