// The one plan model and view under the bundle preview and the spreadsheet wizard: what is listed,
// the choices reach Resolutions, warnings from the file are plain text.
#include "import/DiffTextDelegate.h"
#include "import/ImportPlanModel.h"
#include "import/ImportPlanView.h"

#include "VisibleText.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace casebook;
using test::visibleText;
using ui::ImportPlanModel;

namespace {

RecordPlan record(RecordKind kind, RecordStatus status, const QString &id, const QString &title)
{
    RecordPlan r;
    r.kind = kind;
    r.status = status;
    r.uuid = id;
    r.key = ImportPlan::kindName(kind) + QLatin1Char(':') + id;
    r.title = title;
    return r;
}

FieldDiff diff(const QString &field, const QString &mine, const QString &theirs, FieldChange change)
{
    FieldDiff d;
    d.field = field;
    d.mine = mine;
    d.theirs = theirs;
    d.change = change;
    return d;
}

/// A conflicting use case (title in conflict, countries changed there), an identical one, one
/// deleted at the source, a new rubric and an attachment.
ImportPlan bundlePlan()
{
    ImportPlan plan;
    plan.sourceName = QStringLiteral("theirs.casebook");
    RecordPlan conflict = record(RecordKind::UseCase, RecordStatus::Conflict, QStringLiteral("u1"),
                                 QStringLiteral("Smart bins"));
    conflict.code = QStringLiteral("UC-1");
    conflict.fields = {
        diff(QStringLiteral("title"), QStringLiteral("Smart bins"), QStringLiteral("Bins"),
             FieldChange::Both),
        diff(QStringLiteral("countries"), QString(), QStringLiteral("EG"), FieldChange::There)};
    plan.records = {
        conflict,
        record(RecordKind::UseCase, RecordStatus::Identical, QStringLiteral("u2"), QStringLiteral("Same")),
        record(RecordKind::UseCase, RecordStatus::DeletedThere, QStringLiteral("u3"), QStringLiteral("Gone")),
        record(RecordKind::Rubric, RecordStatus::New, QStringLiteral("r1"), QStringLiteral("Rubric A")),
        record(RecordKind::Attachment, RecordStatus::New, QStringLiteral("a1"), QStringLiteral("a.pdf")),
    };
    return plan;
}

QComboBox *editorOf(ui::ImportPlanView &view, const QString &name)
{
    return view.findChild<QComboBox *>(name);
}

} // namespace

class tst_ImportPlanView : public QObject
{
    Q_OBJECT
private slots:
    void bundlePlanChoicesReachResolutions();
    void sheetPlanListsEveryUseCaseByLine();
    void warningsArePlainText();
    void recordsByCodeAndByStatusOnDemand();
    void aTitleInAnotherScriptLeavesTheLabelInTheWindowsDirection();
    void codesByNumberWhateverTheirZerosAndCase();
    void fieldsAsTheEditorNamesThemWithChangedWords();
};

