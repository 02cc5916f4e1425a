#include "menubutton.h"

#include <QMenu>
#include <QToolButton>

namespace MenuButton {

void setUp(QToolButton *button, QMenu *menu)
{
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    button->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
}

void setText(QToolButton *button, const QString &text)
{
    button->setText(text + QStringLiteral(" \u25be")); // ▾ (the menu opens below)
}

} // namespace MenuButton
