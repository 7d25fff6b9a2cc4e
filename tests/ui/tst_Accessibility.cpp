// Assistive technologies read every control: each control the keyboard reaches in the main
// window (with the gap register), every tab of the editor, the dialogs and the comparison and
// workshop window has an accessible name, from its own text, a label that is its buddy, or one set
// in the code, and a description that says what it does or what to enter: its tooltip, a hint, or
// one set in the code. A description is not asked of two kinds of control, where it could only
// repeat the name:
// - buttons that show their words (push buttons, check boxes, radio buttons with text): the words
//   say what pressing does (a button with an icon only is described);
// - tab bars and the scroll arrows Qt puts on them: a tab's title is all it holds.
// Pressing Tab again and again reaches every one of these controls (a group of radio buttons at one
// of them): none is left out of the tab order or behind a control that keeps Tab for itself.
// The window draws with the system's palette, light or dark: the marks of a state are tints of it,
// not fixed light colours.
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "bundle/ExportBundleDialog.h"
#include "bundle/ImportPreviewDialog.h"
#include "compare/CompareWindow.h"
#include "compare/RoundScoreDialog.h"
#include "compare/RoundsPanel.h"
#include "editor/UseCaseEditor.h"
#include "exchange/CsvImportWizard.h"
#include "exchange/ExportDialog.h"
#include "gaps/GapRegisterDock.h"
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
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QLineEdit>
#include <QRadioButton>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

namespace {

/// The visible controls of `root` that the keyboard reaches, or that are buttons. Qt's own corner
/// button of a table (selects all; the keyboard has Ctrl+A) is left aside.
QList<QWidget *> controls(QWidget &root)
{
    QList<QWidget *> out;
    const QList<QWidget *> widgets = root.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = (w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractButton *>(w);
        if (control && w->isVisibleTo(&root) && !w->focusProxy() && !w->inherits("QTableCornerButton"))
            out.append(w);
    }
    return out;
}

QString spoken(QWidget *w, QAccessible::Text text)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(text).trimmed() : QString();
}

/// "objectName (Class)", or the accessible name for a control without object name.
QString identify(QWidget *w)
{
    return QStringLiteral("%1 (%2)").arg(w->objectName().isEmpty() ? spoken(w, QAccessible::Name)
                                                                   : w->objectName(),
                                         QString::fromLatin1(w->metaObject()->className()));
}

/// The controls of `root` with no accessible name.
QStringList unnamedControls(QWidget &root)
{
    QStringList out;
    for (QWidget *w : controls(root)) {
        if (spoken(w, QAccessible::Name).isEmpty())
            out.append(identify(w));
    }
    return out;
}

/// True for the controls whose description could only repeat the name (the comment on top).
bool describedByName(const QWidget *w)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(w); button && !button->text().isEmpty())
        return true;
    return w->inherits("QTabBar") || (w->parentWidget() && w->parentWidget()->inherits("QTabBar"));
}

/// The controls of `root` with no accessible description, the exempt ones aside.
QStringList undescribedControls(QWidget &root)
{
    QStringList out;
    for (QWidget *w : controls(root)) {
        if (!describedByName(w) && spoken(w, QAccessible::Description).isEmpty())
            out.append(identify(w));
    }
    return out;
}

/// What Tab has to reach: a control, or for radio buttons their group, which Tab enters at one
/// button and the arrows go through.
const QObject *tabStop(const QWidget *w)
{
    if (const auto *radio = qobject_cast<const QRadioButton *>(w))
        return radio->group() ? static_cast<const QObject *>(radio->group()) : radio->parentWidget();
    return w;
}

/// The controls of `window` that pressing Tab, again and again from where the focus is, never
/// reaches: left out of the tab order, or behind a control that keeps Tab for itself.
QStringList unreachedByTab(QWidget &window)
{
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return {QStringLiteral("not active")};
    QList<QWidget *> expected;
    for (QWidget *w : controls(window)) {
        if (w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            expected.append(w);
    }
    QSet<const QObject *> reached;
    for (int i = 0; i < 3 * expected.size() + 20; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus && window.isAncestorOf(focus) ? focus : &window, Qt::Key_Tab);
        if (QWidget *now = QApplication::focusWidget())
            reached.insert(tabStop(now));
    }
    QStringList out;
    for (QWidget *w : std::as_const(expected)) {
        if (!reached.contains(tabStop(w)))
            out.append(identify(w));
    }
    out.removeDuplicates();
    return out;
}

