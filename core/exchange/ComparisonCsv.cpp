#include "exchange/ComparisonCsv.h"

#include "exchange/CsvWriter.h"

#include <cmath>

namespace casebook {

namespace {

QString cell(const std::optional<double> &v, int decimals = 2)
{
    return v && std::isfinite(*v) ? QString::number(*v, 'f', decimals) : QString();
}

} // namespace

QByteArray ComparisonCsv::write(const ComparisonResult &comparison)
{
    const Rubric &rubric = comparison.rubric;
    QStringList header{QStringLiteral("rank"),  QStringLiteral("uuid"),    QStringLiteral("code"),
                       QStringLiteral("title"), QStringLiteral("overall"), QStringLiteral("coverage")};
    for (const RubricDimension &d : rubric.dimensions)
        header.append(QStringLiteral("dimension_") + d.id);
    for (const RubricDimension &d : rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria)
            header.append(QStringLiteral("median_") + c.id);
    }
    header.append(QStringLiteral("flags"));
    QList<QStringList> records;
    for (const UseCaseScore &u : comparison.scores.useCases) {
        QStringList row{u.rank ? QString::number(*u.rank) : QString(),
                        u.useCase.uuid,
                        u.useCase.code,
                        u.useCase.title,
                        cell(u.overall),
                        QString::number(u.coverage, 'f', 4)};
        for (const DimensionScore &d : u.aggregate.overall.dimensions)
            row.append(cell(d.mean));
        for (const CriterionAggregate &c : u.aggregate.criteria)
            row.append(c.summary ? cell(c.summary->median) : QString());
        row.append(ScoreFlag::toStrings(u.flags).join(QLatin1String("; ")));
        records.append(row);
    }
    CsvWriteOptions options;
    options.byteOrderMark = false;
    return CsvWriter(options).write(header, records);
}

} // namespace casebook
