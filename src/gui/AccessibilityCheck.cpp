#include "AccessibilityCheck.h"

#include "Accessibility.h"

#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

// Controls a user operates: each must be named, and reachable by keyboard.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
        return true;
    default:
        return false;
    }
}

QString describe(QWidget *widget, QAccessibleInterface *iface)
{
    const QString name = widget->objectName().isEmpty()
                             ? QString::fromLatin1(widget->metaObject()->className())
                             : widget->objectName();
    const QString text = iface->text(QAccessible::Name);
    return text.isEmpty() ? name : u"%1 \"%2\""_s.arg(name, text.left(40));
}

// A toolbar's button is used through its action: reachable when the action has a shortcut
// or is in a menu of the menu bar (Alt and the menu's letter).
bool reachableThroughAction(QWidget *widget)
{
    auto *button = qobject_cast<QToolButton *>(widget);
    if (!button || !qobject_cast<QToolBar *>(button->parentWidget()))
        return false;
    const QAction *action = button->defaultAction();
    if (!action)
        return false;
    if (!action->shortcut().isEmpty())
        return true;
    const QList<QObject *> users = action->associatedObjects();
    return std::any_of(users.begin(), users.end(), [](QObject *user) {
        for (QObject *o = user; o; o = o->parent())
            if (qobject_cast<QMenuBar *>(o))
                return true;
        auto *menu = qobject_cast<QMenu *>(user);
        return menu && menu->menuAction() &&
               std::any_of(menu->menuAction()->associatedObjects().begin(),
                           menu->menuAction()->associatedObjects().end(),
                           [](QObject *o) { return qobject_cast<QMenuBar *>(o) != nullptr; });
    });
}

// Radio buttons of one group are one stop of the Tab chain: Tab reaches the checked one,
// the arrow keys the others (Qt takes Tab focus from the unchecked ones).
bool reachedThroughItsGroup(QWidget *widget)
{
    auto *radio = qobject_cast<QRadioButton *>(widget);
    return radio && !radio->isChecked() && radio->autoExclusive();
}

// A line edit's own buttons (Qt's clear button) act on its text, which the keyboard edits in
// the field itself: the field is the Tab stop.
bool partOfLineEdit(QWidget *widget)
{
    return qobject_cast<QToolButton *>(widget) && qobject_cast<QLineEdit *>(widget->parentWidget());
}

// A label holding a link is used like a button.
bool isLink(QWidget *widget)
{
    auto *label = qobject_cast<QLabel *>(widget);
    return label && label->text().contains(u"<a ");
}

void check(QAccessibleInterface *iface, QWidget *root, QStringList &problems, QSet<QWidget *> &seen)
{
    if (!iface || !iface->isValid())
        return;
    auto *widget = qobject_cast<QWidget *>(iface->object());
    if (widget) {
        if ((widget != root && !widget->isVisibleTo(root)) || seen.contains(widget))
            return;
        seen.insert(widget);
    }
    // Qt's own parts (a scroll area's viewport, the wizard's passive buttons) are walked
    // through, not judged.
    const bool own = widget && !widget->objectName().startsWith(u"qt_");
    const QAccessible::State state = iface->state();
    if (own && !state.invisible) {
        const QAccessible::Role role = iface->role();
        if (isInteractive(role) || isLink(widget)) {
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                problems
                    << QStringLiteral("%1 has no accessible name").arg(describe(widget, iface));
            if (widget->isEnabled() && !(widget->focusPolicy() & Qt::TabFocus) &&
                !widget->focusProxy() && !reachableThroughAction(widget) &&
                !reachedThroughItsGroup(widget) && !partOfLineEdit(widget))
                problems
                    << QStringLiteral("%1 cannot be reached by Tab").arg(describe(widget, iface));
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            // A value label named by its caption must still say what it shows.
            const QString shown = shownText(label);
            const QString name = iface->text(QAccessible::Name);
            if (!shown.trimmed().isEmpty() && !label->accessibleName().isEmpty() && name != shown &&
                !iface->text(QAccessible::Value).contains(shown.trimmed()) &&
                !iface->text(QAccessible::Description).contains(shown.trimmed()))
                problems << QStringLiteral("%1 hides the value it shows (\"%2\")")
                                .arg(describe(widget, iface), shown.left(40));
        }
    }
    for (int i = 0; i < iface->childCount(); ++i)
        check(iface->child(i), root, problems, seen);
}

