#include "DatabaseDump.h"
#include "TestRecords.h"
#include "TestSupport.h"

#include "exchange/Iec62559Xml.h"
#include "exchange/Iec62559XmlReader.h"
#include "exchange/Iec62559XmlWriter.h"
#include "merge/ImportPlanner.h"
#include "model/UseCaseJson.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"
#include "support/Clock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace casebook;

namespace {

/// What IEC62559-3.xsd requires inside an element, by "parent/element" (the elements Casebook
/// writes; the schema's types differ by context: an Actor in the library is not an Actor reference).
const QHash<QString, QStringList> &requiredChildren()
{
    static const QHash<QString, QStringList> required{
        {QStringLiteral("/UseCaseRepository"), {QStringLiteral("name"), QStringLiteral("technicalId")}},
        {QStringLiteral("BusinessObjectLibrary/BusinessObject"),
         {QStringLiteral("name"), QStringLiteral("technicalId")}},
        {QStringLiteral("RequirementLibrary/RequirementCategory"),
         {QStringLiteral("name"), QStringLiteral("identifier")}},
        {QStringLiteral("RequirementCategory/Requirement"), {QStringLiteral("technicalId")}},
        {QStringLiteral("ActorLibrary/Actor"),
         {QStringLiteral("name"), QStringLiteral("identifier"), QStringLiteral("technicalId")}},
        {QStringLiteral("UseCaseLibrary/UseCase"),
         {QStringLiteral("name"), QStringLiteral("identifier"), QStringLiteral("technicalId")}},
        {QStringLiteral("ActorGrouping/Actor"), {QStringLiteral("technicalId")}},
        {QStringLiteral("UseCase/RelatedObjective"), {QStringLiteral("name"), QStringLiteral("technicalId")}},
        {QStringLiteral("UseCase/KeyPerformanceIndicator"), {QStringLiteral("technicalId")}},
        {QStringLiteral("UseCase/Narrative"), {QStringLiteral("shortDescription")}},
        {QStringLiteral("UseCase/Version"), {QStringLiteral("date")}},
        {QStringLiteral("UseCase/Scenario"), {QStringLiteral("name"), QStringLiteral("technicalId")}},
        {QStringLiteral("Scenario/MacroActivity"), {QStringLiteral("technicalId")}},
        {QStringLiteral("MacroActivity/Step"),
         {QStringLiteral("name"), QStringLiteral("identifier"), QStringLiteral("description"),
          QStringLiteral("event"), QStringLiteral("service"), QStringLiteral("interaction")}},
        {QStringLiteral("Step/interaction"), {QStringLiteral("refInteraction")}},
        {QStringLiteral("Step/Requirement"), {QStringLiteral("technicalId")}},
        {QStringLiteral("Scenario/Requirement"), {QStringLiteral("technicalId")}},
        {QStringLiteral("BusinessObject/Requirement"), {QStringLiteral("technicalId")}},
        {QStringLiteral("Step/BusinessObject"), {QStringLiteral("technicalId")}},
        {QStringLiteral("Step/InformationProducer"), {QStringLiteral("technicalId")}},
        {QStringLiteral("Step/InformationReceiver"), {QStringLiteral("technicalId")}},
        {QStringLiteral("Scenario/PrimaryActor"), {QStringLiteral("technicalId")}},
    };
    return required;
}

/// Which library a reference ("parent/element") must resolve in.
QString libraryOf(const QString &path)
{
    static const QHash<QString, QString> refs{
        {QStringLiteral("ActorGrouping/Actor"), QStringLiteral("actor")},
        {QStringLiteral("Step/InformationProducer"), QStringLiteral("actor")},
        {QStringLiteral("Step/InformationReceiver"), QStringLiteral("actor")},
        {QStringLiteral("Scenario/PrimaryActor"), QStringLiteral("actor")},
        {QStringLiteral("Step/Requirement"), QStringLiteral("requirement")},
        {QStringLiteral("Scenario/Requirement"), QStringLiteral("requirement")},
        {QStringLiteral("BusinessObject/Requirement"), QStringLiteral("requirement")},
        {QStringLiteral("Step/BusinessObject"), QStringLiteral("information")},
    };
    return refs.value(path);
}

/// Every problem of a written document: a missing required element, a reference that resolves to
/// nothing in its library. Empty when the document is complete.
QStringList structureProblems(const XmlElement &root)
{
    QStringList problems;
    if (root.name != QLatin1String("UseCaseRepository") || root.namespaceUri != Iec62559Xml::namespaceUri())
        problems.append(QStringLiteral("root is %1 in %2").arg(root.name, root.namespaceUri));
    QHash<QString, QSet<QString>> library;
    const auto index = [&](const char *lib, const char *group, const char *item, const char *kind) {
        for (const XmlElement *l : root.all(QLatin1String(lib))) {
            QList<const XmlElement *> groups{l};
            if (group)
                groups = l->all(QLatin1String(group));
            for (const XmlElement *g : std::as_const(groups))
                for (const XmlElement *i : g->all(QLatin1String(item)))
                    library[QLatin1String(kind)].insert(i->childText(QStringLiteral("technicalId")));
        }
    };
    index("ActorLibrary", nullptr, "Actor", "actor");
    index("RequirementLibrary", "RequirementCategory", "Requirement", "requirement");
    index("BusinessObjectLibrary", nullptr, "BusinessObject", "information");

    QList<QPair<const XmlElement *, QString>> todo{{&root, QString()}};
    while (!todo.isEmpty()) {
        const auto [e, parent] = todo.takeLast();
        const QString path = parent + QLatin1Char('/') + e->name;
        for (const QString &child : requiredChildren().value(path)) {
            if (!e->child(child))
                problems.append(QStringLiteral("line %1: %2 has no %3").arg(e->line).arg(path, child));
        }
        if (const QString lib = libraryOf(path); !lib.isEmpty()) {
            const QString tid = e->childText(QStringLiteral("technicalId"));
            if (!library.value(lib).contains(tid))
                problems.append(QStringLiteral("line %1: %2 refers to the missing %3 %4")
                                    .arg(e->line)
                                    .arg(path, lib, tid));
        }
        if (e->name == QLatin1String("CustomInformation") && e->child(QStringLiteral("reference"))) {
            const QString key = e->childText(QStringLiteral("key"));
            const QString lib = key == Iec62559Xml::requirementKey() ? QStringLiteral("requirement")
                                                                     : QStringLiteral("information");
            if (!library.value(lib).contains(e->childText(QStringLiteral("reference"))))
                problems.append(
                    QStringLiteral("line %1: custom information %2 refers to nothing").arg(e->line).arg(key));
        }
        for (const XmlElement &c : e->children)
            todo.append({&c, e->name});
    }
    return problems;
}

QStringList customKeys(const XmlElement &root)
{
    QStringList keys;
    QList<const XmlElement *> todo{&root};
    while (!todo.isEmpty()) {
        const XmlElement *e = todo.takeLast();
        if (e->name == QLatin1String("CustomInformation"))
            keys.append(e->childText(QStringLiteral("key")));
        for (const XmlElement &c : e->children)
            todo.append(&c);
    }
    return keys;
}

} // namespace

