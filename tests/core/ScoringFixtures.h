#pragma once
// Compact, readable specifications of rubrics and assessments for the scoring tests.

#include "model/Rubric.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <optional>

namespace casebook::test {

/// "A:A1=30,A2=20;B:B1=40,B2=10" → dimensions A and B with weighted criteria, scale 0–4.
/// An optional prefix "1-5|" sets the scale; an optional suffix "|B1=0:no security,A1=0:no id" adds
/// knock-out rules.
inline Rubric makeRubric(const QString &spec)
{
    Rubric r;
    QStringList parts = spec.split(QLatin1Char('|'));
    if (parts.size() == 3 || (parts.size() == 2 && !parts.first().contains(QLatin1Char(':')))) {
        const QStringList scale = parts.takeFirst().split(QLatin1Char('-'));
        r.scaleMin = scale.at(0).toInt();
        r.scaleMax = scale.at(1).toInt();
    }
    for (const QString &dimSpec : parts.at(0).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        RubricDimension d;
        d.id = dimSpec.section(QLatin1Char(':'), 0, 0);
        for (const QString &c :
             dimSpec.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            RubricCriterion criterion;
            criterion.id = c.section(QLatin1Char('='), 0, 0);
            criterion.weight = c.section(QLatin1Char('='), 1).toDouble();
            d.criteria.append(criterion);
        }
        r.dimensions.append(d);
    }
    if (parts.size() > 1) {
        for (const QString &k : parts.at(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            KnockoutRule rule;
            rule.criterionId = k.section(QLatin1Char('='), 0, 0);
            rule.whenScore = k.section(QLatin1Char('='), 1).section(QLatin1Char(':'), 0, 0).toInt();
            rule.flag = k.section(QLatin1Char(':'), 1);
            r.knockouts.append(rule);
        }
    }
    return r;
}

/// One answer: "3" a level, "na" not applicable, "unk" unknown, "-" explicitly unscored.
inline CriterionScore makeScore(const QString &criterionId, const QString &answer)
{
    CriterionScore s;
    s.criterionId = criterionId;
    if (answer == QLatin1String("na")) {
        s.state = ScoreState::NotApplicable;
    } else if (answer == QLatin1String("unk")) {
        s.state = ScoreState::Unknown;
    } else if (answer == QLatin1String("-")) {
        s.state = ScoreState::Unscored;
    } else {
        s.state = ScoreState::Level;
        s.level = answer.toInt();
    }
    return s;
}

/// "A1=4 A2=na B1=unk" → an assessment; criteria not named are absent (unscored).
inline Assessment makeAssessment(const QString &spec)
{
    Assessment a;
    for (const QString &item : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        a.scores.append(makeScore(item.section(QLatin1Char('='), 0, 0), item.section(QLatin1Char('='), 1)));
    return a;
}

inline QList<Assessment> makeAssessments(const QStringList &specs)
{
    QList<Assessment> list;
    for (const QString &spec : specs)
        list.append(makeAssessment(spec));
    return list;
}

/// "80 - 70.5" → {80, nullopt, 70.5}.
inline QList<std::optional<double>> optionalDoubles(const QString &spec)
{
    QList<std::optional<double>> values;
    for (const QString &v : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (v == QLatin1String("-"))
            values.append(std::nullopt);
        else
            values.append(v.toDouble());
    }
    return values;
}

/// "1 - 2" → {1, nullopt, 2}.
inline QList<std::optional<int>> optionalInts(const QString &spec)
{
    QList<std::optional<int>> values;
    for (const QString &v : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (v == QLatin1String("-"))
            values.append(std::nullopt);
        else
            values.append(v.toInt());
    }
    return values;
}

/// Text of an optional value for failure messages: "-" when absent.
inline QString text(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 10) : QStringLiteral("-");
}

/// Marker for "no value expected" in double test columns (NaN: every real value, even −1, stays usable).
constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

/// True for the kNone marker.
inline bool isNone(double expected)
{
    return std::isnan(expected);
}

/// True when actual matches expected within 1e-3, or both are absent (isNone(expected)).
inline bool matches(const std::optional<double> &actual, double expected, double tolerance = 1e-3)
{
    if (isNone(expected))
        return !actual.has_value();
    return actual && std::abs(*actual - expected) <= tolerance;
}

} // namespace casebook::test

/// QVERIFY that an optional<double> matches an expected double (kNone = absent), with both in the message.
#define CB_COMPARE_OPT(actual, expected) \
    QVERIFY2(casebook::test::matches((actual), (expected)), \
             qPrintable(QStringLiteral("%1 = %2, expected %3") \
                            .arg(QStringLiteral(#actual), casebook::test::text(actual), \
                                 casebook::test::isNone(expected) ? QStringLiteral("-") \
                                                                  : QString::number((expected), 'g', 10))))
