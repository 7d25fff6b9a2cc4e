#include "model/RubricJson.h"
#include "models/UseCaseListModel.h"
#include "scoring/ScoringEngine.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

/// The list's Score column (issue 13): read from the stored index, sorted over the whole
/// repository in SQL, page by page, unscored use cases last.
class tst_ScoreColumn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sortsEveryPageByScore();

private:
    QTemporaryDir m_dir;
};

void tst_ScoreColumn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ScoreColumn::sortsEveryPageByScore()
{
    auto opened = Database::open(m_dir.filePath(QStringLiteral("scores.sqlite")));
    QVERIFY(opened);
    Database &db = **opened;
    QVERIFY(Seeder::seed(db, false));
    const Rubric rubric = RubricJson::defaultRubric();
    QMap<QString, double> expected; // uuid → the engine's index
    {
        Transaction tx(db);
        for (int i = 0; i < 500; ++i) {
            UseCase u;
            u.title = QStringLiteral("Record %1").arg(i);
            auto stored = UseCaseRepository(db).insert(u);
            QVERIFY(stored);
            if (i % 4 == 3)
                continue; // unscored
            Assessment a;
            a.useCaseUuid = stored->uuid;
            a.rubricUuid = rubric.uuid;
            a.assessorName = QStringLiteral("Ana");
            int n = 0;
            for (const RubricDimension &d : rubric.dimensions) {
                for (const RubricCriterion &c : d.criteria)
                    a.scores.append(
                        {c.id, ScoreState::Level, (i * 7 + n++ * 3) % 5, {}, {}, Confidence::None});
            }
            QVERIFY(AssessmentRepository(db).save(a));
            expected.insert(stored->uuid, *ScoringEngine::aggregate(rubric, {a}).overall.index);
        }
        QVERIFY(tx.commit());
    }
    ui::UseCaseListModel model(db);
    const int score = int(ui::UseCaseListModel::Column::Score);
    model.sort(score, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(model.heldRowCount(), ui::UseCaseListModel::kPageSize); // still one page at a time
    double previous = 101;
    int unscored = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString uuid = model.index(row, 0).data(ui::UseCaseListModel::UuidRole).toString();
        const QString shown = model.index(row, score).data().toString();
        if (!expected.contains(uuid)) {
            QVERIFY(shown.isEmpty());
            ++unscored;
            continue;
        }
        QCOMPARE(unscored, 0); // every scored row comes before the unscored ones
        QCOMPARE(shown, QLocale().toString(expected.value(uuid), 'f', 1));
        QVERIFY(expected.value(uuid) <= previous);
        previous = expected.value(uuid);
    }
    QCOMPARE(unscored, 125);

    model.sort(score, Qt::AscendingOrder);
    QVERIFY(expected.contains(model.index(0, 0).data(ui::UseCaseListModel::UuidRole).toString()));
    QCOMPARE(model.index(0, score).data().toString(),
             QLocale().toString(*std::min_element(expected.cbegin(), expected.cend()), 'f', 1));
}

QTEST_MAIN(tst_ScoreColumn)
#include "tst_ScoreColumn.moc"
