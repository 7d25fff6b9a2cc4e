// The window's language: the system's unless Preferences choose one, numbers and dates in that
// language's locale, Qt's own translation for the standard dialogs, and Arabic laid out right to
// left: the filters, on the left in English, stand on the right, the editor on the left.
#include "Screenshots.h"
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "mainwindow/MainWindow.h"
#include "preferences/UiLanguage.h"
#include "storage/Database.h"
#include "storage/Seeder.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_UiLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void systemLanguageUnlessOneIsChosen();
    void arabicLaysTheWindowOutRightToLeft();
    void englishLaysTheWindowOutLeftToRight();
    void numbersInTheChosenLocale();
    void qtTranslatesTheStandardDialogs();

private:
    /// The window, shown, with where the filters and the editor stand against the list.
    std::unique_ptr<ui::MainWindow> openWindow();
    QTemporaryDir m_dir;
    int m_count = 0;
    test::ScriptedPrompts m_prompts;
    test::ScriptedDesktop m_desktop;
};

void tst_UiLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_UiLanguage::cleanup()
{
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QLocale::setDefault(QLocale::c());
}

std::unique_ptr<ui::MainWindow> tst_UiLanguage::openWindow()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("lang%1.sqlite").arg(++m_count)));
    if (!db || !Seeder::seed(**db, true))
        return {};
    auto window = std::make_unique<ui::MainWindow>(std::move(*db), m_prompts, m_desktop);
    window->resize(1200, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    return window;
}

namespace {

int leftOf(QWidget *w, QWidget *window)
{
    return w->mapTo(window, QPoint()).x();
}

} // namespace

void tst_UiLanguage::systemLanguageUnlessOneIsChosen()
{
    QCOMPARE(ui::UiLanguage::localeFor(QString()), QLocale::system());
    QCOMPARE(ui::UiLanguage::localeFor(QStringLiteral("zh_CN")).language(), QLocale::Chinese);
    QCOMPARE(ui::UiLanguage::localeFor(QStringLiteral("ar")).language(), QLocale::Arabic);
    const ui::UiLanguage language{QString()};
    QCOMPARE(QLocale().name(), QLocale::system().name());
}

void tst_UiLanguage::arabicLaysTheWindowOutRightToLeft()
{
    const ui::UiLanguage language(QStringLiteral("ar"));
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
    auto *filters = window->findChild<QDockWidget *>(QStringLiteral("facetDock"));
    auto *list = window->findChild<QTableView *>(QStringLiteral("useCaseTable"));
    auto *editor = window->findChild<QWidget *>(QStringLiteral("useCaseEditor"));
    QVERIFY(filters && list && editor);
    QVERIFY(filters->isVisible());
    // Mirrored: filters | list | editor reads from the right.
    QVERIFY2(leftOf(filters, window.get()) > leftOf(list, window.get()),
             qPrintable(QStringLiteral("filters at %1, list at %2")
                            .arg(leftOf(filters, window.get()))
                            .arg(leftOf(list, window.get()))));
    QVERIFY(leftOf(list, window.get()) > leftOf(editor, window.get()));
    QVERIFY(test::screenshot(*window, QStringLiteral("main-window-ar")));
    // Every widget of the window follows it.
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets)
        QVERIFY2(w->layoutDirection() == Qt::RightToLeft, qPrintable(w->objectName()));
}

void tst_UiLanguage::englishLaysTheWindowOutLeftToRight()
{
    const ui::UiLanguage language(QStringLiteral("en"));
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    auto window = openWindow();
    QVERIFY(window);
    auto *filters = window->findChild<QDockWidget *>(QStringLiteral("facetDock"));
    auto *list = window->findChild<QTableView *>(QStringLiteral("useCaseTable"));
    auto *editor = window->findChild<QWidget *>(QStringLiteral("useCaseEditor"));
    QVERIFY(filters && list && editor);
    QVERIFY(leftOf(filters, window.get()) < leftOf(list, window.get()));
    QVERIFY(leftOf(list, window.get()) < leftOf(editor, window.get()));
}

void tst_UiLanguage::numbersInTheChosenLocale()
{
    {
        const ui::UiLanguage language(QStringLiteral("fr"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QString::fromUtf8("1\u202f234,5"));
    }
    const ui::UiLanguage language(QStringLiteral("ar"));
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    QVERIFY(QLocale().toString(12) != QLatin1String("12")); // Arabic-Indic digits
}

void tst_UiLanguage::qtTranslatesTheStandardDialogs()
{
    const QString qm = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_fr.qm");
    if (!QFileInfo::exists(qm))
        QSKIP("Qt's translations are not installed (Debian package qt6-translations-l10n)");
    const ui::UiLanguage language(QStringLiteral("fr"));
    QVERIFY(language.hasQtTranslation());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
}

QTEST_MAIN(tst_UiLanguage)
#include "tst_UiLanguage.moc"
