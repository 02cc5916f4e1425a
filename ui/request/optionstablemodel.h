#pragma once

#include "coapoption.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStyledItemDelegate>

#include <optional>

// The options of a request being composed (editable) or of a received message (read-only).
// Rows keep what the user typed; each row is parsed and validated against the option registry
// (RFC 7252 §3.2 formats and §5.10 lengths) as it is typed, and an invalid cell carries the
// reason in its tool tip (and ErrorRole) instead of the value being thrown away.
class OptionsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, NumberColumn, ValueColumn, ColumnCount };
    enum Role {
        ErrorRole = Qt::UserRole + 1, // QString: why the row is invalid (empty when valid)
        OptionNumberRole,             // int, -1 when the name is not known
        FormatRole,                   // int (CoapOptionFormat), -1 when unknown
    };

    explicit OptionsTableModel(bool editable, QObject *parent = nullptr);

    bool isEditable() const { return m_editable; }

    // Replaces all rows; values are shown as people read them (content formats with names).
    void setOptions(const QList<CoapOption> &options);
    // The rows that are valid, as options. Rows with an empty name are ignored.
    QList<CoapOption> options() const;
    // True when every non-empty row is valid.
    bool isValid() const;
    // "Row 2 (ETag): …" for the first invalid row, empty when all are valid.
    QString firstError() const;
    QString rowError(int row) const;

    // Appends a row and returns its index. name may be a registered name or a number.
    int addOption(const QString &name = {}, const QString &value = {});
    void clear();

    // Parsing of what a person types, for the delegate and the tests.
    struct ParsedValue
    {
        QByteArray bytes;
        QString error; // empty when valid
    };
    static std::optional<quint16> parseOptionName(const QString &text);
    static ParsedValue parseValue(quint16 number, const QString &text);
    // The value as it would be typed back: numbers for uint, text for string, hex for opaque,
    // NUM/M/SIZE for block options; content formats as numbers with their media type after.
    static QString displayValue(const CoapOption &option, bool withMediaType);
    // "a number 0–4294967295", "1–8 bytes in hex", … for tool tips and placeholders.
    static QString valueHint(quint16 number);

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    struct Row
    {
        QString name;  // as typed or the registry name
        QString value; // as typed
        std::optional<quint16> number;
        QByteArray bytes;
        QString nameError;
        QString valueError;
        QString repeatError; // RFC 7252 §5.4.5, set by revalidateRepeats()
    };
    void validate(Row &row) const;
    void revalidateRepeats();

    bool m_editable;
    QList<Row> m_rows;
};

// Editors for the options table: the name column completes registered option names, the value
// column of Content-Format and Accept completes media types.
class OptionsItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};
