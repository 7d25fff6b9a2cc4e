// Bundles end to end: export, read, validate, import; hostile and broken bundles are refused with
// their own message and leave the repository unchanged.
#include "DatabaseDump.h"
#include "TestSupport.h"
#include "ZipForge.h"

#include "bundle/BundleExporter.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "bundle/SafeZipReader.h"
#include "bundle/ZipWriter.h"
#include "merge/ImportPlanner.h"
#include "merge/UseCaseContent.h"
#include "model/RubricJson.h"
#include "model/UseCaseJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"
#include "support/StrictJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace casebook;
using casebook::test::ZipForge;

namespace {

QStringList dump(Database &db)
{
    return test::dumpDatabase(db, true);
}

QString sha(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

/// A use case with every field filled, in three scripts.
UseCase fullUseCase()
{
    const QJsonObject o =
        QJsonDocument::fromJson(test::readAll(test::dataPath(QStringLiteral("bundles/full-usecase.json"))))
            .object();
    auto u = UseCaseJson::fromJson(o);
    if (!u)
        qWarning() << u.error().message;
    return *u;
}

/// Text that does not compress much (a bomb check would refuse long runs of one letter first).
QByteArray noise(int size)
{
    QByteArray out;
    for (int i = 0; out.size() < size; ++i)
        out += QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex();
    return out.left(size);
}

} // namespace

class tst_Bundle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip();
    void sameContentSameJson();
    void pythonBundleImports();
    void rejects_data();
    void rejects();
    void tooManyEntries();
    void newerMinorIsTolerated();
    void creatorIsReadAsOneLine();
    void leanBundle();
    void exportSelections();
    void cancelledExportWritesNothing();
    void largeRecordsSplitIntoParts();
    void writerRefusesMoreRecordsThanTheReaderTakes();
    void partsWithinSmallLimits();
    void budgetsGrowWithTheFile();
    void moreRecordsThanTheSmallFileBudget();
    void moreJsonThanTheSmallFileBudget();
    void manyCompressibleRecordsAreStoredToBeShared();
    void hostileLargeFileBeyondItsBudget();
    void deepestAcceptedFieldRoundTrips();

private:
    std::unique_ptr<Database> open(const QString &name);
    std::unique_ptr<Database> sourceRepository();
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
};

void tst_Bundle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_Bundle::open(const QString &name)
{
    Database::OpenOptions options;
    options.clock = &m_clock;
    options.contributor = QStringLiteral("Tester");
    auto db = Database::open(path(name), options);
    return db ? std::move(*db) : nullptr;
}

std::unique_ptr<Database> tst_Bundle::sourceRepository()
{
    static int n = 0;
    auto db = open(QStringLiteral("source-%1.sqlite").arg(++n));
    if (!db || !Seeder::seed(*db, true))
        return nullptr;
    UseCase u = fullUseCase();
    const QByteArray pdf("%PDF-1.4 تقرير 报告");
    auto hash = AttachmentStore(*db).put(pdf);
    u.attachments.append(AttachmentRef{*hash, QStringLiteral("تقرير.pdf"), QStringLiteral("application/pdf"),
                                       pdf.size(), QStringLiteral("Rapport"), m_clock.nowUtc()});
    if (!UseCaseRepository(*db).insert(u, UseCaseRepository::WriteMode::Preserve))
        return nullptr;
    Assessment a;
    a.useCaseUuid = u.uuid;
    a.rubricUuid = RubricJson::defaultRubric().uuid;
    a.assessorName = QStringLiteral("王芳");
    a.assessorOrganization = QStringLiteral("CAICT");
    a.scores = {CriterionScore{QStringLiteral("A1"), ScoreState::Level, 3, QStringLiteral("NB-IoT 📶"),
                               QStringLiteral("https://example.org"), Confidence::High},
                CriterionScore{QStringLiteral("B1"), ScoreState::NotApplicable, 0, {}, {}, {}},
                CriterionScore{QStringLiteral("A5"), ScoreState::Unknown, 0, QStringLiteral("?"), {}, {}}};
    if (!AssessmentRepository(*db).save(a))
        return nullptr;
    return db;
}

static QMap<QString, QByteArray> unzip(const QString &file)
{
    QMap<QString, QByteArray> out;
    auto entries = SafeZipReader().readAll(file);
    if (entries) {
        for (const auto &e : *entries)
            out.insert(e.name, e.data);
    }
    return out;
}

void tst_Bundle::roundTrip()
{
    auto source = sourceRepository();
    QVERIFY(source);
    const QString first = path(QStringLiteral("first.casebook"));
    auto exported = BundleExporter::exportTo(*source, {}, first, {});
    QVERIFY2(exported, qPrintable(exported.error().message + exported.error().detail));
    QCOMPARE(exported->useCases, 11);
    QCOMPARE(exported->assessments, 1);
    QCOMPARE(exported->attachments, 1);
    QVERIFY(!exported->overMailLimit);

    auto bundle = BundleReader().read(first);
    QVERIFY2(bundle, qPrintable(bundle.error().message + bundle.error().detail));
    QCOMPARE(bundle->warnings.size(), 1); // future_field is kept and reported
    auto empty = open(QStringLiteral("empty.sqlite"));
    QVERIFY(empty);
    auto result = ImportPlanner::apply(*empty, bundle->records, Resolutions());
    QVERIFY2(result, qPrintable(result.error().message + result.error().detail));

    // Every field, tag, assessment and attachment survived.
    const UseCase original = *UseCaseRepository(*source).get(fullUseCase().uuid);
    const UseCase copy = *UseCaseRepository(*empty).get(fullUseCase().uuid);
    QCOMPARE(UseCaseJson::toJson(copy), UseCaseJson::toJson(original));
    QCOMPARE(
        copy.extra.value(QStringLiteral("future_field")).toObject().value(QStringLiteral("from")).toString(),
        QStringLiteral("a newer Casebook"));
    QCOMPARE(AttachmentStore(*empty).get(copy.attachments.first().sha256).value(),
             QByteArray("%PDF-1.4 تقرير 报告"));
    auto assessments = AssessmentRepository(*empty).forUseCase(copy.uuid);
    QVERIFY(assessments);
    QCOMPARE(assessments->size(), 1);
    QCOMPARE(assessments->first().assessorName, QStringLiteral("王芳"));
    QCOMPARE(assessments->first().scores.size(), 3);

    // Export again: identical JSON documents.
    const QString second = path(QStringLiteral("second.casebook"));
    QVERIFY(BundleExporter::exportTo(*empty, {}, second, {}));
    QMap<QString, QByteArray> a = unzip(first), b = unzip(second);
    a.remove(BundleFormat::manifestName());
    b.remove(BundleFormat::manifestName());
    QCOMPARE(a.keys(), b.keys());
    for (const QString &k : a.keys())
        QVERIFY2(a[k] == b[k], qPrintable(k));

    // Importing the same bundle twice changes nothing the second time.
    const QStringList before = dump(*empty);
    auto again = ImportPlanner::apply(*empty, bundle->records, Resolutions());
    QVERIFY(again);
    QVERIFY(!again->changed);
    QCOMPARE(dump(*empty), before);
}

