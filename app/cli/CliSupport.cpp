#include "cli/CliSupport.h"

#include "exchange/CsvWriter.h"
#include "model/AssessorIdentity.h"
#include "model/UseCaseValidator.h"
#include "support/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace casebook::cli {

namespace {

QJsonObject summaryJson(const UseCaseSummary &s)
{
    auto arr = [](const QStringList &l) { return QJsonArray::fromStringList(l); };
    return QJsonObject{{QStringLiteral("uuid"), s.uuid},
                       {QStringLiteral("code"), s.code},
                       {QStringLiteral("title"), s.title},
                       {QStringLiteral("tags"), arr(s.tags)},
                       {QStringLiteral("verticals"), arr(s.verticals)},
                       {QStringLiteral("regions"), arr(s.regions)},
                       {QStringLiteral("deployment_stage"), s.deploymentStage},
                       {QStringLiteral("approval_status"), s.approvalStatus},
                       {QStringLiteral("revision"), s.revision},
                       {QStringLiteral("modified_at"), toIsoUtc(s.modifiedAt)}};
}

void printTable(const QList<UseCaseSummary> &rows)
{
    const QString header = QStringLiteral("%1  %2  %3  %4")
                               .arg(tr("CODE").leftJustified(12), tr("TITLE").leftJustified(48),
                                    tr("STAGE").leftJustified(11), tr("TAGS"));
    out() << header.trimmed() << '\n';
    for (const auto &r : rows) {
        out() << QStringLiteral("%1  %2  %3  %4")
                     .arg(ellipsize(r.code, 12).leftJustified(12), ellipsize(r.title, 48).leftJustified(48),
                          r.deploymentStage.leftJustified(11), r.tags.join(QLatin1String(", ")))
                     .trimmed()
              << '\n';
    }
    out().flush();
}

} // namespace

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("casebook::cli", text, disambiguation, n);
}

int exitFor(const Error &e)
{
    switch (e.code) {
    case ErrorCode::Usage:
    case ErrorCode::NotFound: return UsageError;
    case ErrorCode::InputRejected:
    case ErrorCode::NotCasebook:
    case ErrorCode::NewerVersion:
    case ErrorCode::Cancelled: return InputRejected;
    case ErrorCode::Corrupt:
    case ErrorCode::Storage: return StorageFailure;
    }
    return StorageFailure;
}

int fail(const Context &ctx, const Error &e)
{
    err() << "casebook-cli: " << e.message << Qt::endl;
    if (ctx.verbose && !e.detail.isEmpty())
        err() << "detail: " << e.detail << Qt::endl;
    return exitFor(e);
}

int usage(const QString &message)
{
    err() << "casebook-cli: " << message << Qt::endl;
    return UsageError;
}

Result<std::unique_ptr<Database>> openDb(const Context &ctx, bool create)
{
    Database::OpenOptions options;
    options.create = create;
    options.integrityCheck = Database::IntegrityCheck::Auto;
    options.contributor = qEnvironmentVariable("CASEBOOK_CONTRIBUTOR");
    options.assessorId = qEnvironmentVariable("CASEBOOK_ASSESSOR_ID").trimmed();
    if (!options.assessorId.isEmpty() && AssessorIdentity::normalized(options.assessorId).isEmpty())
        return makeError(
            ErrorCode::Usage,
            tr("CASEBOOK_ASSESSOR_ID must be a UUID (got '%1').").arg(options.assessorId.left(80)));
    auto db = Database::open(ctx.dbPath, options);
    if (!db && db.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound,
                         tr("The database %1 does not exist; create it with 'casebook-cli --db %1 init'.")
                             .arg(ctx.dbPath));
    return db;
}

QCommandLineOption formatOption(const QString &values, const QString &def)
{
    return QCommandLineOption({QStringLiteral("f"), QStringLiteral("format")},
                              tr("Output format: %1 (default: %2).").arg(values, def), tr("format"), def);
}

bool formatAllowed(const QString &format, const QStringList &allowed, QString *message)
{
    if (allowed.contains(format))
        return true;
    *message = tr("unknown format '%1'; use %2.").arg(format, allowed.join(QLatin1String(", ")));
    return false;
}

QString ellipsize(const QString &s, int width)
{
    const QString flat = UseCaseValidator::asSingleLine(s);
    return flat.size() <= width ? flat : flat.left(width - 1) + QChar(0x2026);
}

