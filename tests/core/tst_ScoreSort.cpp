#include "DatabaseTestAccess.h"
#include "StatementTrace.h"

#include "model/RubricJson.h"
#include "model/Vocabulary.h"
#include "search/SearchQuery.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"
#include "storage/ScoreIndex.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace casebook;

/// The list sorted by its Score column (issue 13): scored use cases by score with ties by id, then
/// those without a score (no assessment, or no criterion that applies) by id, in either direction,
/// under any search; and each page read by walking indexes in that order, never by sorting every
/// matching use case.
class tst_ScoreSort : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesFollowTheOrder_data();
    void pagesFollowTheOrder();
    void walksIndexesInsteadOfSorting();

private:
    struct Row
    {
        qint64 id = 0;
        std::optional<double> index; ///< none: sorts among the unscored
        QString vertical;
        bool meter = false; ///< its title has the word "meter"
    };
    /// Every row of the repository matching `search`, in the list's score order.
    QList<qint64> expectedOrder(const QString &search, bool descending) const;
    Assessment assessment(const QString &useCase, int level, bool notApplicable) const;
    ListOptions options(bool descending) const;
    void checkRowOf(const QString &search, const ListOptions &options, const QList<qint64> &expected);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Rubric m_rubric;
    qint64 m_rubricId = 0;
    QStringList m_verticals;
    QList<Row> m_rows;
};

Assessment tst_ScoreSort::assessment(const QString &useCase, int level, bool notApplicable) const
{
    Assessment a;
    a.useCaseUuid = useCase;
    a.rubricUuid = m_rubric.uuid;
    a.assessorName = QStringLiteral("Ana");
    for (const RubricDimension &d : m_rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria) {
            CriterionScore s;
            s.criterionId = c.id;
            s.state = notApplicable ? ScoreState::NotApplicable : ScoreState::Level;
            s.level = notApplicable ? 0 : level;
            a.scores.append(s);
        }
    }
    return a;
}

