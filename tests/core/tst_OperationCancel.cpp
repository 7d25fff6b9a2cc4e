#include "DatabaseDump.h"

#include "bundle/BundleExporter.h"
#include "exchange/SpreadsheetExport.h"
#include "merge/ImportPlanner.h"
#include "model/RubricJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

/// Long operations the window shows with progress and a Cancel button (issue 13): a cancel leaves
/// no partial result.
class tst_OperationCancel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cancelledImportLeavesTheRepositoryAsItWas();
    void cancelledSpreadsheetExportLeavesNoFile_data();
    void cancelledSpreadsheetExportLeavesNoFile();

private:
    std::unique_ptr<Database> open(const QString &name, bool examples);
    QTemporaryDir m_dir;
};

void tst_OperationCancel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_OperationCancel::open(const QString &name, bool examples)
{
    auto db = Database::open(m_dir.filePath(name));
    if (!db || !Seeder::seed(**db, examples))
        return {};
    return std::move(*db);
}

void tst_OperationCancel::cancelledImportLeavesTheRepositoryAsItWas()
{
    auto source = open(QStringLiteral("source.sqlite"), true);
    QVERIFY(source);
    const auto uuids = UseCaseRepository(*source).allUuids();
    QVERIFY(uuids);
    for (const QString &uuid : *uuids) {
        Assessment a;
        a.useCaseUuid = uuid;
        a.rubricUuid = RubricJson::defaultRubric().uuid;
        a.assessorName = QStringLiteral("Ana");
        a.scores = {{QStringLiteral("A1"), ScoreState::Level, 3, {}, {}, Confidence::None}};
        QVERIFY(AssessmentRepository(*source).save(a));
    }
    auto records = BundleExporter::collect(*source, {}, false);
    QVERIFY(records);

    auto target = open(QStringLiteral("target.sqlite"), false);
    QVERIFY(target);
    UseCase local;
    local.title = QStringLiteral("Already here");
    QVERIFY(UseCaseRepository(*target).insert(local));
    const QStringList before = test::dumpDatabase(*target, true);

    // The progress runs twice: while planning (records compared), then while writing (actions).
    // The Cancel button halfway through the first pass, then halfway through the second.
    for (const int cancelInPass : {1, 2}) {
        ImportPlanner::ApplyOptions options;
        int pass = 0, calls = 0, total = 0;
        options.progress = [&](int done, int of) {
            if (done == 0) {
                ++pass;
                calls = 0;
            }
            ++calls;
            total = of;
            return pass < cancelInPass || done < of / 2;
        };
        auto result = ImportPlanner::apply(*target, *records, Resolutions(), options);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY2(result.error().message.contains(QLatin1String("nothing was imported")),
                 qPrintable(result.error().message));
        QCOMPARE(pass, cancelInPass);
        QVERIFY2(total >= 20, qPrintable(QString::number(total))); // 10 use cases and 10 assessments
        QCOMPARE(calls, total / 2 + 1);
        QCOMPARE(test::dumpDatabase(*target, true), before);
    }

    ImportPlanner::ApplyOptions options;
    // Not cancelled, the same import goes through.
    options.progress = [](int, int) { return true; };
    QVERIFY(ImportPlanner::apply(*target, *records, Resolutions(), options));
    QCOMPARE(UseCaseRepository(*target).count().value(), 11);
}

void tst_OperationCancel::cancelledSpreadsheetExportLeavesNoFile_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("use cases csv") << int(ExportKind::UseCasesCsv) << QStringLiteral("u.csv");
    QTest::newRow("scores csv") << int(ExportKind::ScoresCsv) << QStringLiteral("s.csv");
    QTest::newRow("json") << int(ExportKind::UseCasesJson) << QStringLiteral("u.json");
    QTest::newRow("iec 62559-3 xml") << int(ExportKind::UseCasesXml) << QStringLiteral("u.xml");
}

void tst_OperationCancel::cancelledSpreadsheetExportLeavesNoFile()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    auto db = open(QStringLiteral("export-%1.sqlite").arg(name), true);
    QVERIFY(db);
    const QString path = m_dir.filePath(name);
    int calls = 0;
    auto cancelled =
        SpreadsheetExport::exportTo(*db, {}, ExportKind(kind), path, {}, [&calls](int done, int of) {
            ++calls;
            return done < of / 2;
        });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 6); // 10 use cases: the sixth call cancels
    QVERIFY(!QFile::exists(path));

    // An existing file stays as it was.
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("kept");
    existing.close();
    QVERIFY(
        !SpreadsheetExport::exportTo(*db, {}, ExportKind(kind), path, {}, [](int, int) { return false; }));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("kept"));
    existing.close();

    QVERIFY(SpreadsheetExport::exportTo(*db, {}, ExportKind(kind), path, {}, [](int, int) { return true; }));
    QVERIFY(QFileInfo(path).size() > 4);
}

QTEST_GUILESS_MAIN(tst_OperationCancel)
#include "tst_OperationCancel.moc"
