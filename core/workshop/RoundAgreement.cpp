#include "workshop/RoundAgreement.h"

#include "scoring/Statistics.h"

#include <QJsonObject>

namespace casebook {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue change(const std::optional<double> &now, const std::optional<double> &before)
{
    return now && before ? QJsonValue(*now - *before) : QJsonValue(QJsonValue::Null);
}

QJsonObject alphaJson(const AlphaEstimate &e)
{
    return QJsonObject{
        {QStringLiteral("value"), number(e.result.alpha)},
        {QStringLiteral("low"), number(e.low)},
        {QStringLiteral("high"), number(e.high)},
        {QStringLiteral("reading"), AlphaBootstrap::readingName(AlphaBootstrap::reading(e.result.alpha))}};
}

} // namespace

const CriterionRoundAgreement *RoundAgreementResult::criterion(const QString &id) const
{
    for (const CriterionRoundAgreement &c : criteria) {
        if (c.criterionId == id)
            return &c;
    }
    return nullptr;
}

QList<QList<std::optional<double>>> RoundAgreement::matrix(const Workshop &w, const QString &criterionId,
                                                           const QList<RoundSheet> &roundSheets)
{
    QList<QList<std::optional<double>>> units;
    for (const QString &useCase : w.useCaseUuids) {
        QList<std::optional<double>> values;
        for (const RoundSheet &s : roundSheets) {
            const RoundScore *sc = s.score(useCase, criterionId);
            values.append(sc && sc->state == ScoreState::Level ? std::optional<double>(sc->level)
                                                               : std::nullopt);
        }
        units.append(values);
    }
    return units;
}

CriterionRoundAgreement RoundAgreement::ofCriterion(const Workshop &w, const QString &criterionId,
                                                    const QList<RoundSheet> &roundSheets)
{
    CriterionRoundAgreement out;
    out.criterionId = criterionId;
    const auto units = matrix(w, criterionId, roundSheets);
    QList<double> ranges;
    QList<bool> scored(roundSheets.size(), false);
    for (const auto &unit : units) {
        QList<double> levels;
        for (int i = 0; i < unit.size(); ++i) {
            if (unit[i]) {
                levels.append(*unit[i]);
                scored[i] = true;
            }
        }
        if (levels.size() >= 2)
            ranges.append(Statistics::summarize(levels)->range());
    }
    out.spread = Statistics::mean(ranges);
    out.assessors = int(scored.count(true));
    out.alphaInterval = AlphaBootstrap::estimate(units, AlphaMetric::Interval);
    out.alphaOrdinal = AlphaBootstrap::estimate(units, AlphaMetric::Ordinal);
    return out;
}

QList<RoundAgreementResult> RoundAgreement::perRound(const Workshop &w, const QStringList &criterionIds,
                                                     const QList<RoundSheet> &sheets,
                                                     const QList<int> &rounds)
{
    QList<RoundAgreementResult> out;
    for (int round : rounds) {
        QList<RoundSheet> inRound;
        for (const RoundSheet &s : sheets) {
            if (s.round == round)
                inRound.append(s);
        }
        RoundAgreementResult r;
        r.round = round;
        for (const QString &id : criterionIds)
            r.criteria.append(ofCriterion(w, id, inRound));
        out.append(r);
    }
    return out;
}

QJsonArray RoundAgreement::toJson(const QList<RoundAgreementResult> &rounds)
{
    QJsonArray out;
    for (int i = 0; i < rounds.size(); ++i) {
        QJsonObject criteria;
        for (const CriterionRoundAgreement &c : rounds[i].criteria) {
            const CriterionRoundAgreement *before = i > 0 ? rounds[i - 1].criterion(c.criterionId) : nullptr;
            criteria.insert(
                c.criterionId,
                QJsonObject{{QStringLiteral("spread"), number(c.spread)},
                            {QStringLiteral("spread_change"),
                             before ? change(c.spread, before->spread) : QJsonValue()},
                            {QStringLiteral("alpha_interval"), alphaJson(c.alphaInterval)},
                            {QStringLiteral("alpha_interval_change"),
                             before ? change(c.alphaInterval.result.alpha, before->alphaInterval.result.alpha)
                                    : QJsonValue()},
                            {QStringLiteral("alpha_ordinal"), alphaJson(c.alphaOrdinal)},
                            {QStringLiteral("alpha_ordinal_change"),
                             before ? change(c.alphaOrdinal.result.alpha, before->alphaOrdinal.result.alpha)
                                    : QJsonValue()},
                            {QStringLiteral("assessors"), c.assessors}});
        }
        out.append(
            QJsonObject{{QStringLiteral("round"), rounds[i].round}, {QStringLiteral("criteria"), criteria}});
    }
    return out;
}

} // namespace casebook
