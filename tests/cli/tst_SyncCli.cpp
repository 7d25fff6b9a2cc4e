// casebook-cli server init|add-member|share and sync against a real PostgreSQL server, and syncs killed
// at random points: each side holds all of a change or none of it, and the next sync completes it.
#include "KeychainTestSession.h"
#include "PostgresTestServer.h"
#include "TestSupport.h"

#include "model/AssessorIdentity.h"
#include "storage/Database.h"
#include "storage/PgConnection.h"
#include "storage/ServerSchema.h"
#include "storage/UseCaseRepository.h"
#include "sync/ServerPasswords.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace casebook;

class tst_SyncCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void onlySyncLoadsTheDriver();
    void serverInitAndMembers();
    void syncRemembersTheServerWithoutPassword();
    void shareSetsWhoSeesARestrictedUseCase();
    void syncTakesThePasswordFromTheKeychain();
    void killedSyncLeavesBothSidesConsistent();

private:
    QString db(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }
    void editSummaries(const QString &path, const QStringList &uuids, const QString &text);
    QHash<QString, QString> serverField(const QString &field);

    test::PostgresTestServer m_server;
    test::KeychainTestSession m_keychain;
    QTemporaryDir m_dir;
    std::unique_ptr<PgConnection> m_admin;
};

void tst_SyncCli::initTestCase()
{
    CASEBOOK_START_POSTGRES(m_server);
    auto admin = PgConnection::open(m_server.conninfo());
    QVERIFY(admin);
    m_admin = std::move(*admin);
}

void tst_SyncCli::onlySyncLoadsTheDriver()
{
    // The dynamic linker names every library a process loads (LD_DEBUG=files, on standard error).
    const QHash<QString, QString> traced{{QStringLiteral("LD_DEBUG"), QStringLiteral("files")}};
    const QString path = db(QStringLiteral("ordinary"));
    const auto loadsPostgres = [](const test::CliRun &r) {
        return r.errText().contains(QLatin1String("libqsqlpsql"))
            || r.errText().contains(QLatin1String("libpq.so"));
    };
    for (const QStringList &command :
         {QStringList{QStringLiteral("init"), QStringLiteral("--examples")},
          QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("search"), QStringLiteral("meter")},
          QStringList{QStringLiteral("check")}}) {
        const auto r = test::runCli(QStringList{QStringLiteral("--db"), path} + command, traced);
        QVERIFY2(r.exit == 0, qPrintable(r.errText().right(500)));
        QVERIFY2(r.errText().contains(QLatin1String("libQt6Sql")), "LD_DEBUG did not trace the libraries");
        QVERIFY2(!loadsPostgres(r), qPrintable(command.join(QLatin1Char(' '))));
    }
    const auto sync =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("sync"), QStringLiteral("--server"),
                      QStringLiteral("host=%1 dbname=none").arg(m_dir.filePath(QStringLiteral("no-socket")))},
                     traced);
    QVERIFY2(sync.exit != 0
                 && sync.errText().contains(QLatin1String("Could not connect to the team repository")),
             qPrintable(sync.errText().right(500)));
    QVERIFY(loadsPostgres(sync));
}

void tst_SyncCli::serverInitAndMembers()
{
    const QString admin = m_server.conninfo();
    auto r =
        test::runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), admin});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QVERIFY(r.outText().contains(QLatin1String("Set up the team repository")));
    r = test::runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), admin});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QLatin1String("up to date")));
    r = test::runCli({QStringLiteral("server"), QStringLiteral("add-member"), QStringLiteral("alice"),
                      QStringLiteral("--role"), QStringLiteral("editor"), QStringLiteral("--assessor-id"),
                      AssessorIdentity::fromName(QStringLiteral("alice")), QStringLiteral("--password-stdin"),
                      QStringLiteral("--server"), admin},
                     {}, QByteArrayLiteral("correct horse\n"));
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    r = test::runCli({QStringLiteral("server"), QStringLiteral("add-member"), QStringLiteral("bob"),
                      QStringLiteral("--role"), QStringLiteral("editor"), QStringLiteral("--server"), admin});
    QCOMPARE(r.exit, 0);
    auto pw = m_admin->exec(
        QStringLiteral("SELECT rolpassword IS NOT NULL AS has FROM pg_authid WHERE rolname = 'alice'"));
    QVERIFY(pw);
    QCOMPARE(pw->text(0, QStringLiteral("has")), QStringLiteral("t"));
    // Refusals: a wrong role, and a member who is not the owner trying to add members.
    r = test::runCli({QStringLiteral("server"), QStringLiteral("add-member"), QStringLiteral("x"),
                      QStringLiteral("--role"), QStringLiteral("boss"), QStringLiteral("--server"), admin});
    QCOMPARE(r.exit, 1);
    r = test::runCli({QStringLiteral("server"), QStringLiteral("add-member"), QStringLiteral("mallory"),
                      QStringLiteral("--role"), QStringLiteral("editor"), QStringLiteral("--server"),
                      m_server.conninfo(QStringLiteral("bob"))});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.errText().contains(QLatin1String("refused")), qPrintable(r.errText()));
}

