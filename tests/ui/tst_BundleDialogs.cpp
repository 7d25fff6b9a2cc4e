// The bundle dialogs driven offscreen by object name; decisions go through scripted prompts.
#include "DatabaseDump.h"
#include "bundle/BundleActions.h"
#include "bundle/BundleExporter.h"
#include "bundle/BundleReader.h"
#include "bundle/ExportBundleDialog.h"
#include "bundle/ImportPreviewDialog.h"
#include "bundle/TakeBackActions.h"
#include "merge/UseCaseContent.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "FixedCatalogue.h"
#include "Screenshots.h"
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"

#include <functional>

using namespace casebook;

namespace {

const QString kUuid = QStringLiteral("4e0c2d4a-6b4f-4d6e-9d8e-2f1a0b3c4d5e");

QStringList dump(Database &db)
{
    return test::dumpDatabase(db, true);
}

void shoot(QWidget &w, const QString &name)
{
    w.show();
    QTest::qWait(20);
    test::screenshot(w, QStringLiteral("bundles-%1").arg(name));
}

/// Runs `check` on the import preview; the preview is accepted when it returns true.
test::ScriptedPrompts::DialogScript preview(std::function<bool(ui::ImportPreviewDialog &)> check)
{
    return [check](QDialog &dialog) {
        auto *p = qobject_cast<ui::ImportPreviewDialog *>(&dialog);
        return p && check(*p) ? int(QDialog::Accepted) : int(QDialog::Rejected);
    };
}

} // namespace

class tst_BundleDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportDialogChoosesAndWarns();
    void exportLeavesRestrictedOut();
    void shareByEmailFallsBackToFileManager();
    void previewChoosesPerFieldAndImports();
    void rejectedBundleIsReported();
    void rightToLeftPreview();
    void previewShowsBundleTextAsPlainText();
    void importWritesBesideTheWindowAndCancels();

private:
    std::unique_ptr<Database> open(const QString &name);
    QTemporaryDir m_dir;
};

void tst_BundleDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_BundleDialogs::open(const QString &name)
{
    Database::OpenOptions o;
    o.contributor = QStringLiteral("Tester");
    auto db = Database::open(m_dir.filePath(name), o);
    return db ? std::move(*db) : nullptr;
}

void tst_BundleDialogs::exportDialogChoosesAndWarns()
{
    auto db = open(QStringLiteral("export.sqlite"));
    QVERIFY(db && Seeder::seed(*db, true));
    const QStringList selected = UseCaseRepository(*db).allUuids()->mid(0, 2);
    ui::ExportBundleDialog dialog(*db, selected);
    auto *selection = dialog.findChild<QRadioButton *>(QStringLiteral("exportSelectionRadio"));
    auto *tag = dialog.findChild<QRadioButton *>(QStringLiteral("exportTagRadio"));
    auto *tagEdit = dialog.findChild<QLineEdit *>(QStringLiteral("exportTagEdit"));
    auto *attachments = dialog.findChild<QCheckBox *>(QStringLiteral("exportAttachmentsCheck"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("exportSummaryLabel"));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("exportSizeWarningLabel"));
    QVERIFY(selection && tag && tagEdit && attachments && summary && warning);
    QVERIFY(selection->isChecked());
    QCOMPARE(dialog.selection().ids, selected);
    QVERIFY(summary->text().contains(QLatin1String("2 use case")));
    QVERIFY(warning->isHidden());
    shoot(dialog, QStringLiteral("export"));

    // Keyboard: type a tag, the tag choice follows.
    tagEdit->setFocus();
    QTest::keyClicks(tagEdit, QStringLiteral("example"));
    QTest::keyClick(tagEdit, Qt::Key_Tab);
    QVERIFY(tag->isChecked());
    QCOMPARE(dialog.selection().tag, QStringLiteral("example"));
    QTest::mouseClick(attachments, Qt::LeftButton);
    QVERIFY(dialog.lean());
}

