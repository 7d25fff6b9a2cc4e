#include "DatabaseTestAccess.h"
#include "TestSupport.h"

#include "model/UseCaseJson.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/UseCaseRepository.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

#include "TestRecords.h"

using namespace casebook;

namespace {

/// A record with every field set, in several scripts, with a 100 KB description.
UseCase fullRecord(const QString &attachmentHash)
{
    UseCase u;
    u.code = QStringLiteral("UC-2026-042");
    u.title = QStringLiteral("مراقبة جودة المياه — 智慧水务 💧");
    u.version = QStringLiteral("1.2");
    u.approvalStatus = QStringLiteral("for_comment");
    u.sourceOrganization = QStringLiteral("ITU-T SG20");
    u.submitters = {
        {QStringLiteral("Amina Haddad"), QStringLiteral("وزارة المياه"), QStringLiteral("amina@example.org"),
         QStringLiteral("editor")},
        {QStringLiteral("李明"), QStringLiteral("CAICT"), QString(), QStringLiteral("contributor")}};
    u.sourceDocuments = {{QStringLiteral("SG20-C-123"), QStringLiteral("Geneva, 2026-03"),
                          QStringLiteral("https://example.org/c123"), QStringLiteral("rev. 1")}};
    u.sharingLevel = QStringLiteral("group");
    u.licence = QStringLiteral("CC BY 4.0");
    u.language = QStringLiteral("ar");
    u.verticals = {QStringLiteral("water"), QStringLiteral("smart_city_services")};
    u.sdgs = {6, 11, 13};
    u.u4sscKpis = {QStringLiteral("EN: WS: WD: 1C")};
    u.countries = {QStringLiteral("EG"), QStringLiteral("CN")};
    u.regions = {QStringLiteral("Arab States"), QStringLiteral("Asia and the Pacific")};
    u.relation = QStringLiteral("national");
    u.deploymentStage = QStringLiteral("pilot");
    u.tags = {QStringLiteral("sdo/oneM2M"), QStringLiteral("water-quality"), QStringLiteral("中文标签")};
    u.related = {{QStringLiteral("0b4e7c1a-5a57-4c39-9d6e-2f7a3b1c9d10"), QStringLiteral("extends")}};
    u.summary =
        QStringLiteral("Sensors 🙂 measure turbidity; البيانات مفتوحة; 数据开放.");
    QString big;
    while (big.size() < 100 * 1024)
        big += QStringLiteral("Line of a long description with عربي and 中文 and emoji 🚰. ");
    u.description = big;
    u.objectives = QStringLiteral("Objectives\nwith two lines");
    u.problem = QStringLiteral("No shared data model for water quality.");
    u.benefits = QStringLiteral("Fewer outbreaks.");
    u.standards = {{QStringLiteral("oneM2M TS-0001"), QStringLiteral("oneM2M"), QStringLiteral("4.0"),
                    QStringLiteral("syntactic"), true, QStringLiteral("notes")},
                   {QStringLiteral("ETSI SAREF"), QStringLiteral("ETSI"), QString(),
                    QStringLiteral("semantic"), std::nullopt, QString()}};
    u.interfaces = {{QStringLiteral("Sensor"), QStringLiteral("Platform"), QStringLiteral("LwM2M"), false,
                     QStringLiteral("uplink")}};
    u.platforms = {QStringLiteral("FIWARE")};
    u.connectivity = {QStringLiteral("LoRaWAN"), QStringLiteral("NB-IoT")};
    u.identifierSchemes = {
        {QStringLiteral("IMEI"), QStringLiteral("devices"), true, false, QStringLiteral("n")}};
    u.onboarding = {QStringLiteral("LwM2M bootstrap")};
    u.security = QStringLiteral("DTLS with PSK");
    u.securityBaselines = {QStringLiteral("ETSI EN 303 645")};
    u.dataGovernance = QStringLiteral("Utility owns the data.");
    u.kpis = {{QStringLiteral("Outbreaks"),
               QStringLiteral("per year"),
               QStringLiteral("12"),
               QStringLiteral("3"),
               QStringLiteral("5"),
               QStringLiteral("health ministry"),
               QStringLiteral("good"),
               QStringLiteral("SC: HE: HE: 1C"),
               {}}};
    u.lessonsLearned = QStringLiteral("Calibrate often.");
    u.replicableComponents = QStringLiteral("The alerting rules.");
    u.gaps = {{QStringLiteral("No standard turbidity model"), QStringLiteral("semantic"),
               QStringLiteral("ITU-T"), QStringLiteral("Q2/20"), QStringLiteral("high"),
               QStringLiteral("identified")}};
    u.attachments = {{attachmentHash, QStringLiteral("diagram.png"), QStringLiteral("image/png"), 4,
                      QStringLiteral("architecture"), QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC)}};
    test::addIecDepth(u);
    u.extra.insert(QStringLiteral("x_future_field"), QStringLiteral("kept"));
    return u;
}

} // namespace

