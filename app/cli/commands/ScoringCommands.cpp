#include "cli/CliSupport.h"

#include "exchange/CsvWriter.h"
#include "model/RubricJson.h"
#include "scoring/ScoreEntry.h"
#include "scoring/ScoringEngine.h"
#include "storage/AssessmentRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScoreReportLoader.h"
#include "support/Clock.h"
#include "support/StrictJson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

#include <cmath>

// The scoring commands: rubric (list, import, export), assess, scores. See docs/cli.md and docs/scoring.md.
namespace casebook::cli {

namespace {

constexpr qint64 kMaxRubricBytes = 8LL * 1024 * 1024;

// ---- rubric -------------------------------------------------------------------------------------

int rubricList(const Context &ctx, const QCommandLineParser &p)
{
    const QString format = p.value(QStringLiteral("format"));
    QString message;
    if (!formatAllowed(format, {QStringLiteral("table"), QStringLiteral("json")}, &message))
        return usage(message);
    if (p.positionalArguments().size() != 1)
        return usage(tr("rubric list takes no further arguments."));
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto rubrics = RubricRepository(**db).list();
    if (!rubrics)
        return fail(ctx, rubrics.error());
    AssessmentRepository assessments(**db);
    QMap<QString, int> newest;
    for (const Rubric &r : *rubrics)
        newest[r.seriesUuid] = std::max(newest.value(r.seriesUuid), r.version);
    QJsonArray array;
    QStringList lines;
    for (const Rubric &r : *rubrics) {
        auto count = assessments.countForRubric(r.uuid);
        if (!count)
            return fail(ctx, count.error());
        if (format == QLatin1String("json")) {
            array.append(QJsonObject{
                {QStringLiteral("uuid"), r.uuid},
                {QStringLiteral("series_uuid"), r.seriesUuid},
                {QStringLiteral("name"), r.name},
                {QStringLiteral("version"), r.version},
                {QStringLiteral("latest"), newest.value(r.seriesUuid) == r.version},
                {QStringLiteral("dimensions"), int(r.dimensions.size())},
                {QStringLiteral("criteria"), r.criterionCount()},
                {QStringLiteral("total_weight"), r.totalWeight()},
                {QStringLiteral("scale"),
                 QJsonObject{{QStringLiteral("min"), r.scaleMin}, {QStringLiteral("max"), r.scaleMax}}},
                {QStringLiteral("assessments"), *count},
                {QStringLiteral("created_at"), toIsoUtc(r.createdAt)}});
        } else {
            lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6")
                             .arg(r.uuid, ellipsize(r.name, 44).leftJustified(44),
                                  QString::number(r.version).rightJustified(7),
                                  QString::number(r.criterionCount()).rightJustified(8),
                                  QString::number(r.totalWeight(), 'g', 6).rightJustified(6),
                                  QString::number(*count).rightJustified(11)));
        }
    }
    if (format == QLatin1String("json")) {
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (lines.isEmpty()) {
        err() << tr("There is no rubric yet; run 'casebook-cli init' or 'rubric import FILE'.") << Qt::endl;
    } else {
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(tr("UUID").leftJustified(36), tr("NAME").leftJustified(44), tr("VERSION"),
                          tr("CRITERIA"), tr("WEIGHT"), tr("ASSESSMENTS"))
              << '\n';
        for (const QString &line : lines)
            out() << line << '\n';
    }
    out().flush();
    return Success;
}

int rubricImport(const Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return usage(tr("rubric import needs exactly one FILE (use - for standard input)."));
    const QString file = args.at(1);
    auto bytes = readInputFile(file, kMaxRubricBytes);
    if (!bytes)
        return fail(ctx, bytes.error());
    auto parsedDoc = StrictJson::parse(*bytes);
    if (!parsedDoc)
        return fail(ctx,
                    makeError(ErrorCode::InputRejected, tr("%1: %2").arg(file, parsedDoc.error().message),
                              parsedDoc.error().detail));
    const QJsonDocument doc = *parsedDoc;
    if (!doc.isObject())
        return fail(ctx,
                    makeError(ErrorCode::InputRejected, tr("%1 must hold one rubric object.").arg(file)));
    auto rubric = RubricJson::fromJson(doc.object());
    if (!rubric)
        return fail(ctx, makeError(ErrorCode::InputRejected, tr("%1: %2").arg(file, rubric.error().message)));
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    RubricRepository repo(**db);
    if (!rubric->uuid.isEmpty()) {
        if (auto existing = repo.getVersion(rubric->uuid);
            existing && existing->sameDefinition(*rubric) && existing->version == rubric->version) {
            out() << tr("%1 is already stored: \"%2\" version %3 (%4); nothing changed.")
                         .arg(file, existing->name)
                         .arg(existing->version)
                         .arg(existing->uuid)
                  << Qt::endl;
            return Success;
        }
    }
    auto stored = repo.insert(*rubric);
    if (!stored)
        return fail(ctx,
                    Error{stored.error().code, tr("%1: %2").arg(file, stored.error().message),
                          stored.error().detail});
    out() << stored->uuid << Qt::endl;
    err() << tr("Imported \"%1\" version %2 with %3 criteria.")
                 .arg(stored->name)
                 .arg(stored->version)
                 .arg(stored->criterionCount())
          << Qt::endl;
    return Success;
}

int rubricExport(const Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return usage(tr("rubric export needs exactly one rubric: its UUID, series UUID or name."));
    const QString target = p.value(QStringLiteral("out"));
    if (target.isEmpty())
        return usage(tr("rubric export needs --out FILE (use - for standard output)."));
    if (const QString problem = existingTargetProblem(target, p);
        target != QLatin1String("-") && !problem.isEmpty())
        return usage(problem);
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto rubric = RubricRepository(**db).get(args.at(1));
    if (!rubric)
        return fail(ctx, rubric.error());
    const QByteArray json = QJsonDocument(RubricJson::toJson(*rubric)).toJson(QJsonDocument::Indented);
    if (target == QLatin1String("-")) {
        out() << QString::fromUtf8(json);
        out().flush();
        return Success;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return usage(tr("Cannot write %1: %2.").arg(target, file.errorString()));
    out() << tr("Wrote \"%1\" version %2 to %3.").arg(rubric->name).arg(rubric->version).arg(target)
          << Qt::endl;
    return Success;
}

int cmdRubric(const Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return rubricList(ctx, p);
    if (sub == QLatin1String("import"))
        return rubricImport(ctx, p);
    if (sub == QLatin1String("export"))
        return rubricExport(ctx, p);
    if (sub.isEmpty())
        return usage(tr("rubric needs a subcommand: list, import FILE or export ID --out FILE."));
    return usage(tr("unknown rubric subcommand '%1'; use list, import or export.").arg(sub));
}

// ---- assess -------------------------------------------------------------------------------------

/// Splits "A1=3" (or "A1" when `needValue` is false); returns false when malformed.
bool splitPair(const QString &item, QString *key, QString *value)
{
    const int eq = item.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    *key = item.left(eq).trimmed();
    *value = item.mid(eq + 1).trimmed();
    return !key->isEmpty();
}

QStringList listValues(const QCommandLineParser &p, const QString &name, bool splitCommas)
{
    QStringList out;
    for (const QString &v : p.values(name)) {
        if (splitCommas)
            out += v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else
            out.append(v);
    }
    for (QString &v : out)
        v = v.trimmed();
    return out;
}

int cmdAssess(const Context &ctx, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return usage(tr("assess needs exactly one use case: its UUID or its code."));
    const QString rubricId = p.value(QStringLiteral("rubric"));
    if (rubricId.trimmed().isEmpty())
        return usage(tr("assess needs --rubric RUBRIC (a UUID, series UUID or name; see 'rubric list')."));
    QString assessor = p.value(QStringLiteral("assessor")).trimmed();
    if (assessor.isEmpty())
        assessor = qEnvironmentVariable("CASEBOOK_CONTRIBUTOR").trimmed();
    if (assessor.isEmpty())
        return usage(tr("assess needs --assessor NAME (or CASEBOOK_CONTRIBUTOR in the environment)."));

    // What the command line asks for, criterion by criterion; a criterion named twice is a usage error.
    QMap<QString, CriterionScore> given;
    QStringList order;
    auto setState = [&](const QString &id, ScoreState state, int level, const QString &option) -> QString {
        if (given.contains(id))
            return tr("%1 is given twice (%2); give each criterion one score.").arg(id, option);
        CriterionScore s;
        s.criterionId = id;
        s.state = state;
        s.level = level;
        given.insert(id, s);
        order.append(id);
        return {};
    };
    for (const QString &item : listValues(p, QStringLiteral("score"), true)) {
        QString id, value;
        if (!splitPair(item, &id, &value))
            return usage(tr("--score needs CRITERION=LEVEL, for example --score A1=3 (got '%1').").arg(item));
        const QString lower = value.toLower();
        QString problem;
        if (lower == QLatin1String("na") || lower == QLatin1String("n/a")) {
            problem = setState(id, ScoreState::NotApplicable, 0, QStringLiteral("--score"));
        } else if (lower == QLatin1String("unknown") || lower == QLatin1String("?")) {
            problem = setState(id, ScoreState::Unknown, 0, QStringLiteral("--score"));
        } else {
            bool ok = false;
            const int level = value.toInt(&ok);
            if (!ok)
                return usage(
                    tr("--score %1: '%2' is not a level; use a whole number, na or unknown.").arg(id, value));
            problem = setState(id, ScoreState::Level, level, QStringLiteral("--score"));
        }
        if (!problem.isEmpty())
            return usage(problem);
    }
    for (const QString &id : listValues(p, QStringLiteral("na"), true)) {
        if (const QString problem = setState(id, ScoreState::NotApplicable, 0, QStringLiteral("--na"));
            !problem.isEmpty())
            return usage(problem);
    }
    for (const QString &id : listValues(p, QStringLiteral("unknown"), true)) {
        if (const QString problem = setState(id, ScoreState::Unknown, 0, QStringLiteral("--unknown"));
            !problem.isEmpty())
            return usage(problem);
    }
    struct Note
    {
        QString option;
        ScoreEntry::Note note;
        QString id;
        QString value;
    };
    QList<Note> notes;
    for (const QString &option :
         {QStringLiteral("rationale"), QStringLiteral("evidence"), QStringLiteral("confidence")}) {
        for (const QString &item : listValues(p, option, false)) {
            QString id, value;
            if (!splitPair(item, &id, &value))
                return usage(tr("--%1 needs CRITERION=TEXT (got '%2').").arg(option, item));
            if (option == QLatin1String("confidence")) {
                value = value.toLower();
                if (value.isEmpty() || !confidenceFromString(value))
                    return usage(tr("--confidence %1: use low, medium or high (got '%2').").arg(id, value));
            }
            const ScoreEntry::Note note = option == QLatin1String("rationale") ? ScoreEntry::Note::Rationale
                : option == QLatin1String("evidence")                          ? ScoreEntry::Note::Evidence
                                                                               : ScoreEntry::Note::Confidence;
            notes.append({option, note, id, value});
        }
    }
    const QStringList cleared = listValues(p, QStringLiteral("clear"), true);
    for (const QString &id : cleared) {
        if (given.contains(id))
            return usage(tr("%1 is given twice (%2); give each criterion one score.")
                             .arg(id, QStringLiteral("--clear")));
    }

    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto useCase = UseCaseRepository(**db).get(p.positionalArguments().first());
    if (!useCase)
        return fail(ctx, useCase.error());
    auto rubric = RubricRepository(**db).get(rubricId);
    if (!rubric)
        return fail(ctx, rubric.error());
    // Every answer is checked against the rubric before anything is read or written.
    for (const QString &id : order) {
        if (Status s = ScoreEntry::check(*rubric, id, given[id].state, given[id].level); !s)
            return fail(ctx, s.error());
    }
    for (const QString &id : cleared) {
        if (Status s = ScoreEntry::checkCriterion(*rubric, id); !s)
            return fail(ctx, s.error());
    }

    AssessmentRepository repo(**db);
    auto existing = repo.find(useCase->uuid, rubric->uuid, assessor);
    if (!existing)
        return fail(ctx, existing.error());
    const std::optional<QString> organization = p.isSet(QStringLiteral("organization"))
        ? std::optional<QString>(p.value(QStringLiteral("organization")))
        : std::nullopt;
    Assessment a = ScoreEntry::start(*existing, useCase->uuid, rubric->uuid, assessor, organization,
                                     p.isSet(QStringLiteral("replace")));
    // A new state keeps the criterion's rationale, evidence and confidence unless they are given.
    for (const QString &id : cleared) {
        if (Status s = ScoreEntry::clear(a, *rubric, id); !s)
            return fail(ctx, s.error());
    }
    for (const QString &id : order) {
        if (Status s = ScoreEntry::enter(a, *rubric, id, given[id].state, given[id].level); !s)
            return fail(ctx, s.error());
    }
    for (const Note &n : notes) {
        const Status s = ScoreEntry::setNote(a, *rubric, n.id, n.note, n.value);
        if (!s && s.error().code == ErrorCode::Usage)
            return usage(tr("--%1 %2: %2 has no score; give --score, --na or --unknown for it too.")
                             .arg(n.option, n.id));
        if (!s)
            return fail(ctx, s.error());
    }
    if (given.isEmpty() && notes.isEmpty() && cleared.isEmpty() && !*existing)
        return usage(tr("assess needs at least one --score, --na or --unknown."));

    auto saved = repo.save(a);
    if (!saved)
        return fail(ctx, saved.error());
    const ScoreResult result = ScoringEngine::score(*rubric, *saved);
    QString index = result.index ? QString::number(*result.index, 'f', 1) : tr("not available");
    if (result.isIncomplete())
        index += tr(" (incomplete)");
    out() << tr("%1 assessment of %2 by %3 against \"%4\" version %5: %6 of %7 criteria scored, index %8.")
                 .arg(saved->revision == 1 ? tr("Created") : tr("Updated"), useCase->code,
                      saved->assessorName, rubric->name)
                 .arg(rubric->version)
                 .arg(result.answeredCriteria)
                 .arg(result.totalCriteria)
                 .arg(index)
          << Qt::endl;
    return Success;
}

// ---- scores -------------------------------------------------------------------------------------

/// "B1: 1 of 2 assessors" for each knock-out of a use case.
QStringList knockoutTexts(const UseCaseScore &u)
{
    QStringList texts;
    for (const KnockoutHit &k : u.aggregate.overall.knockouts)
        texts.append(tr("%1: %2 of %3 assessors").arg(k.criterionId).arg(k.assessors).arg(k.of));
    return texts;
}

void printKnockouts(const ScoreReport &report)
{
    for (const UseCaseScore &u : report.useCases) {
        for (const KnockoutHit &k : u.aggregate.overall.knockouts)
            out() << tr("Knock-out %1 %2 (%3): %4 of %5 assessors")
                         .arg(u.useCase.code, k.criterionId, k.flag)
                         .arg(k.assessors)
                         .arg(k.of)
                  << '\n';
    }
}

void printScoreTable(const ScoreReport &report)
{
    const Rubric &r = report.rubric;
    out() << tr("Rubric: %1, version %2 (%3)").arg(r.name).arg(r.version).arg(r.uuid) << '\n';
    if (report.useCases.isEmpty()) {
        out() << tr("No use case has been assessed against this rubric version.") << '\n';
        out().flush();
        return;
    }
    QString header =
        QStringLiteral("%1  %2  %3")
            .arg(tr("RANK").leftJustified(4), tr("CODE").leftJustified(12), tr("INDEX").rightJustified(5));
    header += QStringLiteral("  ") + tr("COVER").rightJustified(5);
    for (const auto &d : r.dimensions)
        header += QStringLiteral("  ") + ellipsize(d.id, 4).rightJustified(4);
    header += QStringLiteral("  %1  %2  %3  %4")
                  .arg(tr("N").rightJustified(2), tr("SPREAD").rightJustified(6),
                       tr("TITLE").leftJustified(36), tr("FLAGS"));
    out() << header << '\n';
    for (const UseCaseScore &u : report.useCases) {
        QString line = QStringLiteral("%1  %2  %3")
                           .arg((u.rank ? QString::number(*u.rank) : QStringLiteral("-")).leftJustified(4),
                                ellipsize(u.useCase.code, 12).leftJustified(12),
                                formatNumber(u.overall, 1).rightJustified(5));
        line += QStringLiteral("  ") + percent(u.coverage).rightJustified(5);
        for (const DimensionScore &d : u.aggregate.overall.dimensions)
            line += QStringLiteral("  ") + formatNumber(d.mean, 1).rightJustified(4);
        line += QStringLiteral("  %1  %2  %3  %4")
                    .arg(QString::number(u.assessors.size()).rightJustified(2),
                         formatNumber(u.spread, 1).rightJustified(6),
                         ellipsize(u.useCase.title, 36).leftJustified(36),
                         ScoreFlag::toStrings(u.flags).join(QLatin1String(" ")));
        out() << line.trimmed() << '\n';
    }
    out() << '\n'
          << tr("Index 0-100; dimension columns are weighted means on the %1-%2 scale; N assessors; spread "
                "in index "
                "points.")
                 .arg(r.scaleMin)
                 .arg(r.scaleMax)
          << '\n';
    out() << tr("Cover: share of the rubric's weight scored; below %1 a use case keeps its partial index "
                "but is not ranked.")
                 .arg(percent(r.minCoverage))
          << '\n';
    printKnockouts(report);
    printAgreement(report);
    out().flush();
}

void printScoreCsv(const ScoreReport &report)
{
    CsvWriteOptions options;
    options.byteOrderMark = false;
    const CsvWriter writer(options);
    QStringList header{QStringLiteral("rank"), QStringLiteral("uuid"), QStringLiteral("code"),
                       QStringLiteral("title"), QStringLiteral("overall")};
    for (const auto &d : report.rubric.dimensions)
        header.append(QStringLiteral("dimension_") + d.id);
    header += {QStringLiteral("assessors"), QStringLiteral("spread"), QStringLiteral("flags"),
               QStringLiteral("knockouts"), QStringLiteral("coverage")};
    QList<QStringList> records;
    auto cell = [](const std::optional<double> &v, int decimals) {
        return v && std::isfinite(*v) ? QString::number(*v, 'f', decimals) : QString();
    };
    for (const UseCaseScore &u : report.useCases) {
        QStringList row{u.rank ? QString::number(*u.rank) : QString(), u.useCase.uuid, u.useCase.code,
                        u.useCase.title, cell(u.overall, 2)};
        for (const DimensionScore &d : u.aggregate.overall.dimensions)
            row.append(cell(d.mean, 2));
        row += {QString::number(u.assessors.size()), cell(u.spread, 2),
                ScoreFlag::toStrings(u.flags).join(QLatin1String("; ")),
                knockoutTexts(u).join(QLatin1String("; ")), QString::number(u.coverage, 'f', 4)};
        records.append(row);
    }
    out() << QString::fromUtf8(writer.write(header, records));
    out().flush();
}

int cmdScores(const Context &ctx, const QCommandLineParser &p)
{
    const QString format = p.value(QStringLiteral("format"));
    QString message;
    if (!formatAllowed(format, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")},
                       &message))
        return usage(message);
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto report = ScoreReportLoader::load(**db, p.value(QStringLiteral("rubric")));
    if (!report)
        return fail(ctx, report.error());
    if (format == QLatin1String("json")) {
        out() << QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented));
        out().flush();
    } else if (format == QLatin1String("csv")) {
        printScoreCsv(*report);
    } else {
        printScoreTable(*report);
    }
    return Success;
}

} // namespace

