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

/// The use-case table. It has a row for every matching use case but holds only the pages of rows a
/// view has shown lately, each read from the repository when a row of it is first asked for: a
/// repository of 100,000 use cases never loads more rows than the view shows, wherever it scrolls.
class UseCaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Code, Title, Verticals, Regions, Stage, Tags, Modified, Score, Count };
    enum Role { UuidRole = Qt::UserRole + 1, IdRole };
    /// The rows read at once: more than a tall window shows, so that a screen needs one or two.
    static constexpr int kPageSize = 64;
    /// The pages kept; the one used longest ago goes when another comes.
    static constexpr int kPagesKept = 64;

    explicit UseCaseListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;
    /// Looks among the rows held only: a view's type-ahead search never reads the whole list.
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits,
                          Qt::MatchFlags flags) const override;

    /// Replaces the search and reloads from the first page.
    void setQuery(const SearchQuery &query);
    const SearchQuery &query() const { return m_query; }
    /// How many use cases match the current search: the rows of the list.
    int matchCount() const { return m_total; }
    /// How many rows are read and held now (at most kPagesKept pages).
    int heldRowCount() const;
    /// Reloads after the repository changed.
    void reload();

    /// The row's use case, read with its page when not held; null for an invalid index or a failed
    /// read. Valid until the model next reads a page.
    const UseCaseSummary *useCaseAt(const QModelIndex &index) const;
    /// The use cases of the rows `first` to `last`, in order: from the pages held, or in one read
    /// when some are not (a selection of every row reads the list once, not page by page). Once
    /// another connection changed the repository since the reload, the rows held alone.
    QStringList uuidsOfRows(int first, int last) const;
    /// The row of `uuid` among the rows held; invalid when it is not held.
    QModelIndex indexOf(const QString &uuid) const;
    /// The row of `uuid` in the whole list, its page read: invalid, and nothing read, when the search
    /// does not list it. Asks the repository where the row is (UseCaseRepository::rowOf), so a row
    /// deep in a long list costs that and one page.
    QModelIndex locate(const QString &uuid);

signals:
    /// Emitted when a query fails, with a message for the user.
    void loadFailed(const QString &message);

private:
    using Page = QList<UseCaseSummary>;
    QVariant scoreData(const UseCaseSummary &row, int role) const;
    /// The page holding `row`, read when not held; null when the read failed.
    const Page *pageOf(int row) const;
    /// Reads the page `number` and holds it, letting the one used longest ago go; false on failure.
    bool readPage(int number) const;
    void forgetPage(int number) const;

    Database &m_db;
    SearchQuery m_query;
    ListOptions m_options;
    int m_total = 0;
    qint64 m_version = -1; ///< Database::othersChangeCount() at the reload
    /// The pages held, by number, and their numbers from the one used last; a failed read is not
    /// tried again until the next reload (a view would ask at every paint).
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_recent;
    mutable QHash<QString, int> m_rowOf; ///< uuid to row, for the rows held
    mutable bool m_failed = false;
    mutable bool m_onlyHeld = false; ///< set by match(): data() then reads no page
    /// The rubric version of the score column (the one with the most assessments); each row carries
    /// its stored score against it (ScoreIndex), and the column sorts in SQL.
    std::optional<Rubric> m_rubric;
};

} // namespace casebook::ui
