#pragma once

#include "model/UseCaseValidator.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace casebook {
class Vocabulary;
}

namespace casebook::ui {

class ChildTableModel;

/// How one column of a child table is shown, edited and checked.
struct ChildColumn
{
    enum class Kind {
        Text, ///< one line of text
        LongText, ///< several lines; edited in a multi-line editor
        Choice, ///< an id from a vocabulary, or empty
        EditableChoice, ///< a vocabulary id or any other text (e.g. a standards body)
        TriState, ///< yes / no / unknown (std::optional<bool>)
        Reference, ///< one of options() (an actor's name...), or empty
        References, ///< several of options() (ids of requirements...); the cell holds a QStringList
    };

    QString key; ///< stable name, e.g. "email"
    QString title; ///< translated header
    QString hint; ///< the header's tooltip, where the title is short for something longer
    bool compact = false; ///< as wide as its contents (a number, an id) rather than a share of the width
    bool showId = false; ///< a Choice shows its id (REPORT), the label in the tooltip
    Kind kind = Kind::Text;
    const Vocabulary *vocabulary = nullptr;
    int maxChars = UseCaseLimits::kShortTextChars;
    bool required = false;
    /// Extra rule for a non-empty value: returns the problem, or an empty string when it is fine.
    std::function<QString(const QString &)> validator;
    /// For Reference and References: what can be chosen now (the record's actors, ids...).
    std::function<QStringList()> options;
    /// The value a new row starts with (the next free id...), given the rows so far.
    std::function<QString(const ChildTableModel &)> initial;
    /// Shown, with an icon, in place of an empty cell: e.g. the unresolved text an old record had
    /// there, from the row's payload. Empty when there is nothing to say.
    std::function<QString(const QVariant &payload)> note;
};

/// A generic editable table of child records (actors, KPIs, gaps...) described by column specs.
/// Cells hold QString values, or for tri-state columns a bool or an invalid QVariant (unknown).
/// Each row may carry a hidden payload that moves with it (a scenario's steps).
class ChildTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The problem with a cell (empty when fine), for tests and accessibility.
    static constexpr int ProblemRole = Qt::UserRole + 1;
    /// The column's note for an empty cell (see ChildColumn::note), for tests and accessibility.
    static constexpr int NoteRole = Qt::UserRole + 2;
    static constexpr int kMaxRows = UseCaseLimits::kListItems;
    static constexpr int kDisplayChars = 200;

    explicit ChildTableModel(QList<ChildColumn> columns, QObject *parent = nullptr);

    const QList<ChildColumn> &columns() const { return m_columns; }
    int columnOf(const QString &key) const;

    void setRows(const QList<QVariantList> &rows, const QVariantList &payloads = {});
    QList<QVariantList> rows() const;
    QVariant value(int row, const QString &key) const;
    QString text(int row, const QString &key) const { return value(row, key).toString(); }
    QStringList list(int row, const QString &key) const { return value(row, key).toStringList(); }
    /// The values of one column, top to bottom.
    QStringList columnTexts(const QString &key) const;
    std::optional<bool> triState(int row, const QString &key) const;
    QVariant payload(int row) const;
    void setPayload(int row, const QVariant &payload);

    /// Whether rows can be changed through the model's editing interface.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// The problem with one cell, or an empty string.
    QString cellProblem(int row, int column) const;
    /// Every problem as "<listName> row N, <column>: <problem>".
    QStringList problems(const QString &listName) const;

    static QVariant fromOptional(const std::optional<bool> &value);
    static std::optional<bool> toOptional(const QVariant &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

private:
    struct Row
    {
        QVariantList cells;
        QVariant payload;
    };
    QVariant emptyCell(int column) const;
    QString cellNote(int row, int column) const;

    QList<ChildColumn> m_columns;
    QList<Row> m_rows;
    bool m_readOnly = false;
};

} // namespace casebook::ui
