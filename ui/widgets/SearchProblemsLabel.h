#pragma once

#include "search/SearchQuery.h"

#include <QLabel>

namespace casebook::ui {

/// The line under the search box that says which parts of the search were not used as typed
/// (SearchQuery::problems) and offers the nearest valid filter as a link that applies it.
class SearchProblemsLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SearchProblemsLabel(QWidget *parent = nullptr);

    /// Shows the problems of `query`, or hides the line when there are none.
    void showProblems(const SearchQuery &query);
    /// `text` with the first whole piece `typed` replaced by `replacement` (pieces are separated by
    /// spaces), or `text` unchanged when `typed` is not there.
    static QString replacePiece(const QString &text, const QString &typed, const QString &replacement);

signals:
    /// The member chose `replacement` for the piece `typed` of the search.
    void replacementChosen(const QString &typed, const QString &replacement);

private:
    void activate(const QString &link);
    QList<SearchProblem> m_problems;
};

} // namespace casebook::ui
