// casebook-cli workshop and --workshop (issue 11): workshops and Delphi rounds end to end.
#include "DatabaseDump.h"
#include "TestSupport.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_CliWorkshop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createListShow();
    void createRefusals();
    void roundsFromTheCommandLine();
    void workshopTravelsInABundle();
    void reportOfAWorkshop();
    void helpListsWorkshop();

private:
    using Run = test::CliRun;
    Run cli(const QStringList &args, const QString &assessor = QStringLiteral("Ana"));
    Run in(const QString &db, QStringList args, const QString &assessor = QStringLiteral("Ana"));
    QString freshDb(const QString &name);
    QStringList dump(const QString &db);
    QTemporaryDir m_dir;
    const QString m_room = QStringLiteral("Water room");
};

void tst_CliWorkshop::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

tst_CliWorkshop::Run tst_CliWorkshop::cli(const QStringList &args, const QString &assessor)
{
    const QString id = assessor == QLatin1String("Ana")
        ? QStringLiteral("3f0a8d5e-6a53-4f43-9f0f-6c5a1f0d0a01")
        : QStringLiteral("3f0a8d5e-6a53-4f43-9f0f-6c5a1f0d0a02");
    return test::runCli(args,
                        {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg"))},
                         {QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config"))},
                         {QStringLiteral("CASEBOOK_CONTRIBUTOR"), assessor},
                         {QStringLiteral("CASEBOOK_ASSESSOR_ID"), id}});
}

tst_CliWorkshop::Run tst_CliWorkshop::in(const QString &db, QStringList args, const QString &assessor)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return cli(args, assessor);
}

QString tst_CliWorkshop::freshDb(const QString &name)
{
    const QString db = m_dir.filePath(name);
    const Run r = in(db, {QStringLiteral("init"), QStringLiteral("--examples")});
    return r.exit == 0 ? db : QString();
}

QStringList tst_CliWorkshop::dump(const QString &path)
{
    auto db = Database::open(path);
    return db ? test::dumpDatabase(**db) : QStringList{QStringLiteral("cannot open")};
}

void tst_CliWorkshop::createListShow()
{
    const QString db = freshDb(QStringLiteral("show.sqlite"));
    QVERIFY(!db.isEmpty());
    Run r = in(db,
               {QStringLiteral("workshop"), QStringLiteral("create"), m_room, QStringLiteral("--ids"),
                QStringLiteral("UC-EX-003,UC-EX-001,UC-EX-002")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY(r.outText().contains(QStringLiteral("3 use cases")));
    r = in(db,
           {QStringLiteral("workshop"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("json")});
    QCOMPARE(r.exit, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0][QStringLiteral("name")].toString(), m_room);
    r = in(db,
           {QStringLiteral("workshop"), QStringLiteral("show"), QStringLiteral("water ROOM"),
            QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    const QJsonArray useCases = shown[QStringLiteral("use_cases")].toArray();
    QCOMPARE(useCases.size(), 3);
    QCOMPARE(useCases[0][QStringLiteral("code")].toString(), QStringLiteral("UC-EX-003")); // the order given
    QCOMPARE(useCases[2][QStringLiteral("code")].toString(), QStringLiteral("UC-EX-002"));
    QVERIFY(!shown[QStringLiteral("rubric_name")].toString().isEmpty());
    r = in(db, {QStringLiteral("workshop"), QStringLiteral("show"), m_room});
    QVERIFY(r.outText().contains(QStringLiteral("UC-EX-001")));
}

void tst_CliWorkshop::createRefusals()
{
    const QString db = freshDb(QStringLiteral("refuse.sqlite"));
    QVERIFY(!db.isEmpty());
    QVERIFY(in(db,
               {QStringLiteral("workshop"), QStringLiteral("create"), m_room, QStringLiteral("--ids"),
                QStringLiteral("UC-EX-001,UC-EX-002")})
                .exit
            == 0);
    const QStringList before = dump(db);
    Run r = in(db,
               {QStringLiteral("workshop"), QStringLiteral("create"), QStringLiteral("WATER room"),
                QStringLiteral("--ids"), QStringLiteral("UC-EX-001,UC-EX-003")});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("already a workshop")), r.err.constData());
    r = in(db,
           {QStringLiteral("workshop"), QStringLiteral("create"), QStringLiteral("one"),
            QStringLiteral("--ids"), QStringLiteral("UC-EX-001")});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("2 to 12")), r.err.constData());
    r = in(db, {QStringLiteral("workshop"), QStringLiteral("create"), QStringLiteral("all")});
    QCOMPARE(r.exit, 1);
    r = in(db, {QStringLiteral("workshop"), QStringLiteral("frobnicate"), m_room});
    QCOMPARE(r.exit, 1);
    QCOMPARE(dump(db), before);
}

