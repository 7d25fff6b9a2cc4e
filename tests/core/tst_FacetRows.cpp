#include "DatabaseDump.h"
#include "DatabaseTestAccess.h"

#include "bundle/BundleExporter.h"
#include "merge/ImportPlanner.h"
#include "search/SearchQuery.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/FacetRows.h"
#include "storage/UseCaseRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

/// The facet rows (issue 13, migration 10): written by the application on every write path, they
/// are exactly the rows the triggers of migration 6 wrote for the same documents. The reference is
/// a file of schema 9, whose triggers still write them, given the same documents.
class tst_FacetRows : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameRowsAsTheTriggersForOddDocuments();
    void everyWritePathKeepsTheTriggersRows();
    void upgradeKeepsTheRowsAndDropsTheTriggers();

private:
    /// A file with the built-in migrations up to `version` (all when 0).
    std::unique_ptr<Database> open(const QString &name, int version = 0);
    /// Every facet row as "table uuid value type", sorted.
    static QStringList dump(const Database &db);
    /// The rows the triggers of schema 9 write for the documents (and attachments) stored in `db`.
    QStringList triggerRows(const Database &db);
    static UseCase record(const QString &title);
    static int count(UseCaseRepository &repo, const QString &query);

    QTemporaryDir m_dir;
    int m_references = 0;
};

const char *const kFacetTables[][2] = {{"use_case_verticals", "vertical"}, {"use_case_sdgs", "sdg"},
                                       {"use_case_regions", "region"},     {"use_case_countries", "country"},
                                       {"use_case_contexts", "context"},   {"use_case_gap_facets", "facet"},
                                       {"use_case_sdos", "sdo"},           {"use_case_questions", "question"},
                                       {"use_case_attachments", "sha256"}};

void tst_FacetRows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_FacetRows::open(const QString &name, int version)
{
    Database::OpenOptions options;
    options.migrations = Database::builtinMigrations();
    if (version > 0)
        options.migrations.removeIf([version](const Migration &m) { return m.version > version; });
    auto db = Database::open(m_dir.filePath(name), options);
    if (!db)
        qWarning() << db.error().message << db.error().detail;
    return db ? std::move(*db) : nullptr;
}

QStringList tst_FacetRows::dump(const Database &db)
{
    QStringList rows;
    QSqlQuery q(DatabaseTestAccess::connection(db));
    for (const auto &t : kFacetTables) {
        const QString table = QLatin1String(t[0]);
        const QString column = QLatin1String(t[1]);
        if (!q.exec(QStringLiteral("SELECT u.uuid, f.%2, typeof(f.%2) FROM %1 AS f JOIN use_cases AS u "
                                   "ON u.id = f.use_case_id")
                        .arg(table, column)))
            return {q.lastError().text()};
        while (q.next())
            rows.append(table + QLatin1Char(' ') + q.value(0).toString() + QLatin1Char(' ')
                        + q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString());
        q.finish();
    }
    rows.sort();
    return rows;
}

