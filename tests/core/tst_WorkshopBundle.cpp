// Workshops in bundles (issue 11): a workshop with two rounds through a bundle, the merge of two
// assessors' round-2 bundles on the facilitator's machine, hostile workshops refused.
#include "DatabaseDump.h"

#include "bundle/BundleExporter.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleWorkshops.h"
#include "bundle/BundleWriter.h"
#include "bundle/ZipWriter.h"
#include "merge/ImportPlanner.h"
#include "model/RubricJson.h"
#include "model/WorkshopJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/RoundSheetRepository.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"
#include "storage/WorkshopRepository.h"
#include "support/Sha256.h"
#include "workshop/WorkshopRounds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_WorkshopBundle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void workshopWithTwoRoundsRoundTrip();
    void twoAssessorsRound2BundlesMerge();
    void hostileWorkshopRefused_data();
    void hostileWorkshopRefused();

private:
    std::unique_ptr<Database> open(const QString &name, const QString &assessorName = {},
                                   const QString &assessorId = {});
    /// A workshop of 3 example use cases on `db`, round 1 scored by Ana and Bo and revealed, round 2 open.
    void startWorkshop(Database &db);
    QString exportWorkshop(Database &db, const QString &file);
    Result<ImportResult> importBundle(Database &db, const QString &file);
    RoundScore level(Database &db, const char *code, int level, const QString &reason = {});
    QStringList sheetsJson(Database &db);
    QTemporaryDir m_dir;
    int m_files = 0;
    const QString m_name = QStringLiteral("Geneva room");
    const QString m_ana = QStringLiteral("3f0a8d5e-6a53-4f43-9f0f-6c5a1f0d0a01");
    const QString m_bo = QStringLiteral("3f0a8d5e-6a53-4f43-9f0f-6c5a1f0d0a02");
};

void tst_WorkshopBundle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_WorkshopBundle::open(const QString &name, const QString &assessorName,
                                                   const QString &assessorId)
{
    Database::OpenOptions options;
    options.contributor = assessorName;
    options.assessorId = assessorId;
    auto db = Database::open(m_dir.filePath(name), options);
    if (!db || !Seeder::seed(**db, true))
        return nullptr;
    return std::move(*db);
}

RoundScore tst_WorkshopBundle::level(Database &db, const char *code, int level, const QString &reason)
{
    const QString uuid = UseCaseRepository(db).get(QString::fromLatin1(code))->uuid;
    return RoundScore{uuid, QStringLiteral("A1"), ScoreState::Level, level, reason};
}

void tst_WorkshopBundle::startWorkshop(Database &db)
{
    Workshop w;
    w.name = m_name;
    for (const char *code : {"UC-EX-002", "UC-EX-001", "UC-EX-003"})
        w.useCaseUuids.append(UseCaseRepository(db).get(QString::fromLatin1(code))->uuid);
    w.rubricUuid = RubricJson::defaultRubric().uuid;
    w.weightSets = {{QStringLiteral("even"), {{QStringLiteral("A"), 25}}}};
    w.view = QStringLiteral("heatmap");
    QVERIFY(WorkshopRepository(db).save(w));
    WorkshopRounds rounds(db);
    QVERIFY(rounds.openRound(m_name));
    QVERIFY(rounds.score(m_name, m_ana, QStringLiteral("Ana"),
                         {level(db, "UC-EX-001", 1), level(db, "UC-EX-002", 2)}));
    QVERIFY(rounds.score(m_name, m_bo, QStringLiteral("Bo"),
                         {level(db, "UC-EX-001", 3), level(db, "UC-EX-002", 4)}));
    QVERIFY(rounds.reveal(m_name));
    QVERIFY(rounds.openRound(m_name));
}

QString tst_WorkshopBundle::exportWorkshop(Database &db, const QString &file)
{
    ExportSelection selection;
    selection.ids = WorkshopRepository(db).get(m_name)->useCaseUuids;
    auto summary = BundleExporter::exportTo(db, selection, m_dir.filePath(file), BundleExporter::Options());
    if (!summary || summary->workshops != 1)
        return {};
    return summary->path;
}

Result<ImportResult> tst_WorkshopBundle::importBundle(Database &db, const QString &file)
{
    auto bundle = BundleReader().read(file);
    if (!bundle)
        return bundle.error();
    ImportPlanner::ApplyOptions options;
    options.keepUndo = false;
    return ImportPlanner::apply(db, bundle->records, Resolutions(), options);
}

