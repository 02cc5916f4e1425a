#pragma once

#include "payloadvalues.h"

// For tests and the fuzzer only: the text rules of PayloadValues::extract() with and without the
// shortcut for the commonest readings, so that the two can be compared on any text.
namespace PayloadValues::detail {

enum class TextRules { WithShortcut, GeneralOnly };

// What extract() finds in text that is already decoded (after the JSON sniffing).
QList<PayloadValue> scanText(const QString &text, TextRules rules);

// True when the shortcut reads this item (one reading, surrounding spaces ignored).
bool takesShortcut(QStringView item);

} // namespace PayloadValues::detail
