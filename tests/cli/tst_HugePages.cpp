// casebook-cli starts itself again, once, with glibc's malloc on transparent huge pages, for the
// commands that move whole bundles, and so does the window (common/HugePages.h); both leave a user's
// choice alone, and the restarted program gets its environment back.
#include "TestSupport.h"
#include "common/HugePages.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib> // __GLIBC__

using namespace casebook;

class tst_HugePages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void startsAgainOnlyForBulkCommands_data();
    void startsAgainOnlyForBulkCommands();
    void windowStartsAgainOnce_data();
    void windowStartsAgainOnce();
    void restartedProgramGetsItsEnvironmentBack_data();
    void restartedProgramGetsItsEnvironmentBack();

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

/// Sets (or, for a null value, removes) an environment variable of this test.
void setVariable(const char *name, const QByteArray &value)
{
    if (value.isNull())
        qunsetenv(name);
    else
        qputenv(name, value);
}

/// An environment variable of this test; a null QByteArray when unset.
QByteArray variable(const char *name)
{
    return qEnvironmentVariableIsSet(name) ? qgetenv(name) : QByteArray();
}

} // namespace

void tst_HugePages::initTestCase()
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

void tst_HugePages::startsAgainOnlyForBulkCommands_data()
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

void tst_HugePages::startsAgainOnlyForBulkCommands()
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

void tst_HugePages::windowStartsAgainOnce_data()
{
    QTest::addColumn<QString>("tunables"); // GLIBC_TUNABLES as the user left it; empty: unset
    QTest::addColumn<int>("expectedStarts");
    QTest::newRow("unset") << QString() << 2;
    QTest::newRow("another tunable") << QStringLiteral("glibc.malloc.arena_max=2") << 2;
    QTest::newRow("huge pages refused by the user") << QStringLiteral("glibc.malloc.hugetlb=0") << 1;
}

void tst_HugePages::windowStartsAgainOnce()
{
#ifndef CASEBOOK_GUI_PATH
    QSKIP("built without the window");
#else
    QFETCH(QString, tunables);
    QFETCH(int, expectedStarts);
    // --help: the window prints its options and quits once Qt has started, after the restart.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("GLIBC_TUNABLES"));
    if (!tunables.isEmpty())
        environment.insert(QStringLiteral("GLIBC_TUNABLES"), tunables);
    QProcess window;
    window.setProcessEnvironment(environment);
    window.setWorkingDirectory(m_dir.path());
    window.start(QStringLiteral(CASEBOOK_GUI_PATH), {QStringLiteral("--help")});
    QVERIFY(window.waitForFinished(60000));
    const QString out = QString::fromUtf8(window.readAllStandardOutput());
    const QString err = QString::fromUtf8(window.readAllStandardError());
    QCOMPARE(window.exitCode(), 0);
    QVERIFY2(out.contains(QLatin1String("--db")), qPrintable(out));
    QCOMPARE(int(err.count(QLatin1String("transferring control"))), expectedStarts);
#endif
}

void tst_HugePages::restartedProgramGetsItsEnvironmentBack_data()
{
    QTest::addColumn<QByteArray>("before"); // CASEBOOK_GLIBC_TUNABLES_BEFORE; null: unset
    QTest::addColumn<QByteArray>("expected"); // GLIBC_TUNABLES afterwards; null: unset
    QTest::addColumn<bool>("restarted");
    QTest::newRow("was unset") << QByteArray("") << QByteArray() << true;
    QTest::newRow("held another tunable")
        << QByteArray("=glibc.malloc.arena_max=2") << QByteArray("glibc.malloc.arena_max=2") << true;
    QTest::newRow("was empty") << QByteArray("=") << QByteArray("") << true;
    // Not a restarted program: what the user set stays.
    QTest::newRow("no restart") << QByteArray() << QByteArray("glibc.malloc.hugetlb=1") << false;
}

void tst_HugePages::restartedProgramGetsItsEnvironmentBack()
{
#if !(defined(__linux__) && defined(__GLIBC__))
    QSKIP("only Linux with glibc restarts with huge pages");
#else
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, expected);
    QFETCH(bool, restarted);
    // As the restart leaves the environment of the program it starts.
    setVariable("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1");
    setVariable("CASEBOOK_GLIBC_TUNABLES_BEFORE", before);
    QCOMPARE(app::restoreAfterRestart(), restarted);
    QCOMPARE(variable("GLIBC_TUNABLES"), expected);
    QCOMPARE(variable("GLIBC_TUNABLES").isNull(), expected.isNull());
    QVERIFY(!qEnvironmentVariableIsSet("CASEBOOK_GLIBC_TUNABLES_BEFORE"));
    qunsetenv("GLIBC_TUNABLES");
#endif
}

QTEST_GUILESS_MAIN(tst_HugePages)
#include "tst_HugePages.moc"
