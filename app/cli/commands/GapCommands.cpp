// casebook-cli gaps: the gap register (docs/cli.md).
#include "cli/CliSupport.h"
#include "exchange/CsvWriter.h"
#include "report/GapRegister.h"
#include "storage/GapRepository.h"

#include <QJsonDocument>
#include <QSet>

namespace casebook::cli {

namespace {

QString noneLabel()
{
    return tr("(none)");
}

void printGapTable(const QList<GapGroup> &groups, bool grouped)
{
    for (const GapGroup &g : groups) {
        if (grouped)
            out() << "\n"
                  << (g.key.isEmpty() ? noneLabel() : ellipsize(g.key, 60)) << " ("
                  << tr("%n gap(s)", nullptr, int(g.gaps.size())) << ")\n";
        for (const GapEntry &e : g.gaps)
            out() << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                         .arg(ellipsize(e.useCaseCode, 14), -14)
                         .arg(ellipsize(e.gap.facet, 11), -11)
                         .arg(ellipsize(e.gap.candidateSdo, 12), -12)
                         .arg(ellipsize(e.gap.question, 8), -8)
                         .arg(ellipsize(e.gap.priority, 6), -6)
                         .arg(ellipsize(e.gap.description, 60));
    }
}

void printShared(const QList<GapEntry> &gaps)
{
    const QList<SharedGap> shared = GapRegister::shared(gaps);
    if (shared.isEmpty())
        return;
    out() << "\n" << tr("Gaps raised by several use cases:") << "\n";
    for (const SharedGap &s : shared)
        out() << QStringLiteral("  %1 / %2: %3 (%4)\n")
                     .arg(s.facet.isEmpty() ? noneLabel() : s.facet,
                          s.candidateSdo.isEmpty() ? noneLabel() : ellipsize(s.candidateSdo, 20),
                          ellipsize(s.gaps.first().gap.description, 50),
                          s.useCaseCodes().join(QLatin1String(", ")));
}

int printGaps(const QList<GapEntry> &gaps, GapRegister::Grouping grouping, const QString &format)
{
    const bool grouped = grouping != GapRegister::Grouping::None;
    const QList<GapGroup> groups = GapRegister::grouped(gaps, grouping);
    if (format == QLatin1String("json")) {
        const QJsonArray array = grouped ? GapRegister::toJson(groups) : GapRegister::toJson(gaps);
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("csv")) {
        CsvWriteOptions options;
        options.byteOrderMark = false; // a stream for scripts
        out() << QString::fromUtf8(
            CsvWriter(options).write(GapRegister::csvHeader(grouped), GapRegister::csvRows(groups, grouped)));
    } else if (gaps.isEmpty()) {
        err() << tr("No gap matches.") << Qt::endl;
    } else {
        QSet<QString> useCases;
        for (const GapEntry &e : gaps)
            useCases.insert(e.useCaseUuid);
        out() << tr("%n gap(s)", nullptr, int(gaps.size())) << ", "
              << tr("%n use case(s)", nullptr, int(useCases.size())) << "\n";
        printGapTable(groups, grouped);
        printShared(gaps);
    }
    out().flush();
    return Success;
}

int cmdGaps(const Context &ctx, const QCommandLineParser &p)
{
    const QString format = p.value(QStringLiteral("format"));
    QString message;
    if (!formatAllowed(format, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")},
                       &message))
        return usage(message);
    const auto grouping = GapRegister::groupingFrom(p.value(QStringLiteral("group-by")));
    if (!grouping)
        return usage(tr("unknown grouping '%1'; use facet, sdo, question, status or none.")
                         .arg(p.value(QStringLiteral("group-by"))));
    ExportSelection selection; // the gaps leave the repository: restricted use cases as in every export
    selection.query = p.positionalArguments().join(QLatin1Char(' '));
    selection.includeRestricted = p.isSet(QStringLiteral("include-restricted"));
    const SearchQuery query = SearchQuery::parse(selection.query);
    noteIgnored(query);
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto chosen = selection.select(**db);
    if (!chosen)
        return fail(ctx, chosen.error());
    auto gaps = GapRepository(**db).gapsOf(chosen->uuids);
    if (!gaps)
        return fail(ctx, gaps.error());
    const int status = printGaps(GapRegister::filtered(*gaps, query), *grouping, format);
    if (!chosen->restrictedLeftOut.isEmpty())
        err() << tr(
            "casebook-cli: note: left out the gaps of %n restricted use case(s) (use --include-restricted "
            "to include them).",
            nullptr, int(chosen->restrictedLeftOut.size()))
              << Qt::endl;
    return status;
}

} // namespace

Command gapsCommand()
{
    return {
        QStringLiteral("gaps"),
        QStringLiteral("gaps [QUERY] [--group-by facet|sdo|question|status|none] [--format table|json|csv] "
                       "[--include-restricted]"),
        tr("The gap register: every standardization gap of the use cases matching QUERY (all without one), "
           "grouped and counted; gap:semantic, sdo:ETSI and question:Q2/20 select gaps, e.g. gaps sdo:ETSI "
           "--group-by question. Restricted use cases are left out unless --include-restricted."),
        [](QCommandLineParser &p) {
            p.addOption(formatOption(QStringLiteral("table, json, csv"), QStringLiteral("table")));
            p.addOption({QStringLiteral("group-by"),
                         tr("Group by facet, sdo, question, status or none (default: facet)."), tr("field"),
                         QStringLiteral("facet")});
            p.addOption({QStringLiteral("include-restricted"),
                         tr("Also list the gaps of use cases whose sharing level is restricted (left out "
                            "otherwise, as in every export).")});
            p.addPositionalArgument(QStringLiteral("QUERY"),
                                    tr("Words, \"phrases\", prefix*, -word, key:value filters."));
        },
        cmdGaps,
        true};
}

} // namespace casebook::cli
