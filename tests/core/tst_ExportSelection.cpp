// The sharing rule of every export (issue 10): a use case whose sharing level is "restricted" leaves
// in no bundle, spreadsheet or JSON file unless the selection includes restricted use cases, even
// when its id is named, and the selection says how many it left out.

#include "TestSupport.h"

#include "bundle/BundleExporter.h"
#include "bundle/BundleReader.h"
#include "exchange/SpreadsheetExport.h"
#include "model/RubricJson.h"
#include "search/ExportSelection.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace casebook;

Q_DECLARE_METATYPE(casebook::ExportKind)

class tst_ExportSelection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaultLeavesRestrictedOut();
    void includeRestrictedTakesThem();
    void namedIdsDoNotOverrideTheRule();
    void onlyMatchingRecordsCount();
    void levelReadWithoutCase();
    void bundleLeavesRestrictedOut();
    void spreadsheetsLeaveRestrictedOut_data();
    void spreadsheetsLeaveRestrictedOut();

private:
    QString uuidOf(const QString &code) const;
    QString filePath(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {

// The ten examples are public; the test makes two restricted and one shared with the group.
const QString kRestricted = QStringLiteral("UC-EX-002");
const QString kRestricted2 = QStringLiteral("UC-EX-004");
const QString kGroup = QStringLiteral("UC-EX-003");
const QString kPublic = QStringLiteral("UC-EX-001");

bool setSharing(Database &db, const QString &code, const QString &level)
{
    UseCaseRepository repo(db);
    auto u = repo.get(code);
    if (!u)
        return false;
    u->sharingLevel = level;
    return bool(repo.update(*u));
}

bool assess(Database &db, const QString &code)
{
    Assessment a;
    a.useCaseUuid = UseCaseRepository(db).get(code).value().uuid;
    a.rubricUuid = RubricJson::defaultRubric().uuid;
    a.assessorName = QStringLiteral("Ana");
    a.scores = {
        {QStringLiteral("A1"), ScoreState::Level, 3, QStringLiteral("measured"), {}, Confidence::High}};
    return bool(AssessmentRepository(db).save(a));
}

} // namespace

void tst_ExportSelection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ExportSelection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Database::OpenOptions o;
    o.contributor = QStringLiteral("Tester");
    auto db = Database::open(filePath(QStringLiteral("repo.sqlite")), o);
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
    QVERIFY(setSharing(*m_db, kRestricted, QStringLiteral("restricted")));
    QVERIFY(setSharing(*m_db, kRestricted2, QStringLiteral("restricted")));
    QVERIFY(setSharing(*m_db, kGroup, QStringLiteral("group")));
    QVERIFY(assess(*m_db, kPublic));
    QVERIFY(assess(*m_db, kRestricted));
}

void tst_ExportSelection::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString tst_ExportSelection::uuidOf(const QString &code) const
{
    return UseCaseRepository(*m_db).get(code).value().uuid;
}

void tst_ExportSelection::defaultLeavesRestrictedOut()
{
    const ExportSelection all;
    QVERIFY(!all.includeRestricted);
    auto chosen = all.select(*m_db);
    QVERIFY(chosen);
    QCOMPARE(chosen->uuids.size(), 8);
    QCOMPARE(chosen->restrictedLeftOut, (QStringList{kRestricted, kRestricted2}));
    QCOMPARE(chosen->leftOut(), 2);
    QVERIFY(!chosen->uuids.contains(uuidOf(kRestricted)));
    QVERIFY(!chosen->uuids.contains(uuidOf(kRestricted2)));
    QVERIFY(chosen->uuids.contains(uuidOf(kGroup)));
    QVERIFY(chosen->uuids.contains(uuidOf(kPublic)));
    // resolve(), which every export calls, applies the same rule.
    QCOMPARE(all.resolve(*m_db).value(), chosen->uuids);
    QCOMPARE(all.describe(*chosen), QStringLiteral("everything; 2 restricted use case(s) left out"));
}

void tst_ExportSelection::includeRestrictedTakesThem()
{
    ExportSelection all;
    all.includeRestricted = true;
    auto chosen = all.select(*m_db);
    QVERIFY(chosen);
    QCOMPARE(chosen->uuids, UseCaseRepository(*m_db).allUuids().value());
    QVERIFY(chosen->restrictedLeftOut.isEmpty());
    QCOMPARE(all.describe(*chosen), QStringLiteral("everything; restricted use cases included"));
}

void tst_ExportSelection::namedIdsDoNotOverrideTheRule()
{
    ExportSelection named;
    named.ids = {kPublic, kRestricted.toLower(), uuidOf(kGroup)};
    auto chosen = named.select(*m_db);
    QVERIFY(chosen);
    QCOMPARE(chosen->uuids, (QStringList{uuidOf(kPublic), uuidOf(kGroup)}));
    QCOMPARE(chosen->restrictedLeftOut, QStringList{kRestricted});
    QCOMPARE(named.describe(*chosen),
             QStringLiteral("3 chosen use case(s); 1 restricted use case(s) left out"));

    named.includeRestricted = true;
    chosen = named.select(*m_db);
    QVERIFY(chosen);
    QCOMPARE(chosen->uuids, (QStringList{uuidOf(kPublic), uuidOf(kRestricted), uuidOf(kGroup)}));
    QVERIFY(chosen->restrictedLeftOut.isEmpty());

    // Only restricted ones named: nothing to export, and the member is told why.
    ExportSelection onlyRestricted;
    onlyRestricted.ids = {kRestricted};
    chosen = onlyRestricted.select(*m_db);
    QVERIFY(chosen);
    QVERIFY(chosen->uuids.isEmpty());
    QCOMPARE(chosen->leftOut(), 1);
}

