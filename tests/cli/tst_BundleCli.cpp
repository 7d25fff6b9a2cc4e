// export and import through casebook-cli, as scripts run them.
#include "TestSupport.h"

#include "bundle/BundleWriter.h"
#include "merge/IncomingRecords.h"
#include "support/Sha256.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_BundleCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportImportDryRunAndPolicy();
    void rejectedBundleExitsTwoAndChangesNothing();
    void importsListAndUndoImport();
    void unknownFileType();
    void attachmentsThatCouldRunCodeAreNamed();

private:
    using Run = test::CliRun;
    Run cli(const QStringList &args);
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_BundleCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

tst_BundleCli::Run tst_BundleCli::cli(const QStringList &args)
{
    return test::runCli(args,
                        {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg"))},
                         {QStringLiteral("CASEBOOK_CONTRIBUTOR"), QStringLiteral("CLI")}});
}

void tst_BundleCli::exportImportDryRunAndPolicy()
{
    const QString a = file(QStringLiteral("a.sqlite")), b = file(QStringLiteral("b.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), a, QStringLiteral("init"), QStringLiteral("--examples")}).exit, 0);
    Run r = cli({QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("--out"),
                 file(QStringLiteral("all.casebook"))});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY(r.out.contains("10 use cases"));
    r = cli({QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("--out"),
             file(QStringLiteral("all.casebook"))});
    QCOMPARE(r.exit, 1); // exists, no --force
    r = cli({QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("--out"),
             file(QStringLiteral("one.casebook")), QStringLiteral("--ids"), QStringLiteral("UC-EX-001"),
             QStringLiteral("--lean")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY(r.out.contains("1 use case"));

    // Dry run into a new repository: the plan as JSON, nothing written.
    QCOMPARE(cli({QStringLiteral("--db"), b, QStringLiteral("init")}).exit, 0);
    const QByteArray before = test::readAll(b);
    r = cli({QStringLiteral("--db"), b, QStringLiteral("import"), file(QStringLiteral("all.casebook")),
             QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(plan.value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("use_case"))
                 .toObject()
                 .value(QStringLiteral("new")),
             QJsonValue(10));
    QCOMPARE(test::readAll(b), before);

    r = cli({QStringLiteral("--db"), b, QStringLiteral("import"), file(QStringLiteral("all.casebook"))});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY(r.out.contains("10 added"));
    r = cli({QStringLiteral("--db"), b, QStringLiteral("import"), file(QStringLiteral("all.casebook"))});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.out.contains("Nothing to import"));

    // Both sides tag the same use case: tags merge as a union whatever the policy.
    QCOMPARE(cli({QStringLiteral("--db"), a, QStringLiteral("tag"), QStringLiteral("UC-EX-001"),
                  QStringLiteral("from-a")})
                 .exit,
             0);
    QCOMPARE(cli({QStringLiteral("--db"), b, QStringLiteral("tag"), QStringLiteral("UC-EX-001"),
                  QStringLiteral("from-b")})
                 .exit,
             0);
    r = cli({QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("--out"),
             file(QStringLiteral("a2.casebook")), QStringLiteral("--tag"), QStringLiteral("from-a")});
    QVERIFY2(r.exit == 0, r.err.constData());
    r = cli({QStringLiteral("--db"), b, QStringLiteral("import"), file(QStringLiteral("a2.casebook")),
             QStringLiteral("--dry-run")});
    QVERIFY2(r.exit == 0, r.err.constData());
    r = cli({QStringLiteral("--db"), b, QStringLiteral("import"), file(QStringLiteral("a2.casebook")),
             QStringLiteral("--policy"), QStringLiteral("bogus")});
    QCOMPARE(r.exit, 1);
    r = cli({QStringLiteral("--db"), b, QStringLiteral("import"), file(QStringLiteral("a2.casebook")),
             QStringLiteral("--policy"), QStringLiteral("take-theirs")});
    QVERIFY2(r.exit == 0, r.err.constData());
    r = cli({QStringLiteral("--db"), b, QStringLiteral("show"), QStringLiteral("UC-EX-001"),
             QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray tags = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tags")).toArray();
    QVERIFY(tags.contains(QJsonValue(QStringLiteral("from-a"))));
    QVERIFY(tags.contains(QJsonValue(QStringLiteral("from-b"))));
}

void tst_BundleCli::importsListAndUndoImport()
{
    const QString a = file(QStringLiteral("undo-a.sqlite")), b = file(QStringLiteral("undo-b.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), a, QStringLiteral("init"), QStringLiteral("--examples")}).exit, 0);
    QCOMPARE(cli({QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("--out"),
                  file(QStringLiteral("undo.casebook"))})
                 .exit,
             0);
    QCOMPARE(cli({QStringLiteral("--db"), b, QStringLiteral("init")}).exit, 0);
    Run r = cli({QStringLiteral("--db"), b, QStringLiteral("undo-import")});
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains("No import to take back"), r.err.constData());
    const auto listed = [&] {
        return cli({QStringLiteral("--db"), b, QStringLiteral("list"), QStringLiteral("--format"),
                    QStringLiteral("json")})
            .out;
    };
    const QByteArray empty = listed();

    r = cli({QStringLiteral("--db"), b, QStringLiteral("import"), file(QStringLiteral("undo.casebook")),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonObject imported = QJsonDocument::fromJson(r.out).object();
    const int id = imported.value(QStringLiteral("import_id")).toInt();
    QVERIFY(id > 0);
    QCOMPARE(imported.value(QStringLiteral("backup")).toString(), QString());
    QVERIFY(listed() != empty);
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("undo-b-backups")))); // no copy of the repository

    r = cli({QStringLiteral("--db"), b, QStringLiteral("imports"), QStringLiteral("--format"),
             QStringLiteral("json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QJsonObject entry = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(entry.value(QStringLiteral("id")).toInt(), id);
    QCOMPARE(entry.value(QStringLiteral("source")).toString(), QStringLiteral("undo.casebook"));
    QCOMPARE(entry.value(QStringLiteral("can_take_back")).toBool(), true);
    QVERIFY(entry.value(QStringLiteral("counts")).toObject().value(QStringLiteral("added")).toInt() >= 10);

    for (const QString &bad : {QStringLiteral("x"), QStringLiteral("-3")}) {
        r = cli({QStringLiteral("--db"), b, QStringLiteral("undo-import"), bad});
        QCOMPARE(r.exit, 1);
    }
    r = cli({QStringLiteral("--db"), b, QStringLiteral("undo-import"), QString::number(id + 1)});
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains(QByteArray::number(id + 1)), r.err.constData());

    // The last import by default; then the list is as it was, and the log says so.
    r = cli({QStringLiteral("--db"), b, QStringLiteral("undo-import")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY2(r.out.contains("of undo.casebook: 10 use case"), r.out.constData());
    QCOMPARE(listed(), empty);
    r = cli({QStringLiteral("--db"), b, QStringLiteral("imports")});
    QVERIFY2(r.out.contains("undo.casebook") && r.out.contains("taken back"), r.out.constData());
    r = cli({QStringLiteral("--db"), b, QStringLiteral("undo-import"), QString::number(id)});
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains("already taken back"), r.err.constData());
    QCOMPARE(cli({QStringLiteral("--db"), b, QStringLiteral("check")}).exit, 0);
}

void tst_BundleCli::rejectedBundleExitsTwoAndChangesNothing()
{
    const QString db = file(QStringLiteral("victim.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--examples")}).exit, 0);
    const QByteArray before = test::readAll(db);
    QVERIFY(
        test::writeAll(file(QStringLiteral("cut.casebook")), QByteArray("PK\x03\x04\x14\x00\x00\x00", 8)));
    const Run r =
        cli({QStringLiteral("--db"), db, QStringLiteral("import"), file(QStringLiteral("cut.casebook"))});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.startsWith("casebook-cli: cut.casebook: "), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1); // one sentence
    QCOMPARE(test::readAll(db), before);
    const Run verbose = cli({QStringLiteral("--db"), db, QStringLiteral("--verbose"),
                             QStringLiteral("import"), file(QStringLiteral("cut.casebook"))});
    QCOMPARE(verbose.exit, 2);
    QVERIFY(verbose.err.contains("detail: "));
}

void tst_BundleCli::unknownFileType()
{
    QVERIFY(test::writeAll(file(QStringLiteral("notes.pdf")), "hello"));
    const Run r = cli({QStringLiteral("--db"), file(QStringLiteral("x.sqlite")), QStringLiteral("import"),
                       file(QStringLiteral("notes.pdf"))});
    QCOMPARE(r.exit, 2);
    QVERIFY(r.err.contains("cannot be imported"));
}

void tst_BundleCli::attachmentsThatCouldRunCodeAreNamed()
{
    // A bundle whose attachment "minutes.pdf" is a Windows program: the plan names it, in text and JSON.
    const QByteArray program = QByteArray("MZ\x90\x00\x03\x00\x00\x00", 8) + QByteArray(200, '\0');
    UseCase u;
    u.uuid = QStringLiteral("6a0b3c1d-2e4f-4a5b-8c6d-7e8f9a0b1c2d");
    u.code = QStringLiteral("UC-ATT-001");
    u.title = QStringLiteral("Meeting notes");
    u.createdAt = u.modifiedAt = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
    u.revision = 1;
    u.attachments = {AttachmentRef{sha256Hex(program),
                                   QStringLiteral("minutes.pdf"),
                                   QStringLiteral("application/pdf"),
                                   program.size(),
                                   {},
                                   u.createdAt}};
    IncomingRecords records;
    records.useCases = {IncomingUseCase{u, {}, {}, {}}};
    records.attachments.insert(sha256Hex(program), program);
    const QString bundle = file(QStringLiteral("minutes.casebook"));
    BundleWriter::Options options;
    options.createdAt = u.createdAt;
    QVERIFY(BundleWriter::write(records, bundle, options));

    const QString db = file(QStringLiteral("attachments.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exit, 0);
    const QByteArray before = test::readAll(db);
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), bundle, QStringLiteral("--dry-run")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY2(
        r.outText().contains(QLatin1String("warning: The attachment \"minutes.pdf\" of \"Meeting notes\" "
                                           "could run a program")),
        qPrintable(r.outText()));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), bundle, QStringLiteral("--dry-run"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray warnings =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().toString().contains(QLatin1String("\"minutes.pdf\"")));
    QCOMPARE(test::readAll(db), before);
}

QTEST_GUILESS_MAIN(tst_BundleCli)
#include "tst_BundleCli.moc"