using Check = QStringList (*)(QWidget &);

/// Logs every offender, as a failure's message is cut short, and says whether there is none.
bool noneOf(const QStringList &offenders)
{
    for (const QString &offender : offenders)
        qWarning().noquote() << offender;
    return offenders.isEmpty();
}

/// The controls `check` lists in a dialog (or window) shown for it, led by its object name.
QStringList checkShown(QWidget &dialog, Check check)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return {dialog.objectName() + QStringLiteral(": not shown")};
    QStringList out;
    for (const QString &name : check(dialog))
        out.append(dialog.objectName() + QStringLiteral(": ") + name);
    dialog.hide();
    return out;
}

/// A bundle's plan with a use case in conflict, so the preview shows its choices and its fields.
ImportPlan conflictPlan()
{
    RecordPlan conflict;
    conflict.kind = RecordKind::UseCase;
    conflict.status = RecordStatus::Conflict;
    conflict.uuid = QStringLiteral("u1");
    conflict.key = ImportPlan::kindName(conflict.kind) + QStringLiteral(":u1");
    conflict.code = QStringLiteral("UC-1");
    conflict.title = QStringLiteral("Smart bins");
    FieldDiff title;
    title.field = QStringLiteral("title");
    title.mine = QStringLiteral("Smart bins");
    title.theirs = QStringLiteral("Bins");
    title.change = FieldChange::Both;
    conflict.fields = {title};
    ImportPlan plan;
    plan.sourceName = QStringLiteral("theirs.casebook");
    plan.records = {conflict};
    return plan;
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
    void compareWindowControlsHaveNames();
    void mainWindowControlsHaveDescriptions();
    void editorControlsHaveDescriptions();
    void dialogControlsHaveDescriptions();
    void compareWindowControlsHaveDescriptions();
    void tabReachesEveryControl();
    void hintsDescribeTheirFields();
    void tintsFollowTheLightOrDarkPalette();

private:
    QStringList inMainWindow(Check check);
    QStringList inEditorTabs(Check check);
    QStringList inDialogs(Check check);
    QStringList inCompareWindow(Check check);

    QTemporaryDir m_dir;
    test::ScriptedPrompts m_prompts;
    test::ScriptedDesktop m_desktop;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::CompareWindow> m_compare;
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

QStringList tst_Accessibility::inMainWindow(Check check)
{
    // With the gap register shown beside the list.
    auto *gaps = m_window->findChild<ui::GapRegisterDock *>();
    if (!gaps)
        return {QStringLiteral("no gap register")};
    if (!gaps->isVisible())
        gaps->showAction()->trigger();
    QCoreApplication::processEvents();
    return check(*m_window);
}

QStringList tst_Accessibility::inEditorTabs(Check check)
{
    auto *tabs = m_window->editor()->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    if (!tabs)
        return {QStringLiteral("no editor tabs")};
    QStringList out;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        for (const QString &name : check(*tabs->currentWidget()))
            out.append(tabs->tabText(i) + QStringLiteral(": ") + name);
    }
    return out;
}

QStringList tst_Accessibility::inDialogs(Check check)
{
    ui::ScoreSheetDialog sheet(m_window->database(), m_prompts);
    if (!sheet.load(QStringLiteral("UC-EX-003"), {}, QStringLiteral("Ana")))
        return {QStringLiteral("score sheet not loaded")};
    ui::RubricEditorDialog rubrics(m_window->database(), m_prompts);
    if (!rubrics.loadRubric())
        return {QStringLiteral("rubric not loaded")};
    ui::PreferencesDialog preferences(ui::Preferences::load(), m_prompts);
    const QStringList selected{QStringLiteral("UC-EX-001")};
    ui::ExportBundleDialog bundle(m_window->database(), selected);
    ui::ExportDialog exportDialog(m_window->database(), m_prompts, selected, QString());
    ui::ReportDialog report(m_window->database(), m_prompts, selected, QString(), ContributionCover());
    ui::CsvImportWizard wizard(m_window->database(), m_prompts);
    ui::ImportPreviewDialog preview(BundleReader::Bundle(), conflictPlan());
    QStringList out;
    for (QDialog *dialog : std::initializer_list<QDialog *>{&sheet, &rubrics, &preferences, &bundle,
                                                            &exportDialog, &report, &wizard, &preview})
        out += checkShown(*dialog, check);
    return out;
}

