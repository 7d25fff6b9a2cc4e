#include "storage/SqlScript.h"

#include <QTest>

using casebook::SqlScript;

class tst_SqlScript : public QObject
{
    Q_OBJECT
private slots:
    void split_data();
    void split();
};

void tst_SqlScript::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("two statements") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n")
                                    << QStringList{QStringLiteral("CREATE TABLE a (x);"),
                                                   QStringLiteral("CREATE TABLE b (y);")};
    QTest::newRow("comments dropped") << QStringLiteral("-- header\n\nCREATE TABLE a (x);\n  -- trailing\n")
                                      << QStringList{QStringLiteral("CREATE TABLE a (x);")};
    QTest::newRow("multi-line statement") << QStringLiteral("CREATE TABLE a (\n  x,\n  y\n);\n")
                                          << QStringList{QStringLiteral("CREATE TABLE a (\n  x,\n  y\n);")};
    QTest::newRow("trigger body kept whole")
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  DELETE FROM b;\n  INSERT INTO b "
                          "VALUES (1);\nEND;\nSELECT 1;")
        << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  DELETE FROM b;\n  INSERT "
                                      "INTO b VALUES (1);\nEND;"),
                       QStringLiteral("SELECT 1;")};
    QTest::newRow("last statement without semicolon")
        << QStringLiteral("SELECT 1;\nSELECT 2")
        << QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2")};
}

void tst_SqlScript::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(SqlScript::split(script), statements);
}

QTEST_GUILESS_MAIN(tst_SqlScript)
#include "tst_SqlScript.moc"