class tst_UseCaseRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyFieldSurvivesInsertReadUpdateRead();
    void newDraftNeedsOnlyATitle();
    void codesAreGeneratedAndUnique();
    void nextCodeIsHighestNumberOfTheYearPlusOne();
    void nextCodeHasAnIndex();
    void searchRowIsWhatTheIndexDefinitionSays();
    void newRecordsGetTimeOrderedUuids();
    void duplicateUuidRejected();
    void missingAttachmentRejected();
    void editsBumpRevisionAndKeepHistory();
    void tagsAddRemoveAndNest();
    void deleteLeavesTombstone();
    void getManyReadsWhatGetReadsInOrder();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_db;
};

void tst_UseCaseRepository::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC));
    Database::OpenOptions options;
    options.clock = m_clock.get();
    options.contributor = QStringLiteral("Tester");
    auto db = Database::open(m_dir->filePath(QStringLiteral("repo.sqlite")), options);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db = std::move(*db);
}

void tst_UseCaseRepository::newRecordsGetTimeOrderedUuids()
{
    // Version 7 (RFC 9562): the creation time in milliseconds, then random bits; records made one
    // after another sort one after another (they share pages of the uuid index).
    QStringList uuids;
    for (int i = 0; i < 4; ++i) {
        UseCase u;
        u.title = QStringLiteral("Made at step %1").arg(i);
        auto stored = UseCaseRepository(*m_db).insert(u);
        QVERIFY(stored);
        const QString uuid = stored->uuid;
        QCOMPARE(uuid.size(), 36);
        QCOMPARE(uuid.at(14), QLatin1Char('7'));
        QVERIFY2(QStringLiteral("89ab").contains(uuid.at(19)), qPrintable(uuid));
        QVERIFY(!QUuid::fromString(uuid).isNull());
        const QString hex = uuid.left(8) + uuid.mid(9, 4);
        QCOMPARE(hex.toLongLong(nullptr, 16), m_clock->nowUtc().toMSecsSinceEpoch());
        QCOMPARE(stored->createdAt, m_clock->nowUtc());
        uuids.append(uuid);
        m_clock->set(m_clock->nowUtc().addMSecs(i == 0 ? 1 : 86400000)); // a millisecond, then days
    }
    QStringList sorted = uuids;
    sorted.sort();
    QCOMPARE(sorted, uuids);
    QCOMPARE(QSet<QString>(uuids.cbegin(), uuids.cend()).size(), 4);
    // Two made in the same millisecond still differ.
    UseCase a, b;
    a.title = QStringLiteral("Twin one");
    b.title = QStringLiteral("Twin two");
    const QString first = UseCaseRepository(*m_db).insert(a)->uuid;
    const QString second = UseCaseRepository(*m_db).insert(b)->uuid;
    QCOMPARE(first.left(13), second.left(13));
    QVERIFY(first != second);
}