Command rubricCommand()
{
    return {QStringLiteral("rubric"),
            QStringLiteral("rubric list [--format table|json] | rubric import FILE | rubric export ID --out "
                           "FILE [--force]"),
            tr("List the stored rubric versions, import a rubric from its JSON form (docs/rubric-json.md) or "
               "export "
               "one (by UUID, series UUID or name: the newest version)."),
            [](QCommandLineParser &p) {
                p.addOption(formatOption(QStringLiteral("table, json"), QStringLiteral("table")));
                p.addOption({QStringLiteral("out"),
                             tr("export: where to write the rubric (- for standard output)."), tr("file")});
                p.addOption({QStringLiteral("force"), tr("export: replace FILE if it exists.")});
                p.addPositionalArgument(QStringLiteral("SUBCOMMAND"), tr("list, import or export."));
                p.addPositionalArgument(QStringLiteral("ARG"), tr("import: the FILE; export: the rubric."),
                                        QStringLiteral("[ARG]"));
            },
            cmdRubric,
            true};
}

Command assessCommand()
{
    return {QStringLiteral("assess"),
            QStringLiteral(
                "assess USECASE --rubric RUBRIC [--assessor NAME] [--organization ORG] [--score "
                "CRIT=LEVEL]... "
                "[--na CRIT]... [--unknown CRIT]... [--rationale CRIT=TEXT]... [--evidence CRIT=LINK]... "
                "[--confidence CRIT=low|medium|high]... [--clear CRIT]... [--replace]"),
            tr("Create or update one assessor's assessment of a use case (UUID or code) against a rubric "
               "version. "
               "Criteria not given keep their earlier answer (or stay unscored); --replace starts from an "
               "empty sheet. "
               "Another assessor's assessment is never changed."),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("rubric"),
                             tr("The rubric: version UUID, series UUID or name (newest version)."),
                             tr("rubric")});
                p.addOption({QStringLiteral("assessor"),
                             tr("The assessor's name (default: $CASEBOOK_CONTRIBUTOR); scores are kept under "
                                "$CASEBOOK_ASSESSOR_ID when it is your own name, else under the name."),
                             tr("name")});
                p.addOption({QStringLiteral("organization"), tr("The assessor's organization."), tr("org")});
                p.addOption({QStringLiteral("score"),
                             tr("A level for a criterion, e.g. A1=3 (also A1=na, A1=unknown; "
                                "several with commas)."),
                             tr("crit=level")});
                p.addOption({QStringLiteral("na"), tr("A criterion that does not apply."), tr("crit")});
                p.addOption({QStringLiteral("unknown"),
                             tr("A criterion whose level is unknown (scores as the lowest "
                                "level and is flagged)."),
                             tr("crit")});
                p.addOption(
                    {QStringLiteral("rationale"), tr("Why, for one criterion: CRIT=TEXT."), tr("crit=text")});
                p.addOption({QStringLiteral("evidence"), tr("An evidence link for one criterion: CRIT=LINK."),
                             tr("crit=link")});
                p.addOption({QStringLiteral("confidence"),
                             tr("Confidence for one criterion: CRIT=low|medium|high."), tr("crit=level")});
                p.addOption({QStringLiteral("clear"), tr("Make a criterion unscored again."), tr("crit")});
                p.addOption({QStringLiteral("replace"),
                             tr("Start from an empty sheet instead of the earlier answers.")});
                p.addPositionalArgument(QStringLiteral("USECASE"), tr("UUID or code of the use case."));
            },
            cmdAssess,
            true};
}

Command scoresCommand()
{
    return {QStringLiteral("scores"), QStringLiteral("scores [--rubric ID] [--format table|json|csv]"),
            tr("Per use case: the overall index, its coverage of the rubric's weight, dimension subtotals, "
               "assessors, spread, flags, knock-outs (how many assessors scored at or below the rule) and "
               "rank (not for a use case below the rubric's minimum coverage) for one rubric version, and "
               "the agreement between assessors (Krippendorff's alpha). Without --rubric: the "
               "version with "
               "the most assessments."),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("rubric"),
                             tr("The rubric: version UUID, series UUID or name (newest version)."),
                             tr("rubric")});
                p.addOption(formatOption(QStringLiteral("table, json, csv"), QStringLiteral("table")));
            },
            cmdScores};
}

} // namespace casebook::cli
