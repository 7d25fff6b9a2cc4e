// The line under the search box: unknown filters are told where the member is looking, with the
// nearest valid one as a link that applies it; the placeholder's examples find the examples.
#include "mainwindow/MainWindow.h"

#include "Screenshots.h"
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "widgets/SearchProblemsLabel.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_SearchProblems : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void unknownFilterIsToldUnderTheSearchBox();
    void placeholderExamplesFindExamples();
    void replacePieceKeepsTheRest();

private:
    std::unique_ptr<ui::MainWindow> openWindow(const QString &name);
    QTemporaryDir m_dir;
    test::ScriptedPrompts m_prompts;
    test::ScriptedDesktop m_desktop;
};

void tst_SearchProblems::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<ui::MainWindow> tst_SearchProblems::openWindow(const QString &name)
{
    auto db = Database::open(m_dir.filePath(name));
    if (!db || !Seeder::seed(**db, true))
        return nullptr;
    auto window = std::make_unique<ui::MainWindow>(std::move(*db), m_prompts, m_desktop);
    window->show();
    return QTest::qWaitForWindowExposed(window.get()) ? std::move(window) : nullptr;
}

void tst_SearchProblems::unknownFilterIsToldUnderTheSearchBox()
{
    auto window = openWindow(QStringLiteral("problems.sqlite"));
    QVERIFY(window);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    auto *line = window->findChild<ui::SearchProblemsLabel *>(QStringLiteral("searchProblemsLabel"));
    auto *table = window->findChild<QTableView *>(QStringLiteral("useCaseTable"));
    QVERIFY(search && line && table);
    QVERIFY(!line->isVisible());

    search->setText(QStringLiteral("stge:pilot"));
    QTRY_VERIFY(line->isVisible());
    QVERIFY(line->text().contains(QLatin1String("is not a filter")));
    QVERIFY(line->text().contains(QLatin1String("Did you mean")));
    // The line sits right under the search box, not in the status bar.
    QVERIFY(line->geometry().top() >= search->geometry().bottom());
    QVERIFY(line->geometry().top() - search->geometry().bottom() < 20);
    search->setText(QStringLiteral("stge:pilot stage:bogus foo:bar"));
    QTRY_VERIFY(line->text().contains(QLatin1String("foo:bar")));
    window->resize(1024, 700);
    QVERIFY(test::screenshot(*window, QStringLiteral("search-problems")));
    search->setText(QStringLiteral("stge:pilot"));
    QTRY_VERIFY(!line->text().contains(QLatin1String("foo:bar")));

    // Following the offered link puts the valid filter in the search box and applies it.
    emit line->linkActivated(QStringLiteral("fix:0:0"));
    QCOMPARE(search->text(), QStringLiteral("stage:pilot"));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QTRY_VERIFY(!line->isVisible());

    // Markup typed in the search is shown as text, never interpreted.
    search->setText(QStringLiteral("stage:<b>x</b>"));
    QTRY_VERIFY(line->isVisible());
    QVERIFY(line->text().contains(QLatin1String("&lt;b&gt;x&lt;/b&gt;")));
}

void tst_SearchProblems::placeholderExamplesFindExamples()
{
    auto window = openWindow(QStringLiteral("placeholder.sqlite"));
    QVERIFY(window);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    auto *table = window->findChild<QTableView *>(QStringLiteral("useCaseTable"));
    QVERIFY(search && table);
    int filters = 0;
    const QStringList pieces = search->placeholderText().split(QRegularExpression(QStringLiteral("[ ,]+")));
    for (const QString &piece : pieces) {
        if (!piece.contains(QLatin1Char(':')) || piece.endsWith(QLatin1Char(':')))
            continue;
        ++filters;
        QVERIFY2(SearchQuery::parse(piece).problems.isEmpty(), qPrintable(piece));
        search->setText(piece);
        QTRY_VERIFY2(table->model()->rowCount() > 0 && table->model()->rowCount() < 10, qPrintable(piece));
        search->clear();
        QTRY_COMPARE(table->model()->rowCount(), 10);
    }
    QVERIFY(filters >= 5);
}

void tst_SearchProblems::replacePieceKeepsTheRest()
{
    using L = ui::SearchProblemsLabel;
    QCOMPARE(L::replacePiece(QStringLiteral("water stge:pilot x"), QStringLiteral("stge:pilot"),
                             QStringLiteral("stage:pilot")),
             QStringLiteral("water stage:pilot x"));
    // Only a whole piece is replaced.
    QCOMPARE(
        L::replacePiece(QStringLiteral("xsdg:99 sdg:99"), QStringLiteral("sdg:99"), QStringLiteral("sdg:9")),
        QStringLiteral("xsdg:99 sdg:9"));
}

QTEST_MAIN(tst_SearchProblems)
#include "tst_SearchProblems.moc"
