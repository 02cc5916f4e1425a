// The options table (ui/request/optionstablemodel.h): registry-driven parsing and validation of what is
// typed, and model correctness under QAbstractItemModelTester.
#include "optionstablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class tst_OptionsTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseName_data();
    void parseName();
    void parseValue_data();
    void parseValue();
    void modelTester();
    void editing();
    void repeatedOption();
    void readOnlyDisplay();
    void roundTrip();
};

void tst_OptionsTableModel::parseName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("number"); // -1 = not accepted
    QTest::newRow("name") << QStringLiteral("Uri-Query") << 15;
    QTest::newRow("case") << QStringLiteral("content-format") << 12;
    QTest::newRow("spaces") << QStringLiteral("  ETag ") << 4;
    QTest::newRow("number") << QStringLiteral("2049") << 2049;
    QTest::newRow("too large") << QStringLiteral("70000") << -1;
    QTest::newRow("unknown") << QStringLiteral("Foo") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void tst_OptionsTableModel::parseName()
{
    QFETCH(QString, text);
    QFETCH(int, number);
    const auto parsed = OptionsTableModel::parseOptionName(text);
    QCOMPARE(parsed ? int(*parsed) : -1, number);
}

void tst_OptionsTableModel::parseValue_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("cf name") << 12 << QStringLiteral("json") << true << QByteArray("\x32");
    QTest::newRow("cf media type") << 12 << QStringLiteral("application/cbor") << true << QByteArray("\x3c");
    QTest::newRow("cf zero") << 12 << QStringLiteral("0") << true << QByteArray();
    QTest::newRow("cf bad") << 12 << QStringLiteral("application/nothing") << false << QByteArray();
    QTest::newRow("accept") << 17 << QStringLiteral("40") << true << QByteArray("\x28");
    QTest::newRow("max-age") << 14 << QStringLiteral("60") << true << QByteArray("\x3c");
    QTest::newRow("max-age hex") << 14 << QStringLiteral("0x100") << true << QByteArray("\x01\x00", 2);
    QTest::newRow("max-age text") << 14 << QStringLiteral("sixty") << false << QByteArray();
    QTest::newRow("observe too big") << 6 << QStringLiteral("16777216") << false << QByteArray();
    QTest::newRow("observe max") << 6 << QStringLiteral("16777215") << true << QByteArray("\xff\xff\xff");
    QTest::newRow("etag") << 4 << QStringLiteral("0a 1b") << true << QByteArray("\x0a\x1b");
    QTest::newRow("etag empty") << 4 << QString() << false << QByteArray();
    QTest::newRow("etag not hex") << 4 << QStringLiteral("xyz") << false << QByteArray();
    QTest::newRow("etag too long") << 4 << QStringLiteral("001122334455667788") << false << QByteArray();
    QTest::newRow("if-none-match") << 5 << QString() << true << QByteArray();
    QTest::newRow("if-none-match value") << 5 << QStringLiteral("x") << false << QByteArray();
    QTest::newRow("uri-host empty") << 3 << QString() << false << QByteArray();
    QTest::newRow("uri-query") << 15 << QStringLiteral("rt=temp") << true << QByteArray("rt=temp");
    QTest::newRow("block2") << 23 << QStringLiteral("2/0/64") << true << QByteArray("\x22");
    QTest::newRow("block1 more") << 27 << QStringLiteral("1/1/1024") << true << QByteArray("\x1e");
    QTest::newRow("block bad size") << 23 << QStringLiteral("0/0/63") << false << QByteArray();
    QTest::newRow("block plain number") << 23 << QStringLiteral("34") << true << QByteArray("\x22");
    QTest::newRow("unknown text") << 65000 << QStringLiteral("abc") << true << QByteArray("abc");
    QTest::newRow("unknown hex") << 65000 << QStringLiteral("0x0a0b") << true << QByteArray("\x0a\x0b");
}

void tst_OptionsTableModel::parseValue()
{
    QFETCH(int, number);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, bytes);
    const auto parsed = OptionsTableModel::parseValue(quint16(number), text);
    QCOMPARE(parsed.error.isEmpty(), ok);
    if (ok)
        QCOMPARE(parsed.bytes.toHex(), bytes.toHex());
    else
        QVERIFY(parsed.error.contains(coapOptionName(quint16(number))));
}