void tst_CliWorkshop::roundsFromTheCommandLine()
{
    const QString db = freshDb(QStringLiteral("rounds.sqlite"));
    QVERIFY(!db.isEmpty());
    QCOMPARE(in(db,
                {QStringLiteral("workshop"), QStringLiteral("create"), m_room, QStringLiteral("--ids"),
                 QStringLiteral("UC-EX-001,UC-EX-002")})
                 .exit,
             0);
    const QStringList round{QStringLiteral("workshop"), QStringLiteral("round"), m_room};
    auto score = [&](const QString &who, const QString &level, const QString &reason = {}) {
        QStringList args = round
            + QStringList{QStringLiteral("score"),
                          QStringLiteral("--use-case"),
                          QStringLiteral("UC-EX-001"),
                          QStringLiteral("--criterion"),
                          QStringLiteral("A1"),
                          QStringLiteral("--level"),
                          level};
        if (!reason.isEmpty())
            args += {QStringLiteral("--reason"), reason};
        return in(db, args, who);
    };
    QCOMPARE(score(QStringLiteral("Ana"), QStringLiteral("2")).exit, 1); // no round open
    QCOMPARE(in(db, round + QStringList{QStringLiteral("open")}).exit, 0);
    QCOMPARE(score(QStringLiteral("Ana"), QStringLiteral("2")).exit, 0);
    QCOMPARE(score(QStringLiteral("Bo"), QStringLiteral("4")).exit, 0);
    Run r =
        in(db,
           round + QStringList{QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exit, 0);
    QJsonObject status = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(status[QStringLiteral("assessors")].toInt(), 2);
    QVERIFY(!status.contains(QStringLiteral("distribution"))); // hidden until reveal
    QCOMPARE(status[QStringLiteral("own")][QStringLiteral("scores")][0][QStringLiteral("level")].toInt(), 2);
    QVERIFY(!r.outText().contains(QStringLiteral("Bo")));

    QCOMPARE(in(db, round + QStringList{QStringLiteral("reveal")}).exit, 0);
    r = in(db,
           round + QStringList{QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")});
    status = QJsonDocument::fromJson(r.out).object();
    const QJsonArray scores =
        status[QStringLiteral("distribution")][QStringLiteral("cells")][0][QStringLiteral("scores")]
            .toArray();
    QCOMPARE(scores.size(), 2);
    QCOMPARE(scores[0][QStringLiteral("assessor")].toString(), QStringLiteral("A"));
    QCOMPARE(scores[1][QStringLiteral("level")].toInt(), 4);
    QVERIFY(!r.outText().contains(QStringLiteral("\"Bo\"")));

    QCOMPARE(in(db, round + QStringList{QStringLiteral("open")}).exit, 0);
    const QStringList before = dump(db);
    r = score(QStringLiteral("Ana"), QStringLiteral("3"));
    QCOMPARE(r.exit, 2);
    QCOMPARE(
        r.errText().trimmed(),
        QStringLiteral("casebook-cli: A1 of UC-EX-001 changes from 2 in round 1 to 3: give a reason for the "
                       "change."));
    QCOMPARE(dump(db), before);
    QCOMPARE(score(QStringLiteral("Ana"), QStringLiteral("3"), QStringLiteral("Bo's pilot data")).exit, 0);
    QCOMPARE(score(QStringLiteral("Bo"), QStringLiteral("3"), QStringLiteral("fair point")).exit, 0);
    QCOMPARE(in(db, round + QStringList{QStringLiteral("reveal")}).exit, 0);
    r = in(db,
           round + QStringList{QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray agreement =
        QJsonDocument::fromJson(r.out).object()[QStringLiteral("agreement")].toArray();
    QCOMPARE(agreement.size(), 2);
    const QJsonObject a1 = agreement[1][QStringLiteral("criteria")][QStringLiteral("A1")].toObject();
    QCOMPARE(a1[QStringLiteral("spread")].toDouble(), 0.0);
    QCOMPARE(a1[QStringLiteral("spread_change")].toDouble(), -2.0);
    r = in(db, round + QStringList{QStringLiteral("status")});
    QVERIFY2(r.outText().contains(QStringLiteral("UC-EX-001 A1: A=3, B=3")), r.out.constData());
    QCOMPARE(in(db, round + QStringList{QStringLiteral("close")}).exit, 0);
    QCOMPARE(in(db, round + QStringList{QStringLiteral("close")}).exit, 1);
}

void tst_CliWorkshop::workshopTravelsInABundle()
{
    const QString db = freshDb(QStringLiteral("from.sqlite"));
    QVERIFY(!db.isEmpty());
    QCOMPARE(in(db,
                {QStringLiteral("workshop"), QStringLiteral("create"), m_room, QStringLiteral("--ids"),
                 QStringLiteral("UC-EX-001,UC-EX-002")})
                 .exit,
             0);
    QCOMPARE(
        in(db, {QStringLiteral("workshop"), QStringLiteral("round"), m_room, QStringLiteral("open")}).exit,
        0);
    const QString bundle = m_dir.filePath(QStringLiteral("room.casebook"));
    Run r =
        in(db,
           {QStringLiteral("export"), QStringLiteral("--out"), bundle, QStringLiteral("--workshop"), m_room});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY2(r.outText().contains(QStringLiteral("2 use cases"))
                 && r.outText().contains(QStringLiteral("1 workshop")),
             r.out.constData());
    r = in(db,
           {QStringLiteral("export"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.csv")),
            QStringLiteral("--workshop"), m_room});
    QCOMPARE(r.exit, 1);
    const QString to = freshDb(QStringLiteral("to.sqlite"));
    r = in(to, {QStringLiteral("import"), bundle}, QStringLiteral("Bo"));
    QVERIFY2(r.exit == 0, r.err.constData());
    r = in(to,
           {QStringLiteral("workshop"), QStringLiteral("round"), m_room, QStringLiteral("score"),
            QStringLiteral("--use-case"), QStringLiteral("UC-EX-002"), QStringLiteral("--criterion"),
            QStringLiteral("B1"), QStringLiteral("--level"), QStringLiteral("na")},
           QStringLiteral("Bo"));
    QVERIFY2(r.exit == 0, r.err.constData());
}

void tst_CliWorkshop::reportOfAWorkshop()
{
    const QString db = freshDb(QStringLiteral("report.sqlite"));
    QVERIFY(!db.isEmpty());
    QCOMPARE(in(db,
                {QStringLiteral("workshop"), QStringLiteral("create"), m_room, QStringLiteral("--ids"),
                 QStringLiteral("UC-EX-001,UC-EX-002")})
                 .exit,
             0);
    const QString html = m_dir.filePath(QStringLiteral("room.html"));
    Run r = in(
        db, {QStringLiteral("report"), QStringLiteral("--out"), html, QStringLiteral("--workshop"), m_room});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY2(r.outText().contains(QStringLiteral("2 use cases")), r.out.constData());
    const QString text = QString::fromUtf8(test::readAll(html));
    QVERIFY(text.contains(QStringLiteral("UC-EX-001")) && text.contains(QStringLiteral("UC-EX-002")));
    QVERIFY(!text.contains(QStringLiteral("UC-EX-003")));
    r = in(db,
           {QStringLiteral("report"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("b.html")),
            QStringLiteral("--workshop"), m_room, QStringLiteral("--tag"), QStringLiteral("x")});
    QCOMPARE(r.exit, 1);
    r = in(db,
           {QStringLiteral("report"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("c.html")),
            QStringLiteral("--workshop"), QStringLiteral("nope")});
    QCOMPARE(r.exit, 1); // not found
    QVERIFY2(r.errText().contains(QStringLiteral("There is no workshop nope.")), r.err.constData());
}

void tst_CliWorkshop::helpListsWorkshop()
{
    const Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QStringLiteral("workshop create NAME")));
}

QTEST_GUILESS_MAIN(tst_CliWorkshop)
#include "tst_CliWorkshop.moc"