void tst_BundleDialogs::exportLeavesRestrictedOut()
{
    auto db = open(QStringLiteral("restricted.sqlite"));
    QVERIFY(db && Seeder::seed(*db, true));
    UseCaseRepository repo(*db);
    for (const QString &code : {QStringLiteral("UC-EX-002"), QStringLiteral("UC-EX-007")}) {
        UseCase u = repo.get(code).value();
        u.sharingLevel = QStringLiteral("restricted");
        QVERIFY(repo.update(u));
    }

    // The dialog: unchecked at first, the summary says how many stay out; checking includes them.
    {
        ui::ExportBundleDialog dialog(*db, {});
        auto *include = dialog.findChild<QCheckBox *>(QStringLiteral("exportIncludeRestrictedCheck"));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("exportSummaryLabel"));
        QVERIFY(include && summary);
        QVERIFY(!include->isChecked());
        QVERIFY(!dialog.selection().includeRestricted);
        QVERIFY2(summary->text().startsWith(QLatin1String("8 use case(s)")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QLatin1String("2 restricted use case(s) left out")));
        QTest::mouseClick(include, Qt::LeftButton);
        QVERIFY(dialog.selection().includeRestricted);
        QVERIFY(summary->text().startsWith(QLatin1String("10 use case(s)")));
        QVERIFY(!summary->text().contains(QLatin1String("restricted")));
    }

    // Saved as it opens: the bundle holds no restricted use case, and the message says so.
    test::ScriptedPrompts prompts;
    test::ScriptedDesktop desktop;
    const QString file = m_dir.filePath(QStringLiteral("public.casebook"));
    prompts.acceptDialog().saveFileWith(file);
    QWidget parent;
    test::FixedCatalogue catalogue(*db);
    ui::BundleActions actions(&parent, prompts, desktop, catalogue);
    QVERIFY(actions.exportBundle(*db, {}));
    auto bundle = BundleReader().read(file);
    QVERIFY(bundle);
    QCOMPARE(bundle->records.useCases.size(), 8);
    for (const IncomingUseCase &u : std::as_const(bundle->records.useCases))
        QVERIFY(u.useCase.sharingLevel != QLatin1String("restricted"));
    const QStringList infos = prompts.texts(test::ScriptedPrompts::Message::Info);
    QCOMPARE(infos.size(), 1);
    QVERIFY2(infos.first().contains(QLatin1String("2 restricted use case(s) were left out")),
             qPrintable(infos.first()));
}

void tst_BundleDialogs::shareByEmailFallsBackToFileManager()
{
    auto db = open(QStringLiteral("share.sqlite"));
    QVERIFY(db && Seeder::seed(*db, true));
    test::ScriptedPrompts prompts;
    test::ScriptedDesktop desktop;
    const QString path = m_dir.filePath(QStringLiteral("share.casebook"));
    prompts.acceptDialog().saveFileWith(path);
    QWidget parent;
    test::FixedCatalogue catalogue(*db);
    ui::BundleActions actions(&parent, prompts, desktop, catalogue);
    QSignalSpy written(&actions, &ui::BundleActions::bundleWritten);
    actions.shareByEmailAction()->trigger(); // the menu's way: the window's selection (none: all)
    QCOMPARE(written.size(), 1);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(desktop.shownInFileManager, QStringList{path});
    QVERIFY(prompts.errors.isEmpty());
    QCOMPARE(prompts.pending(), 0);
}