void tst_Bundle::sameContentSameJson()
{
    auto source = sourceRepository();
    QVERIFY(source);
    auto r1 = BundleExporter::collect(*source, {}, false);
    m_clock.advanceSecs(3600);
    auto r2 = BundleExporter::collect(*source, {}, false);
    QVERIFY(r1 && r2);
    QCOMPARE(BundleWriter::documents(*r1).value(), BundleWriter::documents(*r2).value());
    const QString p1 = path(QStringLiteral("same1.casebook")), p2 = path(QStringLiteral("same2.casebook"));
    BundleWriter::Options o;
    o.createdAt = m_clock.nowUtc();
    QVERIFY(BundleWriter::write(*r1, p1, o));
    QVERIFY(BundleWriter::write(*r2, p2, o));
    QCOMPARE(test::readAll(p1), test::readAll(p2)); // byte for byte with the same creation time
}

void tst_Bundle::pythonBundleImports()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const QString out = path(QStringLiteral("python.casebook"));
    QProcess p;
    p.start(python, {test::dataPath(QStringLiteral("bundles/make_bundle.py")), out});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    auto bundle = BundleReader().read(out);
    QVERIFY2(bundle, qPrintable(bundle.error().message + QLatin1Char(' ') + bundle.error().detail));
    QCOMPARE(bundle->manifest.creator.name, QStringLiteral("Python Example"));
    auto db = open(QStringLiteral("python.sqlite"));
    QVERIFY(db);
    auto result = ImportPlanner::apply(*db, bundle->records, Resolutions());
    QVERIFY2(result, qPrintable(result.error().message + result.error().detail));
    QCOMPARE(result->added, 3);
    const UseCase u = *UseCaseRepository(*db).get(QStringLiteral("PY-2026-001"));
    QCOMPARE(u.title, QStringLiteral("عدادات المياه الذكية — 智能水表 💧"));
    QCOMPARE(u.tags, (QStringList{QStringLiteral("python"), QStringLiteral("sdo/ITU-T")}));
    QCOMPARE(AttachmentStore(*db).get(u.attachments.first().sha256).value(),
             QStringLiteral("Relevés du capteur\n").toUtf8().repeated(3));
    QCOMPARE(AssessmentRepository(*db).forUseCase(u.uuid)->first().assessorName, QStringLiteral("李华"));
}

namespace {

/// The entries of a small valid bundle, and helpers to bend them.
struct Parts
{
    QMap<QString, QByteArray> docs;
    QJsonObject manifest;

    static Parts valid()
    {
        Parts p;
        IncomingRecords r;
        UseCase u;
        u.uuid = QStringLiteral("11111111-2222-4333-8444-555555555555");
        u.code = QStringLiteral("UC-1");
        u.title = QStringLiteral("Valid");
        u.createdAt = u.modifiedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        u.revision = 1;
        u.tags = {QStringLiteral("t")};
        r.useCases.append(IncomingUseCase{u, {}, {}, {}});
        p.docs = BundleWriter::documents(r).value();
        BundleWriter::Options o;
        o.createdAt = u.createdAt;
        p.manifest = QJsonDocument::fromJson(BundleWriter::manifest(r, p.docs, o)).object();
        return p;
    }
    void setDoc(const QString &name, const QByteArray &bytes, bool fixManifest = true)
    {
        docs[name] = bytes;
        if (fixManifest)
            refreshManifest();
    }
    void refreshManifest()
    {
        QJsonArray entries;
        for (auto it = docs.constBegin(); it != docs.constEnd(); ++it)
            entries.append(QJsonObject{{QStringLiteral("name"), it.key()},
                                       {QStringLiteral("size"), double(it.value().size())},
                                       {QStringLiteral("sha256"), sha(it.value())}});
        manifest[QStringLiteral("entries")] = entries;
    }
    QList<ZipForge::Entry> entries() const
    {
        QList<ZipForge::Entry> out;
        ZipForge::Entry m;
        m.name = "manifest.json";
        m.data = QJsonDocument(manifest).toJson();
        out.append(m);
        for (auto it = docs.constBegin(); it != docs.constEnd(); ++it) {
            ZipForge::Entry e;
            e.name = it.key().toLatin1();
            e.data = it.value();
            out.append(e);
        }
        return out;
    }
    static QByteArray build(const QList<ZipForge::Entry> &entries)
    {
        ZipForge forge;
        for (const auto &e : entries)
            forge.add(e);
        return forge.build();
    }
    QByteArray build() const { return build(entries()); }
};

} // namespace

