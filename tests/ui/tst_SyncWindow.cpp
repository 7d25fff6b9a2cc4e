// File > Sync with Team Repository in the window: asks for the server (offering the last one),
// syncs, shows the import preview when the server's changes conflict with local edits, and keeps
// the sync state in the status bar.
#include "mainwindow/MainWindow.h"

#include "PostgresTestServer.h"
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"

#include "bundle/ImportPreviewDialog.h"
#include "model/AssessorIdentity.h"
#include "storage/Database.h"
#include "storage/PgConnection.h"
#include "storage/ServerSchema.h"
#include "storage/UseCaseRepository.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_SyncWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void syncFromTheMenuShowsTheStateAndPreviewsConflicts();

private:
    test::PostgresTestServer m_server;
    QTemporaryDir m_dir;
    test::ScriptedPrompts m_prompts;
    test::ScriptedDesktop m_desktop;
};

void tst_SyncWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CASEBOOK_START_POSTGRES(m_server);
    auto admin = PgConnection::open(m_server.conninfo());
    QVERIFY(admin);
    QVERIFY(ServerSchema::init(**admin));
    for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob")})
        QVERIFY(ServerSchema::addMember(**admin, name, MemberRole::Editor, AssessorIdentity::fromName(name)));
}

void tst_SyncWindow::syncFromTheMenuShowsTheStateAndPreviewsConflicts()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("alice.sqlite")));
    QVERIFY(db);
    UseCase u;
    u.title = QStringLiteral("Street lighting");
    auto stored = UseCaseRepository(**db).insert(u);
    QVERIFY(stored);
    ui::MainWindow window(std::move(*db), m_prompts, m_desktop);
    auto *action = window.findChild<QAction *>(QStringLiteral("syncAction"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    QVERIFY(action && status);
    QVERIFY(status->text().isEmpty());

    m_prompts.textWith(m_server.conninfo(QStringLiteral("alice")));
    action->trigger();
    QCOMPARE(m_prompts.pending(), 0);
    QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errorTexts().join(QLatin1Char('\n'))));
    QCOMPARE(m_prompts.shown.last().title, QStringLiteral("Synced"));
    QVERIFY(m_prompts.shown.last().text.contains(QLatin1String("Sent 1 local change")));
    QVERIFY2(status->text().contains(QLatin1String("0 pending")), qPrintable(status->text()));

    // Bob changes the title on the server; alice changes it here: the preview shows the conflict
    // and alice takes bob's.
    {
        auto bob = Database::open(m_dir.filePath(QStringLiteral("bob.sqlite")));
        auto pg = PgConnection::open(m_server.conninfo(QStringLiteral("bob")));
        QVERIFY(bob && pg);
        SyncOptions options;
        options.address = QStringLiteral("bob");
        QVERIFY(SyncEngine::sync(**bob, **pg, options));
        UseCase theirs = *UseCaseRepository(**bob).get(stored->uuid);
        theirs.title = QStringLiteral("Bob's lighting");
        QVERIFY(UseCaseRepository(**bob).update(theirs));
        QVERIFY(SyncEngine::sync(**bob, **pg, options));
    }
    auto local = Database::open(m_dir.filePath(QStringLiteral("alice.sqlite")));
    QVERIFY(local);
    UseCase mine = *UseCaseRepository(**local).get(stored->uuid);
    mine.title = QStringLiteral("Alice's lighting");
    QVERIFY(UseCaseRepository(**local).update(mine));
    local->reset();
    QString previewed;
    m_prompts.textWith(m_server.conninfo(QStringLiteral("alice"))).dialogWith([&](QDialog &dialog) {
        auto *preview = qobject_cast<ui::ImportPreviewDialog *>(&dialog);
        if (!preview)
            return int(QDialog::Rejected);
        previewed = preview->findChild<QLabel *>(QStringLiteral("previewHeaderLabel"))->text();
        preview->selectRecord(QStringLiteral("use_case:") + stored->uuid);
        auto *policy = preview->findChild<QComboBox *>(QStringLiteral("policyCombo"));
        policy->setCurrentIndex(policy->findData(int(MergePolicy::TakeTheirs)));
        return int(QDialog::Accepted);
    });
    action->trigger();
    QCOMPARE(m_prompts.pending(), 0);
    QVERIFY2(previewed.contains(QLatin1String("team repository")), qPrintable(previewed));
    auto after = Database::open(m_dir.filePath(QStringLiteral("alice.sqlite")));
    QVERIFY(after);
    QCOMPARE(UseCaseRepository(**after).get(stored->uuid)->title, QStringLiteral("Bob's lighting"));
    QVERIFY2(status->text().contains(QLatin1String("0 pending")), qPrintable(status->text()));
}

QTEST_MAIN(tst_SyncWindow)
#include "tst_SyncWindow.moc"
