#pragma once

#include <QLayout>
#include <QWidget>

namespace oc::gui {

// A message or a step that appears takes room: the dialog grows (it never shrinks) so that
// every text stays whole. A window does not follow its layout's height for its width
// (word-wrapped labels) by itself. Call it from the dialog's LayoutRequest event, queued.
inline void growToFit(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

} // namespace oc::gui
