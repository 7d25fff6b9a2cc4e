// File > Sync with Team Repository in the window: asks for the server (offering the last one),
// syncs, shows the import preview when the server's changes conflict with local edits, and keeps
// the sync state in the status bar. The sync runs off the GUI thread: the window's event loop runs
// while the server keeps the sync waiting, and Cancel leaves each side as it was.
#include "mainwindow/MainWindow.h"

#include "DatabaseDump.h"
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
#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace casebook;

class tst_SyncWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void syncFromTheMenuShowsTheStateAndPreviewsConflicts();
    void windowStaysLiveWhileTheServerIsSlow();
    void cancelLeavesEachSideAsItWas();

private:
    /// Bob changes the title of `uuid` and sends it.
    void bobRetitles(const QString &uuid, const QString &title);
    /// uuid -> the field of each use case on the server.
    QHash<QString, QString> serverField(const QString &field);
    /// Runs `during` on the GUI thread every few milliseconds while `action` runs, with the sync's
    /// progress dialog when one is up (nullptr otherwise).
    void triggerWatching(QAction *action, const std::function<void(QProgressDialog *)> &during);

    test::PostgresTestServer m_server;
    std::unique_ptr<PgConnection> m_admin;
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
    // A sync on the GUI thread would wait for the tests' table locks forever (nothing would run
    // the timer that lifts them): let it fail instead.
    QVERIFY((*admin)->exec(QStringLiteral("ALTER ROLE alice SET lock_timeout = '20s'")));
    m_admin = std::move(*admin);
}

void tst_SyncWindow::bobRetitles(const QString &uuid, const QString &title)
{
    auto bob = Database::open(m_dir.filePath(QStringLiteral("bob.sqlite")));
    auto pg = PgConnection::open(m_server.conninfo(QStringLiteral("bob")));
    QVERIFY(bob && pg);
    SyncOptions options;
    options.address = QStringLiteral("bob");
    QVERIFY(SyncEngine::sync(**bob, **pg, options));
    UseCase theirs = *UseCaseRepository(**bob).get(uuid);
    theirs.title = title;
    QVERIFY(UseCaseRepository(**bob).update(theirs));
    QVERIFY(SyncEngine::sync(**bob, **pg, options));
}

QHash<QString, QString> tst_SyncWindow::serverField(const QString &field)
{
    QHash<QString, QString> out;
    auto r = m_admin->exec(QStringLiteral("SELECT uuid, document->>$1 AS v FROM use_cases"), {field});
    for (int i = 0; r && i < r->size(); ++i)
        out.insert(r->text(i, QStringLiteral("uuid")), r->text(i, QStringLiteral("v")));
    return out;
}

void tst_SyncWindow::triggerWatching(QAction *action, const std::function<void(QProgressDialog *)> &during)
{
    QTimer timer;
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, action, [&] {
        during(action->parent()->parent()->findChild<QProgressDialog *>(QStringLiteral("syncProgress")));
    });
    timer.start();
    action->trigger();
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
    bobRetitles(stored->uuid, QStringLiteral("Bob's lighting"));
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

void tst_SyncWindow::windowStaysLiveWhileTheServerIsSlow()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("alice.sqlite")));
    QVERIFY(db);
    UseCase u;
    u.title = QStringLiteral("Water meters");
    auto stored = UseCaseRepository(**db).insert(u);
    QVERIFY(stored);
    ui::MainWindow window(std::move(*db), m_prompts, m_desktop);
    auto *action = window.findChild<QAction *>(QStringLiteral("syncAction"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    // The server keeps the sync waiting on a table lock; the window's timer runs meanwhile, and
    // lifts the lock after a while.
    QVERIFY(m_admin->begin());
    QVERIFY(m_admin->exec(QStringLiteral("LOCK TABLE use_cases IN ACCESS EXCLUSIVE MODE")));
    int ticksWhileSyncing = 0;
    m_prompts.textWith(m_server.conninfo(QStringLiteral("alice")));
    triggerWatching(action, [&](QProgressDialog *progress) {
        if (progress && ++ticksWhileSyncing == 30)
            m_admin->rollback();
    });
    m_admin->rollback();
    QVERIFY2(ticksWhileSyncing >= 30, qPrintable(QString::number(ticksWhileSyncing)));
    QCOMPARE(m_prompts.pending(), 0);
    QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errorTexts().join(QLatin1Char('\n'))));
    QCOMPARE(m_prompts.shown.last().title, QStringLiteral("Synced"));
    QVERIFY(m_prompts.shown.last().text.contains(QLatin1String("Sent 1 local change")));
    QVERIFY2(status->text().contains(QLatin1String("0 pending")), qPrintable(status->text()));
    QCOMPARE(serverField(QStringLiteral("title")).value(stored->uuid), QStringLiteral("Water meters"));
}

