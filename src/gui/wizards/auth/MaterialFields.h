#pragma once

#include "AuthenticationRequestFlow.h"

#include <QList>

#include <functional>

class QLabel;
class QLayout;
class QWidget;

namespace oc::gui {

class MaterialField;
class WizardPage;

// One named upload of a W-AUTH or W-REAUTH page: its slot (MaterialSlot), the label naming it, the
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
// under it as `ruleOf(slot)` "unreadable"; Tab goes from `after` through the fields in order.
QList<MaterialField *> addMaterialFields(WizardPage *page, AuthenticationRequestFlow *flow,
                                         int pageId,
                                         std::function<const char *(const QString &slot)> ruleOf,
                                         QWidget *after, const QList<MaterialRow> &rows);
// The same with one `rule` for every row (W-AUTH).
QList<MaterialField *> addMaterialFields(WizardPage *page, AuthenticationRequestFlow *flow,
                                         int pageId, const char *rule, QWidget *after,
                                         const QList<MaterialRow> &rows);

} // namespace oc::gui