void tst_Bundle::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("code");
    const int rejected = int(ErrorCode::InputRejected);
    const Parts ok = Parts::valid();
    auto withExtra = [&ok](const QByteArray &name, const QByteArray &data = "x",
                           quint32 attr = 0100644u << 16) {
        auto entries = ok.entries();
        ZipForge::Entry e;
        e.name = name;
        e.data = data;
        e.externalAttr = attr;
        entries.append(e);
        return Parts::build(entries);
    };
    QTest::newRow("control: valid") << ok.build() << QString() << -1;
    QTest::newRow("traversal") << withExtra("../usecases.json") << QStringLiteral("points outside")
                               << rejected;
    QTest::newRow("absolute") << withExtra("/etc/passwd") << QStringLiteral("absolute path") << rejected;
    QTest::newRow("backslash") << withExtra("attachments\\evil") << QStringLiteral("backslash") << rejected;
    QTest::newRow("symlink") << withExtra("tombstones.json", "/etc/passwd", 0120777u << 16)
                             << QStringLiteral("symbolic link") << rejected;
    QTest::newRow("duplicate") << withExtra("usecases.json") << QStringLiteral("same file twice") << rejected;
    QTest::newRow("case duplicate") << withExtra("USECASES.json") << QStringLiteral("upper and lower case")
                                    << rejected;
    QTest::newRow("outside layout") << withExtra("evil.exe") << QStringLiteral("outside the allowed layout")
                                    << rejected;
    {
        // 4 MB of zeros deflate to about 4 KB: a bomb by ratio, refused before unpacking.
        const QByteArray zeros(4 * 1024 * 1024, '\0');
        QTest::newRow("compression bomb") << withExtra("attachments/" + sha(zeros).toLatin1(), zeros)
                                          << QStringLiteral("expands far too much") << rejected;
    }
    {
        auto entries = ok.entries();
        ZipForge forge;
        quint32 offset = 0;
        for (int i = 0; i < entries.size(); ++i) {
            const quint32 o = forge.add(entries[i]);
            if (entries[i].name == "usecases.json")
                offset = o;
        }
        ZipForge::Entry overlap = entries.last();
        overlap.name = "tombstones.json";
        for (const auto &e : entries) {
            if (e.name == "usecases.json")
                overlap = e;
        }
        overlap.centralName = QByteArray("attachments/" + sha(overlap.data).toLatin1());
        forge.addCentralOnly(overlap, offset);
        QTest::newRow("overlapping entries")
            << forge.build() << QStringLiteral("more data than the file holds") << rejected;
    }
    const QByteArray good = ok.build();
    QTest::newRow("truncated") << good.left(good.size() * 2 / 3) << QStringLiteral("cut short") << rejected;
    {
        auto entries = ok.entries();
        entries[1].crc = 0x12345678;
        QTest::newRow("bad crc") << Parts::build(entries) << QStringLiteral("checksum does not match")
                                 << rejected;
    }
    {
        auto entries = ok.entries();
        entries[1].uncompressedSize = quint32(entries[1].data.size() + 100);
        QTest::newRow("size that lies")
            << Parts::build(entries) << QStringLiteral("damaged at entry") << rejected;
    }
    {
        Parts p = ok;
        QJsonArray list = p.manifest.value(QStringLiteral("entries")).toArray();
        QJsonObject first = list.first().toObject();
        first[QStringLiteral("sha256")] = QString(64, QLatin1Char('0'));
        list[0] = first;
        p.manifest[QStringLiteral("entries")] = list;
        QTest::newRow("wrong hash") << p.build() << QStringLiteral("SHA-256 fingerprint differs") << rejected;
    }
    {
        Parts p = ok;
        QJsonArray list = p.manifest.value(QStringLiteral("entries")).toArray();
        QJsonObject first = list.first().toObject();
        first[QStringLiteral("size")] = first.value(QStringLiteral("size")).toDouble() + 1;
        list[0] = first;
        p.manifest[QStringLiteral("entries")] = list;
        QTest::newRow("manifest size lies") << p.build() << QStringLiteral("size differs") << rejected;
    }
    {
        auto entries = ok.entries();
        entries[1].flags = 1;
        QTest::newRow("encrypted") << Parts::build(entries) << QStringLiteral("encrypted entry") << rejected;
    }
    QTest::newRow("empty archive") << ZipForge::emptyArchive() << QStringLiteral("archive is empty")
                                   << rejected;
    QTest::newRow("not a zip") << QByteArray("Dear colleagues, please find attached...\n")
                               << QStringLiteral("not a ZIP archive") << rejected;
    QTest::newRow("no manifest") << Parts::build({ok.entries().mid(1)}) << QStringLiteral("no manifest")
                                 << rejected;
    {
        Parts p = ok;
        p.setDoc(QStringLiteral("usecases.json"), "{\"use_cases\": [");
        QTest::newRow("broken json") << p.build() << QStringLiteral("not valid JSON") << rejected;
    }
    {
        Parts p = ok;
        p.manifest[QStringLiteral("format_version")] = QStringLiteral("2.0");
        QTest::newRow("newer format") << p.build() << QStringLiteral("update Casebook to open this bundle")
                                      << int(ErrorCode::NewerVersion);
    }
    {
        Parts p = ok;
        p.manifest[QStringLiteral("min_reader_version")] = QStringLiteral("1.7");
        QTest::newRow("newer reader needed")
            << p.build() << QStringLiteral("update Casebook") << int(ErrorCode::NewerVersion);
    }
    {
        Parts p = ok;
        p.manifest[QStringLiteral("format")] = QStringLiteral("something-else");
        QTest::newRow("other format") << p.build() << QStringLiteral("not a Casebook bundle") << rejected;
    }
    for (const QString &version :
         {QStringLiteral("1.0\n"), QStringLiteral("1.0 "), QStringLiteral("\u0661.0"), QStringLiteral("+1.0"),
          QStringLiteral("1.0.0")}) {
        Parts p = ok;
        p.manifest[QStringLiteral("format_version")] = version;
        QTest::newRow(qPrintable(QStringLiteral("format version %1")
                                     .arg(QString::fromLatin1(version.toUtf8().toPercentEncoding()))))
            << p.build() << QStringLiteral("manifest is invalid (format_version)") << rejected;
        Parts m = ok;
        m.manifest[QStringLiteral("min_reader_version")] = version;
        QTest::newRow(qPrintable(QStringLiteral("reader version %1")
                                     .arg(QString::fromLatin1(version.toUtf8().toPercentEncoding()))))
            << m.build() << QStringLiteral("manifest is invalid (min_reader_version)") << rejected;
    }
    for (const double revision : {2147483647.0, 1000000001.0, -1.0, 1e300}) {
        Parts p = ok;
        QJsonObject doc = QJsonDocument::fromJson(p.docs.value(QStringLiteral("usecases.json"))).object();
        QJsonArray list = doc.value(QStringLiteral("use_cases")).toArray();
        QJsonObject u = list.first().toObject();
        u[QStringLiteral("revision")] = revision;
        list[0] = u;
        doc[QStringLiteral("use_cases")] = list;
        p.setDoc(QStringLiteral("usecases.json"), QJsonDocument(doc).toJson());
        QTest::newRow(qPrintable(QStringLiteral("revision %1").arg(revision)))
            << p.build()
            << QStringLiteral("Use case 1 (\"Valid\") is invalid: revision: must be a whole number")
            << rejected;
    }
    {
        Parts p = ok;
        const QJsonObject a{
            {QStringLiteral("uuid"), QStringLiteral("22222222-2222-4333-8444-555555555555")},
            {QStringLiteral("use_case_uuid"), QStringLiteral("99999999-2222-4333-8444-555555555555")},
            {QStringLiteral("rubric_uuid"), QStringLiteral("33333333-2222-4333-8444-555555555555")},
            {QStringLiteral("assessor_name"), QStringLiteral("X")},
            {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00.000Z")},
            {QStringLiteral("modified_at"), QStringLiteral("2026-01-01T00:00:00.000Z")},
            {QStringLiteral("revision"), 1}};
        p.setDoc(QStringLiteral("assessments.json"),
                 QJsonDocument(QJsonObject{{QStringLiteral("assessments"), QJsonArray{a}}}).toJson());
        QTest::newRow("dangling assessment")
            << p.build() << QStringLiteral("names a use case that is not in the bundle") << rejected;
        QJsonObject forged = a;
        forged[QStringLiteral("assessor_id")] = QStringLiteral("Robert'); DROP TABLE assessments;--");
        Parts f = ok;
        f.setDoc(QStringLiteral("assessments.json"),
                 QJsonDocument(QJsonObject{{QStringLiteral("assessments"), QJsonArray{forged}}}).toJson());
        QTest::newRow("assessor id not a UUID")
            << f.build() << QStringLiteral("assessor_id: must be a UUID") << rejected;
    }
    {
        Parts p = ok;
        QJsonObject doc = QJsonDocument::fromJson(p.docs.value(QStringLiteral("usecases.json"))).object();
        QJsonArray list = doc.value(QStringLiteral("use_cases")).toArray();
        QJsonObject u = list.first().toObject();
        u[QStringLiteral("attachments")] =
            QJsonArray{QJsonObject{{QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                                   {QStringLiteral("file_name"), QStringLiteral("photo.jpg")},
                                   {QStringLiteral("size"), 3}}};
        list[0] = u;
        doc[QStringLiteral("use_cases")] = list;
        p.setDoc(QStringLiteral("usecases.json"), QJsonDocument(doc).toJson());
        QTest::newRow("dangling attachment")
            << p.build() << QStringLiteral("missing from the bundle") << rejected;
        list.append(list.first());
        doc[QStringLiteral("use_cases")] = list;
        Parts d = ok;
        QJsonObject v = QJsonDocument::fromJson(ok.docs.value(QStringLiteral("usecases.json"))).object();
        QJsonArray twice = v.value(QStringLiteral("use_cases")).toArray();
        twice.append(twice.first());
        v[QStringLiteral("use_cases")] = twice;
        d.setDoc(QStringLiteral("usecases.json"), QJsonDocument(v).toJson());
        QTest::newRow("duplicate uuid") << d.build() << QStringLiteral("appears twice") << rejected;
    }
    {
        Parts p = ok;
        QByteArray doc = p.docs.value(QStringLiteral("usecases.json"));
        doc.replace("\"Valid\"", "\"Val\\ud800id\"");
        p.setDoc(QStringLiteral("usecases.json"), doc);
        QTest::newRow("invalid unicode") << p.build() << QStringLiteral("invalid Unicode") << rejected;
    }
    {
        Parts p = ok;
        QByteArray doc = p.docs.value(QStringLiteral("usecases.json"));
        doc.replace("\"revision\":1", "\"revision\":\"one\"");
        p.setDoc(QStringLiteral("usecases.json"), doc);
        QTest::newRow("wrong type") << p.build() << QStringLiteral("revision") << rejected;
        QByteArray date = ok.docs.value(QStringLiteral("usecases.json"));
        date.replace("2026-01-01T00:00:00.000Z", "yesterday");
        Parts q = ok;
        q.setDoc(QStringLiteral("usecases.json"), date);
        QTest::newRow("bad date") << q.build() << QStringLiteral("ISO 8601") << rejected;
        QByteArray tag = ok.docs.value(QStringLiteral("tags.json"));
        tag.replace("\"t\"", "\"u\"");
        Parts t = ok;
        t.setDoc(QStringLiteral("tags.json"), tag);
        QTest::newRow("unlisted tag") << t.build() << QStringLiteral("does not list") << rejected;
        QByteArray longTitle = ok.docs.value(QStringLiteral("usecases.json"));
        longTitle.replace(QByteArray("\"Valid\""), QByteArray("\"" + QByteArray(600, 'x') + "\""));
        Parts l = ok;
        l.setDoc(QStringLiteral("usecases.json"), longTitle);
        QTest::newRow("text limit") << l.build() << QStringLiteral("the limit is 500") << rejected;
    }
    {
        Parts p = ok;
        QByteArray doc = p.docs.value(QStringLiteral("usecases.json"));
        doc.replace("\"Valid\"", "\"Valid\", \"title\": \"Other\"");
        p.setDoc(QStringLiteral("usecases.json"), doc);
        QTest::newRow("duplicate key")
            << p.build() << QStringLiteral("the key use_cases[0].title appears twice") << rejected;
    }
    {
        // A field of a newer Casebook is kept only within bounds (the review sent 60 MB in one field).
        Parts p = ok;
        QByteArray doc = p.docs.value(QStringLiteral("usecases.json"));
        doc.replace("\"Valid\"", QByteArray("\"Valid\", \"future\": \"" + noise(200 * 1024) + "\""));
        p.setDoc(QStringLiteral("usecases.json"), doc);
        QTest::newRow("unknown field too large")
            << p.build() << QStringLiteral("take more than 64 KB") << rejected;
        Parts q = ok;
        doc = q.docs.value(QStringLiteral("usecases.json"));
        doc.replace("\"Valid\"",
                    QByteArray("\"Valid\", \"future\": " + QByteArray(40, '[') + QByteArray(40, ']')));
        q.setDoc(QStringLiteral("usecases.json"), doc);
        QTest::newRow("unknown field too deep")
            << q.build() << QStringLiteral("nests deeper than 32 levels") << rejected;
        Parts r = ok;
        doc = r.docs.value(QStringLiteral("usecases.json"));
        doc.replace("\"Valid\"",
                    QByteArray("\"Valid\", \"future\": " + QByteArray(1000, '[') + QByteArray(1000, ']')));
        r.setDoc(QStringLiteral("usecases.json"), doc);
        QTest::newRow("document too deep")
            << r.build() << QStringLiteral("deeper than 64 levels") << rejected;
    }
    {
        Parts p = ok;
        p.manifest[QStringLiteral("format_version")] = QStringLiteral("1.0\n");
        QTest::newRow("version with a line break")
            << p.build() << QStringLiteral("manifest is invalid (format_version)") << rejected;
    }
    {
        Parts p = ok;
        p.manifest[QStringLiteral("surprise")] = true;
        QTest::newRow("unknown manifest field") << p.build() << QStringLiteral("does not know") << rejected;
    }
    {
        // With several documents broken, the refusal names the first one read in turn.
        Parts p = ok;
        p.setDoc(QStringLiteral("usecases.json"), "{\"use_cases\": [");
        p.setDoc(QStringLiteral("assessments.json"), "{\"assessments\": [}");
        QTest::newRow("use cases and assessments broken")
            << p.build() << QStringLiteral("The document usecases.json is refused") << rejected;
        Parts q = ok;
        q.setDoc(QStringLiteral("assessments.json"), "{\"assessments\": []}");
        q.setDoc(QStringLiteral("assessments-0002.json"), "{\"assessments\": [}");
        q.setDoc(QStringLiteral("assessments-0003.json"), "{\"assessments\": []");
        QTest::newRow("assessments part broken")
            << q.build() << QStringLiteral("The document assessments-0002.json is refused") << rejected;
        Parts g = ok;
        g.setDoc(QStringLiteral("assessments.json"), "{\"assessments\": []}");
        g.setDoc(QStringLiteral("assessments-0003.json"), "{\"assessments\": []}");
        QTest::newRow("assessments part after a gap")
            << g.build() << QStringLiteral("without a gap") << rejected;
    }
    {
        Parts p = ok;
        p.manifest[QStringLiteral("counts")] = QJsonObject{{QStringLiteral("use_cases"), 5}};
        QTest::newRow("counts lie") << p.build() << QStringLiteral("does not match its content") << rejected;
    }
}

void tst_Bundle::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(int, code);
    const QString file = path(QStringLiteral("hostile.casebook"));
    QVERIFY(test::writeAll(file, bytes));

    // The whole pipeline as the app runs it, on a repository with content.
    auto db = open(QStringLiteral("victim.sqlite"));
    QVERIFY(db);
    if (UseCaseRepository(*db).count().value() == 0)
        QVERIFY(Seeder::seed(*db, true));
    const QStringList before = dump(*db);
    const QByteArray fileBefore = test::readAll((*db).path());
    auto bundle = BundleReader().read(file);
    if (code < 0) {
        QVERIFY2(bundle, qPrintable(bundle.error().message + bundle.error().detail));
        return;
    }
    QVERIFY2(!bundle, "expected the bundle to be refused");
    QCOMPARE(int(bundle.error().code), code);
    QVERIFY2(bundle.error().message.contains(message),
             qPrintable(bundle.error().message + QStringLiteral(" / ") + bundle.error().detail));
    QVERIFY2(bundle.error().message.startsWith(QLatin1String("hostile.casebook")),
             qPrintable(bundle.error().message));
    QCOMPARE(dump(*db), before);
    QCOMPARE(test::readAll((*db).path()), fileBefore);
}