void tst_OptionsTableModel::modelTester()
{
    OptionsTableModel model(true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addOption(QStringLiteral("Uri-Query"), QStringLiteral("a=1"));
    model.addOption(QStringLiteral("ETag"), QStringLiteral("zz"));
    model.addOption();
    QVERIFY(model.setData(model.index(2, OptionsTableModel::NameColumn), QStringLiteral("accept")));
    QVERIFY(model.setData(model.index(2, OptionsTableModel::ValueColumn), QStringLiteral("cbor")));
    QVERIFY(model.setData(model.index(1, OptionsTableModel::NumberColumn), QStringLiteral("60")));
    QVERIFY(!model.setData(model.index(1, OptionsTableModel::NumberColumn), QStringLiteral("x")));
    QVERIFY(model.removeRows(0, 2));
    QVERIFY(!model.removeRows(5, 1));
    model.setOptions({CoapOption::fromUint(CoapOptionNumber::ContentFormat, 50), CoapOption(CoapOptionNumber::ETag, "\x01")});
    model.clear();
    QCOMPARE(model.rowCount(), 0);

    OptionsTableModel readOnly(false);
    QAbstractItemModelTester tester2(&readOnly, QAbstractItemModelTester::FailureReportingMode::QtTest);
    readOnly.setOptions({CoapOption::fromUint(CoapOptionNumber::MaxAge, 60), CoapOption(2049, "x")});
    QCOMPARE(readOnly.rowCount(), 2);
    QVERIFY(!(readOnly.flags(readOnly.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!readOnly.setData(readOnly.index(0, OptionsTableModel::ValueColumn), QStringLiteral("1")));
}

void tst_OptionsTableModel::editing()
{
    OptionsTableModel model(true);
    const int row = model.addOption(QStringLiteral("etag"), QStringLiteral("xyz"));
    // Kept as typed, marked and explained.
    QCOMPARE(model.index(row, OptionsTableModel::NameColumn).data().toString(), QStringLiteral("ETag"));
    QCOMPARE(model.index(row, OptionsTableModel::ValueColumn).data(Qt::EditRole).toString(), QStringLiteral("xyz"));
    QCOMPARE(model.index(row, OptionsTableModel::NumberColumn).data().toInt(), 4);
    QVERIFY(!model.isValid());
    QVERIFY(model.firstError().startsWith(QStringLiteral("Option row 1: ETag")));
    QVERIFY(!model.index(row, OptionsTableModel::ValueColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.index(row, OptionsTableModel::ValueColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(model.index(row, OptionsTableModel::NameColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(model.options().isEmpty());

    QVERIFY(model.setData(model.index(row, OptionsTableModel::ValueColumn), QStringLiteral("c0ffee")));
    QVERIFY(model.isValid());
    QCOMPARE(model.options(), QList<CoapOption>{CoapOption(CoapOptionNumber::ETag, QByteArray::fromHex("c0ffee"))});

    // Changing the name revalidates the value against the new option.
    QVERIFY(model.setData(model.index(row, OptionsTableModel::NameColumn), QStringLiteral("Max-Age")));
    QVERIFY(!model.isValid());
    QVERIFY(model.setData(model.index(row, OptionsTableModel::NameColumn), QStringLiteral("Nonsense")));
    QVERIFY(model.rowError(row).contains(QStringLiteral("\u201cNonsense\u201d")));
    QCOMPARE(model.index(row, OptionsTableModel::NumberColumn).data(), QVariant());

    // An empty row is ignored, not an error.
    model.addOption();
    QVERIFY(model.rowError(1).isEmpty());
    // A value without a name is explained.
    QVERIFY(model.setData(model.index(1, OptionsTableModel::ValueColumn), QStringLiteral("1")));
    QVERIFY(!model.rowError(1).isEmpty());
}

void tst_OptionsTableModel::repeatedOption()
{
    OptionsTableModel model(true);
    model.addOption(QStringLiteral("Content-Format"), QStringLiteral("0"));
    model.addOption(QStringLiteral("Uri-Query"), QStringLiteral("a=1"));
    model.addOption(QStringLiteral("Uri-Query"), QStringLiteral("b=2")); // repeatable
    model.addOption(QStringLiteral("Content-Format"), QStringLiteral("50"));
    QVERIFY(model.rowError(0).isEmpty());
    QVERIFY(model.rowError(2).isEmpty());
    QVERIFY2(model.rowError(3).contains(QStringLiteral("row 1")), qPrintable(model.rowError(3)));
    QCOMPARE(model.options().size(), 3);
    // Removing the first makes the second valid.
    QVERIFY(model.removeRow(0));
    QVERIFY(model.isValid());
    QCOMPARE(model.options().size(), 3);
}

void tst_OptionsTableModel::readOnlyDisplay()
{
    OptionsTableModel model(false);
    model.setOptions({CoapOption::fromUint(CoapOptionNumber::ContentFormat, 50),
                      CoapOption::fromUint(CoapOptionNumber::Block2, CoapBlockValue{2, true, 2}.encode()),
                      CoapOption(CoapOptionNumber::ETag, QByteArray::fromHex("a1b2")),
                      CoapOption(CoapOptionNumber::LocationPath, "new")});
    auto value = [&](int row) { return model.index(row, OptionsTableModel::ValueColumn).data().toString(); };
    QCOMPARE(value(0), QStringLiteral("50 (application/json)"));
    QCOMPARE(model.index(0, OptionsTableModel::NameColumn).data().toString(), QStringLiteral("Content-Format"));
    QCOMPARE(value(1), QStringLiteral("2/1/64"));
    QCOMPARE(value(2), QStringLiteral("a1b2"));
    QCOMPARE(value(3), QStringLiteral("new"));
    QCOMPARE(model.headerData(OptionsTableModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value"));
}

void tst_OptionsTableModel::roundTrip()
{
    // What a message holds, put into the editable table, gives the same options back.
    const QList<CoapOption> options = {
        CoapOption::fromUint(CoapOptionNumber::ContentFormat, 60),
        CoapOption(CoapOptionNumber::ETag, QByteArray::fromHex("00ff")),
        CoapOption::fromUint(CoapOptionNumber::Block2, CoapBlockValue{7, false, 4}.encode()),
        CoapOption(CoapOptionNumber::UriQuery, "x=1"),
        CoapOption(CoapOptionNumber::IfNoneMatch),
        CoapOption(2049, QByteArray("\x00\x01", 2)),
    };
    OptionsTableModel model(true);
    model.setOptions(options);
    QVERIFY2(model.isValid(), qPrintable(model.firstError()));
    QCOMPARE(model.options(), options);
}

QTEST_MAIN(tst_OptionsTableModel)
#include "tst_optionstablemodel.moc"
