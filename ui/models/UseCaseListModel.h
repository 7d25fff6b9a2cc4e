#pragma once

#include "model/Rubric.h"
#include "search/SearchQuery.h"
#include "storage/UseCaseRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace casebook {
class Database;
}

namespace casebook::ui {

/// The use-case table, fed page by page from the repository so that a repository of 100,000
/// use cases never loads more rows than the view has scrolled to.
class UseCaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Code, Title, Verticals, Regions, Stage, Tags, Modified, Score, Count };
    enum Role { UuidRole = Qt::UserRole + 1, IdRole };
    /// The rows a reset loads: a tall window's worth, so the first paint waits for no more (the view
    /// asks for the next page itself while its last row is in sight).
    static constexpr int kFirstPageSize = 64;
    /// The rows each fetchMore() adds.
    static constexpr int kPageSize = 200;

    explicit UseCaseListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    /// Replaces the search and reloads from the first page.
    void setQuery(const SearchQuery &query);
    const SearchQuery &query() const { return m_query; }
    /// How many use cases match the current search (all of them, not only the loaded rows).
    int matchCount() const { return m_total; }
    /// Reloads after the repository changed.
    void reload();

    const UseCaseSummary *useCaseAt(const QModelIndex &index) const;
    /// The row of `uuid` among the loaded rows; invalid when it is not loaded.
    QModelIndex indexOf(const QString &uuid) const;
    /// The row of `uuid`, loading rows until it is loaded: invalid, and nothing loaded, when the
    /// search does not list it. Loads ever larger pages, so that a row deep in a long list (a record
    /// edited far down, kept selected after the list reloads) costs one pass over the rows before
    /// it, not one per page.
    QModelIndex fetchUntil(const QString &uuid);

signals:
    /// Emitted when a query fails, with a message for the user.
    void loadFailed(const QString &message);

private:
    QVariant scoreData(const UseCaseSummary &row, int role) const;
    /// Appends up to `count` rows; false when none came (the end, or a failure, then reported).
    bool fetch(int count);
    /// Keeps m_rowOf for the rows from `first` on.
    void indexRows(int first);

    Database &m_db;
    SearchQuery m_query;
    ListOptions m_options;
    QList<UseCaseSummary> m_rows;
    QHash<QString, int> m_rowOf; ///< uuid to row, for the loaded rows
    /// The rubric version of the score column (the one with the most assessments); each row carries
    /// its stored score against it (ScoreIndex), and the column sorts in SQL.
    std::optional<Rubric> m_rubric;
    int m_total = 0;
};

} // namespace casebook::ui
