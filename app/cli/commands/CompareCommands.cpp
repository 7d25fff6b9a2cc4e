// casebook-cli compare: use cases side by side under chosen weights (docs/cli.md, docs/scoring.md).
// The comparison itself is core (ComparisonLoader, Comparison, ComparisonJson, ComparisonCsv); this file
// reads the options and prints.
#include "cli/CliSupport.h"

#include "exchange/ComparisonCsv.h"
#include "report/ComparisonLoader.h"
#include "scoring/ComparisonJson.h"

#include <QJsonDocument>

namespace casebook::cli {

namespace {

constexpr qint64 kMaxWeightsBytes = 1024 * 1024;

/// --weights or --weights-file; both is a usage error.
Result<WeightSet> weightsFrom(const QCommandLineParser &p)
{
    const bool inline_ = p.isSet(QStringLiteral("weights"));
    const bool file = p.isSet(QStringLiteral("weights-file"));
    if (inline_ && file)
        return makeError(ErrorCode::Usage,
                         tr("Give the weights once: --weights or --weights-file, not both."));
    if (inline_) {
        auto set = WeightSet::parse(p.value(QStringLiteral("weights")));
        if (!set)
            return makeError(ErrorCode::Usage, tr("--weights: %1").arg(set.error().message));
        if (set->isEmpty())
            return makeError(ErrorCode::Usage,
                             tr("--weights needs KEY=NUMBER items, for example A=40,B=16."));
        return set;
    }
    if (!file)
        return WeightSet();
    const QString path = p.value(QStringLiteral("weights-file"));
    auto bytes = readInputFile(path, kMaxWeightsBytes);
    if (!bytes)
        return bytes.error();
    return WeightSet::fromFile(*bytes, path);
}

/// --top and --stability.
Result<ComparisonOptions> optionsFrom(const QCommandLineParser &p)
{
    ComparisonOptions options;
    if (p.isSet(QStringLiteral("top"))) {
        bool ok = false;
        options.top = p.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || options.top < 1)
            return makeError(
                ErrorCode::Usage,
                tr("--top needs a whole number of 1 or more, not '%1'.").arg(p.value(QStringLiteral("top"))));
    }
    const QString stability = p.value(QStringLiteral("stability"));
    if (stability == QLatin1String("criteria")) {
        options.dimensionStability = false;
        options.criterionStability = true;
    } else if (stability == QLatin1String("all")) {
        options.criterionStability = true;
    } else if (stability != QLatin1String("dimensions")) {
        return makeError(ErrorCode::Usage,
                         tr("--stability takes dimensions, criteria or all, not '%1'.").arg(stability));
    }
    return options;
}

/// "A 40, B 16, C 24, D 20": the dimensions' weights in force.
QString dimensionWeights(const ComparisonResult &c)
{
    QStringList parts;
    for (const RubricDimension &d : c.scores.rubric.dimensions)
        parts.append(
            QStringLiteral("%1 %2").arg(d.id, QString::number(WeightSet::dimensionWeight(d), 'g', 6)));
    return parts.join(QLatin1String(", "));
}

void printRows(const ComparisonResult &c)
{
    QString header = QStringLiteral("%1  %2  %3  %4")
                         .arg(tr("RANK").leftJustified(4), tr("CODE").leftJustified(12),
                              tr("INDEX").rightJustified(5), tr("COVER").rightJustified(5));
    for (const RubricDimension &d : c.rubric.dimensions)
        header += QStringLiteral("  ") + ellipsize(d.id, 4).rightJustified(4);
    header += QStringLiteral("  %1  %2").arg(tr("TITLE").leftJustified(36), tr("FLAGS"));
    out() << header << '\n';
    for (const UseCaseScore &u : c.scores.useCases) {
        QString line =
            QStringLiteral("%1  %2  %3  %4")
                .arg((u.rank ? QString::number(*u.rank) : QStringLiteral("-")).leftJustified(4),
                     ellipsize(u.useCase.code, 12).leftJustified(12),
                     formatNumber(u.overall, 1).rightJustified(5), percent(u.coverage).rightJustified(5));
        for (const DimensionScore &d : u.aggregate.overall.dimensions)
            line += QStringLiteral("  ") + formatNumber(d.mean, 1).rightJustified(4);
        line += QStringLiteral("  %1  %2")
                    .arg(ellipsize(u.useCase.title, 36).leftJustified(36),
                         ScoreFlag::toStrings(u.flags).join(QLatin1String(" ")));
        out() << line.trimmed() << '\n';
    }
}

void printStability(const ComparisonResult &c)
{
    if (c.stability.isEmpty())
        return;
    out() << tr("Rank stability: each weight, the others held fixed, can move within [low, high] before the "
                "top %n changes:",
                nullptr, c.top)
          << '\n';
    for (const WeightInterval &w : c.stability)
        out() << QStringLiteral("  %1  %2  [%3, %4]")
                     .arg(w.weight.leftJustified(4), formatNumber(w.value, 2).rightJustified(7),
                          formatNumber(w.low, 2), formatNumber(w.high, 2))
              << '\n';
}

void printTable(const ComparisonResult &c)
{
    const Rubric &r = c.rubric;
    out() << tr("Rubric: %1, version %2 (%3)").arg(r.name).arg(r.version).arg(r.uuid) << '\n';
    out() << tr("Weights: %1").arg(dimensionWeights(c)) << '\n';
    printRows(c);
    out() << '\n'
          << tr("Index 0-100; dimension columns are weighted means on the %1-%2 scale; cover: share of the "
                "weight scored (below %3: not ranked).")
                 .arg(r.scaleMin)
                 .arg(r.scaleMax)
                 .arg(percent(r.minCoverage))
          << '\n';
    printStability(c);
    printAgreement(c.scores);
    out().flush();
}

int cmdCompare(const Context &ctx, const QCommandLineParser &p)
{
    const QString format = p.value(QStringLiteral("format"));
    QString message;
    if (!formatAllowed(format, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")},
                       &message))
        return usage(message);
    ComparisonSelection selection;
    auto exportSelection = selectionFrom(p);
    if (!exportSelection)
        return fail(ctx, exportSelection.error());
    selection.selection = *exportSelection;
    selection.workshop = p.value(QStringLiteral("workshop")).trimmed();
    if (p.isSet(QStringLiteral("workshop")) && selection.workshop.isEmpty())
        return usage(tr("--workshop needs a workshop's name."));
    if (Status s = selection.check(); !s)
        return fail(ctx, s.error());
    auto weights = weightsFrom(p);
    if (!weights)
        return fail(ctx, weights.error());
    auto options = optionsFrom(p);
    if (!options)
        return fail(ctx, options.error());
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto loaded =
        ComparisonLoader::load(**db, selection, p.value(QStringLiteral("rubric")), *weights, *options);
    if (!loaded)
        return fail(ctx, loaded.error());
    noteRestrictedLeftOut(selection.selection, loaded->restrictedLeftOut, err());
    if (format == QLatin1String("json"))
        out() << QString::fromUtf8(
            QJsonDocument(ComparisonJson::toJson(loaded->comparison)).toJson(QJsonDocument::Indented));
    else if (format == QLatin1String("csv"))
        out() << QString::fromUtf8(ComparisonCsv::write(loaded->comparison));
    else
        printTable(loaded->comparison);
    out().flush();
    return Success;
}

} // namespace