void tst_SyncCli::syncRemembersTheServerWithoutPassword()
{
    const QString alice = db(QStringLiteral("alice"));
    QCOMPARE(test::runCli({QStringLiteral("--db"), alice, QStringLiteral("init")}).exit, 0);
    {
        auto opened = Database::open(alice);
        QVERIFY(opened);
        for (int i = 0; i < 6; ++i) {
            UseCase u;
            u.title = QStringLiteral("Use case %1").arg(i);
            QVERIFY(UseCaseRepository(**opened).insert(u));
        }
    }
    auto r = test::runCli({QStringLiteral("--db"), alice, QStringLiteral("sync")});
    QCOMPARE(r.exit, 1);
    QVERIFY(r.errText().contains(QLatin1String("--server")));
    const QString address = m_server.conninfo(QStringLiteral("alice")) + QStringLiteral(" password='x y'");
    r = test::runCli({QStringLiteral("--db"), alice, QStringLiteral("sync"), QStringLiteral("--dry-run"),
                      QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--server"),
                      address});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    const QJsonObject dry = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(dry.value(QStringLiteral("would_push")).toObject().value(QStringLiteral("use_cases")).toInt(),
             6);
    QVERIFY(serverField(QStringLiteral("title")).isEmpty());
    r = test::runCli(
        {QStringLiteral("--db"), alice, QStringLiteral("sync"), QStringLiteral("--server"), address});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QVERIFY(r.outText().contains(QLatin1String("sent 6 use cases")));
    QCOMPARE(serverField(QStringLiteral("title")).size(), 6);
    // The next sync needs no --server; the password was never written down.
    r = test::runCli({QStringLiteral("--db"), alice, QStringLiteral("sync"), QStringLiteral("--format"),
                      QStringLiteral("json")});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    const QJsonObject again = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!again.value(QStringLiteral("server")).toString().contains(QLatin1String("password")));
    QVERIFY(!test::readAll(alice).contains("x y"));
}

void tst_SyncCli::shareSetsWhoSeesARestrictedUseCase()
{
    const QString alice = db(QStringLiteral("alice-share"));
    QCOMPARE(test::runCli({QStringLiteral("--db"), alice, QStringLiteral("init")}).exit, 0);
    QString code;
    QString uuid;
    {
        auto opened = Database::open(alice);
        QVERIFY(opened);
        UseCase u;
        u.title = QStringLiteral("Embargoed pilot");
        u.sharingLevel = QStringLiteral("restricted");
        auto stored = UseCaseRepository(**opened).insert(u);
        QVERIFY(stored);
        code = stored->code;
        uuid = stored->uuid;
    }
    const QString asAlice = m_server.conninfo(QStringLiteral("alice"));
    const QString asBob = m_server.conninfo(QStringLiteral("bob"));
    auto synced = test::runCli(
        {QStringLiteral("--db"), alice, QStringLiteral("sync"), QStringLiteral("--server"), asAlice});
    QVERIFY2(synced.exit == 0, qPrintable(synced.errText()));
    {
        // The team's use cases were numbered first: this one may have taken a new code.
        auto opened = Database::open(alice);
        QVERIFY(opened);
        code = UseCaseRepository(**opened).findExisting(uuid)->value().code;
        QCOMPARE(serverField(QStringLiteral("code")).value(uuid), code);
    }
    auto share = [&](const QString &as, const QStringList &roles) {
        return test::runCli(QStringList{QStringLiteral("server"), QStringLiteral("share"), code} + roles
                            + QStringList{QStringLiteral("--server"), as});
    };
    auto sharedWith = [&] {
        auto r = m_admin->exec(
            QStringLiteral("SELECT array_to_string(shared_with, ' ') AS w FROM use_cases WHERE code = $1"),
            {code});
        return r && !r->isEmpty() ? r->text(0, QStringLiteral("w")) : QString();
    };

    auto r = share(asAlice, {});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QCOMPARE(r.outText().trimmed(), code + QStringLiteral(" is shared with: alice"));
    r = share(asBob, {});
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.errText().contains(QLatin1String("no use case")), qPrintable(r.errText()));
    // An unknown role changes nothing; neither does bob, who cannot see it.
    r = share(asAlice, {QStringLiteral("bob"), QStringLiteral("nobody_here")});
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.errText().contains(QLatin1String("nobody_here")), qPrintable(r.errText()));
    r = share(asBob, {QStringLiteral("bob")});
    QCOMPARE(r.exit, 1);
    QCOMPARE(sharedWith(), QStringLiteral("alice"));

    r = share(asAlice, {QStringLiteral("alice"), QStringLiteral("bob")});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QCOMPARE(r.outText().trimmed(), code + QStringLiteral(" is shared with: alice, bob"));
    QCOMPARE(sharedWith(), QStringLiteral("alice bob"));
    r = share(asBob, {});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    // Bob's next sync receives it.
    const QString bob = db(QStringLiteral("bob-share"));
    QCOMPARE(test::runCli({QStringLiteral("--db"), bob, QStringLiteral("init")}).exit, 0);
    QCOMPARE(
        test::runCli({QStringLiteral("--db"), bob, QStringLiteral("sync"), QStringLiteral("--server"), asBob})
            .exit,
        0);
    auto opened = Database::open(bob);
    QVERIFY(opened);
    auto received = UseCaseRepository(**opened).findExisting(code);
    QVERIFY(received && received->has_value());
}

