#include "MenuButton.h"

#include <QMenu>
#include <QStyleOptionButton>

namespace oc::gui {

MenuButton::MenuButton(QWidget *parent)
    : QPushButton(parent)
    , m_menu(new QMenu(this))
{
    connect(this, &QPushButton::clicked, this, [this] {
        m_menu->popup(mapToGlobal(QPoint(0, height())));
        m_menu->setActiveAction(m_menu->actions().value(0)); // the keyboard starts inside
    });
}

void MenuButton::initStyleOption(QStyleOptionButton *option) const
{
    QPushButton::initStyleOption(option);
    option->features |= QStyleOptionButton::HasMenu; // the arrow, and room for it
}

} // namespace oc::gui