void tst_BundleDialogs::previewChoosesPerFieldAndImports()
{
    // Two members edit the same use case from a shared start.
    auto origin = open(QStringLiteral("origin.sqlite"));
    QVERIFY(origin && Seeder::seed(*origin, false));
    UseCase u;
    u.uuid = kUuid;
    u.code = QStringLiteral("UC-2026-100");
    u.title = QStringLiteral("إدارة النفايات الذكية في مدينة الإسكندرية باستخدام أجهزة استشعار متصلة");
    u.summary = QStringLiteral("基于物联网的智能垃圾桶监测系统，覆盖全市主要街区");
    QVERIFY(UseCaseRepository(*origin).insert(u));
    test::ScriptedPrompts prompts;
    test::ScriptedDesktop desktop;
    QWidget parent;
    test::FixedCatalogue catalogue(*origin);
    ui::BundleActions actions(&parent, prompts, desktop, catalogue);
    const QString start = m_dir.filePath(QStringLiteral("start.casebook"));
    prompts.acceptDialog().saveFileWith(start);
    QVERIFY(actions.exportBundle(*origin, {}));
    auto mine = open(QStringLiteral("mine.sqlite"));
    QVERIFY(mine);
    prompts.acceptDialog();
    QVERIFY(actions.importBundle(*mine, start));
    QCOMPARE(UseCaseRepository(*mine).count().value(), 1);
    {
        UseCaseRepository repo(*mine);
        UseCase m = *repo.get(kUuid);
        m.title = QStringLiteral("إدارة النفايات الذكية — نسختي");
        m.deploymentStage = QStringLiteral("pilot");
        QVERIFY(repo.update(m));
        UseCaseRepository o(*origin);
        UseCase t = *o.get(kUuid);
        t.title = QStringLiteral("智能垃圾管理 — 他们的版本 ♻️");
        t.countries = {QStringLiteral("EG")};
        QVERIFY(o.update(t));
    }
    const QString theirs = m_dir.filePath(QStringLiteral("theirs.casebook"));
    prompts.acceptDialog().saveFileWith(theirs);
    QVERIFY(actions.exportBundle(*origin, {}));

    prompts.dialogWith(preview([](ui::ImportPreviewDialog &preview) {
        auto *records = preview.findChild<QTableView *>(QStringLiteral("planRecordView"));
        auto *fields = preview.findChild<QTableWidget *>(QStringLiteral("planFieldTable"));
        auto *counts = preview.findChild<QLabel *>(QStringLiteral("previewCountsLabel"));
        if (!records || !fields || !counts)
            return false;
        const QString key = QStringLiteral("use_case:") + kUuid;
        if (!preview.listedKeys().contains(key) || !counts->text().contains(QLatin1String("Conflict")))
            return false;
        preview.selectRecord(key);
        // title (conflict), countries (theirs), deployment_stage (mine).
        if (fields->rowCount() != 3)
            return false;
        shoot(preview, QStringLiteral("preview"));
        // The default never overwrites a local edit: the title shows "Mine".
        auto *titleCombo = fields->findChild<QComboBox *>(QStringLiteral("planFieldCombo_title"));
        if (!titleCombo || titleCombo->currentIndex() != 0)
            return false;
        titleCombo->setFocus();
        QTest::keyClick(titleCombo, Qt::Key_Down); // keyboard: take theirs for the title
        return titleCombo->currentIndex() == 1;
    }));
    QSignalSpy changed(&actions, &ui::BundleActions::repositoryChanged);
    QVERIFY(actions.importBundle(*mine, theirs));
    QCOMPARE(prompts.pending(), 0);
    QCOMPARE(changed.size(), 1);
    const UseCase merged = *UseCaseRepository(*mine).get(kUuid);
    QCOMPARE(merged.title, QStringLiteral("智能垃圾管理 — 他们的版本 ♻️"));
    QCOMPARE(merged.countries, QStringList{QStringLiteral("EG")});
    QCOMPARE(merged.deploymentStage, QStringLiteral("pilot"));
    // My title is kept in history.
    bool kept = false;
    const auto history = HistoryRepository(*mine).useCaseVersions(kUuid);
    QVERIFY(history);
    for (const StoredVersion &v : *history)
        kept |= v.document.value(QStringLiteral("title")).toString()
            == QStringLiteral("إدارة النفايات الذكية — نسختي");
    QVERIFY(kept);

    // File > Take Back Last Import: asks first; then my version is back.
    ui::TakeBackActions takeBack(&parent, prompts);
    QSignalSpy reloaded(&takeBack, &ui::TakeBackActions::repositoryChanged);
    prompts.confirmWith(false);
    QVERIFY(!takeBack.takeBackLast(*mine));
    QVERIFY2(prompts.asked.last().contains(QLatin1String("theirs.casebook")),
             qPrintable(prompts.asked.last()));
    QCOMPARE(UseCaseRepository(*mine).get(kUuid)->title, merged.title);
    prompts.confirmWith(true);
    QVERIFY(takeBack.takeBackLast(*mine));
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(UseCaseRepository(*mine).get(kUuid)->title, QStringLiteral("إدارة النفايات الذكية — نسختي"));
    QCOMPARE(UseCaseRepository(*mine).get(kUuid)->countries, QStringList());
    // The import before it brought the record I edited since: refused, and said why.
    prompts.confirmWith(true);
    QVERIFY(!takeBack.takeBackLast(*mine));
    QVERIFY2(prompts.errorTexts().last().contains(QLatin1String("UC-2026-100")),
             qPrintable(prompts.errorTexts().join(QLatin1Char('\n'))));
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(prompts.pending(), 0);
}

