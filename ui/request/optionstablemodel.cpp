#include "optionstablemodel.h"

#include "payloadrender.h"

#include <QApplication>
#include <QCompleter>
#include <QFontDatabase>
#include <QLineEdit>
#include <QStyle>

namespace {
bool isBlockOption(quint16 number)
{
    return number == CoapOptionNumber::Block1 || number == CoapOptionNumber::Block2
        || number == CoapOptionNumber::QBlock1 || number == CoapOptionNumber::QBlock2;
}

bool isContentFormatOption(quint16 number)
{
    return number == CoapOptionNumber::ContentFormat || number == CoapOptionNumber::Accept;
}

quint64 maxUintFor(int bytes)
{
    return bytes >= 8 ? ~quint64(0) : (quint64(1) << (8 * bytes)) - 1;
}

std::optional<quint64> parseUnsigned(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    quint64 v = 0;
    if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        v = t.mid(2).toULongLong(&ok, 16);
    else
        v = t.toULongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}
} // namespace

OptionsTableModel::OptionsTableModel(bool editable, QObject *parent)
    : QAbstractTableModel(parent), m_editable(editable)
{
}

std::optional<quint16> OptionsTableModel::parseOptionName(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (const auto info = coapOptionInfoByName(t))
        return info->number;
    bool ok = false;
    const uint n = t.toUInt(&ok, 10);
    if (ok && n <= 65535)
        return quint16(n);
    return std::nullopt;
}

QString OptionsTableModel::valueHint(quint16 number)
{
    const auto info = coapOptionInfo(number);
    if (!info)
        return tr("text, or bytes in hex after 0x");
    if (isContentFormatOption(number))
        return tr("a content format: a number or a media type such as application/json");
    if (isBlockOption(number))
        return tr("NUM/MORE/SIZE, e.g. 0/0/64");
    switch (info->format) {
    case CoapOptionFormat::Empty:
        return tr("no value");
    case CoapOptionFormat::Uint:
        return tr("a number from 0 to %1").arg(maxUintFor(info->maxLength));
    case CoapOptionFormat::String:
        if (info->minLength == info->maxLength)
            return info->maxLength == 1 ? tr("text of %n byte", nullptr, 1)
                                        : tr("text of %n bytes", nullptr, info->maxLength);
        return tr("text of %1 to %2 bytes").arg(info->minLength).arg(info->maxLength);
    case CoapOptionFormat::Opaque:
        if (info->minLength == info->maxLength)
            return info->maxLength == 1 ? tr("%n byte in hex, e.g. 0a", nullptr, 1)
                                        : tr("%n bytes in hex, e.g. 0a1b", nullptr, info->maxLength);
        return tr("%1 to %2 bytes in hex, e.g. 0a1b2c").arg(info->minLength).arg(info->maxLength);
    }
    return {};
}

OptionsTableModel::ParsedValue OptionsTableModel::parseValue(quint16 number, const QString &text)
{
    ParsedValue result;
    const auto info = coapOptionInfo(number);
    const QString name = coapOptionName(number);
    if (!info) {
        // Unregistered: hex after 0x, otherwise the text as UTF-8.
        const QString t = text.trimmed();
        if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
            if (!PayloadRender::parseHex(t, &result.bytes))
                result.error = tr("Option %1: after 0x write bytes in hex, two digits each.").arg(number);
        } else {
            result.bytes = text.toUtf8();
        }
        return result;
    }

    switch (info->format) {
    case CoapOptionFormat::Empty:
        if (!text.trimmed().isEmpty())
            result.error = tr("%1 takes no value; leave the cell empty.").arg(name);
        return result;
    case CoapOptionFormat::Uint: {
        std::optional<quint64> value;
        if (isContentFormatOption(number)) {
            const int cf = coapContentFormatFromString(text.trimmed());
            if (cf < 0) {
                result.error = tr("%1 takes a content format: a number 0 to 65535 or a media type such as "
                                  "application/json.").arg(name);
                return result;
            }
            value = quint64(cf);
        } else if (isBlockOption(number) && text.contains(QLatin1Char('/'))) {
            // RFC 7959 §2.2: NUM/M/SIZE as people write it.
            const QStringList parts = text.trimmed().split(QLatin1Char('/'));
            bool okNum = false, okMore = false, okSize = false;
            const uint num = parts.value(0).toUInt(&okNum);
            const uint more = parts.value(1).toUInt(&okMore);
            const int size = parts.value(2).toInt(&okSize);
            const int szx = okSize ? CoapBlockValue::szxForSize(size) : -1;
            if (parts.size() != 3 || !okNum || !okMore || more > 1 || szx < 0 || num >= (1u << 20)) {
                result.error = tr("%1 is written NUM/MORE/SIZE: a block number below 1048576, 0 or 1, "
                                  "and a size of 16, 32, 64, 128, 256, 512 or 1024, e.g. 0/0/64.").arg(name);
                return result;
            }
            value = CoapBlockValue{num, more == 1, quint8(szx)}.encode();
        } else {
            value = parseUnsigned(text);
            if (!value) {
                result.error = tr("%1 takes a whole number from 0 to %2.").arg(name).arg(maxUintFor(info->maxLength));
                return result;
            }
        }
        if (*value > maxUintFor(info->maxLength)) {
            result.error = tr("%1 takes a whole number from 0 to %2.").arg(name).arg(maxUintFor(info->maxLength));
            return result;
        }
        result.bytes = coapEncodeUint(*value);
        if (result.bytes.size() < info->minLength)
            result.bytes.prepend(QByteArray(info->minLength - result.bytes.size(), '\0'));
        return result;
    }
    case CoapOptionFormat::String: {
        result.bytes = text.toUtf8();
        if (result.bytes.size() < info->minLength || result.bytes.size() > info->maxLength) {
            result.error = tr("%1 takes text of %2 to %3 bytes; this is %4.").arg(name).arg(info->minLength)
                               .arg(info->maxLength).arg(PayloadRender::size(result.bytes.size()));
        }
        return result;
    }
    case CoapOptionFormat::Opaque: {
        qsizetype position = -1;
        if (!PayloadRender::parseHex(text, &result.bytes, &position)) {
            result.error = tr("%1 takes bytes written in hex, two digits per byte, e.g. 0a1b2c.").arg(name);
            return result;
        }
        if (result.bytes.size() < info->minLength || result.bytes.size() > info->maxLength) {
            result.error = tr("%1 takes %2 to %3 bytes; this is %4.").arg(name).arg(info->minLength)
                               .arg(info->maxLength).arg(PayloadRender::size(result.bytes.size()));
        }
        return result;
    }
    }
    return result;
}

