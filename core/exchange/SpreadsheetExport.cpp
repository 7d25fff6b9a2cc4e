#include "exchange/SpreadsheetExport.h"

#include "exchange/Iec62559XmlWriter.h"
#include "exchange/UseCaseSheet.h"
#include "model/UseCaseJson.h"
#include "scoring/ScoreFlag.h"
#include "scoring/ScoringEngine.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"
#include "storage/UseCaseRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>

#include <algorithm>

namespace casebook {

namespace {

/// Asks the caller's progress whether to go on with use case `done` of `uuids`.
bool stillWanted(const SpreadsheetExport::Progress &progress, int done, const QStringList &uuids)
{
    return !progress || progress(done, int(uuids.size()));
}

Error cancelled()
{
    return makeError(
        ErrorCode::Cancelled,
        QCoreApplication::translate("SpreadsheetExport", "The export was cancelled; nothing was written."));
}

/// Writes `bytes` to `path` atomically: an existing file stays as it was if anything fails.
Status saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("SpreadsheetExport", "Cannot write %1.").arg(path),
                         file.errorString());
    return {};
}

QString stateName(ScoreState state)
{
    switch (state) {
    case ScoreState::Level: return QStringLiteral("level");
    case ScoreState::NotApplicable: return QStringLiteral("not_applicable");
    case ScoreState::Unknown: return QStringLiteral("unknown");
    case ScoreState::Unscored: return QStringLiteral("unscored");
    }
    return {};
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// The short flags of an aggregate: incomplete, unknowns, knock-outs, wide disagreements.
QString flagsOf(const AggregateResult &a)
{
    QList<ScoreFlag> flags;
    if (a.overall.isIncomplete())
        flags.append(ScoreFlag::incomplete());
    for (const QString &c : a.overall.unknownCriteria)
        flags.append(ScoreFlag::of(ScoreFlag::Kind::Unknown, c));
    for (const KnockoutHit &k : a.overall.knockouts)
        flags.append(ScoreFlag::of(ScoreFlag::Kind::Knockout, k.criterionId, k.flag));
    const QStringList disagreements = a.disagreements();
    for (const QString &c : disagreements)
        flags.append(ScoreFlag::of(ScoreFlag::Kind::Disagreement, c));
    return ScoreFlag::toStrings(flags).join(QLatin1String("; "));
}

} // namespace

ExportKind SpreadsheetExport::kindForPath(const QString &path, bool scores)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return ExportKind::UseCasesJson;
    if (QFileInfo(path).suffix().compare(QLatin1String("xml"), Qt::CaseInsensitive) == 0)
        return ExportKind::UseCasesXml;
    return scores ? ExportKind::ScoresCsv : ExportKind::UseCasesCsv;
}

Result<QList<UseCase>> SpreadsheetExport::readUseCases(Database &db, const QStringList &uuids,
                                                       const Progress &progress)
{
    UseCaseRepository repo(db);
    QList<UseCase> useCases;
    useCases.reserve(uuids.size());
    int done = 0;
    for (const QString &uuid : uuids) {
        if (!stillWanted(progress, done++, uuids))
            return cancelled();
        auto u = repo.get(uuid);
        if (!u)
            return u.error();
        useCases.append(std::move(*u));
    }
    return useCases;
}

Result<SheetData> SpreadsheetExport::useCaseSheet(Database &db, const QStringList &uuids,
                                                  const Progress &progress)
{
    auto useCases = readUseCases(db, uuids, progress);
    if (!useCases)
        return useCases.error();
    SheetData sheet;
    sheet.header = UseCaseSheet::headerFor(*useCases);
    sheet.records.reserve(useCases->size());
    for (const UseCase &u : std::as_const(*useCases))
        sheet.records.append(UseCaseSheet::toRow(u, sheet.header));
    return sheet;
}

