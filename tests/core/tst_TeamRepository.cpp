// The team repository's schema and permissions, enforced by the PostgreSQL server itself: a member
// who writes SQL directly with their own role is refused exactly as the client would refuse them.
#include "PostgresTestServer.h"

#include "model/AssessorIdentity.h"
#include "storage/PgConnection.h"
#include "storage/ServerRepository.h"
#include "storage/ServerSchema.h"

#include <QTest>

using namespace casebook;

namespace {

const QString kAliceId = QStringLiteral("a1a1a1a1-0000-4000-8000-000000000001");
const QString kSamId = QStringLiteral("5a5a5a5a-0000-4000-8000-000000000002");
const QString kRubric = QStringLiteral("{\"uuid\":\"r1\"}");

QString useCaseDoc(const QString &uuid, const QString &level)
{
    return QStringLiteral("{\"uuid\":\"%1\",\"code\":\"UC-%1\",\"sharing_level\":\"%2\"}").arg(uuid, level);
}

} // namespace

class tst_TeamRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void initIsIdempotentAndVersioned();
    void memberNamesAreChecked();
    void readerIsRefusedByTheServer();
    void assessorWritesOnlyOwnAssessments();
    void restrictedUseCaseIsInvisibleToOtherRoles();
    void changeSequenceCountsEveryWrite();

private:
    std::unique_ptr<PgConnection> as(const QString &role);
    test::PostgresTestServer m_server;
    std::unique_ptr<PgConnection> m_admin;
};

std::unique_ptr<PgConnection> tst_TeamRepository::as(const QString &role)
{
    auto pg = PgConnection::open(m_server.conninfo(role));
    if (!pg)
        qWarning() << pg.error().detail;
    return pg ? std::move(*pg) : nullptr;
}

void tst_TeamRepository::initTestCase()
{
    CASEBOOK_START_POSTGRES(m_server);
    m_admin = as({});
    QVERIFY(m_admin);
    auto applied = ServerSchema::init(*m_admin);
    QVERIFY2(applied, qPrintable(applied.error().detail));
    QCOMPARE(*applied, int(ServerSchema::migrations().size()));
    QVERIFY(ServerSchema::addMember(*m_admin, QStringLiteral("alice"), MemberRole::Editor, kAliceId));
    QVERIFY(ServerSchema::addMember(*m_admin, QStringLiteral("bob"), MemberRole::Editor,
                                    AssessorIdentity::create()));
    QVERIFY(ServerSchema::addMember(*m_admin, QStringLiteral("rita"), MemberRole::Reader, {}));
    QVERIFY(ServerSchema::addMember(*m_admin, QStringLiteral("sam"), MemberRole::Assessor, kSamId,
                                    QStringLiteral("s3cret'; DROP TABLE use_cases; --")));
    // One use case and a rubric, written by the owner (the secretariat).
    auto w = m_admin->exec(QStringLiteral("INSERT INTO use_cases (uuid, code, content_hash, document) VALUES "
                                          "('u1', 'UC-1', 'h', $1::jsonb)"),
                           {useCaseDoc(QStringLiteral("u1"), QStringLiteral("public"))});
    QVERIFY2(w, qPrintable(w.error().detail));
    QVERIFY(m_admin->exec(QStringLiteral("INSERT INTO rubrics (uuid, definition) VALUES ('r1', $1::jsonb)"),
                          {kRubric}));
}

void tst_TeamRepository::initIsIdempotentAndVersioned()
{
    auto again = ServerSchema::init(*m_admin);
    QVERIFY(again);
    QCOMPARE(*again, 0);
    auto version = ServerSchema::version(*m_admin);
    QVERIFY(version);
    QCOMPARE(*version, ServerSchema::migrations().last().version);
    QVERIFY(ServerSchema::check(*m_admin));
    // A database that was never initialised is named as such.
    auto other = PgConnection::open(m_server.conninfo({}, QStringLiteral("postgres")));
    QVERIFY(other);
    const Status s = ServerSchema::check(**other);
    QVERIFY(!s);
    QCOMPARE(s.error().code, ErrorCode::NotCasebook);
    QVERIFY(s.error().message.contains(QLatin1String("server init")));
}

