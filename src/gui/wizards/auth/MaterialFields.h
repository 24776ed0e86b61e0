#pragma once

#include "AuthFlow.h"

#include <QList>

#include <functional>

class QLabel;
class QLayout;
class QWidget;

namespace oc::gui {

class MaterialField;
class WizardPage;

// One named upload of a W-AUTH page: its slot (MaterialSlot), the label naming it, the
// layout that takes the field and the label its error shows in.
struct MaterialRow
{
    QString slot;
    QLabel *label;
    QLayout *layout;
    QLabel *error;
};

// Puts a MaterialField in each row of `page` (of `flow`'s page `pageId`): the label's buddy
// is its button, its error shows under it, what it reads goes to the flow (a file the
// page's messages refuse is said under it at once), a file that cannot be read is said
// under it as `rule` "unreadable"; Tab goes from `after` through the fields in order.
QList<MaterialField *> addMaterialFields(WizardPage *page, AuthFlow *flow, AuthFlow::Page pageId,
                                         const char *rule, QWidget *after,
                                         const QList<MaterialRow> &rows);
// The same for any wizard's state (W-REAUTH): what a field reads goes to `store`; an
// unreadable file is said under `ruleOf(slot)`.
QList<MaterialField *> addMaterialFields(WizardPage *page, WizardState *state, int pageId,
                                         std::function<const char *(const QString &slot)> ruleOf,
                                         QWidget *after, const QList<MaterialRow> &rows,
                                         std::function<void(const MaterialUpload &)> store);

} // namespace oc::gui