class tst_Iec62559Xml : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTripLosesNothing_data();
    void roundTripLosesNothing();
    void unresolvedStepTextIsNoReference();
    void foreignFileMapsAndKeepsTheRest();
    void foreignFileImportsTwiceWithoutDuplicates();
    void nistCpsFrameworkExampleImports();
    void referenceThatNamesNothingIsKept();
    void actorTechnicalIdsAreKept();
    void foreignRecordGetsTheNewRecordSharingLevel();
    void refusedXmlChangesNothing_data();
    void refusedXmlChangesNothing();
    void fileOverTheLimitsIsNotRead();
    void fileTextInMessagesStaysOnOneLine();

private:
    std::unique_ptr<Database> open(const QString &name);
    /// Reads `path` and imports it as the window and the CLI do (plan, then apply what it plans).
    Result<ImportResult> importFile(Database &db, const QString &path);
    QList<UseCase> allUseCases(Database &db);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC)};
    int m_dbCount = 0;
};

void tst_Iec62559Xml::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_Iec62559Xml::open(const QString &name)
{
    Database::OpenOptions options;
    options.clock = &m_clock;
    auto db = Database::open(m_dir.filePath(name + QString::number(++m_dbCount) + QStringLiteral(".sqlite")),
                             options);
    if (!db) {
        qWarning() << db.error().message << db.error().detail;
        return nullptr;
    }
    if (!Seeder::seed(**db, false))
        return nullptr;
    return std::move(*db);
}

Result<ImportResult> tst_Iec62559Xml::importFile(Database &db, const QString &path)
{
    auto document = Iec62559XmlReader().read(path);
    if (!document)
        return document.error();
    auto plan = ImportPlanner::plan(db, document->records);
    if (!plan)
        return plan.error();
    ImportPlanner::ApplyOptions options;
    options.expected = &*plan;
    return ImportPlanner::apply(db, document->records, Resolutions(), options);
}

QList<UseCase> tst_Iec62559Xml::allUseCases(Database &db)
{
    UseCaseRepository repo(db);
    QList<UseCase> out;
    const auto uuids = repo.allUuids();
    for (const QString &uuid : *uuids)
        out.append(*repo.get(uuid));
    return out;
}

void tst_Iec62559Xml::roundTripLosesNothing_data()
{
    QTest::addColumn<bool>("iecDepth");
    QTest::newRow("examples as shipped") << false;
    QTest::newRow("examples at IEC 62559-2 depth") << true;
}

