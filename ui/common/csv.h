#pragma once

#include <QString>

namespace Csv {
// One CSV field: RFC 4180 §2 quoting, and a leading apostrophe for text a spreadsheet would run
// as a formula (= + @ tab CR, or - not followed by a number). Devices decide what payloads, names
// and titles say, so exported text must not become a formula (OWASP "CSV injection").
QString field(const QString &value);
} // namespace Csv
