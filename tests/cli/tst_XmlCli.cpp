// IEC 62559-3 XML through casebook-cli: export --out FILE.xml and import FILE.xml, as scripts run them.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_XmlCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportImportRoundTrip();
    void foreignFileWarnsAboutWhatIsKept();
    void hostileXmlExitsTwoAndChangesNothing_data();
    void hostileXmlExitsTwoAndChangesNothing();
    void optionsAndHelp();

private:
    test::CliRun cli(const QStringList &args);
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_XmlCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(cli({QStringLiteral("--db"), file(QStringLiteral("examples.sqlite")), QStringLiteral("init"),
                  QStringLiteral("--examples")})
                 .exit,
             0);
}

test::CliRun tst_XmlCli::cli(const QStringList &args)
{
    return test::runCli(args,
                        {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg"))},
                         {QStringLiteral("CASEBOOK_CONTRIBUTOR"), QStringLiteral("CLI")}});
}

void tst_XmlCli::exportImportRoundTrip()
{
    const QString a = file(QStringLiteral("examples.sqlite")), b = file(QStringLiteral("b.sqlite"));
    const QString xml = file(QStringLiteral("all.xml"));
    auto r = cli({QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("--out"), xml});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY(r.out.contains("10 use cases"));
    QVERIFY(test::readAll(xml).contains("<cps:UseCaseRepository xmlns:cps=\"cpsframework\">"));
    r = cli({QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("--out"),
             file(QStringLiteral("one.xml")), QStringLiteral("--ids"), QStringLiteral("UC-EX-001")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY(r.out.contains("1 use case"));

    QCOMPARE(cli({QStringLiteral("--db"), b, QStringLiteral("init")}).exit, 0);
    const QByteArray before = test::readAll(b);
    r = cli({QStringLiteral("--db"), b, QStringLiteral("import"), xml, QStringLiteral("--dry-run"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out)
                 .object()
                 .value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("use_case"))
                 .toObject()
                 .value(QStringLiteral("new")),
             QJsonValue(10));
    QCOMPARE(test::readAll(b), before);

    r = cli({QStringLiteral("--db"), b, QStringLiteral("import"), xml});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY2(r.out.contains("10 added"), r.out.constData());
    r = cli({QStringLiteral("--db"), b, QStringLiteral("import"), xml});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.out.contains("Nothing to import"));

    // Everything came back: the JSON exports of both repositories are the same bytes.
    QCOMPARE(cli({QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("--out"),
                  file(QStringLiteral("a.json"))})
                 .exit,
             0);
    QCOMPARE(cli({QStringLiteral("--db"), b, QStringLiteral("export"), QStringLiteral("--out"),
                  file(QStringLiteral("b.json"))})
                 .exit,
             0);
    QCOMPARE(test::readAll(file(QStringLiteral("b.json"))), test::readAll(file(QStringLiteral("a.json"))));

    // The file is recognised by its content whatever its name.
    QVERIFY(test::copyFile(xml, file(QStringLiteral("renamed.txt"))));
    r = cli({QStringLiteral("--db"), b, QStringLiteral("import"), file(QStringLiteral("renamed.txt")),
             QStringLiteral("--dry-run")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY2(r.out.contains("Identical: 10"), r.out.constData());
}

void tst_XmlCli::foreignFileWarnsAboutWhatIsKept()
{
    const QString db = file(QStringLiteral("foreign.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exit, 0);
    auto r = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                  test::dataPath(QStringLiteral("xml/foreign-repository.xml")), QStringLiteral("--dry-run"),
                  QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(plan.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")),
             QJsonValue(QStringLiteral("xml")));
    QVERIFY2(QJsonDocument(plan.value(QStringLiteral("warnings")).toArray()).toJson().contains("nature[1]"),
             r.out.constData());
    r = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
             test::dataPath(QStringLiteral("xml/foreign-repository.xml"))});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY(r.out.contains("1 added"));
    QVERIFY2(r.err.contains("iec62559_unmapped") && r.err.contains("nature[1]"), r.err.constData());
    QVERIFY2(r.err.contains("DomainLibrary"), r.err.constData());
    r = cli({QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("SG-AMI-1"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exit, 0);
    const QJsonObject u = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(u.value(QStringLiteral("actors")).toArray().size(), 3);
    QVERIFY(u.value(QStringLiteral("iec62559_unmapped")).toObject().contains(QStringLiteral("Drawing[1]")));
}

void tst_XmlCli::hostileXmlExitsTwoAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("entity expansion") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n"
        "<cps:UseCaseRepository xmlns:cps=\"cpsframework\"><name>&b;</name></cps:UseCaseRepository>")
                                      << QByteArray("document type declaration");
    QTest::newRow("external entity") << QByteArray(
        "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>")
                                     << QByteArray("document type declaration");
    QByteArray deep;
    for (int i = 0; i < 100; ++i)
        deep += "<a>";
    QTest::newRow("too deep") << deep << QByteArray("nested more than 64 deep");
    QTest::newRow("not a repository") << QByteArray("<?xml version=\"1.0\"?>\n<svg/>")
                                      << QByteArray("line 2: <svg> is not the root of an IEC 62559-3");
}

void tst_XmlCli::hostileXmlExitsTwoAndChangesNothing()
{
    QFETCH(QByteArray, xml);
    QFETCH(QByteArray, expected);
    const QString db = file(QStringLiteral("examples.sqlite"));
    const QByteArray before = test::readAll(db);
    QVERIFY(test::writeAll(file(QStringLiteral("hostile.xml")), xml));
    const auto r =
        cli({QStringLiteral("--db"), db, QStringLiteral("import"), file(QStringLiteral("hostile.xml"))});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(expected), r.err.constData());
    QVERIFY2(r.err.contains("hostile.xml"), r.err.constData());
    QCOMPARE(test::readAll(db), before);
}

void tst_XmlCli::optionsAndHelp()
{
    const QString db = file(QStringLiteral("examples.sqlite"));
    auto r = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--out"),
                  file(QStringLiteral("lean.xml")), QStringLiteral("--lean")});
    QCOMPARE(r.exit, 1);
    r = cli({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains("FILE.xml") && r.out.contains("IEC 62559-3"), r.out.constData());
    r = cli({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains(".xml"), r.out.constData());
}

QTEST_GUILESS_MAIN(tst_XmlCli)
#include "tst_XmlCli.moc"