void tst_ScoreSort::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_rubric = RubricJson::defaultRubric();
    m_verticals = Vocabularies::instance().verticals().ids().mid(0, 2);
    QCOMPARE(m_verticals.size(), 2);
    auto db = Database::open(m_dir.filePath(QStringLiteral("sort.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, false));
    auto rubric = RubricRepository(*m_db).getVersion(m_rubric.uuid);
    QVERIFY(rubric);
    m_rubricId = rubric->id;
    // 420 use cases: a third unassessed, a few assessed with every criterion N/A (a stored row
    // without an index), the rest at one level of a few, so scores tie often.
    Transaction tx(*m_db);
    for (int i = 0; i < 420; ++i) {
        UseCase u;
        u.title =
            QStringLiteral("Record %1%2").arg(i).arg(i % 4 == 0 ? QStringLiteral(" smart meter") : QString());
        u.verticals = {m_verticals.at(i % 2)};
        auto stored = UseCaseRepository(*m_db).insert(u);
        QVERIFY(stored);
        Row row{stored->id, std::nullopt, u.verticals.first(), i % 4 == 0};
        if (i % 3 != 0) {
            const bool na = i % 29 == 1;
            QVERIFY(AssessmentRepository(*m_db).save(assessment(stored->uuid, (i * 7) % 5, na)));
            auto score = ScoreIndex(*m_db).get(stored->uuid, m_rubric.uuid);
            QVERIFY(score && *score);
            QCOMPARE((*score)->index.has_value(), !na);
            row.index = (*score)->index;
        }
        m_rows.append(row);
    }
    QVERIFY(tx.commit());
}

QList<qint64> tst_ScoreSort::expectedOrder(const QString &search, bool descending) const
{
    QList<Row> rows;
    for (const Row &r : m_rows) {
        if ((search.startsWith(QLatin1String("vertical:"))
             && search != QLatin1String("vertical:") + r.vertical)
            || (search == QLatin1String("meter") && !r.meter))
            continue;
        rows.append(r);
    }
    std::sort(rows.begin(), rows.end(), [descending](const Row &a, const Row &b) {
        if (a.index.has_value() != b.index.has_value())
            return a.index.has_value(); // unscored last in either direction
        if (a.index && *a.index != *b.index)
            return descending ? *a.index > *b.index : *a.index < *b.index;
        return a.id < b.id;
    });
    QList<qint64> ids;
    for (const Row &r : rows)
        ids.append(r.id);
    return ids;
}

ListOptions tst_ScoreSort::options(bool descending) const
{
    ListOptions o;
    o.sort = ListOptions::Sort::Score;
    o.descending = descending;
    o.scoreRubricId = m_rubricId;
    return o;
}

void tst_ScoreSort::pagesFollowTheOrder_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("pageSize");
    for (const int size : {1, 37, 200, -1}) {
        QTest::addRow("all, pages of %d", size) << QString() << size;
        QTest::addRow("facet, pages of %d", size)
            << QString(QStringLiteral("vertical:") + m_verticals.at(1)) << size;
        QTest::addRow("search, pages of %d", size) << QStringLiteral("meter") << size;
    }
}

void tst_ScoreSort::pagesFollowTheOrder()
{
    QFETCH(QString, search);
    QFETCH(int, pageSize);
    for (const bool descending : {false, true}) {
        const QList<qint64> expected = expectedOrder(search, descending);
        QVERIFY(expected.size() > 50);
        ListOptions o = options(descending);
        o.limit = pageSize;
        QList<qint64> paged;
        for (o.offset = 0; o.offset <= expected.size(); o.offset += std::max(1, pageSize)) {
            auto page = UseCaseRepository(*m_db).find(SearchQuery::parse(search), o);
            QVERIFY2(page, qPrintable(page.error().detail));
            QVERIFY(pageSize < 0 || page->size() <= pageSize);
            for (const UseCaseSummary &s : *page)
                paged.append(s.id);
            if (pageSize < 0)
                break;
        }
        QCOMPARE(paged, expected);
        if (pageSize < 0)
            checkRowOf(search, o, expected);
    }
}

void tst_ScoreSort::checkRowOf(const QString &search, const ListOptions &options,
                               const QList<qint64> &expected)
{
    // The keys alone come in the same order.
    ListOptions keys = options;
    keys.keysOnly = true;
    auto keyRows = UseCaseRepository(*m_db).find(SearchQuery::parse(search), keys);
    QVERIFY(keyRows);
    QList<qint64> keyIds;
    for (const UseCaseSummary &s : std::as_const(*keyRows)) {
        QVERIFY(!s.uuid.isEmpty() && s.code.isEmpty());
        keyIds.append(s.id);
    }
    QCOMPARE(keyIds, expected);
    // Every use case's position, and none for those the search leaves out.
    auto all = UseCaseRepository(*m_db).find(SearchQuery());
    QVERIFY(all);
    for (const UseCaseSummary &u : std::as_const(*all)) {
        auto row = UseCaseRepository(*m_db).rowOf(SearchQuery::parse(search), options, u.uuid);
        QVERIFY2(row, qPrintable(row.error().detail));
        QCOMPARE(row->value_or(-1), int(expected.indexOf(u.id)));
    }
}

void tst_ScoreSort::walksIndexesInsteadOfSorting()
{
    for (const bool descending : {false, true}) {
        for (const int offset : {0, 260, 400}) { // in the scored part, across, in the unscored part
            ListOptions o = options(descending);
            o.limit = 30;
            o.offset = offset;
            const QStringList statements =
                test::statementsOf(*m_db, [&] { QVERIFY(UseCaseRepository(*m_db).find({}, o)); });
            QVERIFY(!statements.isEmpty());
            QStringList indexes;
            for (const QString &sql : statements) {
                QSqlQuery plan(DatabaseTestAccess::connection(*m_db));
                QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
                while (plan.next()) {
                    const QString detail = plan.value(3).toString();
                    // The only full sort allowed is that of the page's own rows, at the top level.
                    if (detail == QLatin1String("USE TEMP B-TREE FOR ORDER BY"))
                        QVERIFY2(plan.value(1).toInt() == 0, qPrintable(sql));
                    QVERIFY2(!detail.startsWith(QLatin1String("SCAN u"))
                                 || detail.contains(QLatin1String("use_cases_id")),
                             qPrintable(detail));
                    if (detail.contains(QLatin1String("use_case_scores_index")))
                        indexes.append(QStringLiteral("scores"));
                    if (detail.contains(QLatin1String("SCAN u USING COVERING INDEX use_cases_id")))
                        indexes.append(QStringLiteral("ids"));
                }
            }
            QVERIFY(indexes.contains(QStringLiteral("scores"))); // 270 scored use cases come first
            if (offset > 0)
                QVERIFY(indexes.contains(QStringLiteral("ids")));
        }
    }
}

QTEST_GUILESS_MAIN(tst_ScoreSort)
#include "tst_ScoreSort.moc"