Result<SheetData> SpreadsheetExport::scoreSheet(Database &db, const QStringList &uuids,
                                                const Progress &progress)
{
    UseCaseRepository useCases(db);
    AssessmentRepository assessments(db);
    RubricRepository rubrics(db);
    QHash<QString, Rubric> rubricCache;

    SheetData sheet;
    sheet.header = {QStringLiteral("row_type"),
                    QStringLiteral("use_case_uuid"),
                    QStringLiteral("use_case_code"),
                    QStringLiteral("use_case_title"),
                    QStringLiteral("rubric_uuid"),
                    QStringLiteral("rubric_name"),
                    QStringLiteral("rubric_version"),
                    QStringLiteral("assessor"),
                    QStringLiteral("assessor_organization"),
                    QStringLiteral("dimension"),
                    QStringLiteral("criterion"),
                    QStringLiteral("criterion_name"),
                    QStringLiteral("weight"),
                    QStringLiteral("state"),
                    QStringLiteral("level"),
                    QStringLiteral("confidence"),
                    QStringLiteral("rationale"),
                    QStringLiteral("evidence"),
                    QStringLiteral("assessed_at"),
                    QStringLiteral("index"),
                    QStringLiteral("assessors"),
                    QStringLiteral("flags")};
    const int columns = int(sheet.header.size());

    int done = 0;
    for (const QString &uuid : uuids) {
        if (!stillWanted(progress, done++, uuids))
            return cancelled();
        auto u = useCases.get(uuid);
        if (!u)
            return u.error();
        auto list = assessments.forUseCase(u->uuid);
        if (!list)
            return list.error();
        auto blank = [&]() {
            QStringList row(columns);
            row[1] = u->uuid;
            row[2] = u->code;
            row[3] = u->title;
            return row;
        };
        if (list->isEmpty()) {
            QStringList row = blank();
            row[0] = QStringLiteral("summary");
            row[20] = QStringLiteral("0");
            sheet.records.append(row);
            continue;
        }
        // Group by rubric version, in a stable order; assessors by name within each.
        QMap<QString, QList<Assessment>> byRubric;
        for (const Assessment &a : std::as_const(*list))
            byRubric[a.rubricUuid].append(a);
        for (auto it = byRubric.begin(); it != byRubric.end(); ++it) {
            if (!rubricCache.contains(it.key())) {
                auto r = rubrics.get(it.key());
                if (!r)
                    return r.error();
                rubricCache.insert(it.key(), *r);
            }
            const Rubric &rubric = rubricCache[it.key()];
            QList<Assessment> &group = it.value();
            std::sort(group.begin(), group.end(), [](const Assessment &a, const Assessment &b) {
                return a.assessorName.compare(b.assessorName, Qt::CaseInsensitive) < 0;
            });
            for (const Assessment &a : std::as_const(group)) {
                for (const RubricDimension &d : rubric.dimensions) {
                    for (const RubricCriterion &c : d.criteria) {
                        QStringList row = blank();
                        row[0] = QStringLiteral("score");
                        row[4] = rubric.uuid;
                        row[5] = rubric.name;
                        row[6] = QString::number(rubric.version);
                        row[7] = a.assessorName;
                        row[8] = a.assessorOrganization;
                        row[9] = d.id;
                        row[10] = c.id;
                        row[11] = c.name;
                        row[12] = QString::number(c.weight);
                        const CriterionScore *s = a.score(c.id);
                        const ScoreState state = s ? s->state : ScoreState::Unscored;
                        row[13] = stateName(state);
                        if (s) {
                            if (state == ScoreState::Level)
                                row[14] = QString::number(s->level);
                            row[15] = confidenceToString(s->confidence);
                            row[16] = s->rationale;
                            row[17] = s->evidence;
                        }
                        row[18] = isoUtc(a.modifiedAt);
                        sheet.records.append(row);
                    }
                }
            }
            const AggregateResult aggregate = ScoringEngine::aggregate(rubric, group);
            QStringList row = blank();
            row[0] = QStringLiteral("summary");
            row[4] = rubric.uuid;
            row[5] = rubric.name;
            row[6] = QString::number(rubric.version);
            row[19] = aggregate.overall.index ? number(*aggregate.overall.index) : QString();
            row[20] = QString::number(aggregate.assessors);
            row[21] = flagsOf(aggregate);
            sheet.records.append(row);
        }
    }
    return sheet;
}

Result<QByteArray> SpreadsheetExport::useCaseJson(Database &db, const QStringList &uuids,
                                                  const Progress &progress)
{
    auto useCases = readUseCases(db, uuids, progress);
    if (!useCases)
        return useCases.error();
    QJsonArray array;
    for (const UseCase &u : std::as_const(*useCases))
        array.append(UseCaseJson::toJson(u));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

Result<QByteArray> SpreadsheetExport::useCaseXml(Database &db, const QStringList &uuids,
                                                 const Progress &progress)
{
    auto useCases = readUseCases(db, uuids, progress);
    if (!useCases)
        return useCases.error();
    return Iec62559XmlWriter::write(*useCases);
}

Result<SelectedUseCases> SpreadsheetExport::exportTo(Database &db, const ExportSelection &selection,
                                                     ExportKind kind, const QString &path,
                                                     const CsvWriteOptions &csvOptions,
                                                     const Progress &progress)
{
    auto chosen = selection.select(db);
    if (!chosen)
        return chosen.error();
    const QStringList &uuids = chosen->uuids;
    if (kind == ExportKind::UseCasesJson || kind == ExportKind::UseCasesXml) {
        auto bytes = kind == ExportKind::UseCasesJson ? useCaseJson(db, uuids, progress)
                                                      : useCaseXml(db, uuids, progress);
        if (!bytes)
            return bytes.error();
        if (Status s = saveBytes(path, *bytes); !s)
            return s.error();
        return chosen;
    }
    auto sheet =
        kind == ExportKind::ScoresCsv ? scoreSheet(db, uuids, progress) : useCaseSheet(db, uuids, progress);
    if (!sheet)
        return sheet.error();
    if (Status s = CsvWriter(csvOptions).writeFile(path, sheet->header, sheet->records); !s)
        return s.error();
    return chosen;
}

} // namespace casebook