void tst_TeamRepository::memberNamesAreChecked()
{
    for (const QString &bad : {QStringLiteral("casebook_editor"), QStringLiteral("x\"; DROP ROLE y"),
                               QStringLiteral("pg_read_all_data"), QString()}) {
        const Status s = ServerSchema::addMember(*m_admin, bad, MemberRole::Editor, {});
        QVERIFY2(!s, qPrintable(bad));
        QCOMPARE(s.error().code, ErrorCode::Usage);
    }
    // The kind of a member can change; the role keeps one group role.
    QVERIFY(ServerSchema::addMember(*m_admin, QStringLiteral("tmp"), MemberRole::Editor, {}));
    QVERIFY(ServerSchema::addMember(*m_admin, QStringLiteral("tmp"), MemberRole::Reader, {}));
    auto groups =
        m_admin->exec(QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = "
                                     "m.roleid JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = 'tmp'"));
    QVERIFY(groups);
    QCOMPARE(groups->size(), 1);
    QCOMPARE(groups->text(0, QStringLiteral("rolname")), QStringLiteral("casebook_reader"));
    // The password given with a quote in it was set as a password, not run as SQL.
    QVERIFY(m_admin->exec(QStringLiteral("SELECT 1 FROM use_cases")));
}

void tst_TeamRepository::readerIsRefusedByTheServer()
{
    auto rita = as(QStringLiteral("rita"));
    QVERIFY(rita);
    auto read = rita->exec(QStringLiteral("SELECT uuid FROM use_cases"));
    QVERIFY(read);
    QCOMPARE(read->size(), 1);
    auto insert =
        rita->exec(QStringLiteral("INSERT INTO use_cases (uuid, code, content_hash, document) VALUES "
                                  "('u9', 'UC-9', 'h', '{}'::jsonb)"));
    QVERIFY(!insert);
    QCOMPARE(rita->lastSqlState(), QString::fromLatin1(PgConnection::kInsufficientPrivilege));
    QCOMPARE(insert.error().code, ErrorCode::InputRejected);
    QVERIFY(!rita->exec(QStringLiteral("UPDATE use_cases SET code = 'X'")));
    QCOMPARE(rita->lastSqlState(), QString::fromLatin1(PgConnection::kInsufficientPrivilege));
    QVERIFY(!rita->exec(QStringLiteral("DELETE FROM use_cases")));
    QVERIFY(
        !rita->exec(QStringLiteral("INSERT INTO assessments (uuid, use_case_uuid, rubric_uuid, assessor_id, "
                                   "content_hash, document) VALUES ('a9', 'u1', 'r1', '', 'h', '{}')")));
    QVERIFY(!rita->exec(
        QStringLiteral("INSERT INTO members (role_name, member_role) VALUES ('rita', 'editor')")));
    QVERIFY(!rita->exec(QStringLiteral("SELECT casebook_add_member('rita', 'editor', '', NULL)")));
    auto member = ServerRepository(*rita).me();
    QVERIFY(member);
    QCOMPARE(member->kind, QStringLiteral("reader"));
    QVERIFY(!member->mayAssess());
}

void tst_TeamRepository::assessorWritesOnlyOwnAssessments()
{
    auto sam = as(QStringLiteral("sam"));
    auto alice = as(QStringLiteral("alice"));
    QVERIFY(sam && alice);
    const QString insert =
        QStringLiteral("INSERT INTO assessments (uuid, use_case_uuid, rubric_uuid, assessor_id, "
                       "content_hash, document) VALUES ($1, 'u1', 'r1', $2, 'h', '{}')");
    auto own = sam->exec(insert, {QStringLiteral("a-sam"), kSamId});
    QVERIFY2(own, qPrintable(own.error().detail));
    // Under another assessor's identity: row-level security refuses it.
    QVERIFY(!sam->exec(insert, {QStringLiteral("a-forged"), kAliceId}));
    QCOMPARE(sam->lastSqlState(), QString::fromLatin1(PgConnection::kInsufficientPrivilege));
    QVERIFY(alice->exec(insert, {QStringLiteral("a-alice"), kAliceId}));
    // Changing alice's assessment touches nothing; taking it over is refused.
    auto update =
        sam->exec(QStringLiteral("UPDATE assessments SET document = '{\"x\":1}' WHERE uuid = 'a-alice'"));
    QVERIFY(update);
    QCOMPARE(update->affected(), 0);
    QVERIFY(!sam->exec(QStringLiteral("UPDATE assessments SET assessor_id = $1 WHERE uuid = 'a-sam'"),
                       {kAliceId}));
    auto changed =
        sam->exec(QStringLiteral("UPDATE assessments SET document = '{\"x\":2}' WHERE uuid = 'a-sam' "
                                 "RETURNING revision"));
    QVERIFY(changed);
    QCOMPARE(changed->number(0, QStringLiteral("revision")), 2);
    // Use cases are the editors'.
    QVERIFY(!sam->exec(QStringLiteral("UPDATE use_cases SET code = 'X'")));
    QCOMPARE(sam->lastSqlState(), QString::fromLatin1(PgConnection::kInsufficientPrivilege));
    QVERIFY(!sam->exec(QStringLiteral("DELETE FROM assessments WHERE uuid = 'a-alice'")));
    auto check =
        m_admin->exec(QStringLiteral("SELECT document::text AS d FROM assessments WHERE uuid = 'a-alice'"));
    QVERIFY(check);
    QCOMPARE(check->text(0, QStringLiteral("d")), QStringLiteral("{}"));
}