void tst_Bundle::tooManyEntries()
{
    Parts p = Parts::valid();
    ZipLimits limits;
    limits.maxEntries = 4;
    const QString file = path(QStringLiteral("many.casebook"));
    QVERIFY(test::writeAll(file, p.build()));
    auto bundle = BundleReader(limits).read(file);
    QVERIFY(!bundle);
    QVERIFY2(bundle.error().message.contains(QLatin1String("too many entries")),
             qPrintable(bundle.error().message));
}

void tst_Bundle::newerMinorIsTolerated()
{
    Parts p = Parts::valid();
    p.manifest[QStringLiteral("format_version")] = QStringLiteral("1.4");
    p.manifest[QStringLiteral("signature")] = QStringLiteral("from 1.4");
    QByteArray doc = p.docs.value(QStringLiteral("usecases.json"));
    doc.replace("\"use_cases\"", "\"collections\": [], \"use_cases\"");
    p.setDoc(QStringLiteral("usecases.json"), doc);
    const QString file = path(QStringLiteral("minor.casebook"));
    QVERIFY(test::writeAll(file, p.build()));
    auto bundle = BundleReader().read(file);
    QVERIFY2(bundle, qPrintable(bundle.error().message));
    QCOMPARE(bundle->records.useCases.size(), 1);
}

