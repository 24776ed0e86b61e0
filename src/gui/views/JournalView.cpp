#include "JournalView.h"

#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"

namespace oc::gui {

JournalView::JournalView(AppContext *context, QWidget *parent)
    : TabbedListsView(
          context, QStringLiteral("journalView"), [] { return tr("Journal"); }, parent)
{
    auto *journal = addList(view::Journal,
                            {column::At, column::Actor, column::Operation, column::ResourceType,
                             column::Target, column::Outcome, column::Details},
                            [] { return tr("Audit journal"); });
    journal->setEmptyTexts([] { return tr("Nothing journaled yet."); },
                           [] { return tr("No entry matches."); });
    journal->addFilter(
        column::Outcome, [] { return tr("&Outcome:"); }, [] { return tr("Any"); },
        {{QStringLiteral("success"),
          [] { return DomainText::outcome(QStringLiteral("success")); }}});
    journal->model()->setFormatter(column::Outcome,
                                   [](const PagedTableModel &, int, const QVariant &value) {
                                       return DomainText::outcome(value.toString());
                                   });
    journal->model()->setFormatter(column::ResourceType,
                                   [](const PagedTableModel &, int, const QVariant &value) {
                                       return DomainText::resourceType(value.toString());
                                   });
}

} // namespace oc::gui