void tst_TeamRepository::restrictedUseCaseIsInvisibleToOtherRoles()
{
    auto alice = as(QStringLiteral("alice"));
    auto bob = as(QStringLiteral("bob"));
    auto rita = as(QStringLiteral("rita"));
    auto sam = as(QStringLiteral("sam"));
    QVERIFY(alice && bob && rita && sam);
    QVERIFY(alice->exec(
        QStringLiteral("INSERT INTO use_cases (uuid, code, content_hash, sharing_level, document) "
                       "VALUES ('secret', 'UC-S', 'h', 'restricted', $1::jsonb)"),
        {useCaseDoc(QStringLiteral("secret"), QStringLiteral("restricted"))}));
    const QString count = QStringLiteral("SELECT count(*) AS n FROM use_cases WHERE uuid = 'secret'");
    QCOMPARE(alice->exec(count)->number(0, QStringLiteral("n")), 1);
    for (PgConnection *other : {bob.get(), rita.get(), sam.get()})
        QCOMPARE(other->exec(count)->number(0, QStringLiteral("n")), 0);
    // Nor can another editor change or delete it, or assess it.
    QCOMPARE(bob->exec(QStringLiteral("UPDATE use_cases SET code = 'X' WHERE uuid = 'secret'"))->affected(),
             0);
    QCOMPARE(bob->exec(QStringLiteral("DELETE FROM use_cases WHERE uuid = 'secret'"))->affected(), 0);
    QVERIFY(
        !sam->exec(QStringLiteral("INSERT INTO assessments (uuid, use_case_uuid, rubric_uuid, assessor_id, "
                                  "content_hash, document) VALUES ('a-s', 'secret', 'r1', $1, 'h', '{}')"),
                   {kSamId}));
    QCOMPARE(ServerRepository(*bob).changesSince(0)->useCases.size(), 1);
    // Shared with the readers' group: rita and everyone above sees it.
    QVERIFY(alice->exec(
        QStringLiteral("UPDATE use_cases SET shared_with = ARRAY['alice', 'casebook_reader'] WHERE "
                       "uuid = 'secret'")));
    for (PgConnection *other : {bob.get(), rita.get(), sam.get()})
        QCOMPARE(other->exec(count)->number(0, QStringLiteral("n")), 1);
    QVERIFY(alice->exec(
        QStringLiteral("UPDATE use_cases SET shared_with = ARRAY['alice', 'sam'] WHERE uuid = 'secret'")));
    QCOMPARE(sam->exec(count)->number(0, QStringLiteral("n")), 1);
    QCOMPARE(rita->exec(count)->number(0, QStringLiteral("n")), 0);
    // An editor cannot share a record away from themselves (the server checks the new row too).
    QVERIFY(!alice->exec(
        QStringLiteral("UPDATE use_cases SET shared_with = ARRAY['sam'] WHERE uuid = 'secret'")));
}

void tst_TeamRepository::changeSequenceCountsEveryWrite()
{
    ServerRepository repo(*m_admin);
    auto before = repo.changesSince(0);
    QVERIFY(before);
    const qint64 top = before->toSeq;
    QVERIFY(top > 0);
    QVERIFY(m_admin->exec(QStringLiteral("UPDATE use_cases SET code = 'UC-1b' WHERE uuid = 'u1'")));
    auto after = repo.changesSince(top);
    QVERIFY(after);
    QCOMPARE(after->useCases.size(), 1);
    QCOMPARE(after->useCases.first().uuid, QStringLiteral("u1"));
    QCOMPARE(after->useCases.first().revision, 2);
    QVERIFY(after->toSeq > top);
    QVERIFY(repo.changesSince(after->toSeq)->isEmpty());
    // The version replaced is kept on the server.
    auto kept = m_admin->exec(QStringLiteral("SELECT count(*) AS n FROM use_case_history WHERE uuid = 'u1'"));
    QCOMPARE(kept->number(0, QStringLiteral("n")), 1);
}

QTEST_GUILESS_MAIN(tst_TeamRepository)
#include "tst_TeamRepository.moc"