void tst_SyncCli::syncTakesThePasswordFromTheKeychain()
{
    CASEBOOK_START_KEYCHAIN(m_keychain, startKeyring);
    QVERIFY(ServerSchema::addMember(*m_admin, QStringLiteral("carol"), MemberRole::Editor,
                                    AssessorIdentity::fromName(QStringLiteral("carol")),
                                    QStringLiteral("carol's 'pass' word")));
    QVERIFY2(m_server.requirePassword(QStringLiteral("carol")), qPrintable(m_server.error()));
    const QString carol = db(QStringLiteral("carol"));
    QCOMPARE(test::runCli({QStringLiteral("--db"), carol, QStringLiteral("init")}).exit, 0);
    const QString address = m_server.conninfo(QStringLiteral("carol"));
    const QStringList sync{QStringLiteral("--db"), carol, QStringLiteral("sync"), QStringLiteral("--server"),
                           address};
    // Nothing stored: libpq has no password either, and sync does not ask for one.
    auto r = test::runCli(sync);
    QCOMPARE(r.exit, 3);
    QVERIFY2(r.errText().contains(QLatin1String("no password supplied")), qPrintable(r.errText()));
    QVERIFY(ServerPasswords::write(address, QStringLiteral("wrong")));
    r = test::runCli(sync);
    QCOMPARE(r.exit, 3);
    QVERIFY2(r.errText().contains(QLatin1String("password authentication failed")), qPrintable(r.errText()));
    QVERIFY(!r.errText().contains(QLatin1String("wrong")));
    QVERIFY(ServerPasswords::write(address, QStringLiteral("carol's 'pass' word")));
    r = test::runCli(sync);
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QVERIFY(r.outText().contains(QLatin1String("as carol")));
    QVERIFY(!test::readAll(carol).contains("pass' word"));

    r = test::runCli(
        {QStringLiteral("--db"), carol, QStringLiteral("sync"), QStringLiteral("--forget-password")});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QVERIFY(r.outText().contains(QLatin1String("holds no password")));
    auto gone = ServerPasswords::read(address);
    QVERIFY(gone && !gone->has_value());
    QCOMPARE(test::runCli({QStringLiteral("--db"), carol, QStringLiteral("sync")}).exit, 3);
}

void tst_SyncCli::editSummaries(const QString &path, const QStringList &uuids, const QString &text)
{
    auto opened = Database::open(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message + opened.error().detail));
    for (const QString &uuid : uuids) {
        UseCase u = *UseCaseRepository(**opened).get(uuid);
        u.summary = text;
        QVERIFY(UseCaseRepository(**opened).update(u));
    }
}

QHash<QString, QString> tst_SyncCli::serverField(const QString &field)
{
    QHash<QString, QString> out;
    auto r = m_admin->exec(QStringLiteral("SELECT uuid, document->>$1 AS v FROM use_cases"), {field});
    for (int i = 0; r && i < r->size(); ++i)
        out.insert(r->text(i, QStringLiteral("uuid")), r->text(i, QStringLiteral("v")));
    return out;
}

