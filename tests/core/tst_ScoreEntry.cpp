// ScoreEntry: entering scores the same way for the score sheet and `casebook-cli assess`.
#include "model/RubricJson.h"
#include "scoring/ScoreEntry.h"

#include <QTest>

using namespace casebook;

class tst_ScoreEntry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reenteringKeepsTheNotes();
    void checksCriterionAndScale_data();
    void checksCriterionAndScale();
    void notesNeedAScore();
    void clearRemovesScoreAndNotes();
    void startKeepsOrReplacesTheStoredAssessment();

private:
    Rubric m_rubric;
};

void tst_ScoreEntry::initTestCase()
{
    m_rubric = RubricJson::defaultRubric();
    QVERIFY(m_rubric.criterion(QStringLiteral("A1")));
    QCOMPARE(m_rubric.scaleMin, 0);
    QCOMPARE(m_rubric.scaleMax, 4);
}

void tst_ScoreEntry::reenteringKeepsTheNotes()
{
    Assessment a;
    QVERIFY(ScoreEntry::enter(a, m_rubric, QStringLiteral("A1"), ScoreState::Level, 2));
    QVERIFY(ScoreEntry::setNote(a, m_rubric, QStringLiteral("A1"), ScoreEntry::Note::Rationale,
                                QStringLiteral("LoRaWAN end to end")));
    QVERIFY(ScoreEntry::setNote(a, m_rubric, QStringLiteral("A1"), ScoreEntry::Note::Evidence,
                                QStringLiteral("https://example.org")));
    QVERIFY(ScoreEntry::setNote(a, m_rubric, QStringLiteral("A1"), ScoreEntry::Note::Confidence,
                                QStringLiteral("high")));

    QVERIFY(ScoreEntry::enter(a, m_rubric, QStringLiteral("A1"), ScoreState::Level, 4));
    QCOMPARE(a.scores.size(), 1);
    QCOMPARE(a.scores[0].level, 4);
    QCOMPARE(a.scores[0].rationale, QStringLiteral("LoRaWAN end to end"));
    QCOMPARE(a.scores[0].evidence, QStringLiteral("https://example.org"));
    QCOMPARE(a.scores[0].confidence, Confidence::High);

    // Not applicable drops the level, not the notes.
    QVERIFY(ScoreEntry::enter(a, m_rubric, QStringLiteral("A1"), ScoreState::NotApplicable, 3));
    QCOMPARE(a.scores[0].state, ScoreState::NotApplicable);
    QCOMPARE(a.scores[0].level, 0);
    QCOMPARE(a.scores[0].rationale, QStringLiteral("LoRaWAN end to end"));
}

void tst_ScoreEntry::checksCriterionAndScale_data()
{
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("error");
    QTest::newRow("lowest") << "A1" << int(ScoreState::Level) << 0 << "";
    QTest::newRow("highest") << "A1" << int(ScoreState::Level) << 4 << "";
    QTest::newRow("above") << "A1" << int(ScoreState::Level) << 5
                           << "A1: level 5 is outside the scale 0 to 4.";
    QTest::newRow("below") << "A1" << int(ScoreState::Level) << -1
                           << "A1: level -1 is outside the scale 0 to 4.";
    QTest::newRow("unknown any level") << "A1" << int(ScoreState::Unknown) << 9 << "";
    QTest::newRow("no such criterion") << "Z9" << int(ScoreState::Level) << 1 << "has no criterion Z9.";
}

void tst_ScoreEntry::checksCriterionAndScale()
{
    QFETCH(QString, criterion);
    QFETCH(int, state);
    QFETCH(int, level);
    QFETCH(QString, error);
    Assessment a;
    const Status s = ScoreEntry::enter(a, m_rubric, criterion, ScoreState(state), level);
    QCOMPARE(ScoreEntry::check(m_rubric, criterion, ScoreState(state), level).ok(), error.isEmpty());
    if (error.isEmpty()) {
        QVERIFY(s);
        QCOMPARE(a.scores.size(), 1);
    } else {
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::InputRejected);
        QVERIFY2(s.error().message.endsWith(error), qPrintable(s.error().message));
        QVERIFY(a.scores.isEmpty());
    }
}

void tst_ScoreEntry::notesNeedAScore()
{
    Assessment a;
    Status s = ScoreEntry::setNote(a, m_rubric, QStringLiteral("A1"), ScoreEntry::Note::Rationale,
                                   QStringLiteral("x"));
    QVERIFY(!s);
    QCOMPARE(s.error().code, ErrorCode::Usage);
    s = ScoreEntry::setNote(a, m_rubric, QStringLiteral("Z9"), ScoreEntry::Note::Rationale,
                            QStringLiteral("x"));
    QCOMPARE(s.error().code, ErrorCode::InputRejected);
    QVERIFY(a.scores.isEmpty());
}

void tst_ScoreEntry::clearRemovesScoreAndNotes()
{
    Assessment a;
    QVERIFY(ScoreEntry::enter(a, m_rubric, QStringLiteral("A1"), ScoreState::Level, 1));
    QVERIFY(ScoreEntry::enter(a, m_rubric, QStringLiteral("B1"), ScoreState::Unknown));
    QVERIFY(ScoreEntry::clear(a, m_rubric, QStringLiteral("A1")));
    QCOMPARE(a.scores.size(), 1);
    QCOMPARE(a.scores[0].criterionId, QStringLiteral("B1"));
    QVERIFY(ScoreEntry::clear(a, m_rubric, QStringLiteral("A1"))); // nothing to clear is fine
    QVERIFY(!ScoreEntry::clear(a, m_rubric, QStringLiteral("Z9")));
}

void tst_ScoreEntry::startKeepsOrReplacesTheStoredAssessment()
{
    Assessment stored;
    stored.uuid = QStringLiteral("6f1c0e3a-0000-4000-8000-000000000001");
    stored.assessorOrganization = QStringLiteral("ITU-T");
    QVERIFY(ScoreEntry::enter(stored, m_rubric, QStringLiteral("A1"), ScoreState::Level, 3));

    Assessment a = ScoreEntry::start(stored, QStringLiteral("uc"), QStringLiteral("rb"),
                                     QStringLiteral(" Ana "), std::nullopt);
    QCOMPARE(a.uuid, stored.uuid);
    QCOMPARE(a.scores, stored.scores);
    QCOMPARE(a.assessorName, QStringLiteral("Ana"));
    QCOMPARE(a.assessorOrganization, QStringLiteral("ITU-T"));

    a = ScoreEntry::start(stored, QStringLiteral("uc"), QStringLiteral("rb"), QStringLiteral("Ana"),
                          QStringLiteral(" ETSI "), true);
    QVERIFY(a.uuid.isEmpty());
    QVERIFY(a.scores.isEmpty());
    QCOMPARE(a.useCaseUuid, QStringLiteral("uc"));
    QCOMPARE(a.rubricUuid, QStringLiteral("rb"));
    QCOMPARE(a.assessorOrganization, QStringLiteral("ETSI"));

    a = ScoreEntry::start(std::nullopt, QStringLiteral("uc"), QStringLiteral("rb"), QStringLiteral("Bo"),
                          std::nullopt);
    QVERIFY(a.uuid.isEmpty());
    QVERIFY(a.assessorOrganization.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ScoreEntry)
#include "tst_ScoreEntry.moc"
