// Clear answers in the main window: the welcome banner follows what the repository holds; scoring
// without a name offers to open Preferences at the name field.
#include "bundle/ExportBundleDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/WelcomeText.h"
#include "preferences/PreferencesDialog.h"

#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "storage/Database.h"
#include "storage/Seeder.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace casebook;

class tst_ClearAnswers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void welcomeFollowsTheRepository();
    void welcomeTexts();
    void scoringWithoutANameOpensPreferencesAtTheName();
    void preferencesLabelsShowNoAmpersand();
    void countsUseEnglishPluralForms();

private:
    std::unique_ptr<ui::MainWindow> openWindow(const QString &name, bool examples);
    QTemporaryDir m_dir;
    test::ScriptedPrompts m_prompts;
    test::ScriptedDesktop m_desktop;
};

void tst_ClearAnswers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();
    qunsetenv("CASEBOOK_CONTRIBUTOR");
}

std::unique_ptr<ui::MainWindow> tst_ClearAnswers::openWindow(const QString &name, bool examples)
{
    auto db = Database::open(m_dir.filePath(name));
    if (!db || !Seeder::seed(**db, examples))
        return nullptr;
    auto window = std::make_unique<ui::MainWindow>(std::move(*db), m_prompts, m_desktop);
    window->show();
    return QTest::qWaitForWindowExposed(window.get()) ? std::move(window) : nullptr;
}

void tst_ClearAnswers::welcomeFollowsTheRepository()
{
    auto empty = openWindow(QStringLiteral("empty.sqlite"), false);
    QVERIFY(empty);
    empty->setWelcomeVisible(true);
    auto *label = empty->findChild<QLabel *>(QStringLiteral("welcomeLabel"));
    QVERIFY(label && label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("no use cases yet")), qPrintable(label->text()));
    QVERIFY(!label->text().contains(QLatin1String("example")));

    auto seeded = openWindow(QStringLiteral("examples.sqlite"), true);
    QVERIFY(seeded);
    seeded->setWelcomeVisible(true);
    label = seeded->findChild<QLabel *>(QStringLiteral("welcomeLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), ui::WelcomeText::forRepository(10, 10));
}

void tst_ClearAnswers::welcomeTexts()
{
    using W = ui::WelcomeText;
    QVERIFY(W::forRepository(0, 0).contains(QLatin1String("no use cases yet")));
    QVERIFY(W::forRepository(10, 10).contains(QLatin1String("example use case")));
    QVERIFY(W::forRepository(12, 10).contains(QStringLiteral("(tagged “example”)")));
    QVERIFY(!W::forRepository(3, 0).contains(QLatin1String("example")));
}

void tst_ClearAnswers::scoringWithoutANameOpensPreferencesAtTheName()
{
    auto window = openWindow(QStringLiteral("score.sqlite"), true);
    QVERIFY(window);
    QAction *score = nullptr;
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->objectName() == QLatin1String("scoreAction"))
            score = a;
    }
    QVERIFY(score);
    QString focused;
    m_prompts.confirmWith(true).dialogWith([&focused](QDialog &dialog) {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return int(QDialog::Rejected);
        QApplication::setActiveWindow(&dialog);
        QCoreApplication::processEvents();
        focused = dialog.focusWidget() ? dialog.focusWidget()->objectName() : QString();
        return int(QDialog::Rejected); // the member closes it without a name
    });
    score->trigger();
    QCOMPARE(m_prompts.pending(), 0);
    QVERIFY(m_prompts.asked.first().contains(QLatin1String("Set your name in the preferences")));
    QCOMPARE(focused, QStringLiteral("nameEdit"));
    // Without a name still, no score sheet opens and no error follows.
    QVERIFY(m_prompts.errors.isEmpty());
}

void tst_ClearAnswers::preferencesLabelsShowNoAmpersand()
{
    test::ScriptedPrompts prompts;
    ui::PreferencesDialog dialog(ui::Preferences{}, prompts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    int mnemonics = 0;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        const QString text = QString(label->text()).remove(QStringLiteral("&&"));
        if (!text.contains(QLatin1Char('&')))
            continue;
        ++mnemonics;
        // A label shows "&" as a mnemonic only when it has a buddy; otherwise it shows literally.
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    for (QGroupBox *box : dialog.findChildren<QGroupBox *>())
        QVERIFY2(!QString(box->title()).remove(QStringLiteral("&&")).contains(QLatin1Char('&'))
                     || box->isCheckable(),
                 qPrintable(box->title()));
    QVERIFY(mnemonics >= 4);
}

void tst_ClearAnswers::countsUseEnglishPluralForms()
{
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(CASEBOOK_EN_QM)));
    QVERIFY(QCoreApplication::installTranslator(&english));
    auto window = openWindow(QStringLiteral("plurals.sqlite"), true);
    QVERIFY(window);
    auto *count = window->findChild<QLabel *>(QStringLiteral("matchCountLabel"));
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(count && search);
    QCOMPARE(count->text(), QStringLiteral("10 use cases"));
    search->setText(QStringLiteral("region:Africa"));
    QTRY_COMPARE(count->text(), QStringLiteral("1 of 10 use cases match"));
    // The export's estimate and its final message share their words.
    QCOMPARE(ui::ExportBundleDialog::contentsText(1, 0, 2),
             QStringLiteral("1 use case, 0 assessments and 2 attachments"));
    QCOMPARE(ui::WelcomeText::forRepository(1, 0).contains(QLatin1String("the 1 use case of")), true);
    QCoreApplication::removeTranslator(&english);
}

QTEST_MAIN(tst_ClearAnswers)
#include "tst_ClearAnswers.moc"