QString OptionsTableModel::displayValue(const CoapOption &option, bool withMediaType)
{
    const quint16 number = option.number();
    const auto info = coapOptionInfo(number);
    if (!info) {
        // Unknown: text when it is printable UTF-8, else hex as parseValue() reads it back.
        const auto text = PayloadRender::text(option.value());
        bool printable = text.validUtf8;
        for (QChar c : text.text)
            printable = printable && c.isPrint();
        if (printable && !option.value().startsWith("0x"))
            return text.text;
        return QStringLiteral("0x") + QString::fromLatin1(option.value().toHex());
    }
    if (isContentFormatOption(number) && option.value().size() <= 2) {
        const quint64 cf = option.uintValue();
        const QString name = coapContentFormatName(int(cf));
        if (withMediaType && !name.isEmpty())
            return QStringLiteral("%1 (%2)").arg(cf).arg(name);
        return QString::number(cf);
    }
    if (info->format == CoapOptionFormat::Opaque)
        return QString::fromLatin1(option.value().toHex());
    return option.displayValue();
}

void OptionsTableModel::validate(Row &row) const
{
    row.nameError.clear();
    row.valueError.clear();
    row.bytes.clear();
    row.number = parseOptionName(row.name);
    if (row.name.trimmed().isEmpty()) {
        if (!row.value.trimmed().isEmpty())
            row.nameError = tr("Choose an option for this value: type a name such as Uri-Query, or a number.");
        return;
    }
    if (!row.number) {
        row.nameError = tr("\u201c%1\u201d is not a registered option; type a name such as Uri-Query, or its "
                           "number (0 to 65535).").arg(row.name.trimmed());
        return;
    }
    const ParsedValue parsed = parseValue(*row.number, row.value);
    row.bytes = parsed.bytes;
    row.valueError = parsed.error;
}

void OptionsTableModel::revalidateRepeats()
{
    // RFC 7252 §5.4.5: a non-repeatable option must not appear twice. The later row is marked.
    QHash<quint16, int> seen;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        row.repeatError.clear();
        if (!row.number || !row.nameError.isEmpty())
            continue;
        const auto info = coapOptionInfo(*row.number);
        if (info && !info->repeatable && seen.contains(*row.number)) {
            row.repeatError = tr("%1 may appear only once; it is already in row %2.")
                                  .arg(coapOptionName(*row.number)).arg(seen.value(*row.number) + 1);
            continue;
        }
        seen.insert(*row.number, i);
    }
}

void OptionsTableModel::setOptions(const QList<CoapOption> &options)
{
    beginResetModel();
    m_rows.clear();
    for (const CoapOption &option : options) {
        Row row;
        row.name = coapOptionName(option.number());
        row.value = displayValue(option, false);
        row.number = option.number();
        row.bytes = option.value();
        if (m_editable) {
            validate(row);
        }
        m_rows.append(row);
    }
    if (m_editable)
        revalidateRepeats();
    endResetModel();
}

QList<CoapOption> OptionsTableModel::options() const
{
    QList<CoapOption> list;
    for (const Row &row : m_rows) {
        if (row.number && row.nameError.isEmpty() && row.repeatError.isEmpty() && row.valueError.isEmpty())
            list.append(CoapOption(*row.number, row.bytes));
    }
    return list;
}

