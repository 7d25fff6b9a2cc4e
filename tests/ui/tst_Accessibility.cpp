// Assistive technologies read every control: each control the keyboard reaches in the main
// window, every tab of the editor and the dialogs has an accessible name, from its own text, a
// label that is its buddy, or one set in the code. The window draws with the system's palette,
// light or dark: the marks of a state are tints of it, not fixed light colours.
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "bundle/ExportBundleDialog.h"
#include "editor/UseCaseEditor.h"
#include "exchange/CsvImportWizard.h"
#include "exchange/ExportDialog.h"
#include "mainwindow/MainWindow.h"
#include "preferences/Preferences.h"
#include "preferences/PreferencesDialog.h"
#include "report/ReportDialog.h"
#include "scoring/RubricEditorDialog.h"
#include "scoring/ScoreSheetDialog.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "widgets/PaletteTint.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

namespace {

/// The visible controls of `root` that the keyboard reaches, or that are buttons, with no
/// accessible name, as "objectName (Class)".
QStringList unnamedControls(QWidget &root)
{
    QStringList out;
    const QList<QWidget *> widgets = root.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = (w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractButton *>(w);
        // Qt's own corner button of a table (selects all; the keyboard has Ctrl+A) is left aside.
        if (!control || !w->isVisibleTo(&root) || w->focusProxy() || w->inherits("QTableCornerButton"))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            out.append(QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                     QString::fromLatin1(w->metaObject()->className())));
    }
    return out;
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mainWindowControlsHaveNames();
    void editorControlsHaveNames();
    void dialogControlsHaveNames();
    void hintsDescribeTheirFields();
    void tintsFollowTheLightOrDarkPalette();

private:
    QTemporaryDir m_dir;
    test::ScriptedPrompts m_prompts;
    test::ScriptedDesktop m_desktop;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(m_dir.filePath(QStringLiteral("a11y.sqlite")));
    QVERIFY(db);
    QVERIFY(Seeder::seed(**db, true));
    m_window = std::make_unique<ui::MainWindow>(std::move(*db), m_prompts, m_desktop);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Accessibility::mainWindowControlsHaveNames()
{
    const QStringList unnamed = unnamedControls(*m_window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void tst_Accessibility::editorControlsHaveNames()
{
    auto *tabs = m_window->editor()->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    QVERIFY(tabs);
    QStringList unnamed;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        for (const QString &name : unnamedControls(*tabs->currentWidget()))
            unnamed.append(tabs->tabText(i) + QStringLiteral(": ") + name);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void tst_Accessibility::dialogControlsHaveNames()
{
    ui::ScoreSheetDialog sheet(m_window->database(), m_prompts);
    QVERIFY(sheet.load(QStringLiteral("UC-EX-003"), {}, QStringLiteral("Ana")));
    ui::RubricEditorDialog rubrics(m_window->database(), m_prompts);
    QVERIFY(rubrics.loadRubric());
    ui::PreferencesDialog preferences(ui::Preferences::load(), m_prompts);
    const QStringList selected{QStringLiteral("UC-EX-001")};
    ui::ExportBundleDialog bundle(m_window->database(), selected);
    ui::ExportDialog exportDialog(m_window->database(), m_prompts, selected, QString());
    ui::ReportDialog report(m_window->database(), m_prompts, selected, QString(), ContributionCover());
    ui::CsvImportWizard wizard(m_window->database(), m_prompts);
    QStringList unnamed;
    for (QDialog *dialog : std::initializer_list<QDialog *>{&sheet, &rubrics, &preferences, &bundle,
                                                            &exportDialog, &report, &wizard}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (const QString &name : unnamedControls(*dialog))
            unnamed.append(dialog->objectName() + QStringLiteral(": ") + name);
        dialog->hide();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void tst_Accessibility::hintsDescribeTheirFields()
{
    // "Licence:" names the field, its placeholder describes what to type.
    auto *licence = m_window->editor()->findChild<QLineEdit *>(QStringLiteral("licenceEdit"));
    QVERIFY(licence);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(licence);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Licence"));
    QCOMPARE(iface->text(QAccessible::Description), licence->placeholderText());
    QVERIFY(!licence->placeholderText().isEmpty());
}

void tst_Accessibility::tintsFollowTheLightOrDarkPalette()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    using S = ui::PaletteTint::State;
    for (const QPalette &p : {light, dark}) {
        const int text = p.color(QPalette::Text).lightness();
        for (S state : {S::Attention, S::Problem}) {
            const QColor tint = ui::PaletteTint::background(state, p).color();
            // The tint stays on the base's side of the text: the text remains readable on it.
            QVERIFY2(std::abs(tint.lightness() - text) > 100, qPrintable(tint.name()));
            QVERIFY(tint != p.color(QPalette::Base));
        }
        const QColor warning = ui::PaletteTint::warningText(p);
        QVERIFY2(std::abs(warning.lightness() - p.color(QPalette::Window).lightness()) > 80,
                 qPrintable(warning.name()));
    }
}

QTEST_MAIN(tst_Accessibility)
#include "tst_Accessibility.moc"