int printSummaries(const QList<UseCaseSummary> &rows, const QString &format)
{
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const auto &r : rows)
            array.append(summaryJson(r));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("csv")) {
        CsvWriteOptions options;
        options.byteOrderMark = false; // a stream for scripts; files get a BOM
        const CsvWriter writer(options);
        QList<QStringList> records;
        for (const auto &r : rows)
            records.append({r.uuid, r.code, r.title, r.tags.join(QLatin1String("; ")),
                            r.verticals.join(QLatin1String("; ")), r.regions.join(QLatin1String("; ")),
                            r.deploymentStage, r.approvalStatus, QString::number(r.revision),
                            toIsoUtc(r.modifiedAt)});
        const QStringList header{QStringLiteral("uuid"),
                                 QStringLiteral("code"),
                                 QStringLiteral("title"),
                                 QStringLiteral("tags"),
                                 QStringLiteral("verticals"),
                                 QStringLiteral("regions"),
                                 QStringLiteral("deployment_stage"),
                                 QStringLiteral("approval_status"),
                                 QStringLiteral("revision"),
                                 QStringLiteral("modified_at")};
        out() << QString::fromUtf8(writer.write(header, records));
    } else if (rows.isEmpty()) {
        err() << tr("No use case matches.") << Qt::endl;
    } else {
        printTable(rows);
    }
    out().flush();
    return Success;
}

void noteIgnored(const SearchQuery &query)
{
    constexpr int kShown = 10; // a long list of notes would bury the results
    QStringList beyondLimits;
    int told = 0;
    for (const SearchProblem &problem : query.problems) {
        if (problem.kind == SearchProblem::Kind::TooMany) {
            beyondLimits.append(problem.typed);
            continue;
        }
        if (++told > kShown)
            continue;
        QString line = tr("casebook-cli: note: %1").arg(problem.message());
        if (problem.suggestions.size() == 1)
            line += QLatin1Char(' ') + tr("Did you mean %1?").arg(problem.suggestions.first());
        else if (!problem.suggestions.isEmpty()) // no value is close: the whole (short) list
            line +=
                QLatin1Char(' ') + tr("Try one of %1.").arg(problem.suggestions.join(QLatin1String(", ")));
        err() << line << Qt::endl;
    }
    if (told > kShown)
        err() << tr("casebook-cli: note: %n more not used as typed", nullptr, told - kShown) << Qt::endl;
    if (beyondLimits.isEmpty())
        return;
    QString shown = beyondLimits.mid(0, kShown).join(QLatin1Char(' '));
    if (beyondLimits.size() > kShown)
        shown = tr("%1 and %n more", nullptr, int(beyondLimits.size() - kShown)).arg(shown);
    err() << tr("casebook-cli: note: ignored %1 (beyond %2 words or %3 filter values)")
                 .arg(shown)
                 .arg(SearchQuery::kMaxTerms)
                 .arg(SearchQuery::kMaxFilterValues)
          << Qt::endl;
}

QString formatNumber(const std::optional<double> &v, int decimals)
{
    return v && std::isfinite(*v) ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

/// "0.812 [0.610, 0.950] reliable": alpha, its 95% bootstrap interval and its reading.
QString alphaText(const AlphaEstimate &e)
{
    QString text = formatNumber(e.result.alpha, 3);
    if (e.low && e.high)
        text += QStringLiteral(" [%1, %2]").arg(formatNumber(e.low, 3), formatNumber(e.high, 3));
    const AlphaReading reading = AlphaBootstrap::reading(e.result.alpha);
    switch (reading) {
    case AlphaReading::Reliable: return text + QLatin1Char(' ') + tr("reliable");
    case AlphaReading::Tentative: return text + QLatin1Char(' ') + tr("tentative");
    case AlphaReading::Unreliable: return text + QLatin1Char(' ') + tr("do not rely on it");
    case AlphaReading::NotComputable: break;
    }
    return tr("not computable");
}

/// The agreement per criterion, one line each.
void printCriterionAgreement(const ScoreReport &report)
{
    out() << tr("Per criterion (alpha [95% bootstrap interval], interval; ordinal; pairable values):")
          << '\n';
    for (const CriterionAgreement &c : report.criterionAgreement)
        out() << QStringLiteral("  %1  %2; %3; %4")
                     .arg(c.criterionId.leftJustified(4), alphaText(c.interval), alphaText(c.ordinal))
                     .arg(c.interval.result.pairableValues)
              << '\n';
}

/// "58%".
QString percent(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100));
}

void printAgreement(const ScoreReport &report)
{
    if (report.alphaInterval.result.isComputable()) {
        out() << tr("Agreement (Krippendorff's alpha over %1 pairable values): interval %2, ordinal %3.")
                     .arg(report.alphaInterval.result.pairableValues)
                     .arg(alphaText(report.alphaInterval), alphaText(report.alphaOrdinal))
              << '\n';
        printCriterionAgreement(report);
    } else {
        out() << tr(
            "Agreement: not computable (it needs at least two assessors scoring the same criteria, with "
            "some variation).")
              << '\n';
    }
}

