// ImportSummary: the six counts every front-end shows after an import.
#include "merge/ImportSummary.h"

#include <QJsonObject>
#include <QTest>

using namespace casebook;

class tst_ImportSummary : public QObject
{
    Q_OBJECT
private slots:
    void countsFromPlanAndResult();
    void textAndJson();
};

void tst_ImportSummary::countsFromPlanAndResult()
{
    ImportPlan plan;
    for (RecordStatus s : {RecordStatus::New, RecordStatus::Conflict, RecordStatus::Conflict,
                           RecordStatus::Identical, RecordStatus::DeletedHere}) {
        RecordPlan r;
        r.status = s;
        plan.records.append(r);
    }
    ImportResult result;
    result.added = 2;
    result.copies = 1; // a conflict answered "keep both"
    result.updated = 3;
    result.merged = 1;
    result.tagsMerged = 2;
    result.unchanged = 4;
    result.kept = 1; // a conflict answered "keep mine"
    result.deleted = 1;
    result.restored = 1;
    const ImportSummary s = ImportSummary::of(plan, result);
    QCOMPARE(s.added, 3);
    QCOMPARE(s.updated, 6);
    QCOMPARE(s.unchanged, 5);
    QCOMPARE(s.conflicts, 2);
    QCOMPARE(s.deleted, 1);
    QCOMPARE(s.restored, 1);
}

void tst_ImportSummary::textAndJson()
{
    ImportSummary s;
    s.added = 1;
    s.updated = 2;
    s.unchanged = 3;
    s.conflicts = 1;
    s.deleted = 4;
    s.restored = 5;
    QCOMPARE(s.toText(),
             QStringLiteral("1 added, 2 updated, 3 unchanged, 1 conflict(s), 4 deleted, 5 restored"));
    const QJsonObject json = s.toJson();
    QCOMPARE(json.size(), 6);
    QCOMPARE(json.value(QStringLiteral("added")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("updated")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("unchanged")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("conflicts")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("deleted")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("restored")).toInt(), 5);
}

QTEST_GUILESS_MAIN(tst_ImportSummary)
#include "tst_ImportSummary.moc"