void tst_Iec62559Xml::roundTripLosesNothing()
{
    QFETCH(bool, iecDepth);
    auto from = open(QStringLiteral("from"));
    QVERIFY(from && Seeder::seed(*from, true));
    UseCaseRepository repo(*from);
    if (iecDepth) {
        QList<UseCase> all = allUseCases(*from);
        QVERIFY(!all.isEmpty());
        for (int i = 0; i < all.size(); ++i) {
            UseCase u = all[i];
            test::addIecDepth(u);
            if (i == 0) {
                // Text XML must carry exactly: line breaks of both kinds, markup characters, edges.
                u.summary = QStringLiteral("  Two lines\r\nwith <tags> & \"quotes\" ]]> and ü, 中文  ");
                u.extra.insert(QStringLiteral("from_a_newer_casebook"),
                               QJsonObject{{QStringLiteral("x"), 1}});
            }
            if (i == 2) {
                // XML carries the reference, never the bytes: the import keeps a placeholder.
                const QByteArray pdf("%PDF-1.4 report");
                auto hash = AttachmentStore(*from).put(pdf);
                QVERIFY(hash);
                u.attachments.append(AttachmentRef{*hash, QStringLiteral("report.pdf"),
                                                   QStringLiteral("application/pdf"), pdf.size(),
                                                   QStringLiteral("Report"), m_clock.nowUtc()});
            }
            if (i == 1) {
                u.requirements[1].category = u.requirements[0].category; // one category, two requirements
                u.requirements.append({QStringLiteral("R-3"), QStringLiteral("performance"), QString()});
                u.actors.append({QString(), QStringLiteral("person"), QStringLiteral("not named yet")});
            }
            QVERIFY2(repo.update(u), qPrintable(u.code));
        }
    }
    const QList<UseCase> before = allUseCases(*from);
    QVERIFY(before.size() >= 10);

    const QString path = m_dir.filePath(QStringLiteral("round-trip.xml"));
    const QByteArray written = Iec62559XmlWriter::write(before);
    QVERIFY(test::writeAll(path, written));
    auto root = SafeXmlReader().parse(written, QStringLiteral("round-trip.xml"));
    QVERIFY(root);
    const QStringList problems = structureProblems(*root);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    auto to = open(QStringLiteral("to"));
    QVERIFY(to);
    auto result = importFile(*to, path);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    UseCaseRepository toRepo(*to);
    for (const UseCase &u : before) {
        auto back = toRepo.get(u.uuid);
        QVERIFY2(back, qPrintable(u.code));
        const QByteArray got = QJsonDocument(UseCaseJson::toJson(*back)).toJson();
        const QByteArray want = QJsonDocument(UseCaseJson::toJson(u)).toJson();
        QCOMPARE(got, want);
    }
    QCOMPARE(allUseCases(*to).size(), before.size());
}

void tst_Iec62559Xml::unresolvedStepTextIsNoReference()
{
    UseCase u;
    u.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.code = QStringLiteral("UC-LEGACY");
    u.title = QStringLiteral("Steps from before references");
    u.countries = {QStringLiteral("KE")};
    test::addIecDepth(u);
    u.scenarios[0].steps[0].producer.clear();
    u.scenarios[0].steps[0].legacy.producer = QStringLiteral("the field crew");
    u.scenarios[0].steps[1].information.clear();
    u.scenarios[0].steps[1].legacy.information = QStringLiteral("a paper form");

    const QByteArray written = Iec62559XmlWriter::write({u});
    auto root = SafeXmlReader().parse(written, QStringLiteral("legacy.xml"));
    QVERIFY(root);
    const QStringList problems = structureProblems(*root);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(customKeys(*root).contains(QStringLiteral("casebook:scenarios")));
    QVERIFY(!written.contains("the field crew</name>"));

    auto document = Iec62559XmlReader().parse(written, QStringLiteral("legacy.xml"));
    QVERIFY2(document, qPrintable(document ? QString() : document.error().message));
    QCOMPARE(document->records.useCases.size(), 1);
    const UseCase back = document->records.useCases.first().useCase;
    QCOMPARE(back.scenarios, u.scenarios);
    QCOMPARE(back.scenarios[0].steps[0].legacy.producer, QStringLiteral("the field crew"));
    QCOMPARE(UseCaseJson::toJson(back), UseCaseJson::toJson(u));
}

