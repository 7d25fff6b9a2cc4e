// casebook-cli export and restricted use cases (issue 10): left out of bundles, CSV and JSON unless
// --include-restricted, even when --ids names them, and the output says how many were left out.
#include "TestSupport.h"

#include "bundle/BundleReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

namespace {

using Run = casebook::test::CliRun;

const QString kRestricted1 = QStringLiteral("UC-RX-001");
const QString kRestricted2 = QStringLiteral("UC-RX-002");
const QString kGroup = QStringLiteral("UC-RX-003");

QByteArray fixtureJson()
{
    QJsonArray records;
    const QList<QPair<QString, QString>> levels{
        {kRestricted1, QStringLiteral("restricted")},
        {kRestricted2, QStringLiteral("restricted")},
        {kGroup, QStringLiteral("group")},
    };
    for (const auto &[code, level] : levels)
        records.append(
            QJsonObject{{QStringLiteral("code"), code},
                        {QStringLiteral("title"), QStringLiteral("Sharing %1 (%2)").arg(level, code)},
                        {QStringLiteral("sharing_level"), level}});
    return QJsonDocument(records).toJson();
}

} // namespace

class tst_CliRestricted : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpNamesTheOption();
    void bundleLeavesRestrictedOut();
    void spreadsheetsLeaveRestrictedOut_data();
    void spreadsheetsLeaveRestrictedOut();
    void namedRestrictedIdsStayOut();

private:
    Run cli(const QStringList &args);
    Run exportTo(const QString &file, const QStringList &more = {});
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_db;
};

Run tst_CliRestricted::cli(const QStringList &args)
{
    return test::runCli(args,
                        {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data"))},
                         {QStringLiteral("CASEBOOK_CONTRIBUTOR"), QStringLiteral("CLI Tester")}});
}

Run tst_CliRestricted::exportTo(const QString &file, const QStringList &more)
{
    return cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--out"),
                           file, QStringLiteral("--force")}
               + more);
}

void tst_CliRestricted::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = path(QStringLiteral("repo.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--examples")}).exit,
             0);
    const QString fixture = path(QStringLiteral("sharing.json"));
    QVERIFY(test::writeAll(fixture, fixtureJson()));
    const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"), fixture});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
}

void tst_CliRestricted::helpNamesTheOption()
{
    const Run r = cli({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QLatin1String("--include-restricted")));
    QVERIFY(cli({QStringLiteral("--help")}).outText().contains(QLatin1String("[--include-restricted]")));
}

void tst_CliRestricted::bundleLeavesRestrictedOut()
{
    const QString file = path(QStringLiteral("share.casebook"));
    Run r = exportTo(file);
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QVERIFY(r.outText().contains(QLatin1String("11 use cases")));
    QVERIFY2(r.outText().contains(QLatin1String(
                 "Left out 2 restricted use cases (use --include-restricted to include them).")),
             qPrintable(r.outText()));
    auto bundle = BundleReader().read(file);
    QVERIFY(bundle);
    QStringList codes;
    for (const IncomingUseCase &u : std::as_const(bundle->records.useCases))
        codes.append(u.useCase.code);
    QCOMPARE(codes.size(), 11);
    QVERIFY(codes.contains(kGroup));
    QVERIFY(!codes.contains(kRestricted1) && !codes.contains(kRestricted2));
    QCOMPARE(bundle->manifest.selection, QStringLiteral("everything; 2 restricted use cases left out"));

    r = exportTo(file, {QStringLiteral("--include-restricted")});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QLatin1String("13 use cases")));
    QVERIFY(!r.outText().contains(QLatin1String("Left out")));
    bundle = BundleReader().read(file);
    QVERIFY(bundle);
    QCOMPARE(bundle->records.useCases.size(), 13);
    QCOMPARE(bundle->manifest.selection, QStringLiteral("everything; restricted use cases included"));
}

void tst_CliRestricted::spreadsheetsLeaveRestrictedOut_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("csv") << QStringLiteral("all.csv") << QStringList();
    QTest::newRow("scores csv") << QStringLiteral("scores.csv") << QStringList{QStringLiteral("--scores")};
    QTest::newRow("json") << QStringLiteral("all.json") << QStringList();
}

void tst_CliRestricted::spreadsheetsLeaveRestrictedOut()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    const QString file = path(name);
    Run r = exportTo(file, options);
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QVERIFY(r.outText().contains(QLatin1String(" 11 use cases")));
    QVERIFY(r.outText().contains(
        QLatin1String("Left out 2 restricted use cases (use --include-restricted to include them).")));
    QByteArray bytes = test::readAll(file);
    QVERIFY(bytes.contains(kGroup.toUtf8()));
    QVERIFY(bytes.contains("UC-EX-001"));
    QVERIFY(!bytes.contains(kRestricted1.toUtf8()));
    QVERIFY(!bytes.contains(kRestricted2.toUtf8()));
    if (name.endsWith(QLatin1String(".json")))
        QCOMPARE(QJsonDocument::fromJson(bytes).array().size(), 11);

    r = exportTo(file, options + QStringList{QStringLiteral("--include-restricted")});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QLatin1String(" 13 use cases")));
    QVERIFY(!r.outText().contains(QLatin1String("Left out")));
    bytes = test::readAll(file);
    QVERIFY(bytes.contains(kRestricted1.toUtf8()));
    QVERIFY(bytes.contains(kRestricted2.toUtf8()));
}

void tst_CliRestricted::namedRestrictedIdsStayOut()
{
    const QString csv = path(QStringLiteral("named.csv"));
    Run r = exportTo(csv, {QStringLiteral("--ids"), QStringLiteral("UC-EX-001,uc-rx-002,") + kGroup});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QVERIFY2(
        r.outText().contains(QLatin1String("Left out 1 restricted use case named by --ids: UC-RX-002. "
                                           "Restricted use cases leave only with --include-restricted.")),
        qPrintable(r.outText()));
    QByteArray bytes = test::readAll(csv);
    QVERIFY(bytes.contains("UC-EX-001") && bytes.contains(kGroup.toUtf8()));
    QVERIFY(!bytes.contains(kRestricted2.toUtf8()));

    r = exportTo(csv, {QStringLiteral("--ids"), kRestricted2, QStringLiteral("--include-restricted")});
    QCOMPARE(r.exit, 0);
    QVERIFY(test::readAll(csv).contains(kRestricted2.toUtf8()));

    // A bundle of restricted use cases alone holds none; the member is told why, not that nothing matched.
    const QString bundle = path(QStringLiteral("named.casebook"));
    r = exportTo(bundle, {QStringLiteral("--ids"), kRestricted1 + QLatin1Char(',') + kRestricted2});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QLatin1String("named by --ids: UC-RX-001, UC-RX-002.")));
    QVERIFY2(!r.errText().contains(QLatin1String("no use case matches")), qPrintable(r.errText()));
    auto read = BundleReader().read(bundle);
    QVERIFY(read);
    QVERIFY(read->records.useCases.isEmpty());
    QCOMPARE(read->manifest.selection, QStringLiteral("2 chosen use cases; 2 restricted use cases left out"));
}

QTEST_GUILESS_MAIN(tst_CliRestricted)
#include "tst_CliRestricted.moc"
