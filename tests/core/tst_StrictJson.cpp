// StrictJson: JSON from outside with a repeated key or hostile nesting is refused with the key's path.
#include "support/StrictJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using casebook::JsonLimits;
using casebook::StrictJson;

class tst_StrictJson : public QObject
{
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void duplicateKeys_data();
    void duplicateKeys();
    void depth();
    void measure();
};

void tst_StrictJson::accepts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]})");
    QTest::newRow("array") << QByteArray(R"([{"x": "a\"b\\", "y": "\"x\":"}, {"x": 1}])");
    QTest::newRow("keys that differ by case") << QByteArray(R"({"a": 1, "A": 2})");
}

void tst_StrictJson::accepts()
{
    QFETCH(QByteArray, json);
    const auto doc = StrictJson::parse(json);
    QVERIFY2(doc, qPrintable(doc.error().message));
}

void tst_StrictJson::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("top level") << QByteArray(R"({"title": "a", "title": "b"})") << QStringLiteral("title");
    QTest::newRow("in a list") << QByteArray(
        R"({"use_cases": [{"title": "a"}, {}, {}, {"code": "x", "title": "a", "title": "b"}]})")
                               << QStringLiteral("use_cases[3].title");
    QTest::newRow("nested object") << QByteArray(R"([{"a": {"b": [1, {"c": 1, "c": 2}]}}])")
                                   << QStringLiteral("[0].a.b[1].c");
    QTest::newRow("written with an escape")
        << QByteArray(R"({"title": 1, "titl\u0065": 2})") << QStringLiteral("title");
    // Over a megabyte: the keys are checked on another core while Qt parses.
    QByteArray large = R"({"use_cases": [)";
    for (int i = 0; i < 40000; ++i)
        large += R"({"title": "a use case", "code": "x"},)";
    large += R"({"code": "y", "code": "z"}]})";
    QVERIFY(large.size() > (1 << 20));
    QTest::newRow("large document") << large << QStringLiteral("use_cases[40000].code");
}

void tst_StrictJson::duplicateKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const auto doc = StrictJson::parse(json);
    QVERIFY(!doc);
    QCOMPARE(doc.error().code, casebook::ErrorCode::InputRejected);
    QVERIFY2(doc.error().message.contains(QStringLiteral("key %1 appears twice").arg(path)),
             qPrintable(doc.error().message));
}

void tst_StrictJson::depth()
{
    const auto nested = [](int depth) -> QByteArray {
        return QByteArray(depth, '[') + QByteArray(depth, ']');
    };
    const auto ok = StrictJson::parse(nested(JsonLimits::kMaxDepth));
    QVERIFY2(ok, qPrintable(ok.error().message));
    const auto deep = StrictJson::parse(nested(JsonLimits::kMaxDepth + 1));
    QVERIFY(!deep);
    QVERIFY2(deep.error().message.contains(QLatin1String("deeper than 64")),
             qPrintable(deep.error().message));
    QVERIFY(!StrictJson::parse(nested(1000)));
    QVERIFY(!StrictJson::parse(nested(1000000))); // Qt's parser refuses it; nothing overflows
    // Large text that is not JSON at all: the parser's error, whatever the scan beside it met.
    const QList<QByteArray> broken{QByteArray(2 << 20, ']'), QByteArray(2 << 20, '}'),
                                   QByteArray(QByteArray("{\"a\": ") + QByteArray(2 << 20, '"'))};
    for (const QByteArray &text : broken) {
        const auto doc = StrictJson::parse(text);
        QVERIFY(!doc);
        QVERIFY2(doc.error().message.contains(QLatin1String("not valid JSON")),
                 qPrintable(doc.error().message));
    }
}

void tst_StrictJson::measure()
{
    QJsonValue deep = QJsonArray{1};
    for (int i = 0; i < 99; ++i)
        deep = QJsonArray{deep};
    const auto d = StrictJson::measure(deep, 1 << 20, JsonLimits::kMaxUnknownFieldDepth);
    QVERIFY(d.overDepth);
    QVERIFY(!d.overBytes);
    const auto big =
        StrictJson::measure(QJsonObject{{QStringLiteral("x"), QString(100000, QLatin1Char('a'))}},
                            JsonLimits::kMaxUnknownFieldBytes, 32);
    QVERIFY(big.overBytes);
    const auto small =
        StrictJson::measure(QJsonObject{{QStringLiteral("x"), QJsonArray{1, 2, QStringLiteral("é")}}},
                            JsonLimits::kMaxUnknownFieldBytes, 32);
    QVERIFY(!small.overBytes && !small.overDepth);
    QCOMPARE(small.depth, 2);
}

QTEST_GUILESS_MAIN(tst_StrictJson)
#include "tst_StrictJson.moc"