void tst_Bundle::creatorIsReadAsOneLine()
{
    // The creator is shown in the preview and the CLI's plan ("Bundle X from Y"): a name with line
    // breaks or bidi controls could fake lines there, so it is read as one line.
    Parts p = Parts::valid();
    p.manifest[QStringLiteral("creator")] =
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Eve\nImported: 0 added\u202E")},
                    {QStringLiteral("organization"), QStringLiteral("Org\r\nX")},
                    {QStringLiteral("email"), QString()}};
    const QString file = path(QStringLiteral("creator.casebook"));
    QVERIFY(test::writeAll(file, p.build()));
    auto bundle = BundleReader().read(file);
    QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().message));
    for (const QString &text :
         {bundle->manifest.creator.name, bundle->manifest.creator.organization, bundle->records.creator}) {
        QVERIFY2(!text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))
                     && !text.contains(QChar(0x202E)),
                 qPrintable(text));
    }
    QVERIFY(bundle->records.creator.startsWith(QLatin1String("Eve Imported: 0 added")));
}

void tst_Bundle::leanBundle()
{
    auto source = sourceRepository();
    QVERIFY(source);
    const QString lean = path(QStringLiteral("lean.casebook")), full = path(QStringLiteral("full.casebook"));
    BundleExporter::Options o;
    o.lean = true;
    auto summary = BundleExporter::exportTo(*source, {}, lean, o);
    QVERIFY(summary);
    QVERIFY(summary->lean);
    QCOMPARE(summary->attachments, 0);
    QVERIFY(BundleExporter::exportTo(*source, {}, full, {}));
    QVERIFY(QFileInfo(lean).size() < QFileInfo(full).size());
    auto db = open(QStringLiteral("lean-target.sqlite"));
    QVERIFY(db);
    auto bundle = BundleReader().read(lean);
    QVERIFY2(bundle, qPrintable(bundle.error().message));
    auto plan = ImportPlanner::plan(*db, bundle->records);
    QVERIFY(plan);
    QCOMPARE(plan->warnings.size(), 1);
    QVERIFY(ImportPlanner::apply(*db, bundle->records, Resolutions()));
    const QString hash = UseCaseRepository(*db).get(fullUseCase().uuid)->attachments.first().sha256;
    QVERIFY(!AttachmentStore(*db).contains(hash));
    auto fullBundle = BundleReader().read(full);
    QVERIFY(fullBundle);
    QVERIFY(ImportPlanner::apply(*db, fullBundle->records, Resolutions()));
    QVERIFY(AttachmentStore(*db).contains(hash));
}