void tst_SyncWindow::cancelLeavesEachSideAsItWas()
{
    const QString path = m_dir.filePath(QStringLiteral("alice.sqlite"));
    QString shared;
    QString titleBefore;
    {
        auto local = Database::open(path);
        QVERIFY(local);
        shared = UseCaseRepository(**local).allUuids()->first();
        titleBefore = UseCaseRepository(**local).get(shared)->title;
    }
    bobRetitles(shared, QStringLiteral("Bob's title"));
    {
        auto local = Database::open(path);
        QVERIFY(local);
        UseCase mine = *UseCaseRepository(**local).get(shared);
        mine.summary = QStringLiteral("Alice's summary");
        QVERIFY(UseCaseRepository(**local).update(mine));
    }
    auto db = Database::open(path);
    QVERIFY(db);
    ui::MainWindow window(std::move(*db), m_prompts, m_desktop);
    auto *action = window.findChild<QAction *>(QStringLiteral("syncAction"));
    const int messages = int(m_prompts.shown.size());
    const auto titlesBefore = serverField(QStringLiteral("title"));
    const auto summariesBefore = serverField(QStringLiteral("summary"));
    auto dumpOf = [&] {
        auto reader = Database::open(path);
        return reader ? test::dumpDatabase(**reader) : QStringList();
    };
    const QStringList localBefore = dumpOf();

    // Cancelled while comparing (the server keeps it waiting): nothing changes anywhere.
    auto cancelWhen = [&](const QString &label) {
        QElapsedTimer sinceCancel;
        return [&, label, sinceCancel](QProgressDialog *progress) mutable {
            if (progress && !sinceCancel.isValid() && progress->labelText().startsWith(label)) {
                progress->cancel();
                sinceCancel.start();
            }
            if (sinceCancel.isValid() && sinceCancel.elapsed() > 200 && m_admin->inTransaction())
                m_admin->rollback(); // the cancel has reached the sync: let it go on and stop
        };
    };
    QVERIFY(m_admin->begin());
    QVERIFY(m_admin->exec(QStringLiteral("LOCK TABLE use_cases IN ACCESS EXCLUSIVE MODE")));
    m_prompts.textWith(m_server.conninfo(QStringLiteral("alice")));
    triggerWatching(action, cancelWhen(QStringLiteral("Comparing")));
    m_admin->rollback();
    QCOMPARE(m_prompts.pending(), 0);
    QCOMPARE(int(m_prompts.shown.size()), messages); // a cancel is no error, and no "Synced"
    QCOMPARE(dumpOf(), localBefore);
    QCOMPARE(serverField(QStringLiteral("title")), titlesBefore);
    QCOMPARE(serverField(QStringLiteral("summary")), summariesBefore);

    // Cancelled while syncing (the server keeps the writes waiting): the server is as it was; here,
    // Bob's title was received or not (the cancel stops the step it reaches), Alice's summary waits
    // to be sent, and the next sync sends it.
    QVERIFY(m_admin->begin());
    QVERIFY(m_admin->exec(QStringLiteral("LOCK TABLE use_cases IN SHARE MODE")));
    m_prompts.textWith(m_server.conninfo(QStringLiteral("alice")));
    triggerWatching(action, cancelWhen(QStringLiteral("Syncing")));
    m_admin->rollback();
    QCOMPARE(m_prompts.pending(), 0);
    QCOMPARE(int(m_prompts.shown.size()), messages);
    QCOMPARE(serverField(QStringLiteral("title")), titlesBefore);
    QCOMPARE(serverField(QStringLiteral("summary")), summariesBefore);
    {
        auto local = Database::open(path);
        QVERIFY(local);
        const UseCase now = *UseCaseRepository(**local).get(shared);
        QVERIFY2(now.title == QStringLiteral("Bob's title") || now.title == titleBefore,
                 qPrintable(now.title));
        QCOMPARE(now.summary, QStringLiteral("Alice's summary"));
    }
    m_prompts.textWith(m_server.conninfo(QStringLiteral("alice")));
    action->trigger();
    QCOMPARE(m_prompts.shown.last().title, QStringLiteral("Synced"));
    QCOMPARE(serverField(QStringLiteral("summary")).value(shared), QStringLiteral("Alice's summary"));
}

QTEST_MAIN(tst_SyncWindow)
#include "tst_SyncWindow.moc"