void tst_Iec62559Xml::foreignFileMapsAndKeepsTheRest()
{
    auto document = Iec62559XmlReader().read(test::dataPath(QStringLiteral("xml/foreign-repository.xml")));
    QVERIFY2(document, qPrintable(document ? QString() : document.error().message));
    QCOMPARE(document->repositoryName, QStringLiteral("Smart grid working group"));
    QCOMPARE(document->records.sourceKind, QStringLiteral("xml"));
    QCOMPARE(document->records.useCases.size(), 1);
    const UseCase u = document->records.useCases.first().useCase;
    // A stable, name-based identity from the file's own technicalId.
    QCOMPARE(u.uuid,
             QUuid::createUuidV5(Iec62559Xml::uuidNamespace(), QStringLiteral("uc-sg-ami-1"))
                 .toString(QUuid::WithoutBraces));
    QCOMPARE(u.code, QStringLiteral("SG-AMI-1"));
    QCOMPARE(u.title, QStringLiteral("Remote meter reading"));
    QCOMPARE(u.summary, QStringLiteral("The head end reads meters remotely."));
    QCOMPARE(u.assumptions, QStringList{QStringLiteral("Meters have a working communication module")});
    QCOMPARE(u.version, QStringLiteral("0.3"));
    QCOMPARE(u.modifiedAt, QDateTime(QDate(2016, 8, 1), QTime(9, 30), Qt::UTC));
    QCOMPARE(u.submitters.size(), 1);
    QCOMPARE(u.submitters.first().name, QStringLiteral("Working group editor"));
    QCOMPARE(u.approvalStatus, QStringLiteral("draft")); // "Draft for review" is kept, not guessed
    QCOMPARE(u.prerequisites,
             QStringList{QStringLiteral("Contract: The customer has a smart-meter contract")});

    // Actors: from the grouping, then those the steps name; with the library's type and description.
    QCOMPARE(u.actors.size(), 3);
    QCOMPARE(u.actors[0],
             (Actor{QStringLiteral("Smart meter"), QStringLiteral("device"),
                    QStringLiteral("Measures consumption")}));
    QCOMPARE(u.actors[1].type, QStringLiteral("person")); // "Human"
    QCOMPARE(u.actors[2].name, QStringLiteral("Retailer"));
    QCOMPARE(u.actors[2].type, QString()); // "Market participant" has no Casebook type: kept
    // Requirements: the library's identifiers and categories; an identifier another requirement
    // of the record has (they restart in each category) gives way to R-n and is kept.
    QCOMPARE(u.requirements.size(), 2);
    QCOMPARE(u.requirements[0],
             (Requirement{QStringLiteral("1"), QStringLiteral("Quality of service"),
                          QStringLiteral("A reading reaches the head end within 15 minutes")}));
    QCOMPARE(u.requirements[1].id, QStringLiteral("R-1"));
    QCOMPARE(u.informationExchanged.size(), 2);
    QCOMPARE(u.informationExchanged[0].name, QStringLiteral("Meter reading"));
    QCOMPARE(u.informationExchanged[0].requirements, QStringList{QStringLiteral("R-1")});

    QCOMPARE(u.scenarios.size(), 1);
    const Scenario &s = u.scenarios.first();
    QCOMPARE(s.primaryActor, QStringLiteral("Smart meter"));
    QCOMPARE(s.triggeringEvent, QStringLiteral("A 15-minute interval ends"));
    QCOMPARE(s.preconditions, QStringLiteral("The meter is commissioned"));
    QCOMPARE(s.steps.size(), 2);
    QCOMPARE(s.steps[0].producer, QStringLiteral("Smart meter"));
    QCOMPARE(s.steps[0].receiver, QStringLiteral("Head-end system"));
    QCOMPARE(s.steps[0].service, QStringLiteral("REPORT"));
    QCOMPARE(s.steps[0].requirements, QStringList{QStringLiteral("1")});
    QCOMPARE(s.steps[0].information, QStringList{u.informationExchanged[0].id});
    QCOMPARE(s.steps[1].producer, QStringLiteral("Retailer"));
    QCOMPARE(s.steps[1].information, QStringList{u.informationExchanged[1].id});
    QVERIFY(s.steps[0].legacy.isEmpty());

    // What has no field is kept with the record and reported, never dropped.
    const QJsonObject kept = u.extra.value(Iec62559Xml::unmappedKey()).toObject();
    for (const char *key :
         {"nature[1]", "keywords[1]", "Drawing[1]", "CustomInformation[1]", "ActorGrouping[1]", "Remark[1]",
          "Version[1]", "ActorLibrary/Actor[actor-retailer]/type",
          "RequirementLibrary/Requirement[req-integrity]/identifier"})
        QVERIFY2(kept.contains(QLatin1String(key)), key);
    QCOMPARE(kept.value(QStringLiteral("Drawing[1]"))
                 .toObject()
                 .value(QStringLiteral("URI"))
                 .toObject()
                 .value(QStringLiteral("@type")),
             QJsonValue(QStringLiteral("Image")));
    const QString warnings = document->warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("nature[1]")) && warnings.contains(QLatin1String("Drawing[1]")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("DomainLibrary")), qPrintable(warnings));
}

void tst_Iec62559Xml::foreignFileImportsTwiceWithoutDuplicates()
{
    auto db = open(QStringLiteral("foreign"));
    QVERIFY(db);
    const QString path = test::dataPath(QStringLiteral("xml/foreign-repository.xml"));
    auto first = importFile(*db, path);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QVERIFY(first->changed);
    const QStringList after = test::dumpDatabase(*db);
    auto again = Iec62559XmlReader().read(path);
    QVERIFY(again);
    auto plan = ImportPlanner::plan(*db, again->records);
    QVERIFY(plan);
    QCOMPARE(plan->count(RecordStatus::Identical), 1);
    QCOMPARE(plan->count(RecordStatus::New), 0);
    QCOMPARE(allUseCases(*db).size(), 1);

    // Written again by Casebook, the record comes back the same, unmapped content included.
    const QList<UseCase> stored = allUseCases(*db);
    auto back = Iec62559XmlReader().parse(Iec62559XmlWriter::write(stored), QStringLiteral("again.xml"));
    QVERIFY(back);
    QCOMPARE(UseCaseJson::toJson(back->records.useCases.first().useCase),
             UseCaseJson::toJson(stored.first()));
    QCOMPARE(test::dumpDatabase(*db), after);
}