void tst_ExportSelection::onlyMatchingRecordsCount()
{
    ExportSelection future;
    future.since = ExportSelection::parseSince(QStringLiteral("2099-01-01"));
    auto none = future.select(*m_db);
    QVERIFY(none);
    QVERIFY(none->uuids.isEmpty());
    QCOMPARE(none->leftOut(), 0); // restricted records outside the selection are not "left out"
    QCOMPARE(future.describe(*none), future.describe());

    ExportSelection byTag;
    byTag.tag = QStringLiteral("example"); // every example has it
    auto chosen = byTag.select(*m_db);
    QVERIFY(chosen);
    QCOMPARE(chosen->uuids.size() + chosen->leftOut(), 10);
    QCOMPARE(chosen->leftOut(), 2);
}

void tst_ExportSelection::levelReadWithoutCase()
{
    // The editor and importers store vocabulary ids, but a record written by hand may not: the rule
    // still holds for it.
    QVERIFY(setSharing(*m_db, kPublic, QStringLiteral(" Restricted ")));
    auto chosen = ExportSelection().select(*m_db);
    QVERIFY(chosen);
    QCOMPARE(chosen->restrictedLeftOut, (QStringList{kPublic, kRestricted, kRestricted2}));
}

void tst_ExportSelection::bundleLeavesRestrictedOut()
{
    const QString lean = filePath(QStringLiteral("default.casebook"));
    auto summary = BundleExporter::exportTo(*m_db, {}, lean, {});
    QVERIFY(summary);
    QCOMPARE(summary->useCases, 8);
    QCOMPARE(summary->restrictedLeftOut, (QStringList{kRestricted, kRestricted2}));
    auto bundle = BundleReader().read(lean);
    QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().message + bundle.error().detail));
    QStringList codes;
    for (const IncomingUseCase &u : std::as_const(bundle->records.useCases))
        codes.append(u.useCase.code);
    QCOMPARE(codes.size(), 8);
    QVERIFY(!codes.contains(kRestricted));
    QVERIFY(!codes.contains(kRestricted2));
    QVERIFY(codes.contains(kGroup));
    QCOMPARE(bundle->records.assessments.size(), 1); // the public one's; the restricted one's stays
    QCOMPARE(bundle->records.assessments.first().useCaseUuid, uuidOf(kPublic));
    QCOMPARE(bundle->manifest.selection, QStringLiteral("everything; 2 restricted use case(s) left out"));
    QCOMPARE(bundle->manifest.counts.value(QStringLiteral("use_cases")).toInt(), 8);

    ExportSelection withRestricted;
    withRestricted.includeRestricted = true;
    const QString full = filePath(QStringLiteral("with-restricted.casebook"));
    summary = BundleExporter::exportTo(*m_db, withRestricted, full, {});
    QVERIFY(summary);
    QCOMPARE(summary->useCases, 10);
    QVERIFY(summary->restrictedLeftOut.isEmpty());
    bundle = BundleReader().read(full);
    QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().message + bundle.error().detail));
    QCOMPARE(bundle->records.useCases.size(), 10);
    QCOMPARE(bundle->records.assessments.size(), 2);
    QCOMPARE(bundle->manifest.selection, QStringLiteral("everything; restricted use cases included"));
}

void tst_ExportSelection::spreadsheetsLeaveRestrictedOut_data()
{
    QTest::addColumn<ExportKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("use cases csv") << ExportKind::UseCasesCsv << QStringLiteral("usecases.csv");
    QTest::newRow("scores csv") << ExportKind::ScoresCsv << QStringLiteral("scores.csv");
    QTest::newRow("json") << ExportKind::UseCasesJson << QStringLiteral("usecases.json");
}

void tst_ExportSelection::spreadsheetsLeaveRestrictedOut()
{
    QFETCH(ExportKind, kind);
    QFETCH(QString, name);
    const QString path = filePath(name);
    auto written = SpreadsheetExport::exportTo(*m_db, {}, kind, path);
    QVERIFY(written);
    QCOMPARE(written->uuids.size(), 8);
    QCOMPARE(written->restrictedLeftOut, (QStringList{kRestricted, kRestricted2}));
    QByteArray bytes = test::readAll(path);
    QVERIFY(bytes.contains(kPublic.toUtf8()));
    QVERIFY(bytes.contains(kGroup.toUtf8()));
    for (const QString &code : {kRestricted, kRestricted2}) {
        QVERIFY2(!bytes.contains(code.toUtf8()), qPrintable(code));
        QVERIFY2(!bytes.contains(uuidOf(code).toUtf8()), qPrintable(code));
    }
    if (kind == ExportKind::UseCasesJson)
        QCOMPARE(QJsonDocument::fromJson(bytes).array().size(), 8);

    ExportSelection withRestricted;
    withRestricted.includeRestricted = true;
    written = SpreadsheetExport::exportTo(*m_db, withRestricted, kind, path);
    QVERIFY(written);
    QCOMPARE(written->uuids.size(), 10);
    QVERIFY(written->restrictedLeftOut.isEmpty());
    bytes = test::readAll(path);
    QVERIFY(bytes.contains(kRestricted.toUtf8()));
    QVERIFY(bytes.contains(kRestricted2.toUtf8()));
}

QTEST_GUILESS_MAIN(tst_ExportSelection)
#include "tst_ExportSelection.moc"