void tst_SyncCli::killedSyncLeavesBothSidesConsistent()
{
    const QString alice = db(QStringLiteral("alice"));
    const QString bob = db(QStringLiteral("bob"));
    const QString bobServer = m_server.conninfo(QStringLiteral("bob"));
    QCOMPARE(test::runCli(
                 {QStringLiteral("--db"), bob, QStringLiteral("sync"), QStringLiteral("--server"), bobServer})
                 .exit,
             0);
    QStringList uuids;
    {
        auto opened = Database::open(alice);
        QVERIFY(opened);
        uuids = *UseCaseRepository(**opened).allUuids();
    }
    QCOMPARE(uuids.size(), 6);
    const QStringList bobs = uuids.mid(0, 3);
    const QStringList alices = uuids.mid(3);
    // How long a sync like those of the rounds takes (both sides changed, median of three), so
    // that the kills land anywhere in it; an idle sync is no measure, it can be slower or faster.
    QList<qint64> spans;
    for (int warm = 1; warm <= 3; ++warm) {
        editSummaries(bob, bobs, QStringLiteral("bob warm %1").arg(warm));
        auto b = test::runCli({QStringLiteral("--db"), bob, QStringLiteral("sync")});
        QVERIFY2(b.exit == 0, qPrintable(b.errText() + b.outText()));
        editSummaries(alice, alices, QStringLiteral("alice warm %1").arg(warm));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(test::runCli({QStringLiteral("--db"), alice, QStringLiteral("sync")}).exit, 0);
        spans.append(timer.elapsed());
    }
    std::sort(spans.begin(), spans.end());
    const int span = int(qMax<qint64>(spans.at(1), 20));
    QRandomGenerator random(14);
    int killedMidway = 0;
    for (int round = 1; round <= 50; ++round) {
        const QString bobMark = QStringLiteral("bob %1").arg(round);
        const QString aliceMark = QStringLiteral("alice %1").arg(round);
        editSummaries(bob, bobs, bobMark);
        QCOMPARE(test::runCli({QStringLiteral("--db"), bob, QStringLiteral("sync")}).exit, 0);
        editSummaries(alice, alices, aliceMark);
        QProcess sync;
        sync.start(test::cliPath(), {QStringLiteral("--db"), alice, QStringLiteral("sync")});
        QVERIFY(sync.waitForStarted());
        QTest::qWait(int(random.bounded(span * 3 / 2 + 5)));
        if (sync.state() != QProcess::NotRunning) {
            sync.kill();
            ++killedMidway;
            QVERIFY(sync.waitForFinished(10000));
        }
        // All or nothing on each side.
        const auto server = serverField(QStringLiteral("summary"));
        int sent = 0;
        for (const QString &u : alices)
            sent += server.value(u) == aliceMark ? 1 : 0;
        QVERIFY2(sent == 0 || sent == 3,
                 qPrintable(QStringLiteral("round %1: %2 sent").arg(round).arg(sent)));
        {
            auto opened = Database::open(alice);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message + opened.error().detail));
            QVERIFY((*opened)->quickCheck());
            int received = 0;
            for (const QString &u : bobs)
                received += UseCaseRepository(**opened).get(u)->summary == bobMark ? 1 : 0;
            QVERIFY2(received == 0 || received == 3,
                     qPrintable(QStringLiteral("round %1: %2 received").arg(round).arg(received)));
        }
        // The next sync completes it.
        auto done = test::runCli({QStringLiteral("--db"), alice, QStringLiteral("sync")});
        QVERIFY2(done.exit == 0, qPrintable(done.errText()));
        const auto after = serverField(QStringLiteral("summary"));
        for (const QString &u : alices)
            QCOMPARE(after.value(u), aliceMark);
        auto opened = Database::open(alice);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message + opened.error().detail));
        for (const QString &u : bobs)
            QCOMPARE(UseCaseRepository(**opened).get(u)->summary, bobMark);
        QCOMPARE(SyncEngine::status(**opened)->pendingChanges, 0);
    }
    qInfo("%d of 50 syncs were killed before they finished (a sync takes about %d ms)", killedMidway, span);
    QVERIFY(killedMidway >= 10);
}

QTEST_GUILESS_MAIN(tst_SyncCli)
#include "tst_SyncCli.moc"