void tst_UseCaseRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_UseCaseRepository::everyFieldSurvivesInsertReadUpdateRead()
{
    auto hash = AttachmentStore(*m_db).put(QByteArrayLiteral("\x89PNG"));
    QVERIFY(hash);
    UseCaseRepository repo(*m_db);
    const UseCase original = fullRecord(*hash);
    auto stored = repo.insert(original);
    QVERIFY2(stored, qPrintable(stored.error().message + stored.error().detail));
    QVERIFY(!stored->uuid.isEmpty());
    QCOMPARE(stored->revision, 1);
    QCOMPARE(stored->modifiedBy, QStringLiteral("Tester"));
    QCOMPARE(stored->createdAt, m_clock->nowUtc());

    auto read = repo.get(stored->uuid);
    QVERIFY2(read, qPrintable(read.error().message));
    QVERIFY(read->id > 0);
    // Every field as written (tags come back sorted; bookkeeping set by the repository).
    UseCase expected = original;
    expected.uuid = stored->uuid;
    expected.createdAt = expected.modifiedAt = m_clock->nowUtc();
    expected.modifiedBy = QStringLiteral("Tester");
    expected.revision = 1;
    expected.tags = {QStringLiteral("sdo/oneM2M"), QStringLiteral("water-quality"),
                     QStringLiteral("中文标签")};
    QCOMPARE(UseCaseJson::toJson(*read), UseCaseJson::toJson(expected));
    QCOMPARE(read->description.size(), original.description.size());
    QCOMPARE(read->title, original.title);
    QCOMPARE(read->standards[1].conformanceTested, std::optional<bool>());
    QCOMPARE(read->interfaces[0].open, std::optional<bool>(false));
    QCOMPARE(read->extra.value(QStringLiteral("x_future_field")).toString(), QStringLiteral("kept"));

    // Change every kind of field and read again.
    m_clock->advanceSecs(60);
    UseCase changed = *read;
    changed.title = QStringLiteral("Titre modifié — 修改 ✅");
    changed.sdgs = {3};
    changed.tags = {QStringLiteral("renamed")};
    changed.actors.removeFirst();
    changed.gaps[0].status = QStringLiteral("liaised");
    changed.description += QStringLiteral(" end");
    changed.standards[0].conformanceTested = false;
    changed.extra.insert(QStringLiteral("x_other"), 5);
    auto updated = repo.update(changed);
    QVERIFY2(updated, qPrintable(updated.error().message));
    QCOMPARE(updated->revision, 2);
    auto reread = repo.get(changed.code);
    QVERIFY(reread);
    changed.revision = 2;
    changed.modifiedAt = m_clock->nowUtc();
    QCOMPARE(UseCaseJson::toJson(*reread), UseCaseJson::toJson(changed));
    QCOMPARE(reread->createdAt, stored->createdAt);
}

void tst_UseCaseRepository::newDraftNeedsOnlyATitle()
{
    auto parsed =
        UseCaseJson::fromJson(QJsonObject{{QStringLiteral("title"), QStringLiteral("Just a title")}});
    QVERIFY(parsed);
    auto stored = UseCaseRepository(*m_db).insert(*parsed);
    QVERIFY(stored);
    QCOMPARE(stored->approvalStatus, QStringLiteral("draft"));
    QCOMPARE(stored->code, QStringLiteral("UC-2026-001"));
    UseCase empty;
    empty.title = QStringLiteral("   ");
    QVERIFY(!UseCaseRepository(*m_db).insert(empty));
}

void tst_UseCaseRepository::codesAreGeneratedAndUnique()
{
    UseCaseRepository repo(*m_db);
    UseCase a;
    a.title = QStringLiteral("A");
    a.code = QStringLiteral("UC-2026-007");
    QVERIFY(repo.insert(a));
    UseCase b;
    b.title = QStringLiteral("B");
    auto sb = repo.insert(b);
    QVERIFY(sb);
    QCOMPARE(sb->code, QStringLiteral("UC-2026-008"));
    UseCase c;
    c.title = QStringLiteral("C");
    c.code = QStringLiteral("uc-2026-007"); // codes are unique regardless of case
    auto sc = repo.insert(c);
    QVERIFY(!sc);
    QCOMPARE(sc.error().code, ErrorCode::InputRejected);
    QVERIFY(sc.error().message.contains(QLatin1String("already used")));
    QVERIFY(repo.get(QStringLiteral("uc-2026-008")));
}

