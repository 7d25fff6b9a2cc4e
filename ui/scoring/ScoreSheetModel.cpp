#include "scoring/ScoreSheetModel.h"

#include "scoring/ScoreEntry.h"

#include <QLocale>

namespace casebook::ui {

ScoreSheetModel::ScoreSheetModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ScoreSheetModel::setSheet(const Rubric &rubric, const Assessment &assessment)
{
    beginResetModel();
    m_rubric = rubric;
    m_assessment = assessment;
    m_criteria.clear();
    m_dimensionNames.clear();
    m_dimensionIds.clear();
    m_scores.clear();
    for (const auto &d : m_rubric.dimensions) {
        for (const auto &c : d.criteria) {
            m_criteria.append(c);
            m_dimensionNames.append(d.name);
            m_dimensionIds.append(d.id);
            CriterionScore s;
            if (const CriterionScore *given = assessment.score(c.id))
                s = *given;
            s.criterionId = c.id;
            m_scores.append(s);
        }
    }
    m_result = ScoringEngine::score(m_rubric, this->assessment());
    endResetModel();
    emit sheetChanged();
}

Assessment ScoreSheetModel::assessment() const
{
    Assessment a = m_assessment;
    a.rubricUuid = m_rubric.uuid;
    a.scores.clear();
    for (const CriterionScore &s : m_scores) {
        if (s.state != ScoreState::Unscored)
            a.scores.append(s);
    }
    return a;
}

int ScoreSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scores.size());
}

int ScoreSheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ScoreSheetModel::scoreText(const CriterionScore &s) const
{
    switch (s.state) {
    case ScoreState::Level: {
        const int i = s.level - m_rubric.scaleMin;
        const QString label = m_rubric.scaleLabels.value(i);
        return label.isEmpty() ? QLocale().toString(s.level)
                               : tr("%1 · %2").arg(QLocale().toString(s.level), label);
    }
    case ScoreState::NotApplicable: return tr("N/A");
    case ScoreState::Unknown: return tr("Unknown");
    case ScoreState::Unscored: break;
    }
    return tr("—");
}

QVariant ScoreSheetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const RubricCriterion *c = &m_criteria.at(row);
    const CriterionScore &s = m_scores.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Criterion: return tr("%1  %2").arg(c->id, c->name);
        case Column::Dimension: return m_dimensionNames.at(row);
        case Column::Score: return s.state == ScoreState::Level ? QLocale().toString(s.level) : scoreText(s);
        case Column::Confidence:
            return s.confidence == Confidence::Low   ? tr("low")
                : s.confidence == Confidence::Medium ? tr("medium")
                : s.confidence == Confidence::High   ? tr("high")
                                                     : QString();
        case Column::Count: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (s.state == ScoreState::Level)
            return tr("%1: %2").arg(scoreText(s), c->levels.value(s.level - m_rubric.scaleMin));
        return c->description.isEmpty() ? QVariant() : QVariant(c->description);
    case CriterionIdRole: return c->id;
    case StateRole: return int(s.state);
    case LevelRole: return s.level;
    case DimensionIdRole: return m_dimensionIds.at(row);
    default: return {};
    }
}

QVariant ScoreSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case Column::Criterion: return tr("Criterion");
    case Column::Dimension: return tr("Dimension");
    case Column::Score: return tr("Score");
    case Column::Confidence: return tr("Confidence");
    case Column::Count: break;
    }
    return {};
}

const RubricCriterion *ScoreSheetModel::criterionAt(int row) const
{
    return row >= 0 && row < m_criteria.size() ? &m_criteria.at(row) : nullptr;
}

QString ScoreSheetModel::dimensionNameAt(int row) const
{
    return m_dimensionNames.value(row);
}

CriterionScore ScoreSheetModel::scoreAt(int row) const
{
    return m_scores.value(row);
}

int ScoreSheetModel::rowOf(const QString &criterionId) const
{
    for (int i = 0; i < m_criteria.size(); ++i) {
        if (m_criteria.at(i).id == criterionId)
            return i;
    }
    return -1;
}

bool ScoreSheetModel::setAnswer(int row, ScoreState state, int level)
{
    if (row < 0 || row >= m_scores.size())
        return false;
    CriterionScore &s = m_scores[row];
    if (!ScoreEntry::check(m_rubric, s.criterionId, state, level))
        return false;
    if (s.state == state && (state != ScoreState::Level || s.level == level))
        return true;
    ScoreEntry::answer(s, state, level);
    changed(row);
    return true;
}

void ScoreSheetModel::setRationale(int row, const QString &text)
{
    if (row < 0 || row >= m_scores.size() || m_scores[row].rationale == text)
        return;
    m_scores[row].rationale = text;
    changed(row);
}

void ScoreSheetModel::setEvidence(int row, const QString &text)
{
    if (row < 0 || row >= m_scores.size() || m_scores[row].evidence == text)
        return;
    m_scores[row].evidence = text;
    changed(row);
}

void ScoreSheetModel::setConfidence(int row, Confidence confidence)
{
    if (row < 0 || row >= m_scores.size() || m_scores[row].confidence == confidence)
        return;
    m_scores[row].confidence = confidence;
    changed(row);
}

void ScoreSheetModel::changed(int row)
{
    m_result = ScoringEngine::score(m_rubric, assessment());
    emit dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
    emit sheetChanged();
}

} // namespace casebook::ui