void addSelectionOptions(QCommandLineParser &p)
{
    p.addOption(
        {QStringLiteral("ids"), tr("Only these use cases: UUIDs or codes separated by commas."), tr("list")});
    p.addOption({QStringLiteral("tag"), tr("Only use cases with this tag (or a tag below it)."), tr("tag")});
    p.addOption({QStringLiteral("query"), tr("Only use cases that match this search (see docs/search.md)."),
                 tr("query")});
    p.addOption({QStringLiteral("since"),
                 tr("Only use cases modified on or after this date (2026-03-01 or ISO 8601)."), tr("date")});
    p.addOption({QStringLiteral("include-restricted"),
                 tr("Also export use cases whose sharing level is restricted (left out otherwise, even when "
                    "--ids names them).")});
}

Result<ExportSelection> selectionFrom(const QCommandLineParser &p)
{
    ExportSelection s;
    const QStringList ids = p.value(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &id : ids) {
        if (!id.trimmed().isEmpty())
            s.ids.append(id.trimmed());
    }
    if (p.isSet(QStringLiteral("ids")) && s.ids.isEmpty())
        return makeError(ErrorCode::Usage, tr("--ids needs at least one UUID or code."));
    s.tag = p.value(QStringLiteral("tag")).trimmed();
    if (p.isSet(QStringLiteral("tag")) && s.tag.isEmpty())
        return makeError(ErrorCode::Usage, tr("--tag needs a tag."));
    s.query = p.value(QStringLiteral("query"));
    noteIgnored(SearchQuery::parse(s.query));
    if (p.isSet(QStringLiteral("since"))) {
        s.since = ExportSelection::parseSince(p.value(QStringLiteral("since")));
        if (!s.since.isValid())
            return makeError(ErrorCode::Usage,
                             tr("--since needs a date such as 2026-03-01, not '%1'.")
                                 .arg(p.value(QStringLiteral("since"))));
    }
    s.includeRestricted = p.isSet(QStringLiteral("include-restricted"));
    return s;
}

void noteRestrictedLeftOut(const ExportSelection &selection, const QStringList &leftOut, QTextStream &stream)
{
    constexpr int kNamed = 10; // name a few; a long list would bury the result
    const int n = int(leftOut.size());
    if (n == 0)
        return;
    if (selection.ids.isEmpty()) {
        stream << tr("Left out %n restricted use case(s) (use --include-restricted to include them).",
                     nullptr, n)
               << Qt::endl;
        return;
    }
    QString named = leftOut.mid(0, kNamed).join(QLatin1String(", "));
    if (n > kNamed)
        named = tr("%1 and %n more", nullptr, n - kNamed).arg(named);
    stream
        << tr("Left out %n restricted use case(s) named by --ids: %1. Restricted use cases leave only with "
              "--include-restricted.",
              nullptr, n)
               .arg(named)
        << Qt::endl;
}

QString existingTargetProblem(const QString &target, const QCommandLineParser &p)
{
    if (!QFileInfo::exists(target) || p.isSet(QStringLiteral("force")))
        return {};
    return tr("%1 already exists; choose another name or add --force to replace it.").arg(target);
}

bool policyFrom(const QString &value, MergePolicy *policy)
{
    if (value == QLatin1String("keep-mine"))
        *policy = MergePolicy::KeepMine;
    else if (value == QLatin1String("take-theirs"))
        *policy = MergePolicy::TakeTheirs;
    else if (value == QLatin1String("newest"))
        *policy = MergePolicy::Newest;
    else
        return false;
    return true;
}

Result<QByteArray> readInputFile(const QString &path, qint64 maxBytes)
{
    QFile in;
    if (path == QLatin1String("-")) {
        if (!in.open(stdin, QIODevice::ReadOnly))
            return makeError(ErrorCode::InputRejected, tr("Cannot read standard input."));
    } else {
        in.setFileName(path);
        if (!in.exists())
            return makeError(ErrorCode::InputRejected, tr("%1 does not exist.").arg(path));
        if (!in.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::InputRejected, tr("Cannot read %1: %2.").arg(path, in.errorString()));
    }
    const QByteArray bytes = in.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return makeError(ErrorCode::InputRejected,
                         tr("%1 is larger than %2 MB.").arg(path).arg(maxBytes / (1024 * 1024)));
    return bytes;
}

} // namespace casebook::cli
