// The bundle dialogs driven offscreen by object name; decisions go through scripted prompts.
#include "DatabaseDump.h"
#include "bundle/BundleActions.h"
#include "bundle/BundlePrompts.h"
#include "bundle/ExportBundleDialog.h"
#include "bundle/ImportPreviewDialog.h"
#include "merge/UseCaseContent.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "Screenshots.h"

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

/// Scripted answers.
struct ScriptedPrompts : ui::BundlePrompts
{
    std::function<bool(ui::ExportBundleDialog &)> onExport = [](ui::ExportBundleDialog &) { return true; };
    std::function<bool(ui::ImportPreviewDialog &)> onPreview = [](ui::ImportPreviewDialog &) { return true; };
    QString savePath;
    QList<Error> errors;
    QStringList infos;
    QString shownInFileManager;
    bool runExportDialog(ui::ExportBundleDialog &d) override { return onExport(d); }
    QString saveFileName(QWidget *, const QString &) override { return savePath; }
    QString openFileName(QWidget *) override { return {}; }
    bool runPreviewDialog(ui::ImportPreviewDialog &d) override { return onPreview(d); }
    void showError(QWidget *, const QString &, const Error &e) override { errors.append(e); }
    void showInformation(QWidget *, const QString &, const QString &text) override { infos.append(text); }
    bool openMailClient(const QString &, const QString &) override { return false; }
    void showInFileManager(const QString &path) override { shownInFileManager = path; }
};

} // namespace

class tst_BundleDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportDialogChoosesAndWarns();
    void shareByEmailFallsBackToFileManager();
    void previewChoosesPerFieldAndImports();
    void rejectedBundleIsReported();
    void rightToLeftPreview();

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

void tst_BundleDialogs::shareByEmailFallsBackToFileManager()
{
    auto db = open(QStringLiteral("share.sqlite"));
    QVERIFY(db && Seeder::seed(*db, true));
    auto *prompts = new ScriptedPrompts;
    prompts->savePath = m_dir.filePath(QStringLiteral("share.casebook"));
    ui::BundleActions actions(nullptr, prompts);
    QSignalSpy written(&actions, &ui::BundleActions::bundleWritten);
    QVERIFY(actions.shareByEmail(nullptr, *db, {}));
    QCOMPARE(written.size(), 1);
    QVERIFY(QFileInfo::exists(prompts->savePath));
    QCOMPARE(prompts->shownInFileManager, prompts->savePath);
    QVERIFY(prompts->errors.isEmpty());
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
    auto *prompts = new ScriptedPrompts;
    ui::BundleActions actions(nullptr, prompts);
    prompts->savePath = m_dir.filePath(QStringLiteral("start.casebook"));
    QVERIFY(actions.exportBundle(nullptr, *origin, {}));
    auto mine = open(QStringLiteral("mine.sqlite"));
    QVERIFY(mine);
    QVERIFY(actions.importBundle(nullptr, *mine, prompts->savePath));
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
    prompts->savePath = m_dir.filePath(QStringLiteral("theirs.casebook"));
    QVERIFY(actions.exportBundle(nullptr, *origin, {}));

    prompts->onPreview = [](ui::ImportPreviewDialog &preview) {
        auto *records = preview.findChild<QTableWidget *>(QStringLiteral("previewRecordTable"));
        auto *fields = preview.findChild<QTableWidget *>(QStringLiteral("previewFieldTable"));
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
        auto *titleCombo = fields->findChild<QComboBox *>(QStringLiteral("previewFieldCombo_title"));
        if (!titleCombo || titleCombo->currentIndex() != 0)
            return false;
        titleCombo->setFocus();
        QTest::keyClick(titleCombo, Qt::Key_Down); // keyboard: take theirs for the title
        return titleCombo->currentIndex() == 1;
    };
    QSignalSpy changed(&actions, &ui::BundleActions::repositoryChanged);
    QVERIFY(actions.importBundle(nullptr, *mine, prompts->savePath));
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
    auto *prompts = new ScriptedPrompts;
    bool previewShown = false;
    prompts->onPreview = [&previewShown](ui::ImportPreviewDialog &) { return previewShown = true; };
    ui::BundleActions actions(nullptr, prompts);
    QVERIFY(!actions.importBundle(nullptr, *db, bad));
    QVERIFY(!previewShown);
    QCOMPARE(prompts->errors.size(), 1);
    QVERIFY(prompts->errors.first().message.startsWith(QLatin1String("letter.casebook: ")));
    QCOMPARE(dump(*db), before);
}

void tst_BundleDialogs::rightToLeftPreview()
{
    auto origin = open(QStringLiteral("rtl-origin.sqlite"));
    QVERIFY(origin && Seeder::seed(*origin, true));
    auto *prompts = new ScriptedPrompts;
    prompts->savePath = m_dir.filePath(QStringLiteral("rtl.casebook"));
    ui::BundleActions actions(nullptr, prompts);
    QVERIFY(actions.exportBundle(nullptr, *origin, {}));
    auto target = open(QStringLiteral("rtl.sqlite"));
    QVERIFY(target);
    QApplication::setLayoutDirection(Qt::RightToLeft);
    prompts->onPreview = [](ui::ImportPreviewDialog &preview) {
        shoot(preview, QStringLiteral("preview-rtl"));
        auto *records = preview.findChild<QTableWidget *>(QStringLiteral("previewRecordTable"));
        return records && records->rowCount() == 11 && preview.layoutDirection() == Qt::RightToLeft;
    };
    QVERIFY(actions.importBundle(nullptr, *target, prompts->savePath));
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QCOMPARE(UseCaseRepository(*target).count().value(), 10);
}

QTEST_MAIN(tst_BundleDialogs)
#include "tst_BundleDialogs.moc"