QStringList tst_WorkshopBundle::sheetsJson(Database &db)
{
    QStringList out;
    auto w = WorkshopRepository(db).get(m_name);
    const auto sheets = RoundSheetRepository(db).sheets(w->uuid);
    for (const RoundSheet &s : *sheets)
        out.append(
            QString::fromUtf8(QJsonDocument(WorkshopJson::sheetToJson(s)).toJson(QJsonDocument::Compact)));
    return out;
}

void tst_WorkshopBundle::workshopWithTwoRoundsRoundTrip()
{
    auto here = open(QStringLiteral("trip-here.sqlite"));
    QVERIFY(here);
    startWorkshop(*here);
    WorkshopRounds rounds(*here);
    QVERIFY(rounds.score(m_name, m_ana, QStringLiteral("Ana"),
                         {level(*here, "UC-EX-001", 2, QStringLiteral("heard Bo"))}));
    QVERIFY(rounds.score(m_name, m_bo, QStringLiteral("Bo"), {level(*here, "UC-EX-001", 3)}));
    QVERIFY(rounds.reveal(m_name));
    const QString file = exportWorkshop(*here, QStringLiteral("trip.casebook"));
    QVERIFY(!file.isEmpty());
    auto read = BundleReader().read(file);
    QVERIFY2(read, qPrintable(read.error().message));
    QCOMPARE(read->manifest.minReaderVersion, QStringLiteral("1.2"));
    QCOMPARE(read->records.workshops.size(), 1);
    QCOMPARE(read->records.roundSheets.size(), 4);

    auto there = open(QStringLiteral("trip-there.sqlite"));
    QVERIFY(there);
    const int assessments = AssessmentRepository(*there).all()->size();
    auto imported = importBundle(*there, file);
    QVERIFY2(imported, qPrintable(imported.error().message));
    const Workshop mine = *WorkshopRepository(*here).get(m_name);
    const Workshop theirs = *WorkshopRepository(*there).get(m_name);
    QCOMPARE(WorkshopJson::toJson(theirs), WorkshopJson::toJson(mine));
    QCOMPARE(theirs.rounds.size(), 2);
    QCOMPARE(sheetsJson(*there), sheetsJson(*here));
    QCOMPARE(AssessmentRepository(*there).all()->size(), assessments); // rounds are not assessments
    // The same bundle again changes nothing.
    auto again = importBundle(*there, file);
    QVERIFY(again);
    QVERIFY(!again->changed);
}

void tst_WorkshopBundle::twoAssessorsRound2BundlesMerge()
{
    auto room = open(QStringLiteral("room.sqlite"), QStringLiteral("Facilitator"),
                     QStringLiteral("3f0a8d5e-6a53-4f43-9f0f-6c5a1f0d0a0f"));
    QVERIFY(room);
    startWorkshop(*room);
    const QString start = exportWorkshop(*room, QStringLiteral("round2-open.casebook"));
    QVERIFY(!start.isEmpty());
    const QStringList roundOne = sheetsJson(*room);

    // Each assessor imports the workshop on their laptop, scores round 2 and sends a bundle back.
    QStringList sent;
    for (const auto &[who, id, level2] :
         {std::tuple{QStringLiteral("Ana"), m_ana, 2}, std::tuple{QStringLiteral("Bo"), m_bo, 2}}) {
        auto laptop = open(who + QStringLiteral(".sqlite"), who, id);
        QVERIFY(laptop);
        auto in = importBundle(*laptop, start);
        QVERIFY2(in, qPrintable(in.error().message));
        auto scored =
            WorkshopRounds(*laptop).score(m_name, id, who,
                                          {level(*laptop, "UC-EX-001", level2, QStringLiteral("discussion")),
                                           level(*laptop, "UC-EX-003", 4)});
        QVERIFY2(scored, qPrintable(scored.error().message));
        sent.append(exportWorkshop(*laptop, who + QStringLiteral("-round2.casebook")));
        QVERIFY(!sent.last().isEmpty());
    }
    const int assessments = AssessmentRepository(*room).all()->size();
    for (const QString &file : std::as_const(sent)) {
        auto merged = importBundle(*room, file);
        QVERIFY2(merged, qPrintable(merged.error().message));
        QCOMPARE(merged->added, 1); // that assessor's round-2 sheet; the rest is identical
    }
    const QString uuid = WorkshopRepository(*room).get(m_name)->uuid;
    RoundSheetRepository sheets(*room);
    QCOMPARE(sheets.sheets(uuid, 2)->size(), 2);
    for (const QString &id : {m_ana, m_bo}) {
        auto second = sheets.find(uuid, 2, id);
        QVERIFY(second && *second);
        QCOMPARE((*second)->scores.size(), 2);
        QCOMPARE((*second)->score(level(*room, "UC-EX-001", 0).useCaseUuid, QStringLiteral("A1"))->level, 2);
    }
    // Round 1 kept as it was; the ordinary assessments untouched.
    QStringList now = sheetsJson(*room);
    QCOMPARE(now.mid(0, 2), roundOne);
    QCOMPARE(AssessmentRepository(*room).all()->size(), assessments);
    QCOMPARE(WorkshopRepository(*room).get(m_name)->currentRound()->state, RoundState::Open);
}