/// NIST's own example (tests/data/xml/README.md: usnistgov/cpsframework at commit 017ef58, copied
/// unchanged), a `CPSFramework` document that validates: its actors are only in the use case's
/// ActorGrouping, steps name them by name with the placeholder technicalId "String".
void tst_Iec62559Xml::nistCpsFrameworkExampleImports()
{
    const QString path = test::dataPath(QStringLiteral("xml/nist-smart-thermostat.xml"));
    auto document = Iec62559XmlReader().read(path);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().message));
    QCOMPARE(document->records.useCases.size(), 1);
    const UseCase u = document->records.useCases.first().useCase;
    QCOMPARE(u.uuid,
             QUuid::createUuidV5(Iec62559Xml::uuidNamespace(), QStringLiteral("CPS-T-1 UUID"))
                 .toString(QUuid::WithoutBraces));
    QCOMPARE(u.code, QStringLiteral("CPS-T-1"));
    QCOMPARE(u.title, QStringLiteral("Maintain room temperature near a user\u2019s set point"));
    QStringList actors;
    for (const Actor &a : u.actors)
        actors.append(a.name);
    // "Sensor gateway" in the steps is the grouping's "Sensor Gateway": no second actor.
    QCOMPARE(actors,
             (QStringList{QStringLiteral("Thermostat Controller"), QStringLiteral("HVAC Controller"),
                          QStringLiteral("Sensor Gateway"), QStringLiteral("User")}));
    QVERIFY(u.actors[3].role.startsWith(QLatin1String("The owner of the thermostat.")));

    QCOMPARE(u.scenarios.size(), 3); // heating, cooling, automatic control
    QVERIFY(u.scenarios[2].name.startsWith(QLatin1String("Automatic Control Mode")));
    for (const Scenario &s : u.scenarios) {
        QCOMPARE(s.primaryActor, QStringLiteral("Thermostat Controller"));
        QVERIFY(!s.steps.isEmpty());
    }
    QCOMPARE(u.scenarios[0].steps.size(), 7);
    const QList<ScenarioStep> &steps = u.scenarios[0].steps;
    QCOMPARE(steps[0].producer, QStringLiteral("User"));
    QCOMPARE(steps[0].receiver, QStringLiteral("Thermostat Controller"));
    QCOMPARE(steps[1].producer, QStringLiteral("Sensor Gateway"));
    QCOMPARE(steps[2].producer, QStringLiteral("Thermostat Controller"));
    QCOMPARE(steps[2].receiver, QStringLiteral("HVAC Controller"));
    QCOMPARE(steps[1].service, QStringLiteral("REPORT"));
    QCOMPARE(steps[0].service, QString()); // "String" is kept, not a service
    QVERIFY(steps[0].legacy.isEmpty());
    // Business objects by name: "Temperature" is the library's; the others only named.
    QStringList information;
    for (const InformationExchange &i : u.informationExchanged)
        information.append(i.name);
    QCOMPARE(information,
             (QStringList{QStringLiteral("TemperatureSetPoint"), QStringLiteral("Temperature"),
                          QStringLiteral("Control"), QStringLiteral("Status")}));
    QCOMPARE(u.informationExchanged[1].description, QStringLiteral("The currently sensed temperature"));
    QCOMPARE(steps[1].information, QStringList{u.informationExchanged[1].id});
    // The requirement references name no requirement (a CPSFramework has no RequirementLibrary).
    QVERIFY(u.requirements.isEmpty());
    QVERIFY(steps[0].requirements.isEmpty());

    const QJsonObject kept = u.extra.value(Iec62559Xml::unmappedKey()).toObject();
    for (const char *key : {"BusinessCase[1]", "Reference[2]", "Drawing[1]", "nature[1]",
                            "CustomInformation[1]", "Scenario[1]/Drawing[1]", "Scenario[1]/Requirement[1]",
                            "Scenario[1]/MacroActivity[1]/Step[1]/Requirement[1]",
                            "Scenario[1]/MacroActivity[1]/Step[1]/service",
                            "Scenario[1]/MacroActivity[1]/Step[1]/interaction[1]"})
        QVERIFY2(kept.contains(QLatin1String(key)), key);
    const QString warnings = document->warnings.join(QLatin1Char('\n'));
    for (const char *part : {"BusinessCase", "InteractionLibrary", "Actor '12345677'", "Requirement[1]"})
        QVERIFY2(warnings.contains(QLatin1String(part)), qPrintable(warnings));

    auto db = open(QStringLiteral("nist"));
    QVERIFY(db);
    auto imported = importFile(*db, path);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    QCOMPARE(allUseCases(*db).size(), 1);
    QCOMPARE(allUseCases(*db).first().scenarios, u.scenarios);
    auto again = ImportPlanner::plan(*db, document->records); // the file again: nothing to do
    QVERIFY(again);
    QCOMPARE(again->count(RecordStatus::Identical), 1);
}

