#include "Generator.h"

#include "model/Rubric.h"
#include "model/UseCase.h"
#include "model/Vocabulary.h"
#include "storage/AssessmentRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"
#include "storage/Seeder.h"
#include "storage/UseCaseOperations.h"
#include "storage/UseCaseRepository.h"
#include "support/TimeOrderedUuid.h"

#include <QRandomGenerator>
#include <QUuid>

namespace casebook::bench {

namespace {

const QStringList &words()
{
    static const QStringList list =
        QStringLiteral(
            "smart meter sensor gateway platform network city water energy grid lighting traffic parking "
            "waste air quality monitoring data model semantic interoperability lorawan nb-iot 5g edge cloud "
            "dashboard alert citizen service utility operator pilot deployment standard api open identity "
            "security privacy consent building health clinic farm irrigation soil flood river bus route "
            "camera analytics twin digital ontology registry onboarding firmware battery latency mesh "
            "réseau capteur données éclairage qualité municipalité "
            "شبكة مدينة ذكية مياه طاقة بيانات استشعار مراقبة "
            "智慧 城市 传感器 数据 平台 能源 水务 交通 照明 网关")
            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return list;
}

class Text
{
public:
    explicit Text(QRandomGenerator &rng)
        : m_rng(rng)
    { }
    int between(int low, int high) { return low + int(m_rng.bounded(quint32(high - low + 1))); }
    QString pick(const QStringList &from) { return from.at(int(m_rng.bounded(quint32(from.size())))); }
    QString sentence(int minWords, int maxWords)
    {
        QStringList out;
        for (int i = between(minWords, maxWords); i > 0; --i)
            out.append(pick(words()));
        return out.join(QLatin1Char(' '));
    }
    QStringList some(const QStringList &from, int low, int high)
    {
        QStringList out;
        for (int i = between(low, high); i > 0; --i) {
            const QString v = pick(from);
            if (!out.contains(v))
                out.append(v);
        }
        return out;
    }
    /// A time-ordered uuid made at `ms`, as the application makes them (timeOrderedUuid): with a
    /// fixed clock the repository is reproducible from the seed.
    QString uuid(qint64 ms) { return timeOrderedUuid(ms, m_rng); }

private:
    QRandomGenerator &m_rng;
};

QStringList tagPool()
{
    return {QStringLiteral("sdo/oneM2M"),    QStringLiteral("sdo/ETSI"),     QStringLiteral("sdo/ITU-T"),
            QStringLiteral("pilot"),         QStringLiteral("open-data"),    QStringLiteral("lorawan"),
            QStringLiteral("priority/high"), QStringLiteral("priority/low"), QStringLiteral("智慧城市"),
            QStringLiteral("مياه"),          QStringLiteral("énergie"),      QStringLiteral("review/2026")};
}

/// Requirements, one scenario whose steps refer to the actors and requirements, and gaps, as the
/// IEC 62559-2 template and Resolution 98 records have them (every reference resolves).
void addIecDepth(Text &t, UseCase &u)
{
    const Vocabularies &v = Vocabularies::instance();
    for (int i = t.between(0, 3); i > 0; --i)
        u.requirements.append(
            {QStringLiteral("R-%1").arg(u.requirements.size() + 1), t.sentence(1, 2), t.sentence(4, 15)});
    Scenario s;
    s.name = t.sentence(2, 5);
    s.primaryActor = u.actors.first().name;
    s.triggeringEvent = t.sentence(3, 8);
    for (int i = t.between(0, 4); i > 0; --i) {
        ScenarioStep step;
        step.number = QString::number(s.steps.size() + 1);
        step.description = t.sentence(4, 12);
        step.service = t.pick(v.stepServices().ids());
        step.producer = t.pick(QStringList{u.actors.first().name, u.actors.last().name});
        step.receiver = u.actors.last().name;
        if (!u.requirements.isEmpty())
            step.requirements = {u.requirements.first().id};
        s.steps.append(step);
    }
    u.scenarios.append(s);
    for (int i = t.between(0, 2); i > 0; --i)
        u.gaps.append({t.sentence(5, 15), t.pick(v.interoperabilityFacets().ids()),
                       t.pick(v.standardsBodies().ids()), QStringLiteral("Q%1/20").arg(t.between(1, 7)),
                       t.pick(v.priorities().ids()), t.pick(v.gapStatuses().ids())});
}

UseCase makeUseCase(Text &t, const QList<AttachmentRef> &attachments, qint64 ms)
{
    const Vocabularies &v = Vocabularies::instance();
    UseCase u;
    u.uuid = t.uuid(ms);
    u.title = t.sentence(3, 9);
    u.summary = t.sentence(10, 40);
    u.description = t.sentence(30, 500); // about 0.2 to 3.5 KB
    u.problem = t.sentence(5, 40);
    u.benefits = t.sentence(5, 30);
    u.verticals = t.some(v.verticals().ids(), 1, 3);
    for (const QString &s : t.some(v.sdgs().ids(), 1, 3))
        u.sdgs.append(s.toInt());
    u.regions = t.some(v.ituRegions().ids(), 1, 2);
    u.countries = t.some(v.countries().ids(), 0, 3);
    u.deploymentStage = t.pick(v.deploymentStages().ids());
    u.approvalStatus = t.pick(v.approvalStatuses().ids());
    for (const QString &country : std::as_const(u.countries))
        u.developmentContexts.append({country, t.pick(v.developmentContexts().ids())});
    u.connectivity = t.some(v.connectivity().ids(), 0, 3);
    u.tags = t.some(tagPool(), 0, 4);
    for (int i = t.between(1, 3); i > 0; --i)
        u.actors.append({t.sentence(1, 3), t.pick(v.actorTypes().ids()), t.sentence(2, 8)});
    addIecDepth(t, u);
    if (!attachments.isEmpty() && t.between(0, 9) == 0)
        u.attachments.append(attachments.at(t.between(0, int(attachments.size()) - 1)));
    return u;
}

Result<QList<AttachmentRef>> storeAttachments(Database &db, QRandomGenerator &rng, int count)
{
    QList<AttachmentRef> out;
    AttachmentStore store(db);
    for (int i = 0; i < count; ++i) {
        QByteArray bytes(1024 + int(rng.bounded(16 * 1024)), Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        auto hash = store.put(bytes);
        if (!hash)
            return hash.error();
        out.append({*hash, QStringLiteral("figure-%1.png").arg(i), QStringLiteral("image/png"), bytes.size(),
                    QStringLiteral("diagram"), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)});
    }
    return out;
}

Result<int> assess(Database &db, Text &t, const QStringList &uuids, const GenerateOptions &options)
{
    RubricRepository rubrics(db);
    auto latest = rubrics.latestVersions();
    if (!latest)
        return latest.error();
    if (latest->isEmpty())
        return 0;
    const Rubric rubric = latest->first();
    AssessmentRepository repo(db);
    Transaction tx(db);
    int saved = 0;
    for (const QString &uuid : uuids) {
        for (int k = 0; k < options.assessors; ++k) {
            Assessment a;
            a.useCaseUuid = uuid;
            a.rubricUuid = rubric.uuid;
            a.assessorName = QStringLiteral("Assessor %1").arg(k + 1);
            for (const RubricDimension &d : rubric.dimensions) {
                for (const RubricCriterion &c : d.criteria)
                    a.scores.append({c.id, ScoreState::Level, t.between(rubric.scaleMin, rubric.scaleMax),
                                     t.sentence(0, 6), QString(), Confidence::None});
            }
            if (auto s = repo.save(a); !s)
                return s.error();
            ++saved;
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

} // namespace

Result<GenerateCounts> Generator::generate(Database &db, const GenerateOptions &options)
{
    QRandomGenerator rng(options.seed);
    Text t(rng);
    GenerateCounts counts;
    if (auto seeded = Seeder::seed(db, false); !seeded)
        return seeded.error();
    auto attachments = storeAttachments(db, rng, 20);
    if (!attachments)
        return attachments.error();
    counts.attachments = int(attachments->size());
    UseCaseOperations operations(db);
    QStringList assessed;
    for (int done = 0; done < options.useCases;) {
        QList<UseCase> batch;
        for (; done < options.useCases && batch.size() < options.batch; ++done) {
            const QDateTime now = db.clock().nowUtc();
            batch.append(makeUseCase(t, *attachments, now.toMSecsSinceEpoch()));
            if (options.firstCode > 0)
                batch.last().code = UseCaseRepository::codePrefix(now.date().year())
                    + QString::number(options.firstCode + done);
        }
        auto uuids = operations.add(batch);
        if (!uuids)
            return uuids.error();
        counts.useCases += int(uuids->size());
        for (const QString &uuid : *uuids) {
            if (rng.generateDouble() < options.assessedShare)
                assessed.append(uuid);
        }
    }
    auto assessments = assess(db, t, assessed, options);
    if (!assessments)
        return assessments.error();
    counts.assessments = *assessments;
    return counts;
}

} // namespace casebook::bench