void tst_Bundle::exportSelections()
{
    auto source = sourceRepository();
    QVERIFY(source);
    ExportSelection byTag;
    byTag.tag = QStringLiteral("城市");
    auto uuids = byTag.resolve(*source);
    QVERIFY(uuids);
    QCOMPARE(*uuids, QStringList{fullUseCase().uuid});
    ExportSelection byIds;
    byIds.ids = {QStringLiteral("UC-2026-042"), QStringLiteral("UC-EX-001")};
    QCOMPARE(byIds.resolve(*source)->size(), 2);
    ExportSelection byQuery;
    byQuery.query = QStringLiteral("region:\"Arab States\"");
    QVERIFY(byQuery.resolve(*source)->contains(fullUseCase().uuid));
    ExportSelection since;
    since.since = QDateTime(QDate(2026, 1, 11), QTime(0, 0), Qt::UTC);
    QVERIFY(since.resolve(*source)->contains(fullUseCase().uuid));
    ExportSelection unknown;
    unknown.ids = {QStringLiteral("UC-NOPE")};
    QVERIFY(!unknown.resolve(*source));
    // A selection of one use case carries its assessment and the rubric it names.
    auto records = BundleExporter::collect(*source, byTag, false);
    QVERIFY(records);
    QCOMPARE(records->assessments.size(), 1);
    QCOMPARE(records->rubrics.size(), 1);
    QCOMPARE(records->tombstones.size(), 0);
}

void tst_Bundle::cancelledExportWritesNothing()
{
    auto source = sourceRepository();
    QVERIFY(source);
    const QString file = path(QStringLiteral("cancel.casebook"));
    QVERIFY(test::writeAll(file, "previous content"));
    BundleExporter::Options o;
    o.progress = [](int done, int) { return done < 3; };
    auto summary = BundleExporter::exportTo(*source, {}, file, o);
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, ErrorCode::Cancelled);
    QCOMPARE(test::readAll(file), QByteArray("previous content"));
    QCOMPARE(
        QDir(m_dir.path()).entryList({QStringLiteral("cancel.casebook*")}, QDir::Files | QDir::Hidden).size(),
        1);
    // A destination that cannot be written leaves nothing behind either.
    auto failed = BundleExporter::exportTo(*source, {}, path(QStringLiteral("no-such-dir/x.casebook")), {});
    QVERIFY(!failed);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such-dir/x.casebook"))));
}

namespace {

UseCase bigUseCase(int i, int descriptionChars)
{
    UseCase u;
    u.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.code = QStringLiteral("UC-BIG-%1").arg(i);
    u.title = QStringLiteral("Large %1").arg(i);
    u.description = QString(descriptionChars, QLatin1Char('a' + i % 26));
    u.createdAt = u.modifiedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    u.revision = 1;
    return u;
}

} // namespace