/// The schema has no key references: a reference that names nothing in a file that validates is
/// kept and reported, never a reason to refuse the file.
void tst_Iec62559Xml::referenceThatNamesNothingIsKept()
{
    const QByteArray xml(
        "<cps:UseCaseRepository xmlns:cps=\"cpsframework\"><name>r</name><technicalId>r</technicalId>"
        "<UseCaseLibrary><UseCase><name>x</name><identifier>x</identifier><technicalId>x</technicalId>"
        "<Scenario><name>s</name><MacroActivity><Step><name>a</name><identifier>1</identifier>"
        "<description/><event/><service/><Requirement><technicalId>R-9</technicalId></Requirement>"
        "<InformationProducer><technicalId>nobody</technicalId></InformationProducer>"
        "<BusinessObject><technicalId>nothing</technicalId></BusinessObject>"
        "<interaction><refInteraction>1</refInteraction></interaction></Step><technicalId>m</technicalId>"
        "</MacroActivity><technicalId>s</technicalId></Scenario></UseCase></UseCaseLibrary>"
        "</cps:UseCaseRepository>");
    auto document = Iec62559XmlReader().parse(xml, QStringLiteral("dangling.xml"));
    QVERIFY2(document, qPrintable(document ? QString() : document.error().message));
    const UseCase u = document->records.useCases.first().useCase;
    const ScenarioStep &step = u.scenarios.first().steps.first();
    QVERIFY(step.requirements.isEmpty() && step.information.isEmpty() && step.producer.isEmpty());
    QVERIFY(u.requirements.isEmpty() && u.informationExchanged.isEmpty() && u.actors.isEmpty());
    const QJsonObject kept = u.extra.value(Iec62559Xml::unmappedKey()).toObject();
    for (const char *key : {"Scenario[1]/MacroActivity[1]/Step[1]/Requirement[1]",
                            "Scenario[1]/MacroActivity[1]/Step[1]/InformationProducer[1]",
                            "Scenario[1]/MacroActivity[1]/Step[1]/BusinessObject[1]"})
        QVERIFY2(kept.contains(QLatin1String(key)), key);
    QVERIFY(document->warnings.join(QLatin1Char('\n')).contains(QLatin1String("Step[1]/Requirement[1]")));
}

namespace {

/// A hand-written foreign file: actors from the library, from a grouping without a name (not kept
/// whole) and only named by a step, each referred to by another tool's technicalId.
const QByteArray kForeignActors(
    "<cps:UseCaseRepository xmlns:cps=\"cpsframework\"><name>r</name><technicalId>r</technicalId>"
    "<ActorLibrary><Actor><name>Operator</name><identifier>A1</identifier><technicalId>lib-op</technicalId>"
    "</Actor></ActorLibrary>"
    "<UseCaseLibrary><UseCase><name>x</name><identifier>x</identifier><technicalId>x</technicalId>"
    "<ActorGrouping><Actor><name>Gateway</name><technicalId>gw-1</technicalId></Actor></ActorGrouping>"
    "<PrimaryActor><name>Operator</name><technicalId>lib-op</technicalId></PrimaryActor>"
    "<Scenario><name>s</name><MacroActivity><Step><name>a</name><identifier>1</identifier>"
    "<description/><event/><service/>"
    "<InformationProducer><name>Gateway</name><technicalId>gw-1</technicalId></InformationProducer>"
    "<InformationReceiver><name>Cloud</name><technicalId>cloud-9</technicalId></InformationReceiver>"
    "</Step><Step><name>b</name><identifier>2</identifier><description/><event/><service/>"
    "<InformationProducer><name>gateway</name><technicalId>String</technicalId></InformationProducer>"
    "</Step><technicalId>m</technicalId></MacroActivity><technicalId>s</technicalId></Scenario>"
    "</UseCase></UseCaseLibrary></cps:UseCaseRepository>");

} // namespace