void tst_ImportPlanView::bundlePlanChoicesReachResolutions()
{
    ui::ImportPlanView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setPlan(bundlePlan(), ImportPlanModel::Source::Bundle);
    // Identical records and attachments are not listed.
    QCOMPARE(view.listedKeys(),
             (QStringList{QStringLiteral("use_case:u1"), QStringLiteral("use_case:u3"),
                          QStringLiteral("rubric:r1")}));
    auto *table = view.findChild<QTableView *>(QStringLiteral("planRecordView"));
    QVERIFY(table);
    QVERIFY(!table->isColumnHidden(int(ImportPlanModel::Column::Kind)));
    QVERIFY(table->isColumnHidden(int(ImportPlanModel::Column::Line)));
    ImportPlanModel *model = view.model();
    QCOMPARE(model->index(2, int(ImportPlanModel::Column::Kind)).data().toString(), QStringLiteral("Rubric"));

    // The choices each record allows; a new record has none.
    auto *conflictChoice = editorOf(view, QStringLiteral("planChoiceCombo_0"));
    auto *deletedChoice = editorOf(view, QStringLiteral("planChoiceCombo_1"));
    QVERIFY(conflictChoice && deletedChoice);
    QVERIFY(!editorOf(view, QStringLiteral("planChoiceCombo_2")));
    QCOMPARE(conflictChoice->count(), 4);
    QCOMPARE(deletedChoice->itemText(2), QStringLiteral("Delete here too"));
    QVERIFY(!(model->flags(model->index(2, int(ImportPlanModel::Column::Choice))) & Qt::ItemIsEditable));

    // The default keeps my edit; the policy takes theirs for conflicts, and the field choice follows.
    auto *title = view.findChild<QComboBox *>(QStringLiteral("planFieldCombo_title"));
    QVERIFY(title);
    QCOMPARE(title->currentData().toInt(), int(Side::Mine));
    QCOMPARE(model->index(0, int(ImportPlanModel::Column::Applied)).data().toString(),
             QStringLiteral("Merged: 1 field(s) from the bundle, 1 kept"));
    auto *policy = view.findChild<QComboBox *>(QStringLiteral("policyCombo"));
    QVERIFY(policy && policy->isEnabled());
    policy->setCurrentIndex(policy->findData(int(MergePolicy::TakeTheirs)));
    QCOMPARE(view.resolutions().policy, MergePolicy::TakeTheirs);
    QCOMPARE(title->currentData().toInt(), int(Side::Theirs));

    // A record choice made in its combo box reaches Resolutions.
    deletedChoice->setCurrentIndex(deletedChoice->findData(int(RecordChoice::KeepMine)));
    QCOMPARE(view.resolutions().records.value(QStringLiteral("use_case:u3")).choice, RecordChoice::KeepMine);
    QCOMPARE(model->index(1, int(ImportPlanModel::Column::Applied)).data().toString(),
             QStringLiteral("Kept"));
    conflictChoice->setCurrentIndex(conflictChoice->findData(int(RecordChoice::KeepBoth)));
    QCOMPARE(view.resolutions().records.value(QStringLiteral("use_case:u1")).choice, RecordChoice::KeepBoth);
    QCOMPARE(model->index(0, int(ImportPlanModel::Column::Choice)).data().toString(),
             QStringLiteral("Keep both (add theirs as a copy)"));
    QVERIFY(
        model->setData(model->index(0, int(ImportPlanModel::Column::Choice)), int(RecordChoice::Automatic)));
    QCOMPARE(conflictChoice->currentData().toInt(), int(RecordChoice::Automatic));
    QVERIFY(!model->setChoice(2, RecordChoice::TakeTheirs)); // not offered for a new record

    // A field choice reaches Resolutions and wins over the policy.
    title->setCurrentIndex(title->findData(int(Side::Mine)));
    QCOMPARE(
        view.resolutions().records.value(QStringLiteral("use_case:u1")).fields.value(QStringLiteral("title")),
        Side::Mine);
    QCOMPARE(model->index(0, int(ImportPlanModel::Column::Applied)).data().toString(),
             QStringLiteral("Merged: 1 field(s) from the bundle, 1 kept"));
}

void tst_ImportPlanView::sheetPlanListsEveryUseCaseByLine()
{
    ImportPlan plan;
    RecordPlan changed = record(RecordKind::UseCase, RecordStatus::ChangedThere, QStringLiteral("u1"),
                                QStringLiteral("Smart bins"));
    changed.code = QStringLiteral("UC-1");
    changed.fields = {
        diff(QStringLiteral("summary"), QStringLiteral("old"), QStringLiteral("new"), FieldChange::There)};
    RecordPlan same =
        record(RecordKind::UseCase, RecordStatus::Identical, QStringLiteral("u2"), QStringLiteral("Same"));
    plan.records = {changed, same};
    ui::ImportPlanView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setPlan(plan, ImportPlanModel::Source::Sheet, {{changed.key, 7}, {same.key, 9}});
    ImportPlanModel *model = view.model();
    QCOMPARE(model->rowCount(), 2); // identical use cases are listed too
    QCOMPARE(model->index(0, int(ImportPlanModel::Column::Line)).data().toInt(), 7);
    QCOMPARE(model->index(1, int(ImportPlanModel::Column::Line)).data().toInt(), 9);
    QCOMPARE(model->index(0, int(ImportPlanModel::Column::Record)).data().toString(),
             QStringLiteral("UC-1 — Smart bins"));
    QCOMPARE(model->index(0, int(ImportPlanModel::Column::Applied)).data().toString(),
             QStringLiteral("Updated from the sheet"));
    QCOMPARE(model->index(1, int(ImportPlanModel::Column::Applied)).data().toString(),
             QStringLiteral("Nothing to do"));
    auto *table = view.findChild<QTableView *>(QStringLiteral("planRecordView"));
    QVERIFY(!table->isColumnHidden(int(ImportPlanModel::Column::Line)));
    QVERIFY(table->isColumnHidden(int(ImportPlanModel::Column::Kind)));
    QVERIFY(!view.findChild<QComboBox *>(QStringLiteral("policyCombo"))->isEnabled()); // nothing to decide
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("planWarningsLabel"))->isHidden());

    // Taking "keep mine" for the changed record stops it being written.
    auto *choice = view.findChild<QComboBox *>(QStringLiteral("planChoiceCombo_0"));
    QVERIFY(choice);
    QVERIFY(model->index(0, 0).data(ImportPlanModel::AppliedRole).toBool());
    choice->setCurrentIndex(choice->findData(int(RecordChoice::KeepMine)));
    QVERIFY(!model->index(0, 0).data(ImportPlanModel::AppliedRole).toBool());
    QCOMPARE(view.resolutions().records.value(changed.key).choice, RecordChoice::KeepMine);

    // Showing a new plan starts without choices.
    view.setPlan(plan, ImportPlanModel::Source::Sheet);
    QVERIFY(view.resolutions().records.isEmpty());
}

