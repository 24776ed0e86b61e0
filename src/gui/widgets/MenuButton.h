#pragma once

#include <QPushButton>

class QMenu;

namespace oc::gui {

// A push button that opens a menu ("More"), drawn like QPushButton with a menu, but opened
// without blocking: QPushButton::showMenu() runs the menu's own event loop, so an assistive
// tool pressing the button would wait until the menu closed (issue 16). Pressing it by
// mouse, keyboard or the accessibility interface pops the menu up and returns at once; the
// open menu is a window of its own in the accessibility tree.
class MenuButton : public QPushButton
{
    Q_OBJECT
public:
    explicit MenuButton(QWidget *parent = nullptr);

    QMenu *popupMenu() const { return m_menu; }

protected:
    void initStyleOption(QStyleOptionButton *option) const override;

private:
    QMenu *m_menu;
};

} // namespace oc::gui