void tst_WorkshopBundle::hostileWorkshopRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("level off the scale")
        << "round_sheets/0/scores/0/level" << QJsonValue(99) << "outside the rubric";
    QTest::newRow("round it lacks") << "round_sheets/0/round" << QJsonValue(7) << "does not have";
    QTest::newRow("foreign use case")
        << "round_sheets/0/scores/0/use_case_uuid"
        << QJsonValue(QStringLiteral("99999999-9999-4999-8999-999999999999")) << "not in the workshop";
    QTest::newRow("unknown field") << "workshops/0/secret" << QJsonValue(1) << "does not know: secret";
    QTest::newRow("two open rounds") << "workshops/0/rounds/0/state" << QJsonValue(QStringLiteral("open"))
                                     << "only the last round";
    QTest::newRow("duplicate sheet") << "round_sheets/1/uuid" << QJsonValue(QStringLiteral("dup")) << "twice";
    QTest::newRow("use case not in bundle")
        << "workshops/0/use_case_uuids/0"
        << QJsonValue(QStringLiteral("99999999-9999-4999-8999-999999999999")) << "not in the bundle";
    QTest::newRow("huge name") << "workshops/0/name" << QJsonValue(QString(5000, QLatin1Char('x')))
                               << "limit is 200";
}

namespace {

/// `doc` with the value at a slash-separated path of object keys and array indexes replaced.
QJsonValue replaced(const QJsonValue &doc, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (doc.isArray()) {
        QJsonArray a = doc.toArray();
        a[key.toInt()] = replaced(a[key.toInt()], path, value);
        return a;
    }
    QJsonObject o = doc.toObject();
    o[key] = replaced(o.value(key), path, value);
    return o;
}

} // namespace

void tst_WorkshopBundle::hostileWorkshopRefused()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    auto here = open(QStringLiteral("hostile-%1.sqlite").arg(++m_files));
    QVERIFY(here);
    startWorkshop(*here);
    ExportSelection selection;
    selection.ids = WorkshopRepository(*here).get(m_name)->useCaseUuids;
    auto records = BundleExporter::collect(*here, selection, true);
    QVERIFY(records);
    QJsonValue workshops = QJsonDocument::fromJson(BundleWorkshops::document(*records)).object();
    if (path == QLatin1String("round_sheets/1/uuid"))
        value = workshops[QStringLiteral("round_sheets")][0][QStringLiteral("uuid")];
    workshops = replaced(workshops, path.split(QLatin1Char('/')), value);
    QMap<QString, QByteArray> docs = BundleWriter::documents(*records).value();
    docs.insert(BundleFormat::workshopsName(),
                QJsonDocument(workshops.toObject()).toJson(QJsonDocument::Compact));
    ZipWriter zip;
    zip.addEntry(BundleFormat::manifestName(),
                 BundleWriter::manifest(*records, docs, BundleWriter::Options()));
    for (auto it = docs.constBegin(); it != docs.constEnd(); ++it)
        zip.addEntry(it.key(), it.value());
    const QString file = m_dir.filePath(QStringLiteral("hostile.casebook"));
    QVERIFY(zip.write(file));

    auto fresh = open(QStringLiteral("hostile-target-%1.sqlite").arg(m_files));
    QVERIFY(fresh);
    const QStringList before = test::dumpDatabase(*fresh);
    auto refused = importBundle(*fresh, file);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InputRejected);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("hostile.casebook: ")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
    QCOMPARE(test::dumpDatabase(*fresh), before);
}

QTEST_GUILESS_MAIN(tst_WorkshopBundle)
#include "tst_WorkshopBundle.moc"
