#pragma once

#include "model/Rubric.h"
#include "scoring/ScoringEngine.h"

#include <QAbstractTableModel>

namespace casebook::ui {

/// The criteria of one rubric version, one row each in rubric order, with one assessor's answers.
/// Holds a working copy of the assessment; ScoreSheetWidget saves it through the repository.
class ScoreSheetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Criterion, Dimension, Score, Confidence, Count };
    enum Role {
        CriterionIdRole = Qt::UserRole + 1, ///< QString
        StateRole, ///< int(ScoreState)
        LevelRole, ///< int, meaningful when the state is Level
        DimensionIdRole, ///< QString
    };

    explicit ScoreSheetModel(QObject *parent = nullptr);

    /// Shows `rubric` with the answers of `assessment` (criteria it does not name are unscored).
    void setSheet(const Rubric &rubric, const Assessment &assessment);
    const Rubric &rubric() const { return m_rubric; }
    /// The working copy: scores in rubric order, unscored criteria left out.
    Assessment assessment() const;
    /// Index, subtotals, progress and flags of the working copy (ScoringEngine::score).
    ScoreResult result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const RubricCriterion *criterionAt(int row) const;
    QString dimensionNameAt(int row) const;
    CriterionScore scoreAt(int row) const;
    int rowOf(const QString &criterionId) const;

    /// Sets the state (and level) of a row; false when the level is outside the scale or the row
    /// does not exist. Keeps the row's rationale, evidence and confidence.
    bool setAnswer(int row, ScoreState state, int level = 0);
    void setRationale(int row, const QString &text);
    void setEvidence(int row, const QString &text);
    void setConfidence(int row, Confidence confidence);

    /// "3 · Standards-based", "N/A", "Unknown" or "—": a score in words (the table shows the level number).
    QString scoreText(const CriterionScore &score) const;

signals:
    /// Any answer or note changed (the result is already recomputed).
    void sheetChanged();

private:
    void changed(int row);
    Rubric m_rubric;
    Assessment m_assessment; ///< metadata; m_scores holds the answers
    QList<RubricCriterion> m_criteria; ///< copies, in rubric order
    QList<QString> m_dimensionNames;
    QList<QString> m_dimensionIds;
    QList<CriterionScore> m_scores; ///< one per row
    ScoreResult m_result;
};

} // namespace casebook::ui
