#include "scoring/WeightSet.h"

#include "support/StrictJson.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace casebook {

namespace {

const RubricDimension *dimensionOf(const Rubric &rubric, const QString &id)
{
    for (const RubricDimension &d : rubric.dimensions) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

} // namespace

Result<double> WeightSet::valueOf(const QString &key, const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return makeError(ErrorCode::Usage,
                         tr("The weight of %1 must be a number, not '%2'.").arg(key, text.trimmed()));
    if (value < 0)
        return makeError(ErrorCode::Usage,
                         tr("The weight of %1 must be zero or more, not %2.").arg(key, text.trimmed()));
    return value;
}

Result<WeightSet> WeightSet::parse(const QString &text)
{
    WeightSet set;
    static const QRegularExpression separators(QStringLiteral("[,;\\n\\r]"));
    for (const QString &raw : text.split(separators, Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const int eq = item.indexOf(QLatin1Char('='));
        const QString key = item.left(eq).trimmed();
        if (eq <= 0 || key.isEmpty())
            return makeError(ErrorCode::Usage,
                             tr("A weight is KEY=NUMBER, for example A=40 or A1=6, not '%1'.").arg(item));
        auto value = valueOf(key, item.mid(eq + 1));
        if (!value)
            return value.error();
        if (std::any_of(set.m_entries.cbegin(), set.m_entries.cend(),
                        [&key](const Entry &e) { return e.key == key; }))
            return makeError(ErrorCode::Usage, tr("The weight of %1 is given twice.").arg(key));
        set.m_entries.append({key, *value});
    }
    return set;
}

Result<WeightSet> WeightSet::fromFile(const QByteArray &bytes, const QString &fileName)
{
    auto rejected = [&fileName](const QString &message) {
        return makeError(ErrorCode::InputRejected, tr("%1: %2").arg(fileName, message));
    };
    if (!bytes.trimmed().startsWith('{')) {
        auto set = parse(QString::fromUtf8(bytes));
        if (!set)
            return rejected(set.error().message);
        return set;
    }
    auto doc = StrictJson::parse(bytes);
    if (!doc)
        return rejected(doc.error().message);
    if (!doc->isObject())
        return rejected(tr("a weights file holds one JSON object of weights."));
    WeightSet set;
    const QJsonObject object = doc->object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isDouble())
            return rejected(tr("The weight of %1 must be a number.").arg(it.key()));
        auto value = valueOf(it.key(), QString::number(it.value().toDouble(), 'g', 17));
        if (!value)
            return rejected(value.error().message);
        set.m_entries.append({it.key(), *value});
    }
    return set;
}

WeightSet WeightSet::of(const Rubric &rubric)
{
    WeightSet set;
    for (const RubricDimension &d : rubric.dimensions) {
        set.m_entries.append({d.id, dimensionWeight(d)});
        for (const RubricCriterion &c : d.criteria)
            set.m_entries.append({c.id, std::max(0.0, c.weight)});
    }
    return set;
}

void WeightSet::set(const QString &key, double value)
{
    for (Entry &e : m_entries) {
        if (e.key == key) {
            e.value = value;
            return;
        }
    }
    m_entries.append({key, value});
}

Status WeightSet::check(const Rubric &rubric) const
{
    for (const Entry &e : m_entries) {
        if (!dimensionOf(rubric, e.key) && !rubric.criterion(e.key))
            return makeError(ErrorCode::Usage,
                             tr("%1 is neither a dimension nor a criterion of the rubric \"%2\".")
                                 .arg(e.key, rubric.name));
    }
    return {};
}

Rubric WeightSet::applyTo(const Rubric &rubric) const
{
    Rubric copy = rubric;
    for (const Entry &e : m_entries) {
        for (RubricDimension &d : copy.dimensions) {
            if (d.id == e.key)
                setDimensionWeight(d, e.value);
        }
    }
    for (const Entry &e : m_entries) {
        if (dimensionOf(rubric, e.key))
            continue;
        for (RubricDimension &d : copy.dimensions) {
            for (RubricCriterion &c : d.criteria) {
                if (c.id == e.key)
                    c.weight = e.value;
            }
        }
    }
    return copy;
}

QJsonObject WeightSet::toJson() const
{
    QJsonObject object;
    for (const Entry &e : m_entries)
        object.insert(e.key, e.value);
    return object;
}

double WeightSet::dimensionWeight(const RubricDimension &dimension)
{
    double total = 0;
    for (const RubricCriterion &c : dimension.criteria)
        total += std::max(0.0, c.weight);
    return total;
}

void WeightSet::setDimensionWeight(RubricDimension &dimension, double total)
{
    const double current = dimensionWeight(dimension);
    if (current == total)
        return; // already there: leave every weight exactly as it is
    const int n = int(dimension.criteria.size());
    for (RubricCriterion &c : dimension.criteria)
        c.weight = current > 0 ? std::max(0.0, c.weight) / current * total : total / n;
}

} // namespace casebook