bool OptionsTableModel::isValid() const
{
    return firstError().isEmpty();
}

QString OptionsTableModel::rowError(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows[row];
    if (!r.nameError.isEmpty())
        return r.nameError;
    return r.repeatError.isEmpty() ? r.valueError : r.repeatError;
}

QString OptionsTableModel::firstError() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString error = rowError(i);
        if (!error.isEmpty())
            return tr("Option row %1: %2").arg(i + 1).arg(error);
    }
    return {};
}

int OptionsTableModel::addOption(const QString &name, const QString &value)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row r;
    r.name = name;
    r.value = value;
    validate(r);
    if (r.number && coapOptionInfoByName(r.name))
        r.name = coapOptionName(*r.number);
    m_rows.append(r);
    endInsertRows();
    revalidateRepeats();
    if (row > 0)
        emit dataChanged(index(0, 0), index(row, ColumnCount - 1));
    return row;
}

void OptionsTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int OptionsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OptionsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OptionsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const QString cellError = index.column() == ValueColumn ? row.valueError
                            : index.column() == NameColumn ? (row.nameError.isEmpty() ? row.repeatError : row.nameError)
                                                           : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case NumberColumn:
            return row.number ? QVariant(int(*row.number)) : QVariant();
        case ValueColumn:
            if (!m_editable && row.number)
                return displayValue(CoapOption(*row.number, row.bytes), true);
            return row.value;
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn: return row.name;
        case NumberColumn: return row.number ? QVariant(int(*row.number)) : QVariant();
        case ValueColumn: return row.value;
        }
        break;
    case Qt::ToolTipRole: {
        if (!cellError.isEmpty())
            return cellError;
        if (!row.number)
            return {};
        QStringList facts;
        facts << (coapOptionIsCritical(*row.number) ? tr("critical") : tr("elective"));
        if (coapOptionIsUnsafe(*row.number))
            facts << tr("unsafe to forward");
        if (index.column() == ValueColumn)
            return tr("%1: %2").arg(coapOptionName(*row.number), valueHint(*row.number));
        return tr("%1 (option %2): %3").arg(coapOptionName(*row.number)).arg(*row.number).arg(facts.join(QStringLiteral(", ")));
    }
    case Qt::DecorationRole:
        if (!cellError.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::FontRole:
        if (index.column() == ValueColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case ErrorRole:
        return rowError(index.row());
    case OptionNumberRole:
        return row.number ? int(*row.number) : -1;
    case FormatRole:
        if (row.number) {
            if (const auto info = coapOptionInfo(*row.number))
                return int(info->format);
        }
        return -1;
    default:
        break;
    }
    return {};
}

bool OptionsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    switch (index.column()) {
    case NameColumn: {
        row.name = value.toString().trimmed();
        // A known name in another case becomes the registry spelling; a number stays a number.
        if (const auto info = coapOptionInfoByName(row.name))
            row.name = QString::fromLatin1(info->name);
        break;
    }
    case NumberColumn: {
        bool ok = false;
        const uint n = value.toString().toUInt(&ok);
        if (!ok || n > 65535)
            return false;
        row.name = coapOptionInfo(quint16(n)) ? coapOptionName(quint16(n)) : QString::number(n);
        break;
    }
    case ValueColumn:
        row.value = value.toString();
        break;
    default:
        return false;
    }
    validate(row);
    revalidateRepeats();
    emit dataChanged(this->index(0, 0), this->index(int(m_rows.size()) - 1, ColumnCount - 1));
    return true;
}

Qt::ItemFlags OptionsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant OptionsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Option");
    case NumberColumn: return tr("No.");
    case ValueColumn: return tr("Value");
    }
    return {};
}

bool OptionsTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    if (m_editable && !m_rows.isEmpty()) {
        for (Row &r : m_rows)
            validate(r);
        revalidateRepeats();
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
    return true;
}

QWidget *OptionsItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    QStringList words;
    if (index.column() == OptionsTableModel::NameColumn) {
        for (const CoapOptionInfo &info : coapKnownOptions())
            words << QString::fromLatin1(info.name);
        editor->setPlaceholderText(tr("name or number"));
    } else if (index.column() == OptionsTableModel::ValueColumn) {
        const int number = index.data(OptionsTableModel::OptionNumberRole).toInt();
        editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        if (number >= 0) {
            editor->setPlaceholderText(OptionsTableModel::valueHint(quint16(number)));
            if (number == CoapOptionNumber::ContentFormat || number == CoapOptionNumber::Accept) {
                for (const CoapContentFormatInfo &info : coapKnownContentFormats())
                    words << QString::fromLatin1(info.mediaType);
            }
        }
    } else {
        delete editor;
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    if (!words.isEmpty()) {
        auto *completer = new QCompleter(words, editor);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        editor->setCompleter(completer);
    }
    return editor;
}