void tst_Bundle::largeRecordsSplitIntoParts()
{
    // The review's case: 80 legal records of 1 MB each made a usecases.json the reader refused.
    IncomingRecords records;
    for (int i = 0; i < 80; ++i)
        records.useCases.append(IncomingUseCase{bigUseCase(i, UseCaseLimits::kLongTextChars), {}, {}, {}});
    const QString file = path(QStringLiteral("large.casebook"));
    BundleWriter::Options o;
    // Within fixed small-file budgets the JSON would exceed the budget that keeps an import in
    // memory: the writer refuses, naming it, rather than write a bundle that reader refuses.
    o.limits = ZipLimits();
    auto refused = BundleWriter::write(records, file, o);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("a bundle may take at most 28 MB")),
             qPrintable(refused.error().message));
    QVERIFY(!QFile::exists(file));
    // With the budgets of the file's size (the default), the documents, too regular to deflate, are
    // stored: the file is as large as its JSON, its budgets cover it, and lists are split into parts.
    o.limits.reset();
    auto written = BundleWriter::write(records, file, o);
    QVERIFY2(written, qPrintable(written.error().message));
    QVERIFY(*written > ZipLimits::kBaseFileSize);
    auto infos = SafeZipReader(ZipLimits::forFileSize(*written)).inspect(file);
    QVERIFY(infos);
    QStringList names;
    for (const auto &info : *infos) {
        names.append(info.name);
        QVERIFY(info.size <= ZipLimits().maxEntrySize);
    }
    QVERIFY2(names.contains(QStringLiteral("usecases-0002.json")), qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY(!BundleReader(ZipLimits()).read(file));
    auto bundle = BundleReader().read(file);
    QVERIFY2(bundle, qPrintable(bundle.error().message + bundle.error().detail));
    QCOMPARE(bundle->records.useCases.size(), 80);
    QCOMPARE(bundle->manifest.minReaderVersion, QStringLiteral("1.1"));
    QSet<QString> codes;
    for (const IncomingUseCase &u : bundle->records.useCases) {
        QCOMPARE(u.useCase.description.size(), UseCaseLimits::kLongTextChars);
        codes.insert(u.useCase.code);
    }
    QCOMPARE(codes.size(), 80);
}

void tst_Bundle::writerRefusesMoreRecordsThanTheReaderTakes()
{
    IncomingRecords records;
    for (int i = 0; i <= ZipLimits().maxRecords; ++i)
        records.useCases.append(IncomingUseCase{bigUseCase(i, 10), {}, {}, {}});
    const QString file = path(QStringLiteral("too-many-records.casebook"));
    auto refused = BundleWriter::write(records, file, BundleWriter::Options());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("10001 records")),
             qPrintable(refused.error().message));
    QVERIFY(!QFile::exists(file));
    records.useCases.removeLast();
    QVERIFY(BundleWriter::write(records, file, BundleWriter::Options()));
    auto bundle = BundleReader().read(file);
    QVERIFY2(bundle, qPrintable(bundle.error().message));
    QCOMPARE(bundle->records.useCases.size(), ZipLimits().maxRecords);
}

void tst_Bundle::partsWithinSmallLimits()
{
    ZipLimits limits;
    limits.maxEntrySize = 4000;
    IncomingRecords records;
    for (int i = 0; i < 10; ++i) {
        IncomingUseCase in{bigUseCase(i, 1000), {}, {}, {}};
        in.ancestry = {QString(64, QLatin1Char('0' + i))};
        records.useCases.append(in);
    }
    BundleWriter::Options o;
    o.limits = limits;
    const QString file = path(QStringLiteral("parts.casebook"));
    QVERIFY(BundleWriter::write(records, file, o));
    auto bundle = BundleReader(limits).read(file);
    QVERIFY2(bundle, qPrintable(bundle.error().message + bundle.error().detail));
    QCOMPARE(bundle->records.useCases.size(), 10);
    for (const IncomingUseCase &u : bundle->records.useCases)
        QCOMPARE(u.ancestry.size(), 1);

    // A record that alone exceeds an entry is refused by name, and nothing is written.
    records.useCases.append(IncomingUseCase{bigUseCase(99, 5000), {}, {}, {}});
    const QString refused = path(QStringLiteral("refused.casebook"));
    auto result = BundleWriter::write(records, refused, o);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("UC-BIG-99")), qPrintable(result.error().message));
    QVERIFY(!QFileInfo::exists(refused));

    // A part after a gap is refused rather than skipped.
    Parts p = Parts::valid();
    p.setDoc(QStringLiteral("usecases-0003.json"), "{\"use_cases\":[]}");
    QVERIFY(test::writeAll(path(QStringLiteral("gap.casebook")), p.build()));
    auto gap = BundleReader().read(path(QStringLiteral("gap.casebook")));
    QVERIFY(!gap);
    QVERIFY2(gap.error().message.contains(QLatin1String("without a gap")), qPrintable(gap.error().message));
}

void tst_Bundle::deepestAcceptedFieldRoundTrips()
{
    // The review's case: 1,000 levels were accepted by import, and the exported bundle was refused.
    const auto withField = [](int depth) {
        QJsonObject o{{QStringLiteral("title"), QStringLiteral("Deep")}};
        o.insert(QStringLiteral("future"),
                 QJsonDocument::fromJson(QByteArray(depth, '[') + QByteArray(depth, ']')).array());
        return o;
    };
    QVERIFY(!UseCaseJson::fromJson(withField(1000)));
    auto u = UseCaseJson::fromJson(withField(JsonLimits::kMaxUnknownFieldDepth));
    QVERIFY2(u, qPrintable(u.error().message));
    u->uuid = QStringLiteral("11111111-2222-4333-8444-555555555599");
    u->code = QStringLiteral("UC-DEEP");
    u->createdAt = u->modifiedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    u->revision = 1;
    IncomingRecords records;
    records.useCases.append(IncomingUseCase{*u, {}, {}, {}});
    const QString file = path(QStringLiteral("deep.casebook"));
    QVERIFY(BundleWriter::write(records, file, {}));
    auto bundle = BundleReader().read(file);
    QVERIFY2(bundle, qPrintable(bundle.error().message + bundle.error().detail));
    QCOMPARE(bundle->records.useCases.first().useCase.extra, u->extra);
}

namespace {

/// `chars` characters that deflate about as little as text can (6 bits each), from a fixed seed.
QString randomText(QRandomGenerator &rng, int chars)
{
    static const QString alphabet =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .");
    QString text(chars, Qt::Uninitialized);
    for (QChar &c : text)
        c = alphabet.at(int(rng.bounded(quint32(alphabet.size()))));
    return text;
}

/// Writes `count` use cases of `chars` random characters each with the default (file-size)
/// budgets, reads the bundle back and checks every record arrived.
void roundTripRandomUseCases(const QString &file, int count, int chars)
{
    QRandomGenerator rng(17);
    IncomingRecords records;
    for (int i = 0; i < count; ++i) {
        UseCase u = bigUseCase(i, 0);
        u.description = randomText(rng, chars);
        records.useCases.append(IncomingUseCase{u, {}, {}, {}});
    }
    auto written = BundleWriter::write(records, file, BundleWriter::Options());
    QVERIFY2(written, qPrintable(written.error().message));
    QVERIFY(*written > ZipLimits::kBaseFileSize);
    // The fixed budgets of a small file refuse it; the budgets of its size take it.
    QVERIFY(!BundleReader(ZipLimits()).read(file));
    auto bundle = BundleReader().read(file);
    QVERIFY2(bundle, qPrintable(bundle.error().message + bundle.error().detail));
    QCOMPARE(bundle->records.useCases.size(), count);
    QCOMPARE(bundle->fileSize, *written);
}

} // namespace

