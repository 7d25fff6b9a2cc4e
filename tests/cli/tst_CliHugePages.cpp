// casebook-cli starts itself again, once, with glibc's malloc on transparent huge pages, for the
// commands that move whole bundles (cli/HugePages.h), and leaves a user's choice alone.
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib> // __GLIBC__

using namespace casebook;

class tst_CliHugePages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void startsAgainOnlyForBulkCommands_data();
    void startsAgainOnlyForBulkCommands();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

namespace {

/// How many times the dynamic linker started casebook-cli (LD_DEBUG=files, on standard error).
int starts(const test::CliRun &r)
{
    return int(r.errText().count(QLatin1String("transferring control")));
}

} // namespace

void tst_CliHugePages::initTestCase()
{
#if !(defined(__linux__) && defined(__GLIBC__))
    QSKIP("only Linux with glibc restarts with huge pages");
#endif
    QVERIFY(m_dir.isValid());
    const auto init = test::runCli({QStringLiteral("--db"), path(QStringLiteral("from.sqlite")),
                                    QStringLiteral("init"), QStringLiteral("--examples")});
    QCOMPARE(init.exit, 0);
    const auto exported =
        test::runCli({QStringLiteral("--db"), path(QStringLiteral("from.sqlite")), QStringLiteral("export"),
                      QStringLiteral("--out"), path(QStringLiteral("examples.casebook"))});
    QVERIFY2(exported.exit == 0, qPrintable(exported.errText()));
    QFile json(path(QStringLiteral("one.json")));
    QVERIFY(json.open(QIODevice::WriteOnly));
    QVERIFY(json.write(R"({"title": "Street lighting on demand"})") > 0);
}

void tst_CliHugePages::startsAgainOnlyForBulkCommands_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("tunables"); // GLIBC_TUNABLES as the user left it; empty: unset
    QTest::addColumn<int>("expectedStarts");
    QTest::addColumn<int>("expectedExit");
    const QStringList import{QStringLiteral("import"), QStringLiteral("examples.casebook")};
    QTest::newRow("list") << QStringList{QStringLiteral("list")} << QString() << 1 << 0;
    QTest::newRow("import") << import << QString() << 2 << 0;
    QTest::newRow("import, with another tunable")
        << import << QStringLiteral("glibc.malloc.arena_max=2") << 2 << 0;
    QTest::newRow("import, huge pages refused by the user")
        << import << QStringLiteral("glibc.malloc.hugetlb=0") << 1 << 0;
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                                           QStringLiteral("out.casebook")}
                            << QString() << 2 << 0;
    QTest::newRow("add") << QStringList{QStringLiteral("add"), QStringLiteral("--json"),
                                        QStringLiteral("one.json")}
                         << QString() << 2 << 0;
    // Never synced and no --server: the command's own refusal, status 1, after the restart.
    QTest::newRow("sync") << QStringList{QStringLiteral("sync")} << QString() << 2 << 1;
}

void tst_CliHugePages::startsAgainOnlyForBulkCommands()
{
    QFETCH(QStringList, command);
    QFETCH(QString, tunables);
    QFETCH(int, expectedStarts);
    QFETCH(int, expectedExit);
    static int run = 0;
    const QString db = path(QStringLiteral("run-%1.sqlite").arg(++run));
    QVERIFY(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exit == 0);
    const QHash<QString, QString> environment{{QStringLiteral("LD_DEBUG"), QStringLiteral("files")},
                                              {QStringLiteral("GLIBC_TUNABLES"), tunables}};
    if (command.size() > 1) // the file named last, in the temporary folder
        command.last() = path(command.last());
    const auto r = test::runCli(QStringList{QStringLiteral("--db"), db} + command, environment);
    QVERIFY2(r.exit == expectedExit, qPrintable(r.errText().right(500)));
    QCOMPARE(starts(r), expectedStarts);
    if (command.first() == QLatin1String("import")) // the command's own work, done once
        QVERIFY2(r.outText().contains(QLatin1String("10 added")), qPrintable(r.outText()));
    if (command.first() == QLatin1String("add")) { // one UUID printed, once
        const QString printed = r.outText().trimmed();
        QVERIFY2(!printed.isEmpty() && !printed.contains(QLatin1Char('\n')), qPrintable(printed));
    }
}

QTEST_GUILESS_MAIN(tst_CliHugePages)
#include "tst_CliHugePages.moc"