void tst_UseCaseRepository::nextCodeIsHighestNumberOfTheYearPlusOne()
{
    UseCaseRepository repo(*m_db);
    auto add = [&repo](const QString &code) {
        UseCase u;
        u.title = QStringLiteral("Record ") + code;
        u.code = code;
        auto stored = repo.insert(u);
        return stored ? stored->code : QStringLiteral("error: ") + stored.error().message;
    };
    QCOMPARE(*repo.nextCode(), QStringLiteral("UC-2026-001"));
    // Other years, codes that do not parse and numbers beyond an int do not count.
    for (const QString &other :
         {QStringLiteral("UC-2025-900"), QStringLiteral("UC-2027-500"), QStringLiteral("UC-2026-12x"),
          QStringLiteral("UC-2026-abc"), QStringLiteral("UC-2026-"), QStringLiteral("UC-2026-99999999999"),
          QStringLiteral("UC-20260-777"), QStringLiteral("XX-2026-800")})
        QCOMPARE(add(other), other);
    QCOMPARE(*repo.nextCode(), QStringLiteral("UC-2026-001"));
    // Gaps are not filled: the highest number + 1, zero padded to three digits.
    QCOMPARE(add(QStringLiteral("UC-2026-002")), QStringLiteral("UC-2026-002"));
    QCOMPARE(add(QStringLiteral("UC-2026-040")), QStringLiteral("UC-2026-040"));
    QCOMPARE(add(QString()), QStringLiteral("UC-2026-041"));
    // Numbers compare as numbers, whatever their case or leading zeros.
    QCOMPARE(add(QStringLiteral("uc-2026-0099")), QStringLiteral("uc-2026-0099"));
    QCOMPARE(add(QString()), QStringLiteral("UC-2026-100"));
    QCOMPARE(add(QStringLiteral("UC-2026-999")), QStringLiteral("UC-2026-999"));
    QCOMPARE(add(QString()), QStringLiteral("UC-2026-1000"));
    QCOMPARE(add(QString()), QStringLiteral("UC-2026-1001"));
    // The highest removed: its number is free again.
    QVERIFY(repo.remove(QStringLiteral("UC-2026-1001")));
    QCOMPARE(*repo.nextCode(), QStringLiteral("UC-2026-1001"));
    // Several at once for an import, past the codes it writes as they are.
    const QSet<QString> reserved{QStringLiteral("UC-2026-1001"), QStringLiteral("UC-2026-1003")};
    QCOMPARE(repo.nextCodes(3, reserved).value(),
             (QStringList{QStringLiteral("UC-2026-1002"), QStringLiteral("UC-2026-1004"),
                          QStringLiteral("UC-2026-1005")}));
    QCOMPARE(repo.nextCodes(0, reserved).value(), QStringList());
    // Another year has its own numbers.
    m_clock->advanceSecs(366 * 24 * 3600);
    QCOMPARE(*repo.nextCode(), QStringLiteral("UC-2027-501"));
}