void tst_Bundle::budgetsGrowWithTheFile()
{
    const qint64 mb = 1024 * 1024;
    const ZipLimits base;
    for (qint64 size : {qint64(0), qint64(1), 5 * mb, ZipLimits::kBaseFileSize}) {
        const ZipLimits l = ZipLimits::forFileSize(size);
        QCOMPARE(l.maxTotalSize, base.maxTotalSize);
        QCOMPARE(l.maxEntrySize, base.maxEntrySize);
        QCOMPARE(l.maxDocumentsSize, base.maxDocumentsSize);
        QCOMPARE(l.maxRecords, base.maxRecords);
    }
    const ZipLimits l = ZipLimits::forFileSize(20 * mb);
    QCOMPARE(l.maxTotalSize, ZipLimits::kTotalPerFileByte * 20 * mb);
    QCOMPARE(l.maxEntrySize, l.maxTotalSize);
    QCOMPARE(l.maxDocumentsSize, ZipLimits::kDocumentsPerFileByte * 20 * mb);
    QCOMPARE(qint64(l.maxRecords), ZipLimits::kRecordsPerFileMB * 20);
    QCOMPARE(l.maxCompressionRatio, base.maxCompressionRatio);
    QCOMPARE(l.maxEntries, base.maxEntries);
}

void tst_Bundle::moreRecordsThanTheSmallFileBudget()
{
    // 12,000 use cases of 1,300 characters: 18 MB of JSON in a file of about 13 MB.
    roundTripRandomUseCases(path(QStringLiteral("many.casebook")), 12000, 1300);
}

void tst_Bundle::moreJsonThanTheSmallFileBudget()
{
    // 1,500 use cases of 20,000 characters: 30 MB of JSON, more than a small file's 28 MB.
    roundTripRandomUseCases(path(QStringLiteral("much-json.casebook")), 1500, 20000);
}

void tst_Bundle::manyCompressibleRecordsAreStoredToBeShared()
{
    // 12,000 use cases of 1,300 characters that deflate well: compressed, the file would stay under
    // 10 MB and keep a small file's budget of 10,000 records. The writer stores the documents
    // instead, so the file's size says what it holds and the bundle can be shared whole.
    IncomingRecords records;
    for (int i = 0; i < 12000; ++i)
        records.useCases.append(IncomingUseCase{bigUseCase(i, 1300), {}, {}, {}});
    const QString file = path(QStringLiteral("compressible.casebook"));
    auto written = BundleWriter::write(records, file, BundleWriter::Options());
    QVERIFY2(written, qPrintable(written.error().message));
    QVERIFY(*written > ZipLimits::kBaseFileSize);
    auto bundle = BundleReader().read(file);
    QVERIFY2(bundle, qPrintable(bundle.error().message + bundle.error().detail));
    QCOMPARE(bundle->records.useCases.size(), 12000);
    // A selection within a small file's budgets is still deflated.
    IncomingRecords few;
    for (int i = 0; i < 100; ++i)
        few.useCases.append(IncomingUseCase{bigUseCase(i, 1300), {}, {}, {}});
    auto small = BundleWriter::write(few, path(QStringLiteral("few.casebook")), BundleWriter::Options());
    QVERIFY2(small, qPrintable(small.error().message));
    QVERIFY(*small < 100 * 1300 / 4);
}

void tst_Bundle::hostileLargeFileBeyondItsBudget()
{
    // A file over 10 MB (9 MB that does not deflate) whose other entries each expand about 80 times,
    // within the ratio limit, to far more than its budget.
    QRandomGenerator rng(23);
    QByteArray noise(9 * 1024 * 1024, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    QByteArray block = randomText(rng, 1000).toLatin1() + QByteArray(64 * 1024 - 1000, 'a');
    const QByteArray expanding = block.repeated(320); // 20 MB
    ZipWriter zip;
    const auto name = [](int i) {
        QString n = BundleFormat::attachmentPrefix();
        n.append(QString(64, QString::number(i, 16).at(0)));
        return n;
    };
    zip.addEntry(name(0), noise, ZipWriter::Compression::Store);
    for (int i = 1; i <= 10; ++i)
        zip.addEntry(name(i), expanding);
    const QString file = path(QStringLiteral("hostile-large.casebook"));
    QVERIFY(zip.write(file));
    const qint64 size = QFileInfo(file).size();
    QVERIFY(size > ZipLimits::kBaseFileSize);
    ZipLimits unbounded;
    unbounded.maxTotalSize = unbounded.maxEntrySize = qint64(1) << 40;
    auto infos = SafeZipReader(unbounded).inspect(file); // within the ratio limit, well formed
    QVERIFY2(infos, qPrintable(infos.error().detail));
    qint64 total = 0;
    for (const auto &info : *infos)
        total += info.size;
    QVERIFY(total > ZipLimits::forFileSize(size).maxTotalSize);

    auto refused = BundleReader().read(file);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InputRejected);
    QVERIFY2(refused.error().message.contains(QStringLiteral("too large when unpacked")),
             qPrintable(refused.error().message));
    const double budgetMb = double(ZipLimits::forFileSize(size).maxTotalSize) / (1024 * 1024);
    QVERIFY2(refused.error().message.contains(QStringLiteral("the limit is %1 MB").arg(budgetMb, 0, 'f', 0)),
             qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(tst_Bundle)
#include "tst_Bundle.moc"