QStringList tst_Accessibility::inCompareWindow(Check check)
{
    if (!m_compare) {
        m_compare = std::make_unique<ui::CompareWindow>(m_window->database(), m_prompts);
        m_compare->resize(1200, 800);
        if (!m_compare
                 ->compare(
                     {QStringLiteral("UC-EX-001"), QStringLiteral("UC-EX-002"), QStringLiteral("UC-EX-003")})
                 .ok())
            return {QStringLiteral("nothing compared")};
        m_prompts.textWith(QStringLiteral("Accessible workshop"));
        if (!m_compare->saveWorkshop().ok())
            return {QStringLiteral("workshop not saved")};
        m_compare->roundsPanel()->openRound();
    }
    m_compare->show();
    if (!QTest::qWaitForWindowExposed(m_compare.get()))
        return {QStringLiteral("comparison not shown")};
    QStringList out;
    for (int i = 0; i < ui::CompareWindow::tabCount; ++i) {
        m_compare->setCurrentView(ui::CompareWindow::View(i));
        QCoreApplication::processEvents();
        for (const QString &name : check(*m_compare))
            out.append(QStringLiteral("compareWindow: ") + name);
    }
    out.removeDuplicates();
    std::unique_ptr<ui::RoundScoreDialog> score(
        m_compare->roundsPanel()->createScoreDialog(QStringLiteral("ana"), QStringLiteral("Ana")));
    if (!score)
        return out << QStringLiteral("no round to score");
    out += checkShown(*score, check);
    return out;
}

void tst_Accessibility::mainWindowControlsHaveNames()
{
    const QStringList unnamed = inMainWindow(unnamedControls);
    QVERIFY2(noneOf(unnamed), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void tst_Accessibility::editorControlsHaveNames()
{
    const QStringList unnamed = inEditorTabs(unnamedControls);
    QVERIFY2(noneOf(unnamed), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void tst_Accessibility::dialogControlsHaveNames()
{
    const QStringList unnamed = inDialogs(unnamedControls);
    QVERIFY2(noneOf(unnamed), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void tst_Accessibility::compareWindowControlsHaveNames()
{
    const QStringList unnamed = inCompareWindow(unnamedControls);
    QVERIFY2(noneOf(unnamed), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void tst_Accessibility::mainWindowControlsHaveDescriptions()
{
    const QStringList undescribed = inMainWindow(undescribedControls);
    QVERIFY2(noneOf(undescribed), qPrintable(undescribed.join(QStringLiteral(", "))));
}

void tst_Accessibility::editorControlsHaveDescriptions()
{
    const QStringList undescribed = inEditorTabs(undescribedControls);
    QVERIFY2(noneOf(undescribed), qPrintable(undescribed.join(QStringLiteral(", "))));
}

void tst_Accessibility::dialogControlsHaveDescriptions()
{
    const QStringList undescribed = inDialogs(undescribedControls);
    QVERIFY2(noneOf(undescribed), qPrintable(undescribed.join(QStringLiteral(", "))));
}

void tst_Accessibility::compareWindowControlsHaveDescriptions()
{
    const QStringList undescribed = inCompareWindow(undescribedControls);
    QVERIFY2(noneOf(undescribed), qPrintable(undescribed.join(QStringLiteral(", "))));
}

void tst_Accessibility::tabReachesEveryControl()
{
    QStringList unreached = inDialogs(unreachedByTab) + inCompareWindow(unreachedByTab);
    // The main window with each tab of the editor.
    auto *tabs = m_window->editor()->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        for (const QString &name : inMainWindow(unreachedByTab))
            unreached.append(tabs->tabText(i) + QStringLiteral(": ") + name);
    }
    QVERIFY2(noneOf(unreached), qPrintable(unreached.join(QStringLiteral(", "))));
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
