// Completion in the window's search box: keys, then the gap:, sdo: and question: values present in
// the repository; choosing one replaces only the word being typed.
#include "mainwindow/MainWindow.h"

#include "GapFixtures.h"
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

namespace {

QStringList offered(const QCompleter *completer)
{
    QStringList out;
    const QAbstractItemModel *m = completer->completionModel();
    for (int r = 0; r < m->rowCount(); ++r)
        out.append(m->index(r, 0).data().toString());
    return out;
}

} // namespace

class tst_SearchCompleter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void offersGapValuesFromTheRepository();
    void completesKeysThenValues();
    void enterWithNothingChosenRunsTheSearch();

private:
    QTemporaryDir m_dir;
    test::ScriptedPrompts m_prompts;
    test::ScriptedDesktop m_desktop;
    std::unique_ptr<ui::MainWindow> m_window;
    QLineEdit *m_search = nullptr;
    QCompleter *m_completer = nullptr;
};

void tst_SearchCompleter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("complete.sqlite")));
    QVERIFY(db);
    QCOMPARE(test::addGapUseCases(**db).size(), 4);
    m_window = std::make_unique<ui::MainWindow>(std::move(*db), m_prompts, m_desktop);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    m_completer = m_window->findChild<QCompleter *>(QStringLiteral("searchCompleter"));
    QVERIFY(m_search && m_completer);
    m_search->setFocus();
}

void tst_SearchCompleter::offersGapValuesFromTheRepository()
{
    m_search->clear();
    QTest::keyClicks(m_search, QStringLiteral("water sdo:"));
    QTRY_VERIFY(m_completer->popup()->isVisible());
    QCOMPARE(offered(m_completer), (QStringList{QStringLiteral("ETSI"), QStringLiteral("oneM2M")}));

    QTest::keyClicks(m_search, QStringLiteral(" question:"));
    QTRY_VERIFY(m_completer->popup()->isVisible());
    QCOMPARE(offered(m_completer), (QStringList{QStringLiteral("Q2/20"), QStringLiteral("Q4/20")}));

    QTest::keyClicks(m_search, QStringLiteral(" gap:sem"));
    QTRY_VERIFY(m_completer->popup()->isVisible());
    QCOMPARE(offered(m_completer).size(), 1);
    QVERIFY(offered(m_completer).first().startsWith(QLatin1String("semantic")));

    // Choosing one with the keyboard replaces only "sem".
    QTest::keyClick(m_completer->popup(), Qt::Key_Down);
    QTest::keyClick(m_completer->popup(), Qt::Key_Return);
    QCOMPARE(m_search->text(), QStringLiteral("water sdo: question: gap:semantic"));
    QVERIFY(!m_completer->popup()->isVisible());
}

void tst_SearchCompleter::completesKeysThenValues()
{
    m_search->clear();
    QTest::keyClicks(m_search, QStringLiteral("lights qu"));
    QTRY_VERIFY(m_completer->popup()->isVisible());
    QCOMPARE(offered(m_completer).size(), 1);
    QVERIFY(offered(m_completer).first().startsWith(QLatin1String("question:")));
    QTest::keyClick(m_completer->popup(), Qt::Key_Down);
    QTest::keyClick(m_completer->popup(), Qt::Key_Tab);
    QCOMPARE(m_search->text(), QStringLiteral("lights question:"));
    // The key's values follow at once.
    QTRY_VERIFY(m_completer->popup()->isVisible());
    QCOMPARE(offered(m_completer), (QStringList{QStringLiteral("Q2/20"), QStringLiteral("Q4/20")}));
    QTest::keyClick(m_completer->popup(), Qt::Key_Down);
    QTest::keyClick(m_completer->popup(), Qt::Key_Down);
    QTest::keyClick(m_completer->popup(), Qt::Key_Return);
    QCOMPARE(m_search->text(), QStringLiteral("lights question:Q4/20"));

    // Ctrl+Space offers every key on an empty word.
    QTest::keyClick(m_search, Qt::Key_Space);
    QTest::keyClick(m_search, Qt::Key_Space, Qt::ControlModifier);
    QTRY_VERIFY(m_completer->popup()->isVisible());
    QCOMPARE(offered(m_completer).size(), 11);
    QTest::keyClick(m_completer->popup(), Qt::Key_Escape);
    QTRY_VERIFY(!m_completer->popup()->isVisible());
    // Esc closed the list only; the search stays (Esc in the box alone clears it).
    QCOMPARE(m_search->text(), QStringLiteral("lights question:Q4/20 "));
}

void tst_SearchCompleter::enterWithNothingChosenRunsTheSearch()
{
    m_search->clear();
    m_search->setFocus();
    QTest::keyClicks(m_search, QStringLiteral("gap:"));
    QTRY_VERIFY(m_completer->popup()->isVisible());
    QVERIFY(!m_completer->popup()->currentIndex().isValid());
    QTest::keyClick(m_completer->popup(), Qt::Key_Return);
    QCOMPARE(m_search->text(), QStringLiteral("gap:"));
    QTRY_VERIFY(!m_completer->popup()->isVisible());
}

QTEST_MAIN(tst_SearchCompleter)
#include "tst_SearchCompleter.moc"
