#include "DatabaseTestAccess.h"
#include "TestRecords.h"
#include "TestSupport.h"

#include "bundle/BundleExporter.h"
#include "bundle/BundleWriter.h"
#include "model/UseCaseJson.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"
#include "storage/UseCaseStoredForm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

/// An export copies the stored document of a use case written in today's form instead of parsing it
/// and writing it again (issue 13); the bundle must stay the same byte for byte.
class tst_BundleText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bundleTextIsWhatTheWriterWrites();
    void exportIsTheSameEitherWay();
    void documentOfAnOlderFormIsParsed();
    void textThatCannotBeCopied_data();
    void textThatCannotBeCopied();
    void tagsGoWhereQtSortsThem();
    void todaysFormIsPinned();

private:
    /// The examples and records chosen to stress the text: no tags, odd tags, quotes, backslashes
    /// and other scripts in the text, fields of a newer Casebook before and after "tags".
    void addOddRecords(Database &db);
    /// The bundle's JSON of every use case, the long way: parsed, then written by UseCaseJson.
    QHash<QString, QByteArray> writtenTheLongWay(Database &db);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_BundleText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(m_dir.filePath(QStringLiteral("text.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
    addOddRecords(*m_db);
}

void tst_BundleText::addOddRecords(Database &db)
{
    UseCaseRepository repo(db);
    UseCase plain;
    plain.title = QStringLiteral("No tags at all");
    QVERIFY(repo.insert(plain));

    UseCase odd;
    odd.title = QStringLiteral("Quotes \" and back\\slashes, عربي, 中文, emoji 🛰");
    odd.summary = QStringLiteral("Line one\nline two\ttabbed \u00e9\u0301 and a control \u0001? no: ok");
    odd.tags = {QStringLiteral("sdo/oneM2M"), QStringLiteral("énergie"), QStringLiteral("Z-last"),
                QStringLiteral("a \"quoted\" tag")};
    odd.countries = {QStringLiteral("KE")};
    test::addIecDepth(odd);
    // Fields of a newer Casebook are kept and written back: keys before and after "tags".
    odd.extra.insert(QStringLiteral("aa_future"), QJsonObject{{QStringLiteral("x"), 1.5}});
    odd.extra.insert(QStringLiteral("zz_future"), QJsonArray{QStringLiteral("}"), QStringLiteral("]\",")});
    odd.extra.insert(QStringLiteral("tagz"), true);
    auto stored = repo.insert(odd);
    QVERIFY2(stored, qPrintable(stored.error().message + stored.error().detail));
}

QHash<QString, QByteArray> tst_BundleText::writtenTheLongWay(Database &db)
{
    QHash<QString, QByteArray> out;
    auto uuids = UseCaseRepository(db).allUuids();
    if (!uuids)
        return out;
    for (const QString &uuid : *uuids) {
        auto u = UseCaseRepository(db).get(uuid);
        if (u)
            out.insert(uuid, QJsonDocument(UseCaseJson::toJson(*u)).toJson(QJsonDocument::Compact));
    }
    return out;
}

void tst_BundleText::bundleTextIsWhatTheWriterWrites()
{
    const QHash<QString, QByteArray> expected = writtenTheLongWay(*m_db);
    QVERIFY(expected.size() >= 12);
    auto written = UseCaseRepository(*m_db).getManyForWriting(expected.keys());
    QVERIFY(written);
    QCOMPARE(written->size(), expected.size());
    for (const UseCaseRepository::ForWriting &w : std::as_const(*written)) {
        QVERIFY2(!w.bundleJson.isEmpty(), qPrintable(w.record.title)); // every one in today's form
        QCOMPARE(w.bundleJson, expected.value(w.record.uuid));
        const auto full = UseCaseRepository(*m_db).get(w.record.uuid);
        QVERIFY(full);
        QCOMPARE(w.record.code, full->code);
        QCOMPARE(w.record.title, full->title);
        QCOMPARE(w.record.tags, full->tags);
        QStringList hashes;
        for (const AttachmentRef &a : full->attachments)
            hashes.append(a.sha256);
        hashes.sort();
        hashes.removeDuplicates();
        QStringList copied;
        for (const AttachmentRef &a : w.record.attachments)
            copied.append(a.sha256);
        QCOMPARE(copied, hashes);
    }
}

void tst_BundleText::exportIsTheSameEitherWay()
{
    // A record edited here has an earlier version: its ancestry is hashed from the copied text.
    auto uuids = UseCaseRepository(*m_db).allUuids();
    QVERIFY(uuids && !uuids->isEmpty());
    auto edited = UseCaseRepository(*m_db).get(uuids->first());
    QVERIFY(edited);
    edited->summary += QStringLiteral(" Edited here.");
    QVERIFY(UseCaseRepository(*m_db).update(*edited));
    const ExportSelection everything;
    auto chosen = everything.select(*m_db);
    QVERIFY(chosen);
    auto whole = BundleExporter::collect(*m_db, everything, *chosen, false, BundleExporter::For::Anything);
    auto text = BundleExporter::collect(*m_db, everything, *chosen, false, BundleExporter::For::Writing);
    QVERIFY(whole && text);
    int copied = 0;
    for (const IncomingUseCase &u : std::as_const(text->useCases))
        copied += u.bundleJson.isEmpty() ? 0 : 1;
    QCOMPARE(copied, int(text->useCases.size())); // the short way was taken for every record
    int withAncestry = 0;
    for (qsizetype i = 0; i < whole->useCases.size(); ++i) {
        QVERIFY(whole->useCases[i].bundleJson.isEmpty());
        QCOMPARE(text->useCases[i].ancestry, whole->useCases[i].ancestry);
        withAncestry += whole->useCases[i].ancestry.isEmpty() ? 0 : 1;
    }
    QCOMPARE(withAncestry, 1);
    QCOMPARE(text->attachments.keys(), whole->attachments.keys());
    auto a = BundleWriter::documents(*whole);
    auto b = BundleWriter::documents(*text);
    QVERIFY(a && b);
    QCOMPARE(b->keys(), a->keys());
    for (auto it = a->constBegin(); it != a->constEnd(); ++it)
        QVERIFY2(b->value(it.key()) == it.value(), qPrintable(it.key()));
}

void tst_BundleText::documentOfAnOlderFormIsParsed()
{
    auto uuids = UseCaseRepository(*m_db).allUuids();
    QVERIFY(uuids && uuids->size() > 2);
    const QString older = uuids->at(1);
    QSqlQuery q(DatabaseTestAccess::connection(*m_db));
    QVERIFY(q.exec(QStringLiteral("UPDATE use_cases SET document_form = 0 WHERE uuid = '%1'").arg(older)));
    QCOMPARE(q.numRowsAffected(), 1);
    auto written = UseCaseRepository(*m_db).getManyForWriting(*uuids);
    QVERIFY(written);
    for (const UseCaseRepository::ForWriting &w : std::as_const(*written)) {
        if (w.record.uuid == older) {
            QVERIFY(w.bundleJson.isEmpty()); // parsed: the whole record
            QVERIFY(!w.record.createdAt.isNull());
            QCOMPARE(QJsonDocument(UseCaseJson::toJson(w.record)).toJson(QJsonDocument::Compact),
                     writtenTheLongWay(*m_db).value(older));
        } else {
            QVERIFY(!w.bundleJson.isEmpty());
        }
    }
    // Writing it again stores today's form.
    auto u = UseCaseRepository(*m_db).get(older);
    QVERIFY(u && UseCaseRepository(*m_db).update(*u));
    QVERIFY(q.exec(QStringLiteral("SELECT document_form FROM use_cases WHERE uuid = '%1'").arg(older))
            && q.next());
    QCOMPARE(q.value(0).toInt(), UseCaseStoredForm::kVersion);
}

void tst_BundleText::textThatCannotBeCopied_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("not an object") << QByteArray("[1,2]");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("an escaped key") << QByteArray(R"({"a":1,"t\u0061gs":2})");
    QTest::newRow("tags stored") << QByteArray(R"({"a":1,"tags":[]})");
    QTest::newRow("not compact") << QByteArray(R"({ "a": 1 })");
    QTest::newRow("cut short") << QByteArray(R"({"a":[1,2})");
}

void tst_BundleText::textThatCannotBeCopied()
{
    QFETCH(QByteArray, stored);
    QVERIFY(UseCaseStoredForm::bundleText(stored, {QStringLiteral("x")}).isEmpty());
}

void tst_BundleText::tagsGoWhereQtSortsThem()
{
    const QStringList tags{QStringLiteral("b"), QStringLiteral("a\"b")};
    const QList<QJsonObject> objects{
        {},
        {{QStringLiteral("a"), 1}},
        {{QStringLiteral("z"), QJsonArray{QStringLiteral("},\"tags\"")}}},
        {{QStringLiteral("a"), QJsonObject{{QStringLiteral("zz"), QStringLiteral("\\")}}},
         {QStringLiteral("u"), 2}},
        {{QStringLiteral("tag"), 1}, {QStringLiteral("tagsa"), 2}, {QStringLiteral("Tags"), 3}},
    };
    for (const QJsonObject &o : objects) {
        QJsonObject withTags = o;
        withTags.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
        const QByteArray stored = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QCOMPARE(UseCaseStoredForm::bundleText(stored, tags),
                 QJsonDocument(withTags).toJson(QJsonDocument::Compact));
    }
}

void tst_BundleText::todaysFormIsPinned()
{
    // Documents stored in form kVersion are copied into bundles as they are, so that form must not
    // change under them: the stored text of a record with every field is pinned. When this fails,
    // UseCaseJson::toJson writes differently: raise UseCaseStoredForm::kVersion and pin the new
    // form in tests/data/stored-form-<kVersion>.json (documents of the older form then take the
    // long way, which writes the new form).
    const QString pinned = QStringLiteral("bundles/stored-form-%1.json").arg(UseCaseStoredForm::kVersion);
    const QByteArray expected = test::readAll(test::dataPath(pinned)).trimmed();
    QVERIFY2(!expected.isEmpty(), qPrintable(pinned));
    const QJsonObject full =
        QJsonDocument::fromJson(test::readAll(test::dataPath(QStringLiteral("bundles/full-usecase.json"))))
            .object();
    QVERIFY(!full.isEmpty());
    auto record = UseCaseJson::fromJson(full);
    QVERIFY2(record, qPrintable(record.error().message));
    QCOMPARE(UseCaseStoredForm::of(*record).text, expected);
    // And the pinned text reads back to the same record.
    UseCaseJson::ParseOptions stored;
    stored.applyRules = false;
    auto back = UseCaseJson::fromJson(QJsonDocument::fromJson(expected).object(), stored);
    QVERIFY(back);
    QCOMPARE(UseCaseStoredForm::of(*back).text, expected);
}

QTEST_GUILESS_MAIN(tst_BundleText)
#include "tst_BundleText.moc"