void tst_ImportPlanView::warningsArePlainText()
{
    ImportPlan plan = bundlePlan();
    plan.warnings = {QStringLiteral("<b>x</b> is a dangerous attachment")};
    ui::ImportPlanView view;
    view.setPlan(plan, ImportPlanModel::Source::Sheet, {}, {QStringLiteral("<i>more</i>")});
    auto *warnings = view.findChild<QLabel *>(QStringLiteral("planWarningsLabel"));
    QVERIFY(warnings);
    QVERIFY(!warnings->isHidden());
    QCOMPARE(warnings->textFormat(), Qt::PlainText);
    QCOMPARE(warnings->text(), QStringLiteral("<b>x</b> is a dangerous attachment\n<i>more</i>"));
    auto *title = view.findChild<QLabel *>(QStringLiteral("planFieldsTitle"));
    QVERIFY(title);
    QCOMPARE(title->textFormat(), Qt::PlainText);
}

void tst_ImportPlanView::recordsByCodeAndByStatusOnDemand()
{
    ImportPlan plan;
    auto useCase = [](const char *uuid, const char *code, RecordStatus status) {
        RecordPlan r = record(RecordKind::UseCase, status, QString::fromLatin1(uuid), QStringLiteral("T"));
        r.code = QString::fromLatin1(code);
        return r;
    };
    plan.records = {
        useCase("a", "UC-10", RecordStatus::New), useCase("b", "UC-2", RecordStatus::ChangedThere),
        useCase("c", "UC-1", RecordStatus::Conflict),
        record(RecordKind::Rubric, RecordStatus::New, QStringLiteral("r"), QStringLiteral("Rubric")),
        useCase("d", "", RecordStatus::DeletedThere)};
    ui::ImportPlanView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setPlan(plan, ImportPlanModel::Source::Bundle);
    // By code, numbers in their order, records without a code after, rubrics after use cases.
    QCOMPARE(
        view.listedKeys(),
        QStringList({QStringLiteral("use_case:c"), QStringLiteral("use_case:b"), QStringLiteral("use_case:a"),
                     QStringLiteral("use_case:d"), QStringLiteral("rubric:r")}));
    auto *table = view.findChild<QTableView *>(QStringLiteral("planRecordView"));
    QVERIFY(table && table->isSortingEnabled());
    view.selectRecord(QStringLiteral("use_case:b"));
    // A click on Status lists what asks for a decision first; the selection stays on its record.
    table->sortByColumn(int(ImportPlanModel::Column::Plan), Qt::AscendingOrder);
    QCOMPARE(view.listedKeys().first(), QStringLiteral("use_case:c"));
    QCOMPARE(view.listedKeys().at(1), QStringLiteral("use_case:d"));
    QCOMPARE(view.listedKeys().at(table->currentIndex().row()), QStringLiteral("use_case:b"));
    auto *title = view.findChild<QLabel *>(QStringLiteral("planFieldsTitle"));
    QVERIFY(title);
    QCOMPARE(visibleText(title->text()), QStringLiteral("T"));
}

