#include "compare/CompareTables.h"

#include "compare/CompareData.h"
#include "compare/DisagreementList.h"
#include "compare/FieldMatrix.h"
#include "compare/WhatIfReport.h"
#include "print/BarChart.h"
#include "print/HeatMapChart.h"
#include "scoring/Agreement.h"
#include "scoring/AlphaBootstrap.h"

#include <QLocale>

#include <cmath>

namespace casebook::ui {

namespace {

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;
constexpr Qt::Alignment kCentre = Qt::AlignCenter;

QString number(double v, int decimals = 1)
{
    return QLocale().toString(v, 'f', decimals);
}

/// A cell of text, with an optional sort value and tooltip, not shaded.
Cell plain(const QString &text, const QVariant &sort = {}, const QString &tip = {})
{
    return Cell{text, sort, tip, QColor(), false, Qt::AlignLeft | Qt::AlignVCenter};
}

Cell hidden()
{
    return Cell{QStringLiteral("?"),
                QVariant(),
                CompareTables::tr("Hidden until the facilitator reveals the scores (R)."),
                QColor(),
                false,
                kCentre};
}

QString readingText(const std::optional<double> &alpha)
{
    switch (AlphaBootstrap::reading(alpha)) {
    case AlphaReading::Reliable: return CompareTables::tr("reliable");
    case AlphaReading::Tentative: return CompareTables::tr("tentative");
    case AlphaReading::Unreliable: return CompareTables::tr("do not rely on it");
    case AlphaReading::NotComputable: break;
    }
    return CompareTables::tr("not computable");
}

Cell alphaCell(const std::optional<double> &alpha)
{
    if (!alpha)
        return Cell{CompareTables::tr("n/a"), QVariant(2.0), readingText(alpha), QColor(), false, kRight};
    return Cell{QLocale().toString(*alpha, 'f', 3), *alpha, readingText(alpha), QColor(), false, kRight};
}

QString assessorLabel(const CompareData &data, const QString &name, const ShowOptions &show)
{
    if (!show.anonymise)
        return name;
    return CompareTables::assessorLetter(int(data.assessorNames().indexOf(name)));
}

const QList<Assessment> *assessmentsOf(const CompareData &data, const QString &uuid)
{
    for (int i = 0; i < data.useCases.size(); ++i) {
        if (data.useCases[i].uuid == uuid)
            return &data.assessments[i];
    }
    return nullptr;
}

/// Krippendorff's alpha (interval) between the assessors of one use case, criteria as units.
std::optional<double> useCaseAlpha(const CompareData &data, const UseCaseScore &score)
{
    const QList<Assessment> *list = assessmentsOf(data, score.useCase.uuid);
    if (!list || list->size() < 2)
        return std::nullopt;
    return Agreement::krippendorffAlpha(Agreement::matrixFromAssessments(data.rubric, *list)).alpha;
}

QList<Cell> rankingRow(const CompareData &data, const WhatIfReport &whatIf, const UseCaseScore &u,
                       const ShowOptions &show)
{
    const std::optional<int> moved = whatIf.moved(u);
    QList<Cell> row;
    if (u.assessors.isEmpty()) {
        row << Cell{CompareTables::tr("not scored"), 1000, {}, QColor(), false, kRight} << plain({})
            << plain(u.useCase.code) << plain(u.useCase.title, {}, u.useCase.title);
        while (row.size() < 9)
            row.append(plain({}));
        return row;
    }
    row.append(u.rank ? Cell{QString::number(*u.rank), *u.rank, {}, QColor(), true, kRight}
                      : Cell{u.coversEnough ? QStringLiteral("–") : CompareTables::tr("partial"), 999,
                             CompareTables::tr("Below the rubric's minimum coverage: listed, not ranked."),
                             QColor(), false, kRight});
    row.append(Cell{CompareTables::movedText(moved), moved.value_or(0),
                    moved && *moved != 0 ? CompareTables::tr("Rank with the rubric's weights: %1")
                                               .arg(*whatIf.baselineRanks.value(u.useCase.uuid))
                                         : QString(),
                    QColor(), false, kCentre});
    row.append(Cell{u.useCase.code, {}, {}, QColor(), false, Qt::AlignLeft | Qt::AlignVCenter});
    row.append(Cell{u.useCase.title, {}, u.useCase.title, QColor(), false, Qt::AlignLeft | Qt::AlignVCenter});
    if (show.hideScores) {
        row << hidden() << hidden();
    } else {
        row.append(u.overall ? Cell{number(*u.overall), *u.overall, {}, QColor(), true, kRight}
                             : Cell{CompareTables::tr("n/a"), -1.0, {}, QColor(), false, kRight});
        const auto range = BarChart::assessorRange(u);
        row.append(
            range ? Cell{CompareTables::tr("%1–%2").arg(number(range->first, 0), number(range->second, 0)),
                         range->second - range->first,
                         CompareTables::tr("Lowest and highest of the assessors' own indices (assessors: %1)")
                             .arg(u.assessors.size()),
                         QColor(), false, kRight}
                  : Cell{QStringLiteral("–"), -1.0, {}, QColor(), false, kRight});
    }
    const QString coverage = QLocale().toString(std::lround(u.coverage * 100)) + QLatin1Char('%');
    row.append(Cell{u.coversEnough ? coverage : CompareTables::tr("%1 (below minimum)").arg(coverage),
                    u.coverage,
                    {},
                    QColor(),
                    !u.coversEnough,
                    kRight});
    const std::optional<double> alpha = useCaseAlpha(data, u);
    Cell agreement = alphaCell(alpha);
    agreement.text = alpha ? CompareTables::tr("α %1, %2").arg(agreement.text, readingText(alpha))
                           : CompareTables::tr("one assessor");
    agreement.align = Qt::AlignLeft | Qt::AlignVCenter;
    row.append(agreement);
    const QString flags = ScoreFlag::toStrings(u.flags).join(QStringLiteral(", "));
    row.append(Cell{flags, {}, flags, QColor(), false, Qt::AlignLeft | Qt::AlignVCenter});
    return row;
}

QString heatTip(const CompareData &data, const UseCaseScore &u, const RubricCriterion &criterion,
                const HeatCell &cell, const ShowOptions &show)
{
    QStringList lines{criterion.id + QLatin1Char(' ') + criterion.name};
    if (cell.median) {
        const int level = int(std::lround(*cell.median));
        lines.append(CompareTables::tr("Level %1: %2")
                         .arg(level)
                         .arg(criterion.levels.value(level - data.rubric.scaleMin).simplified()));
    }
    if (const QList<Assessment> *list = assessmentsOf(data, u.useCase.uuid)) {
        QStringList answers;
        for (const Assessment &a : *list) {
            const CriterionScore *s = a.score(criterion.id);
            QString value = QStringLiteral("–");
            if (s && s->state == ScoreState::Level)
                value = QString::number(s->level);
            else if (s && s->state == ScoreState::NotApplicable)
                value = CompareTables::tr("N/A");
            else if (s && s->state == ScoreState::Unknown)
                value = CompareTables::tr("unknown");
            answers.append(CompareTables::tr("%1: %2").arg(assessorLabel(data, a.assessorName, show), value));
        }
        lines.append(answers.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString CompareTables::assessorLetter(int index)
{
    QString out;
    for (int n = std::max(0, index) + 1; n > 0; n = (n - 1) / 26)
        out.prepend(QChar(u'A' + (n - 1) % 26));
    return out;
}

QString CompareTables::movedText(const std::optional<int> &moved)
{
    if (!moved)
        return {};
    if (*moved > 0)
        return QStringLiteral("▲%1").arg(*moved);
    if (*moved < 0)
        return QStringLiteral("▼%1").arg(-*moved);
    return QStringLiteral("=");
}

TableContent CompareTables::ranking(const CompareData &data, const WhatIfReport &whatIf,
                                    const ShowOptions &show)
{
    TableContent t;
    t.headers = {tr("Rank"),     tr("Moved"),     tr("Code"),
                 tr("Title"),    tr("Index"),     tr("Assessors' range"),
                 tr("Coverage"), tr("Agreement"), tr("Flags")};
    for (const UseCaseScore &u : whatIf.report.useCases)
        t.rows.append(rankingRow(data, whatIf, u, show));
    return t;
}

TableContent CompareTables::heatMap(const CompareData &data, const WhatIfReport &whatIf,
                                    const ShowOptions &show)
{
    TableContent t;
    t.headers.append(tr("Criterion"));
    for (const UseCaseScore &u : whatIf.report.useCases)
        t.headers.append(u.useCase.code);
    int index = 0;
    for (const RubricDimension &d : data.rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria) {
            QList<Cell> row{plain(c.id + QLatin1Char(' ') + c.name, c.id, c.description.simplified())};
            for (const UseCaseScore &u : whatIf.report.useCases) {
                const HeatCell hc = HeatMapChart::cell(u, index);
                if (show.hideScores) {
                    row.append(hidden());
                    continue;
                }
                row.append(Cell{HeatMapChart::cellText(hc), hc.median ? QVariant(*hc.median) : QVariant(-1.0),
                                heatTip(data, u, c, hc, show),
                                hc.median ? HeatMapChart::shade(data.rubric, *hc.median) : QColor(),
                                hc.spread >= 2, kCentre});
            }
            t.rows.append(row);
            ++index;
        }
    }
    return t;
}

TableContent CompareTables::dimensions(const WhatIfReport &whatIf, const ShowOptions &show)
{
    TableContent t;
    t.headers = {tr("Code"), tr("Title")};
    const Rubric &rubric = whatIf.report.rubric;
    for (const RubricDimension &d : rubric.dimensions)
        t.headers.append(d.id + QLatin1Char(' ') + d.name);
    for (const UseCaseScore &u : whatIf.report.useCases) {
        QList<Cell> row{plain(u.useCase.code), plain(u.useCase.title, {}, u.useCase.title)};
        for (int i = 0; i < rubric.dimensions.size(); ++i) {
            const std::optional<double> v = u.aggregate.overall.dimensions.value(i).index;
            if (show.hideScores)
                row.append(hidden());
            else
                row.append(v ? Cell{number(*v), *v, {}, QColor(), false, kRight}
                             : Cell{tr("n/a"), -1.0, {}, QColor(), false, kRight});
        }
        t.rows.append(row);
    }
    return t;
}

TableContent CompareTables::fieldMatrix(const CompareData &data)
{
    TableContent t;
    t.headers = {tr("Fact"), tr("Same?")};
    for (const UseCase &u : data.useCases)
        t.headers.append(u.code);
    for (const FieldRow &f : FieldMatrix::build(data.useCases)) {
        QList<Cell> row{Cell{f.label, {}, {}, QColor(), f.differs},
                        f.differs ? Cell{tr("≠ differs"), 1, {}, QColor(255, 236, 179), true, kCentre}
                                  : Cell{tr("= same"), 0, {}, QColor(), false, kCentre}};
        for (const QString &value : f.values)
            row.append(plain(value, {}, value));
        t.rows.append(row);
    }
    return t;
}

TableContent CompareTables::disagreement(const WhatIfReport &whatIf, const ShowOptions &show)
{
    TableContent t;
    t.headers = {tr("Criterion"), tr("Name"),       tr("Widest spread"), tr("In"),
                 tr("Wide in"),   tr("α interval"), tr("α ordinal"),     tr("Reading")};
    int order = 0;
    for (const DisagreementRow &r : DisagreementList::build(whatIf.report)) {
        QList<Cell> row{plain(r.criterionId, order++), plain(r.name, {}, r.name)};
        if (show.hideScores) {
            row << hidden() << hidden() << hidden() << hidden() << hidden() << hidden();
        } else {
            row.append(r.widestSpread ? Cell{number(*r.widestSpread, 0),
                                             *r.widestSpread,
                                             {},
                                             QColor(),
                                             *r.widestSpread >= 2,
                                             kRight}
                                      : Cell{QStringLiteral("–"), -1.0, {}, QColor(), false, kRight});
            row.append(plain(r.widestUseCase));
            row.append(Cell{QString::number(r.wideCount), r.wideCount, {}, QColor(), false, kRight});
            row.append(alphaCell(r.alphaInterval));
            row.append(alphaCell(r.alphaOrdinal));
            row.append(plain(readingText(r.alphaInterval)));
        }
        t.rows.append(row);
    }
    return t;
}

} // namespace casebook::ui
