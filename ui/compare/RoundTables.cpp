#include "compare/RoundTables.h"

#include "model/Rubric.h"
#include "workshop/RoundAgreement.h"
#include "workshop/RoundDistribution.h"

#include <QLocale>

#include <cmath>

namespace casebook::ui {

namespace {

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

Cell text(const QString &t, const QVariant &sort = {}, const QString &tip = {})
{
    return Cell{t, sort, tip, QColor(), false, Qt::AlignLeft | Qt::AlignVCenter};
}

QString answer(const AnonymousScore &s)
{
    switch (s.state) {
    case ScoreState::Level: return QString::number(s.level);
    case ScoreState::NotApplicable: return RoundTables::tr("N/A");
    case ScoreState::Unknown: return RoundTables::tr("unknown");
    case ScoreState::Unscored: break;
    }
    return QStringLiteral("–");
}

/// "1.2", and after it the change against `before` ("1.2 ▼0.5") when both exist.
Cell withChange(const std::optional<double> &now, const std::optional<double> &before, int decimals)
{
    if (!now)
        return Cell{QStringLiteral("–"), -1.0, {}, QColor(), false, kRight};
    QString t = QLocale().toString(*now, 'f', decimals);
    if (before) {
        const double d = *now - *before;
        const QString step = QLocale().toString(std::abs(d), 'f', decimals);
        if (std::abs(d) >= 0.5 * std::pow(10.0, -decimals))
            t += (d > 0 ? QStringLiteral(" ▲") : QStringLiteral(" ▼")) + step;
        else
            t += QStringLiteral(" =");
    }
    return Cell{t, *now, {}, QColor(), false, kRight};
}

} // namespace

TableContent RoundTables::distribution(const RoundDistributionResult &round,
                                       const QHash<QString, QString> &codes)
{
    TableContent t;
    t.headers = {tr("Use case"), tr("Criterion")};
    t.headers += round.labels;
    t.headers << tr("Median") << tr("Spread");
    for (const CriterionDistribution &cell : round.cells) {
        QList<Cell> row{text(codes.value(cell.useCaseUuid, cell.useCaseUuid)), text(cell.criterionId)};
        for (const QString &label : round.labels) {
            Cell c{QStringLiteral("–"), -1, {}, QColor(), false, Qt::AlignCenter};
            for (const AnonymousScore &s : cell.scores) {
                if (s.label == label)
                    c = Cell{answer(s),
                             s.state == ScoreState::Level ? s.level : -1,
                             s.reason.simplified(),
                             QColor(),
                             !s.reason.trimmed().isEmpty(),
                             Qt::AlignCenter};
            }
            row.append(c);
        }
        if (cell.levels) {
            row.append(Cell{QLocale().toString(cell.levels->median, 'g', 3),
                            cell.levels->median,
                            {},
                            QColor(),
                            false,
                            kRight});
            row.append(Cell{QLocale().toString(cell.levels->range(), 'g', 3),
                            cell.levels->range(),
                            {},
                            QColor(),
                            cell.levels->range() >= 2,
                            kRight});
        } else {
            row << text(QStringLiteral("–")) << text(QStringLiteral("–"));
        }
        t.rows.append(row);
    }
    return t;
}

TableContent RoundTables::agreement(const QList<RoundAgreementResult> &rounds, const Rubric &rubric)
{
    TableContent t;
    t.headers.append(tr("Criterion"));
    for (const RoundAgreementResult &r : rounds)
        t.headers << tr("Spread, round %1").arg(r.round) << tr("α, round %1").arg(r.round);
    for (const RubricDimension &d : rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria) {
            QList<Cell> row{text(c.id + QLatin1Char(' ') + c.name, c.id)};
            const CriterionRoundAgreement *previous = nullptr;
            for (const RoundAgreementResult &r : rounds) {
                const CriterionRoundAgreement *now = r.criterion(c.id);
                const auto spread = now ? now->spread : std::nullopt;
                const auto alpha = now ? now->alphaInterval.result.alpha : std::nullopt;
                row.append(withChange(spread, previous ? previous->spread : std::nullopt, 1));
                row.append(
                    withChange(alpha, previous ? previous->alphaInterval.result.alpha : std::nullopt, 2));
                previous = now;
            }
            t.rows.append(row);
        }
    }
    return t;
}

} // namespace casebook::ui
