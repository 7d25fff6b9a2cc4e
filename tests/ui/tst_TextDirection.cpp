// Text direction follows the text, paragraph by paragraph, in every multi-line field.
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "editor/UseCaseEditor.h"
#include "models/UseCaseListModel.h"
#include "scoring/RubricEditorDialog.h"
#include "scoring/ScoreSheetDialog.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QPlainTextEdit>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace casebook;

namespace {

const QString kArabic =
    QString::fromUtf8("\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xd8\xa8\xd8\xa7\xd9\x84\xd8\xb9"
                      "\xd8\xa7\xd9\x84\xd9\x85");

/// Where the first line of each paragraph starts and ends, in the field's own coordinates.
QList<QRectF> firstLines(QPlainTextEdit *edit)
{
    QList<QRectF> out;
    for (QTextBlock b = edit->document()->begin(); b.isValid(); b = b.next()) {
        const QTextLayout *layout = b.layout();
        out.append(layout && layout->lineCount() > 0 ? layout->lineAt(0).naturalTextRect() : QRectF());
    }
    return out;
}

} // namespace

class tst_TextDirection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void eachParagraphFollowsItsText();
    void listCellsStartWhereTheirTextStarts();

private:
    void verifyFields(QWidget &window);
    void verifyParagraphs(QPlainTextEdit *edit);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::ScriptedPrompts m_prompts;
    test::ScriptedDesktop m_desktop;
};

void tst_TextDirection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(m_dir.filePath(QStringLiteral("bidi.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
}

void tst_TextDirection::verifyFields(QWidget &window)
{
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<QPlainTextEdit *> edits = window.findChildren<QPlainTextEdit *>();
    QVERIFY(!edits.isEmpty());
    // The fields of every tab, each while its tab shows (a hidden field is not laid out).
    QList<QTabWidget *> tabs = window.findChildren<QTabWidget *>();
    QSet<QPlainTextEdit *> checked;
    const int pages = tabs.isEmpty() ? 1 : tabs.first()->count();
    for (int page = 0; page < pages; ++page) {
        if (!tabs.isEmpty())
            tabs.first()->setCurrentIndex(page);
        QCoreApplication::processEvents();
        for (QPlainTextEdit *edit : edits) {
            if (!edit->isVisible() || checked.contains(edit))
                continue;
            checked.insert(edit);
            verifyParagraphs(edit);
        }
    }
    QCOMPARE(checked.size(), edits.size());
}

void tst_TextDirection::verifyParagraphs(QPlainTextEdit *edit)
{
    const bool readOnly = edit->isReadOnly();
    edit->setReadOnly(false);
    edit->setPlainText(QStringLiteral("An English paragraph\n") + kArabic);
    edit->setReadOnly(readOnly);
    QCoreApplication::processEvents();
    edit->grab(); // lays the paragraphs out as they are shown
    const QList<QRectF> lines = firstLines(edit);
    QCOMPARE(lines.size(), 2);
    const qreal width = edit->viewport()->width();
    const QString name = edit->objectName();
    QVERIFY2(lines[0].left() < width / 4, qPrintable(name + QStringLiteral(": English not at the left")));
    QVERIFY2(lines[1].right() > width * 3 / 4,
             qPrintable(name + QStringLiteral(": Arabic not at the right")));
    QVERIFY2(lines[1].left() > lines[0].left(), qPrintable(name));
    // Without a right-to-left paragraph the lines are not justified.
    edit->setReadOnly(false);
    edit->setPlainText(QStringLiteral("Only English here"));
    edit->setReadOnly(readOnly);
    QCoreApplication::processEvents();
    QVERIFY2(!(edit->document()->defaultTextOption().alignment() & Qt::AlignJustify), qPrintable(name));
}

void tst_TextDirection::eachParagraphFollowsItsText()
{
    ui::UseCaseEditor editor(m_prompts, m_desktop);
    editor.setUseCase(*UseCaseRepository(*m_db).get(QStringLiteral("UC-EX-003")));
    verifyFields(editor);

    ui::ScoreSheetDialog sheet(*m_db, m_prompts);
    QVERIFY(sheet.load(QStringLiteral("UC-EX-003"), {}, QStringLiteral("Ana")));
    verifyFields(sheet);

    ui::RubricEditorDialog rubrics(*m_db, m_prompts);
    QVERIFY(rubrics.loadRubric());
    verifyFields(rubrics);
}

void tst_TextDirection::listCellsStartWhereTheirTextStarts()
{
    UseCase arabic;
    arabic.title = kArabic;
    arabic.code = QStringLiteral("UC-AR-001");
    QVERIFY(UseCaseRepository(*m_db).insert(arabic));
    ui::UseCaseListModel model(*m_db);
    model.setQuery(SearchQuery());
    const int title = int(ui::UseCaseListModel::Column::Title);
    int found = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, title);
        const auto alignment = Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt());
        const bool rightToLeft = index.data().toString().isRightToLeft();
        QCOMPARE(bool(alignment & Qt::AlignTrailing), rightToLeft);
        found += rightToLeft;
    }
    QCOMPARE(found, 1);
}

QTEST_MAIN(tst_TextDirection)
#include "tst_TextDirection.moc"