// The scroll area below `root` that `widget` scrolls in (the nearest), or nullptr.
QScrollArea *scrollAreaOf(QWidget *widget, QWidget *root)
{
    for (QWidget *w = widget->parentWidget(); w && w != root; w = w->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(w);
            area && area->widget() && area->widget()->isAncestorOf(widget))
            return area;
    return nullptr;
}

// Where `widget` is in `root` as laid out, whatever its scroll areas are scrolled to.
QPoint unscrolledPosition(QWidget *widget, QWidget *root)
{
    QScrollArea *area = scrollAreaOf(widget, root);
    if (!area)
        return widget->mapTo(root, QPoint());
    return unscrolledPosition(area, root) + widget->mapTo(area->widget(), QPoint());
}

// The places of two consecutive stops to compare: within one scroll area, where they are in
// its contents (however it is scrolled); otherwise a stop inside a scroll area stands where
// the scroll area is (its contents may reach below what follows it on the window).
std::pair<QRect, QRect> placesOf(QWidget *a, QWidget *b, QWidget *root)
{
    QScrollArea *inA = scrollAreaOf(a, root);
    QScrollArea *inB = scrollAreaOf(b, root);
    const auto place = [](QWidget *w, QWidget *frame) {
        return QRect(w->mapTo(frame, QPoint()), w->size());
    };
    if (inA && inA == inB)
        return {place(a, inA->widget()), place(b, inA->widget())};
    return {inA ? place(inA, root) : place(a, root), inB ? place(inB, root) : place(b, root)};
}

// The widgets Tab visits in `root`, in order.
QList<QWidget *> tabChain(QWidget *root)
{
    QList<QWidget *> chain;
    for (QWidget *w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain()) {
        if (w->window() != root->window() || !w->isVisibleTo(root) || !w->isEnabled() ||
            !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() || chain.contains(w))
            continue;
        if (auto *radio = qobject_cast<QRadioButton *>(w); radio && reachedThroughItsGroup(radio))
            continue;
        chain << w;
    }
    // The chain is a cycle: it is read from the stop a person meets first (top, then left),
    // so that coming round from the last stop to the first is no step back.
    const auto first = std::min_element(chain.begin(), chain.end(), [root](QWidget *a, QWidget *b) {
        const QPoint pa = unscrolledPosition(a, root);
        const QPoint pb = unscrolledPosition(b, root);
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    if (first != chain.end())
        std::rotate(chain.begin(), first, chain.end());
    return chain;
}

// Tab goes down the window, and left to right along a row; it may go up only into a new
// column to the right (a side-by-side layout).
void checkTabOrder(QWidget *root, QStringList &problems)
{
    const QList<QWidget *> chain = tabChain(root);
    for (int i = 1; i < chain.size(); ++i) {
        const auto [before, after] = placesOf(chain.at(i - 1), chain.at(i), root);
        const bool up = after.top() < before.top() - 4 && after.bottom() < before.center().y();
        const bool leftInRow =
            std::abs(after.center().y() - before.center().y()) < 4 && after.right() < before.left();
        const bool newColumn = after.left() >= before.right();
        if ((up && !newColumn) || leftInRow)
            problems << QStringLiteral("Tab goes from %1 back to %2")
                            .arg(describe(chain.at(i - 1),
                                          QAccessible::queryAccessibleInterface(chain.at(i - 1))),
                                 describe(chain.at(i),
                                          QAccessible::queryAccessibleInterface(chain.at(i))));
    }
}

} // namespace

QStringList accessibilityProblems(QWidget *root)
{
    QStringList problems;
    QSet<QWidget *> seen;
    check(QAccessible::queryAccessibleInterface(root), root, problems, seen);
    checkTabOrder(root, problems);
    return problems;
}

} // namespace oc::gui