void tst_UseCaseRepository::nextCodeHasAnIndex()
{
    // The next code is found through an index, not by reading every code of the year (issue 13).
    QSqlQuery q(DatabaseTestAccess::connection(*m_db));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                  "AND name = 'use_cases_code_number'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_UseCaseRepository::searchRowIsWhatTheIndexDefinitionSays()
{
    // The application writes the full-text row (issue 13); the view use_case_fts_source still
    // defines it, so what json_tree would have produced and what is stored are the same text.
    auto rows = [this](const QString &sql) {
        QSqlQuery q(DatabaseTestAccess::connection(*m_db));
        QStringList out;
        if (!q.exec(sql))
            return QStringList{q.lastError().text()};
        while (q.next()) {
            for (int i = 0; i < 6; ++i)
                out.append(q.value(i).toString());
        }
        return out;
    };
    auto sameAsDefinition = [&rows]() {
        const QStringList stored = rows(QStringLiteral(
            "SELECT rowid, code, title, summary, body, tags FROM use_cases_fts ORDER BY rowid"));
        const QStringList defined = rows(QStringLiteral(
            "SELECT id, code, title, summary, body, tags FROM use_case_fts_source ORDER BY id"));
        if (stored != defined)
            qWarning() << stored.mid(6, 6) << defined.mid(6, 6);
        return !stored.isEmpty() && stored == defined;
    };
    auto hash = AttachmentStore(*m_db).put(QByteArrayLiteral("\x89PNG"));
    QVERIFY(hash);
    UseCaseRepository repo(*m_db);
    auto full = repo.insert(fullRecord(*hash));
    QVERIFY2(full, qPrintable(full.error().message + full.error().detail));
    UseCase small;
    small.title = QStringLiteral("Only a title");
    auto storedSmall = repo.insert(small);
    QVERIFY(storedSmall);
    QVERIFY(sameAsDefinition());

    UseCase changed = *full;
    changed.summary = QStringLiteral("A new summary");
    changed.tags = {QStringLiteral("Renamed/Tag"), QStringLiteral("water-quality")};
    changed.actors.removeFirst();
    QVERIFY(repo.update(changed));
    QVERIFY(repo.addTags(storedSmall->code, {QStringLiteral("fresh")}));
    QVERIFY(repo.addTags(changed.code, {QStringLiteral("fresh")}));
    QVERIFY(sameAsDefinition());
    QVERIFY(repo.remove(changed.code));
    QVERIFY(sameAsDefinition());
    QVERIFY(m_db->fullCheck());
}

void tst_UseCaseRepository::duplicateUuidRejected()
{
    UseCaseRepository repo(*m_db);
    UseCase a;
    a.title = QStringLiteral("A");
    auto sa = repo.insert(a);
    QVERIFY(sa);
    UseCase b;
    b.title = QStringLiteral("B");
    b.uuid = QLatin1Char('{') + sa->uuid.toUpper() + QLatin1Char('}');
    auto sb = repo.insert(b);
    QVERIFY(!sb);
    QVERIFY(sb.error().message.contains(QLatin1String("already exists")));
    auto count = repo.count();
    QVERIFY(count);
    QCOMPARE(*count, 1);
}

void tst_UseCaseRepository::missingAttachmentRejected()
{
    UseCase u;
    u.title = QStringLiteral("With a missing file");
    u.attachments = {{QString(64, QLatin1Char('a')),
                      QStringLiteral("x.pdf"),
                      QStringLiteral("application/pdf"),
                      1,
                      QString(),
                      {}}};
    auto stored = UseCaseRepository(*m_db).insert(u);
    QVERIFY(!stored);
    QCOMPARE(stored.error().code, ErrorCode::InputRejected);
    QCOMPARE(*UseCaseRepository(*m_db).count(), 0);
}

void tst_UseCaseRepository::editsBumpRevisionAndKeepHistory()
{
    UseCaseRepository repo(*m_db);
    UseCase u;
    u.title = QStringLiteral("First");
    auto s = repo.insert(u);
    QVERIFY(s);
    s->title = QStringLiteral("Second");
    m_clock->advanceSecs(5);
    auto s2 = repo.update(*s);
    QVERIFY(s2);
    QCOMPARE(s2->revision, 2);
    QCOMPARE(s2->modifiedAt, m_clock->nowUtc());
    QSqlQuery q(DatabaseTestAccess::connection(*m_db));
    QVERIFY(
        q.exec(QStringLiteral("SELECT revision, json_extract(document, '$.title') FROM use_case_history")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("First"));
}

void tst_UseCaseRepository::tagsAddRemoveAndNest()
{
    UseCaseRepository repo(*m_db);
    UseCase u;
    u.title = QStringLiteral("Tagged");
    auto s = repo.insert(u);
    QVERIFY(s);
    auto t = repo.addTags(
        s->code, {QStringLiteral("sdo / oneM2M"), QStringLiteral("Energy"), QStringLiteral("energy")});
    QVERIFY2(t, qPrintable(t.error().message));
    QCOMPARE(t->tags, (QStringList{QStringLiteral("Energy"), QStringLiteral("sdo/oneM2M")}));
    QCOMPARE(t->revision, 2);
    auto same = repo.addTags(s->code, {QStringLiteral("ENERGY")});
    QVERIFY(same);
    QCOMPARE(same->revision, 2); // nothing new: not an edit
    QVERIFY(!repo.addTags(s->code, {QStringLiteral("a//b")}));
    QVERIFY(!repo.addTags(s->code, {QString()}));
    auto nested = repo.find(SearchQuery::parse(QStringLiteral("tag:sdo")));
    QVERIFY(nested);
    QCOMPARE(nested->size(), 1);
    auto r = repo.removeTags(s->code, {QStringLiteral("energy")});
    QVERIFY(r);
    QCOMPARE(r->tags, QStringList{QStringLiteral("sdo/oneM2M")});
    auto missing = repo.removeTags(s->code, {QStringLiteral("never")});
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QLatin1String("never")));
}

