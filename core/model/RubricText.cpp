#include "model/RubricText.h"

#include "model/RubricJson.h"

#include <QCoreApplication>

namespace casebook {

RubricText::RubricText(const Rubric &rubric)
    : m_translated(RubricJson::isShippedDefault(rubric.uuid))
{ }

QString RubricText::operator()(const QString &text) const
{
    if (!m_translated || text.isEmpty())
        return text;
    const QByteArray source = text.toUtf8();
    return QCoreApplication::translate("casebook::DefaultRubric", source.constData());
}

Rubric RubricText::forDisplay(const Rubric &rubric)
{
    const RubricText text(rubric);
    if (!text.m_translated)
        return rubric;
    Rubric shown = rubric;
    shown.name = text(shown.name);
    shown.description = text(shown.description);
    for (QString &label : shown.scaleLabels)
        label = text(label);
    for (KnockoutRule &rule : shown.knockouts)
        rule.flag = text(rule.flag);
    for (RubricDimension &dimension : shown.dimensions) {
        dimension.name = text(dimension.name);
        for (RubricCriterion &criterion : dimension.criteria) {
            criterion.name = text(criterion.name);
            criterion.description = text(criterion.description);
            for (QString &level : criterion.levels)
                level = text(level);
        }
    }
    return shown;
}

} // namespace casebook