QStringList tst_FacetRows::triggerRows(const Database &db)
{
    auto reference = open(QStringLiteral("reference-%1.sqlite").arg(++m_references), 9);
    if (!reference)
        return {QStringLiteral("no reference file")};
    QSqlQuery from(DatabaseTestAccess::connection(db));
    QSqlQuery to(DatabaseTestAccess::connection(*reference));
    if (!from.exec(QStringLiteral("SELECT sha256, size, data, missing FROM attachment_blobs")))
        return {from.lastError().text()};
    while (from.next()) {
        to.prepare(
            QStringLiteral("INSERT INTO attachment_blobs (sha256, size, data, missing) VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < 4; ++i)
            to.addBindValue(from.value(i));
        if (!to.exec())
            return {to.lastError().text()};
    }
    if (!from.exec(
            QStringLiteral("SELECT id, uuid, code, title, created_at, modified_at, document FROM use_cases")))
        return {from.lastError().text()};
    while (from.next()) {
        to.prepare(QStringLiteral("INSERT INTO use_cases (id, uuid, code, title, created_at, modified_at, "
                                  "document) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < 7; ++i)
            to.addBindValue(from.value(i));
        if (!to.exec()) // the triggers of schema 6 write the facet rows
            return {to.lastError().text()};
    }
    return dump(*reference);
}

UseCase tst_FacetRows::record(const QString &title)
{
    UseCase u;
    u.title = title;
    u.verticals = {QStringLiteral("energy"), QStringLiteral("health"), QStringLiteral("energy")};
    u.sdgs = {7, 11, 7};
    u.regions = {QStringLiteral("Africa"), QStringLiteral(" Arab States ")};
    u.countries = {QStringLiteral("EG"), QStringLiteral("eg")};
    u.developmentContexts = {{QStringLiteral("EG"), QStringLiteral("ldc")},
                             {QStringLiteral("SD"), QString()},
                             {QString(), QStringLiteral("sids")}};
    StandardizationGap gap;
    gap.facet = QStringLiteral("semantic");
    gap.candidateSdo = QStringLiteral("  ETSI ");
    gap.question = QStringLiteral(" Q2/20\t");
    StandardizationGap other;
    other.facet = QString();
    other.candidateSdo = QStringLiteral("etsi");
    other.question = QStringLiteral("   ");
    StandardizationGap third;
    third.facet = QStringLiteral("policy");
    third.candidateSdo = QStringLiteral("oneM2M");
    u.gaps = {gap, other, third};
    StandardUsage standard;
    standard.reference = QStringLiteral("ITU-T Y.4500.1");
    standard.body = QStringLiteral(" ITU-T");
    StandardUsage unnamed;
    unnamed.reference = QStringLiteral("In-house protocol");
    u.standards = {standard, unnamed};
    u.ituQuestions = {QStringLiteral("q2/20"), QStringLiteral(" Q11/20 "), QStringLiteral(" ")};
    return u;
}

int tst_FacetRows::count(UseCaseRepository &repo, const QString &query)
{
    auto hits = repo.find(SearchQuery::parse(query));
    return hits ? int(hits->size()) : -1;
}

void tst_FacetRows::sameRowsAsTheTriggersForOddDocuments()
{
    // Documents in shapes UseCaseJson does not write (scalars for lists, numbers, nulls, members
    // that are objects), written with FacetRows beside rows that the triggers write.
    auto db = open(QStringLiteral("odd.sqlite"));
    QVERIFY(db);
    const QList<QByteArray> documents = {
        R"({"verticals":"energy","sdgs":["7","x",7.5,true,null],"regions":{"a":"Africa","b":"Africa"},)"
        R"("countries":[["EG"],{"c":1}],"development_contexts":[{"context":3},{"context":null},{"context":""},)"
        R"({"context":{"k":"v"}},5,[1]],"gaps":[{"facet":"semantic","candidate_sdo":" 3GPP  ",)"
        R"("question":12},{"facet":false,"candidate_sdo":2.5,"question":" "},{}],)"
        R"("standards":[{"body":"  "},{"body":"IEEE "},{"body":"ieee"}],"itu_questions":" Q1/20 "})",
        R"({"verticals":[],"sdgs":null,"gaps":{"x":{"facet":"transport"}},"itu_questions":[1,null,"Q9/13"]})",
        R"({"title":"nothing else"})",
    };
    QSqlQuery q(DatabaseTestAccess::connection(*db));
    int n = 0;
    for (const QByteArray &json : documents) {
        ++n;
        q.prepare(
            QStringLiteral("INSERT INTO use_cases (uuid, code, title, created_at, modified_at, document) "
                           "VALUES (?, ?, 'Odd', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', ?)"));
        q.addBindValue(QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(n));
        q.addBindValue(QStringLiteral("UC-ODD-%1").arg(n));
        q.addBindValue(QString::fromUtf8(json));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const qint64 id = q.lastInsertId().toLongLong();
        QVERIFY(FacetRows(*db).write(id, QJsonDocument::fromJson(json).object()));
    }
    const QStringList written = dump(*db);
    QVERIFY2(written.size() >= 18, qPrintable(written.join(QLatin1Char(10))));
    QCOMPARE(written, triggerRows(*db));
}

void tst_FacetRows::everyWritePathKeepsTheTriggersRows()
{
    auto db = open(QStringLiteral("paths.sqlite"));
    QVERIFY(db);
    UseCaseRepository repo(*db);
    auto sha = AttachmentStore(*db).put(QByteArrayLiteral("a drawing"));
    QVERIFY(sha);
    UseCase first = record(QStringLiteral("Smart grid"));
    first.attachments = {AttachmentRef{*sha, QStringLiteral("grid.png"), QStringLiteral("image/png"), 9,
                                       QString(), QDateTime::currentDateTimeUtc()}};
    auto added = repo.insert(first);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    UseCase second = record(QStringLiteral("Water meters"));
    second.verticals = {QStringLiteral("water")};
    auto other = repo.insert(second);
    QVERIFY(other);
    QCOMPARE(dump(*db), triggerRows(*db));
    QCOMPARE(count(repo, QStringLiteral("sdo:etsi")), 2);
    QCOMPARE(count(repo, QStringLiteral("sdo:ITU-T")), 2);
    QCOMPARE(count(repo, QStringLiteral("gap:semantic")), 2);
    QCOMPARE(count(repo, QStringLiteral("vertical:health")), 1);
    QCOMPARE(count(repo, QStringLiteral("question:Q11/20")), 2);

    // Edited: the rows of the previous version go.
    added->verticals = {QStringLiteral("agriculture")};
    added->gaps.removeFirst();
    added->standards.clear();
    added->attachments.clear();
    QVERIFY(repo.update(*added));
    QCOMPARE(dump(*db), triggerRows(*db));
    QCOMPARE(count(repo, QStringLiteral("vertical:health")), 0);
    QCOMPARE(count(repo, QStringLiteral("vertical:agriculture")), 1);
    QCOMPARE(count(repo, QStringLiteral("gap:semantic")), 1);
    auto counts = repo.facetCounts(SearchFilter::Field::Vertical, SearchQuery::parse(QString()));
    QVERIFY(counts);
    QCOMPARE(counts->size(), 2);

    // Imported into another repository (the path of bundles and of a sync's pull).
    auto target = open(QStringLiteral("imported.sqlite"));
    QVERIFY(target);
    auto records = BundleExporter::collect(*db, {}, false);
    QVERIFY(records);
    auto applied = ImportPlanner::apply(*target, *records, Resolutions());
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message + applied.error().detail));
    QCOMPARE(dump(*target), dump(*db));
    QCOMPARE(dump(*target), triggerRows(*target));
    UseCaseRepository imported(*target);
    QCOMPARE(count(imported, QStringLiteral("sdo:etsi")), 2);

    // Deleted: its rows go with it.
    QVERIFY(repo.remove(other->uuid));
    QCOMPARE(dump(*db), triggerRows(*db));
    QCOMPARE(count(repo, QStringLiteral("vertical:water")), 0);
    QCOMPARE(count(repo, QStringLiteral("sdo:etsi")), 1);

    // A use case naming an attachment whose bytes are not stored is refused, as before.
    UseCase missing = record(QStringLiteral("Missing drawing"));
    missing.attachments = {AttachmentRef{QString(64, QLatin1Char('c')), QStringLiteral("x.png"),
                                         QStringLiteral("image/png"), 1, QString(),
                                         QDateTime::currentDateTimeUtc()}};
    const QStringList before = test::dumpDatabase(*db, true);
    auto refused = repo.insert(missing);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("The use case lists an attachment whose file is not stored."));
    QCOMPARE(test::dumpDatabase(*db, true), before);
}

void tst_FacetRows::upgradeKeepsTheRowsAndDropsTheTriggers()
{
    QStringList before;
    QString lightsUuid;
    {
        auto old = open(QStringLiteral("schema9.sqlite"), 9);
        QVERIFY(old);
        UseCaseRepository repo(*old); // its triggers write the rows
        auto lights = repo.insert(record(QStringLiteral("Street lights")));
        QVERIFY(lights);
        lightsUuid = lights->uuid;
        QVERIFY(repo.insert(record(QStringLiteral("Flood sensors"))));
        before = dump(*old);
        QCOMPARE(before, triggerRows(*old));
    }
    auto db = open(QStringLiteral("schema9.sqlite"));
    QVERIFY(db);
    QCOMPARE((*db).schemaVersion(), Database::currentSchemaVersion());
    QSqlQuery q(DatabaseTestAccess::connection(*db));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                  "('use_cases_facets_insert', 'use_cases_facets_update', "
                                  "'use_case_tags_fts_insert')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    QCOMPARE(dump(*db), before);
    UseCaseRepository repo(*db);
    QCOMPARE(count(repo, QStringLiteral("sdo:ETSI")), 2);
    auto lights = repo.get(lightsUuid);
    QVERIFY(lights);
    lights->regions = {QStringLiteral("Europe")};
    lights->tags = {QStringLiteral("lighting")};
    QVERIFY(repo.update(*lights));
    QCOMPARE(dump(*db), triggerRows(*db));
    QCOMPARE(count(repo, QStringLiteral("region:Europe")), 1);
    QCOMPARE(count(repo, QStringLiteral("lighting")), 1); // the tag in the full-text row
    QVERIFY((*db).fullCheck());
}

QTEST_GUILESS_MAIN(tst_FacetRows)
#include "tst_FacetRows.moc"