/// An actor the file refers to by name or through its library keeps the technicalIds the file
/// gave it, through a Casebook export and import too.
void tst_Iec62559Xml::actorTechnicalIdsAreKept()
{
    auto document = Iec62559XmlReader().parse(kForeignActors, QStringLiteral("actors.xml"));
    QVERIFY2(document, qPrintable(document ? QString() : document.error().message));
    const UseCase u = document->records.useCases.first().useCase;
    QStringList names;
    for (const Actor &a : u.actors)
        names.append(a.name);
    QCOMPARE(names,
             (QStringList{QStringLiteral("Gateway"), QStringLiteral("Operator"), QStringLiteral("Cloud")}));
    QCOMPARE(u.scenarios.first().steps[1].producer, QStringLiteral("Gateway"));
    const QJsonObject kept = u.extra.value(Iec62559Xml::unmappedKey()).toObject();
    QCOMPARE(kept.value(QStringLiteral("Actor[Gateway]/technicalId")),
             QJsonValue(QJsonArray{QStringLiteral("gw-1"), QStringLiteral("String")}));
    QCOMPARE(kept.value(QStringLiteral("Actor[Cloud]/technicalId")),
             QJsonValue(QJsonArray{QStringLiteral("cloud-9")}));
    QCOMPARE(kept.value(QStringLiteral("Actor[Operator]/technicalId")),
             QJsonValue(QJsonArray{QStringLiteral("lib-op")}));
    QVERIFY(document->warnings.join(QLatin1Char('\n')).contains(QLatin1String("Actor[Cloud]/technicalId")));

    // Casebook's own export names the actors by its ids; read back, the record is the same.
    auto back = Iec62559XmlReader().parse(Iec62559XmlWriter::write({u}), QStringLiteral("again.xml"));
    QVERIFY(back);
    QCOMPARE(UseCaseJson::toJson(back->records.useCases.first().useCase), UseCaseJson::toJson(u));
}

/// IEC 62559-3 has no sharing level: a record from another tool gets the one a new record gets in
/// the window (none, which no export holds back), and Casebook's own custom information restores
/// a record's level on the way back.
void tst_Iec62559Xml::foreignRecordGetsTheNewRecordSharingLevel()
{
    auto document = Iec62559XmlReader().parse(kForeignActors, QStringLiteral("actors.xml"));
    QVERIFY(document);
    UseCase u = document->records.useCases.first().useCase;
    QCOMPARE(u.sharingLevel, UseCase().sharingLevel);
    QVERIFY(u.sharingLevel.isEmpty());
    u.sharingLevel = QStringLiteral("group");
    auto back = Iec62559XmlReader().parse(Iec62559XmlWriter::write({u}), QStringLiteral("again.xml"));
    QVERIFY(back);
    QCOMPARE(back->records.useCases.first().useCase.sharingLevel, QStringLiteral("group"));
}

void tst_Iec62559Xml::refusedXmlChangesNothing_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");
    const QByteArray root(
        "<cps:UseCaseRepository xmlns:cps=\"cpsframework\"><name>r</name><technicalId>r</technicalId>");
    const QByteArray end("</cps:UseCaseRepository>");
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i < 10; ++i) {
        laughs += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k)
            laughs += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
        laughs += "\">\n";
    }
    laughs += "]>\n" + root + "<description>&lol9;</description>" + end;
    QTest::newRow("billion laughs") << laughs << QStringLiteral("document type declaration");
    QTest::newRow("external entity")
        << ("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + root
            + "<description>&x;</description>" + end)
        << QStringLiteral("document type declaration");
    QTest::newRow("doctype alone") << ("<!DOCTYPE UseCaseRepository>\n" + root + end)
                                   << QStringLiteral("document type declaration");
    QTest::newRow("undeclared entity")
        << (root + "<description>&x;</description>" + end) << QStringLiteral("line 1");
    QTest::newRow("processing instruction")
        << ("<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"x.xsl\"?>\n" + root + end)
        << QStringLiteral("processing instruction <?xml-stylesheet?>");
    QByteArray deep = root;
    for (int i = 0; i < 70; ++i)
        deep += "<description>";
    for (int i = 0; i < 70; ++i)
        deep += "</description>";
    QTest::newRow("too deep") << (deep + end) << QStringLiteral("nested more than 64 deep");
    QTest::newRow("not well-formed") << (root + "<name>") << QStringLiteral("not well-formed XML");
    QTest::newRow("another root") << QByteArray("<html><body/></html>")
                                  << QStringLiteral("line 1: <html> is not the root of an IEC 62559-3");
    QTest::newRow("use case without technicalId")
        << (root
            + "<UseCaseLibrary>\n<UseCase><name>x</name><identifier>x</identifier></UseCase></UseCaseLibrary>"
            + end)
        << QStringLiteral("line 2: <UseCase> has no <technicalId>");
    QTest::newRow("CPSFramework use case without technicalId")
        << QByteArray("<cps:CPSFramework xmlns:cps=\"cpsframework\">\n<UseCase><name>x</name></UseCase>"
                      "</cps:CPSFramework>")
        << QStringLiteral("line 2: <UseCase> has no <technicalId>");
    QTest::newRow("record the validator refuses")
        << (root
            + "<UseCaseLibrary><UseCase><name></name><identifier>x</identifier><technicalId>x</technicalId>"
              "</UseCase></UseCaseLibrary>"
            + end)
        << QStringLiteral("cannot be read");
}