void tst_BundleDialogs::rejectedBundleIsReported()
{
    auto db = open(QStringLiteral("reject.sqlite"));
    QVERIFY(db && Seeder::seed(*db, true));
    const QStringList before = dump(*db);
    const QString bad = m_dir.filePath(QStringLiteral("letter.casebook"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("PK\x03\x04 this is not really an archive");
    f.close();
    test::ScriptedPrompts prompts; // no preview is scripted: showing one fails the test
    test::ScriptedDesktop desktop;
    QWidget parent;
    test::FixedCatalogue catalogue(*db);
    ui::BundleActions actions(&parent, prompts, desktop, catalogue);
    QVERIFY(!actions.importBundle(*db, bad));
    QCOMPARE(prompts.errors.size(), 1);
    // The first line says nothing was changed, the next one why, naming the file.
    const QStringList lines = prompts.errors.first().message.split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("Nothing was changed: the import did not happen."));
    QVERIFY(lines.value(1).startsWith(QLatin1String("letter.casebook: ")));
    QCOMPARE(dump(*db), before);
}

void tst_BundleDialogs::rightToLeftPreview()
{
    auto origin = open(QStringLiteral("rtl-origin.sqlite"));
    QVERIFY(origin && Seeder::seed(*origin, true));
    test::ScriptedPrompts prompts;
    test::ScriptedDesktop desktop;
    QWidget parent;
    const QString bundle = m_dir.filePath(QStringLiteral("rtl.casebook"));
    prompts.acceptDialog().saveFileWith(bundle);
    test::FixedCatalogue catalogue(*origin);
    ui::BundleActions actions(&parent, prompts, desktop, catalogue);
    QVERIFY(actions.exportBundle(*origin, {}));
    auto target = open(QStringLiteral("rtl.sqlite"));
    QVERIFY(target);
    QApplication::setLayoutDirection(Qt::RightToLeft);
    prompts.dialogWith(preview([](ui::ImportPreviewDialog &preview) {
        shoot(preview, QStringLiteral("preview-rtl"));
        auto *records = preview.findChild<QTableView *>(QStringLiteral("planRecordView"));
        return records && records->model()->rowCount() == 11 && preview.layoutDirection() == Qt::RightToLeft;
    }));
    QVERIFY(actions.importBundle(*target, bundle));
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QCOMPARE(UseCaseRepository(*target).count().value(), 10);
}

void tst_BundleDialogs::previewShowsBundleTextAsPlainText()
{
    // A hostile bundle's creator name and warnings are shown as they are, never as markup.
    const QString hostile = QStringLiteral("<b>x</b><img src=\"file:///etc/passwd\">");
    BundleReader::Bundle bundle;
    bundle.manifest.creator.name = hostile;
    bundle.warnings = {hostile};
    ImportPlan plan;
    plan.sourceName = QStringLiteral("hostile.casebook");
    ui::ImportPreviewDialog preview(bundle, plan);
    for (const char *name : {"previewHeaderLabel", "planWarningsLabel", "planFieldsTitle"}) {
        auto *label = preview.findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(label, name);
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QVERIFY(preview.findChild<QLabel *>(QStringLiteral("previewHeaderLabel"))->text().contains(hostile));
}

QTEST_MAIN(tst_BundleDialogs)

void tst_BundleDialogs::importWritesBesideTheWindowAndCancels()
{
    // A bundle large enough that its import takes longer than the progress dialog's first look.
    constexpr int kUseCases = 1500;
    auto source = open(QStringLiteral("many.sqlite"));
    QVERIFY(source);
    {
        Transaction tx(*source, Transaction::Nesting::Join);
        UseCaseRepository repo(*source);
        for (int i = 0; i < kUseCases; ++i) {
            UseCase u;
            u.title = QStringLiteral("Capteurs connectés n° %1 pour l’eau potable").arg(i);
            u.summary = QStringLiteral("Relevés de débit et de qualité, quartier %1.").arg(i % 37);
            QVERIFY(repo.insert(u));
        }
        QVERIFY(tx.commit());
    }
    const QString bundle = m_dir.filePath(QStringLiteral("many.casebook"));
    QVERIFY(BundleExporter::exportTo(*source, ExportSelection(), bundle, BundleExporter::Options()));

    test::ScriptedPrompts prompts;
    test::ScriptedDesktop desktop;
    QWidget parent;
    auto target = open(QStringLiteral("many-target.sqlite"));
    QVERIFY(target);
    test::FixedCatalogue catalogue(*target);
    ui::BundleActions actions(&parent, prompts, desktop, catalogue);

    // Cancel pressed while the records are written: nothing stays, and nothing is reported.
    const QStringList before = dump(*target);
    QTimer cancel;
    cancel.setInterval(5);
    QObject::connect(&cancel, &QTimer::timeout, [&] {
        if (auto *progress = parent.findChild<QProgressDialog *>(QStringLiteral("importProgress")))
            progress->cancel();
    });
    cancel.start();
    prompts.acceptDialog();
    QVERIFY(!actions.importBundle(*target, bundle));
    cancel.stop();
    QCOMPARE(prompts.errors.size(), 0);
    QCOMPARE(dump(*target), before);

    // Let run: the window's own connection reads the repository as it was until the import
    // commits, never half of it, and the window's event loop keeps turning meanwhile.
    QList<int> seen;
    QTimer reader;
    reader.setInterval(10);
    QObject::connect(&reader, &QTimer::timeout, [&] {
        if (auto *progress = parent.findChild<QProgressDialog *>(QStringLiteral("importProgress"))) {
            if (seen.isEmpty())
                test::screenshot(*progress, QStringLiteral("bundles-import-progress"));
            seen << UseCaseRepository(*target).count().value();
        }
    });
    reader.start();
    prompts.acceptDialog();
    QVERIFY(actions.importBundle(*target, bundle));
    reader.stop();
    QCOMPARE(prompts.errors.size(), 0);
    QCOMPARE(UseCaseRepository(*target).count().value(), kUseCases);
    for (int count : seen)
        QVERIFY2(count == 0 || count == kUseCases, qPrintable(QString::number(count)));
    QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size())));
    QCOMPARE(seen.first(), 0);
}

#include "tst_BundleDialogs.moc"
