#pragma once

#include <QString>

class QMenu;
class QToolButton;

// A flat tool button that opens a menu. Fusion paints an InstantPopup button's arrow over the end
// of its label ("Sort", "Export" and their longer translations); here the arrow is a character
// after the text instead, so it can never cover a letter, in any language.
namespace MenuButton {
void setUp(QToolButton *button, QMenu *menu);
// The label with the arrow after it; call again on a language change.
void setText(QToolButton *button, const QString &text);
} // namespace MenuButton
