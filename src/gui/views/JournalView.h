#pragma once

#include "TabbedListsView.h"

namespace oc::gui {

// Journal: the audit log (R-AUD-1), filterable and exportable.
class JournalView : public TabbedListsView
{
    Q_OBJECT
public:
    explicit JournalView(AppContext *context, QWidget *parent = nullptr);
};

} // namespace oc::gui