void tst_UseCaseRepository::getManyReadsWhatGetReadsInOrder()
{
    // Enough records to be parsed on several threads (an export reads thousands this way).
    UseCaseRepository repo(*m_db);
    QStringList names;
    for (int i = 0; i < 300; ++i) {
        UseCase u;
        u.title = QStringLiteral("Record %1 \u00e9t\u00e9").arg(i);
        u.summary = QString(i % 7, QLatin1Char('x'));
        u.tags = {QStringLiteral("batch/%1").arg(i % 5)};
        auto stored = repo.insert(u);
        QVERIFY(stored);
        names.append(i % 3 ? stored->uuid : stored->code.toLower()); // by UUID or by code
    }
    std::reverse(names.begin(), names.end());
    names.append(names.first()); // asked twice, read twice
    auto many = repo.getMany(names);
    QVERIFY2(many, qPrintable(many.error().detail));
    QCOMPARE(many->size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto one = repo.get(names[i]);
        QVERIFY(one);
        QCOMPARE(many->at(i).id, one->id);
        QCOMPARE(many->at(i).tags, one->tags);
        QCOMPARE(UseCaseJson::toJson(many->at(i)), UseCaseJson::toJson(*one));
    }
    // The first name get() refuses is the error.
    auto missing = repo.getMany({names.first(), QStringLiteral("UC-1999-001"), QString()});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    auto unnamed = repo.getMany({names.first(), QStringLiteral("  ")});
    QVERIFY(!unnamed);
    QCOMPARE(unnamed.error().code, ErrorCode::Usage);
}

void tst_UseCaseRepository::deleteLeavesTombstone()
{
    UseCaseRepository repo(*m_db);
    UseCase u;
    u.title = QStringLiteral("Doomed");
    u.tags = {QStringLiteral("x")};
    auto s = repo.insert(u);
    QVERIFY(s);
    QVERIFY(repo.remove(s->uuid));
    QCOMPARE(repo.get(s->uuid).error().code, ErrorCode::NotFound);
    QSqlQuery q(DatabaseTestAccess::connection(*m_db));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tombstones")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM use_cases_fts")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(m_db->fullCheck());
    // Restoring the same UUID (undo of a delete) clears the tombstone.
    QVERIFY(repo.insert(*s, UseCaseRepository::WriteMode::Preserve));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tombstones")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_UseCaseRepository)
#include "tst_UseCaseRepository.moc"