Command compareCommand()
{
    return {
        QStringLiteral("compare"),
        QStringLiteral("compare (--ids ID,ID... | --tag T | --query Q | --workshop NAME) [--since DATE] "
                       "[--include-restricted] [--rubric R] [--weights A=40,B=16,... | --weights-file F] "
                       "[--top K] [--stability dimensions|criteria|all] [--format table|json|csv]"),
        tr("Compare use cases side by side under one rubric version and chosen weights: index, coverage, "
           "dimension subtotals, each criterion's median, min, max and number of values, flags, rank, the "
           "agreement between assessors and, for each weight, the interval within which the top of the "
           "ranking stays the same. Any number of use cases (the window shows 2 to 12). Restricted use "
           "cases are compared only with --include-restricted."),
        [](QCommandLineParser &p) {
            addSelectionOptions(p);
            p.addOption({QStringLiteral("workshop"),
                         tr("The use cases (and rubric and weights) of a saved workshop; not with --ids, "
                            "--tag, --query or --since."),
                         tr("name")});
            p.addOption({QStringLiteral("rubric"),
                         tr("The rubric: version UUID, series UUID or name (default: the workshop's, else "
                            "the version with the most assessments)."),
                         tr("rubric")});
            p.addOption({QStringLiteral("weights"),
                         tr("Weights by key, e.g. A=40,B=16,A1=6: a dimension (A) sets its total, its "
                            "criteria keeping their proportions; a criterion (A1) sets its own; dimensions "
                            "first, then criteria. Numbers of 0 or more; unknown keys are refused."),
                         tr("key=weight,...")});
            p.addOption({QStringLiteral("weights-file"),
                         tr("Weights from a file: a JSON object {\"A\": 40, \"A1\": 6} (the \"weights\" of "
                            "--format json) or the --weights text, one or more per line."),
                         tr("file")});
            p.addOption({QStringLiteral("top"),
                         tr("Rank stability watches the use cases ranked K or better (default 1)."), tr("k"),
                         QStringLiteral("1")});
            p.addOption({QStringLiteral("stability"),
                         tr("Stability intervals of the dimensions' weights (default), the criteria's, or "
                            "all."),
                         tr("which"), QStringLiteral("dimensions")});
            p.addOption(formatOption(QStringLiteral("table, json, csv"), QStringLiteral("table")));
        },
        cmdCompare};
}

} // namespace casebook::cli
