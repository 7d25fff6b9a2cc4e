#include "storage/Database.h"
#include "storage/SavedViewRepository.h"
#include "storage/TagRepository.h"
#include "storage/UseCaseRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_TagRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void listWithCounts();
    void renameMovesNestedTagsAndIsAnEdit();
    void renameRefusesExistingName();
    void mergeIntoOne();
    void colours();
    void savedViews();

private:
    QStringList tagsOf(const QString &code);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_TagRepository::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    UseCaseRepository repo(*m_db);
    const QList<QPair<QString, QStringList>> seed = {
        {QStringLiteral("A"), {QStringLiteral("sdo/oneM2M"), QStringLiteral("energy")}},
        {QStringLiteral("B"), {QStringLiteral("sdo/ETSI"), QStringLiteral("Energy-grid")}},
        {QStringLiteral("C"), {QStringLiteral("grid")}},
    };
    for (const auto &s : seed) {
        UseCase u;
        u.code = s.first;
        u.title = QStringLiteral("Use case ") + s.first;
        u.tags = s.second;
        QVERIFY(repo.insert(u));
    }
}

QStringList tst_TagRepository::tagsOf(const QString &code)
{
    return UseCaseRepository(*m_db).get(code)->tags;
}

void tst_TagRepository::listWithCounts()
{
    auto tags = TagRepository(*m_db).list();
    QVERIFY(tags);
    QStringList names;
    for (const auto &t : *tags) {
        names.append(t.name);
        QCOMPARE(t.useCount, 1);
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("energy"), QStringLiteral("Energy-grid"), QStringLiteral("grid"),
                          QStringLiteral("sdo/ETSI"), QStringLiteral("sdo/oneM2M")}));
}

void tst_TagRepository::renameMovesNestedTagsAndIsAnEdit()
{
    TagRepository tags(*m_db);
    QVERIFY(tags.rename(QStringLiteral("sdo"), QStringLiteral("standards")));
    QCOMPARE(tagsOf(QStringLiteral("A")),
             (QStringList{QStringLiteral("energy"), QStringLiteral("standards/oneM2M")}));
    QCOMPARE(tagsOf(QStringLiteral("B")),
             (QStringList{QStringLiteral("Energy-grid"), QStringLiteral("standards/ETSI")}));
    QCOMPARE(UseCaseRepository(*m_db).get(QStringLiteral("A"))->revision, 2);
    QCOMPARE(UseCaseRepository(*m_db).get(QStringLiteral("C"))->revision, 1);
    QVERIFY(!tags.names()->contains(QStringLiteral("sdo/ETSI")));
    auto found = UseCaseRepository(*m_db).find(SearchQuery::parse(QStringLiteral("tag:standards")));
    QCOMPARE(found->size(), 2);
    // case-only rename
    QVERIFY(tags.rename(QStringLiteral("energy"), QStringLiteral("Energy")));
    QCOMPARE(tagsOf(QStringLiteral("A")).first(), QStringLiteral("Energy"));
    QVERIFY(tags.names()->contains(QStringLiteral("Energy")));
    QCOMPARE(tags.rename(QStringLiteral("nope"), QStringLiteral("x")).error().code, ErrorCode::NotFound);
}

void tst_TagRepository::renameRefusesExistingName()
{
    auto s = TagRepository(*m_db).rename(QStringLiteral("grid"), QStringLiteral("energy"));
    QVERIFY(!s);
    QVERIFY(s.error().message.contains(QLatin1String("merge")));
    QCOMPARE(tagsOf(QStringLiteral("C")), QStringList{QStringLiteral("grid")});
}

void tst_TagRepository::mergeIntoOne()
{
    TagRepository tags(*m_db);
    QVERIFY(tags.merge({QStringLiteral("Energy-grid"), QStringLiteral("grid")}, QStringLiteral("energy")));
    QCOMPARE(tagsOf(QStringLiteral("B")),
             (QStringList{QStringLiteral("energy"), QStringLiteral("sdo/ETSI")}));
    QCOMPARE(tagsOf(QStringLiteral("C")), QStringList{QStringLiteral("energy")});
    QCOMPARE(tags.list()->first().useCount, 3);
    QVERIFY(!tags.names()->contains(QStringLiteral("grid")));
    QVERIFY(!tags.merge({QStringLiteral("energy")}, QStringLiteral("energy")));
}

void tst_TagRepository::colours()
{
    TagRepository tags(*m_db);
    QVERIFY(tags.setColor(QStringLiteral("grid"), QStringLiteral("#1F77B4")));
    QCOMPARE(tags.list()->at(2).color, QStringLiteral("#1f77b4"));
    QVERIFY(!tags.setColor(QStringLiteral("grid"), QStringLiteral("red")));
    QVERIFY(!tags.setColor(QStringLiteral("nope"), QStringLiteral("#000000")));
    // A coloured tag survives losing its last use case; a plain one does not.
    QVERIFY(UseCaseRepository(*m_db).removeTags(QStringLiteral("C"), {QStringLiteral("grid")}));
    QVERIFY(tags.deleteUnused());
    QVERIFY(tags.names()->contains(QStringLiteral("grid")));
}

void tst_TagRepository::savedViews()
{
    SavedViewRepository views(*m_db);
    QVERIFY(
        views.save({QStringLiteral("Energy in Africa"), QStringLiteral("vertical:energy region:Africa")}));
    QVERIFY(views.save({QStringLiteral("Pilots"), QStringLiteral("stage:pilot")}));
    QVERIFY(views.save({QStringLiteral("pilots"), QStringLiteral("stage:pilot,lab")})); // same name, any case
    auto list = views.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(1).query, QStringLiteral("stage:pilot,lab"));
    QVERIFY(!views.save({QStringLiteral("  "), QString()}));
    QVERIFY(views.remove(QStringLiteral("Pilots")));
    QVERIFY(!views.remove(QStringLiteral("Pilots")));
    QCOMPARE(views.list()->size(), 1);
}

QTEST_GUILESS_MAIN(tst_TagRepository)
#include "tst_TagRepository.moc"