void tst_Iec62559Xml::refusedXmlChangesNothing()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    auto db = open(QStringLiteral("refused"));
    QVERIFY(db && Seeder::seed(*db, true));
    const QStringList before = test::dumpDatabase(*db, true);
    const QString path = m_dir.filePath(QStringLiteral("hostile.xml"));
    QVERIFY(test::writeAll(path, xml));
    auto result = importFile(*db, path);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InputRejected);
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    QVERIFY2(result.error().message.startsWith(QLatin1String("hostile.xml")),
             qPrintable(result.error().message));
    QCOMPARE(test::dumpDatabase(*db, true), before);
}

void tst_Iec62559Xml::fileOverTheLimitsIsNotRead()
{
    const QString path = m_dir.filePath(QStringLiteral("large.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(XmlLimits().maxFileBytes + 1));
    file.close();
    auto db = open(QStringLiteral("large"));
    QVERIFY(db && Seeder::seed(*db, true));
    const QStringList before = test::dumpDatabase(*db, true);
    auto read = importFile(*db, path);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::InputRejected);
    QVERIFY2(read.error().message.contains(QLatin1String("large.xml is larger than 32 MB")),
             qPrintable(read.error().message));
    QCOMPARE(test::dumpDatabase(*db, true), before);

    XmlLimits small;
    small.maxElements = 5;
    auto many = SafeXmlReader(small).parse("<a><b/><b/><b/><b/><b/></a>", QStringLiteral("many.xml"));
    QVERIFY(!many);
    QVERIFY2(many.error().message.contains(QLatin1String("more than 5 elements")),
             qPrintable(many.error().message));
    small.maxTextChars = 10;
    auto text = SafeXmlReader(small).parse("<a>12345678901</a>", QStringLiteral("text.xml"));
    QVERIFY(!text);
    QVERIFY2(text.error().message.contains(QLatin1String("longer than 10 characters")),
             qPrintable(text.error().message));
    auto attribute = SafeXmlReader(small).parse("<a b=\"12345678901\"/>", QStringLiteral("attribute.xml"));
    QVERIFY(!attribute);
    QVERIFY2(attribute.error().message.contains(QLatin1String("attributes of <a> are longer than 10")),
             qPrintable(attribute.error().message));
}

namespace {

/// True when `text` could fake a line of output or hide its order: a line break or a bidi control.
bool breaksLines(const QString &text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || text.contains(QChar(0x202E)) || text.contains(QChar(0x2066));
}

} // namespace

void tst_Iec62559Xml::fileTextInMessagesStaysOnOneLine()
{
    // A file's own texts (its name, technicalIds, a refused title) go into the preview and into
    // messages as one line, so a file can never fake a line such as "Imported: 0 added".
    const QByteArray head("<cps:UseCaseRepository xmlns:cps=\"cpsframework\"><name>Repo\nImported: 0 "
                          "added&#x202E;</name><technicalId>r</technicalId>");
    const QByteArray end("</cps:UseCaseRepository>");
    const QByteArray unusedActor(
        "<ActorLibrary><Actor><name>A</name><identifier>1</identifier><technicalId>a\nFAKE "
        "LINE&#x2066;</technicalId><type>x</type></Actor></ActorLibrary>");
    auto document = Iec62559XmlReader().parse(
        head + unusedActor
            + "<UseCaseLibrary><UseCase><name>ok</name><identifier>1</identifier><technicalId>u</technicalId>"
              "<nature>x\ny</nature></UseCase></UseCaseLibrary>"
            + end,
        QStringLiteral("named.xml"));
    QVERIFY2(document, qPrintable(document ? QString() : document.error().message));
    QVERIFY2(!breaksLines(document->repositoryName), qPrintable(document->repositoryName));
    QVERIFY(document->repositoryName.startsWith(QLatin1String("Repo Imported")));
    QVERIFY(!breaksLines(document->records.creator));
    QVERIFY(!document->warnings.isEmpty());
    for (const QString &warning : std::as_const(document->warnings))
        QVERIFY2(!breaksLines(warning), qPrintable(warning));

    const QList<QByteArray> refused{
        head
            + "<UseCaseLibrary><UseCase><name>evil\nfake: line&#x202E;</name><identifier>1</identifier>"
              "<technicalId>u</technicalId></UseCase></UseCaseLibrary>"
            + end,
        head
            + "<UseCaseLibrary><UseCase><name>s</name><identifier>1</identifier><technicalId>u</technicalId>"
              "<CustomInformation><key>casebook:x\nFAKE&#x202E;</key><value>{</value></CustomInformation>"
              "</UseCase></UseCaseLibrary>"
            + end,
        head + unusedActor + unusedActor + end,
    };
    for (const QByteArray &xml : refused) {
        auto result = Iec62559XmlReader().parse(xml, QStringLiteral("refused.xml"));
        QVERIFY(!result);
        QVERIFY2(!breaksLines(result.error().message), qPrintable(result.error().message));
        QVERIFY2(result.error().message.startsWith(QLatin1String("refused.xml, line ")),
                 qPrintable(result.error().message));
    }
}

QTEST_GUILESS_MAIN(tst_Iec62559Xml)
#include "tst_Iec62559Xml.moc"