void tst_ImportPlanView::aTitleInAnotherScriptLeavesTheLabelInTheWindowsDirection()
{
    const QString arabicFirst = QStringLiteral("\u0645\u064A\u0627\u0647 security");
    ImportPlan plan;
    plan.records = {record(RecordKind::UseCase, RecordStatus::New, QStringLiteral("a"), arabicFirst),
                    record(RecordKind::UseCase, RecordStatus::Conflict, QStringLiteral("b"),
                           QStringLiteral("Smart bins"))};
    for (Qt::LayoutDirection window : {Qt::LeftToRight, Qt::RightToLeft}) {
        QGuiApplication::setLayoutDirection(window);
        ui::ImportPlanView view;
        view.setPlan(plan, ImportPlanModel::Source::Bundle);
        auto *title = view.findChild<QLabel *>(QStringLiteral("planFieldsTitle"));
        QVERIFY(title);
        for (const QString &key : {QStringLiteral("use_case:a"), QStringLiteral("use_case:b")}) {
            view.selectRecord(key);
            // The label's direction (QLabel's, from its text) is the window's, the title as it came.
            QCOMPARE(title->text().isRightToLeft(), window == Qt::RightToLeft);
            const QString shown = visibleText(title->text());
            QVERIFY2(
                shown.startsWith(key.endsWith(QLatin1Char('a')) ? arabicFirst : QStringLiteral("Smart bins")),
                qPrintable(shown));
        }
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void tst_ImportPlanView::codesByNumberWhateverTheirZerosAndCase()
{
    ImportPlan plan;
    auto useCase = [](const char *uuid, const char *code) {
        RecordPlan r =
            record(RecordKind::UseCase, RecordStatus::New, QString::fromLatin1(uuid), QStringLiteral("T"));
        r.code = QString::fromLatin1(code);
        return r;
    };
    plan.records = {useCase("a", "UC-2026-010"), useCase("b", "uc-2026-0009a"), useCase("c", "UC-2026-9"),
                    useCase("d", "UC-2026-0000"), useCase("e", "Uc-2026-00010")};
    ui::ImportPlanView view;
    view.setPlan(plan, ImportPlanModel::Source::Bundle);
    // 0, then 9, 9 followed by a letter, then 10 written two ways (equal: their order in the plan).
    QCOMPARE(
        view.listedKeys(),
        QStringList({QStringLiteral("use_case:d"), QStringLiteral("use_case:c"), QStringLiteral("use_case:b"),
                     QStringLiteral("use_case:a"), QStringLiteral("use_case:e")}));
}

void tst_ImportPlanView::fieldsAsTheEditorNamesThemWithChangedWords()
{
    ImportPlan plan;
    RecordPlan changed = record(RecordKind::UseCase, RecordStatus::Conflict, QStringLiteral("u1"),
                                QStringLiteral("Smart bins"));
    changed.code = QStringLiteral("UC-1");
    changed.fields = {diff(QStringLiteral("problem"), QStringLiteral("Bins <b>overflow</b> in summer."),
                           QStringLiteral("Bins <b>overflow</b> in winter."), FieldChange::Both),
                      diff(QStringLiteral("lessons_learned"), QStringLiteral("a"), QStringLiteral("b"),
                           FieldChange::There)};
    plan.records = {changed};
    ui::ImportPlanView view;
    view.resize(1000, 600);
    view.setPlan(plan, ImportPlanModel::Source::Bundle);
    auto *fields = view.findChild<QTableWidget *>(QStringLiteral("planFieldTable"));
    QVERIFY(fields);
    QCOMPARE(fields->item(0, 0)->text(), QStringLiteral("Problem and why current standards fall short"));
    QCOMPARE(fields->item(1, 0)->text(), QStringLiteral("Lessons learned"));
    // The record's text stays text; the changed word is a range, not markup.
    QCOMPARE(fields->item(0, 1)->text(), QStringLiteral("Bins <b>overflow</b> in summer."));
    QCOMPARE(fields->item(0, 1)->data(ui::DiffTextDelegate::RangesRole).toList(),
             QVariantList{QPoint(24, 6)});
    QCOMPARE(fields->item(0, 2)->data(ui::DiffTextDelegate::RangesRole).toList(),
             QVariantList{QPoint(24, 6)});
    QVERIFY(qobject_cast<ui::DiffTextDelegate *>(fields->itemDelegateForColumn(1)));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Rows are as tall as their wrapped text at the columns' width.
    {
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, fields->columnWidth(1), 0);
        option.font = fields->font();
        const int text =
            fields->itemDelegateForColumn(1)->sizeHint(option, fields->model()->index(0, 1)).height();
        QTRY_VERIFY(fields->rowHeight(0) <= std::max(text, QComboBox().sizeHint().height() + 2) + 2);
    }
    // The choice box keeps its normal height in a tall row.
    fields->setRowHeight(0, 200);
    auto *combo = fields->findChild<QComboBox *>(QStringLiteral("planFieldCombo_problem"));
    QVERIFY(combo);
    QCOMPARE(combo->sizeHint().height(), QComboBox().sizeHint().height());
    QTRY_VERIFY(combo->parentWidget()->height() > 150); // the cell is the row's height
    QCOMPARE(combo->height(), combo->sizeHint().height());
    // The fields of the record get more room than the list of records.
    auto *splitter = view.findChild<QSplitter *>(QStringLiteral("planSplitter"));
    QVERIFY(splitter);
    QVERIFY(splitter->sizes().at(1) > splitter->sizes().at(0));
}

QTEST_MAIN(tst_ImportPlanView)
#include "tst_ImportPlanView.moc"
