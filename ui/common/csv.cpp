#include "csv.h"

namespace Csv {

QString field(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar c = v.front();
        const bool negativeNumber = c == u'-' && v.size() > 1 && (v[1].isDigit() || v[1] == u'.');
        if (c == u'=' || c == u'+' || c == u'@' || c == u'\t' || c == u'\r' || (c == u'-' && !negativeNumber))
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u'"', QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

} // namespace Csv
