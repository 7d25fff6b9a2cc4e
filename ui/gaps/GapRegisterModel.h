#pragma once

#include "report/GapRegister.h"

#include <QAbstractItemModel>

namespace casebook::ui {

/// The gap register as a tree: group rows ("Semantic (12)", or a gap shared by several use cases)
/// with their gaps beneath, or the gaps alone when ungrouped. The groups, their order and their
/// counts come from core's GapRegister; this model only shows them.
class GapRegisterModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column { UseCase, Description, Facet, Sdo, Question, Priority, Status, Count };
    enum Role {
        UuidRole = Qt::UserRole + 1, ///< the use case of a gap row; empty on a group row
        SortRole, ///< what sorting compares: vocabulary order for priority and status
        GroupRole ///< true on a group row
    };

    explicit GapRegisterModel(QObject *parent = nullptr);

    /// Shows the gaps in `groups` (from GapRegister::grouped); with Grouping::None, as a flat list.
    void setGroups(const QList<GapGroup> &groups, GapRegister::Grouping grouping);
    /// Shows the clusters of GapRegister::shared(), each with the gaps of the use cases raising it.
    void setShared(const QList<SharedGap> &shared);

    /// The gap behind a gap row, or null for a group row.
    const GapEntry *entryAt(const QModelIndex &index) const;
    bool isGroup(const QModelIndex &index) const;
    /// How many gaps the model shows.
    int gapCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString title;
        QString toolTip;
        QList<GapEntry> gaps;
    };
    QVariant gapData(const GapEntry &e, Column column, int role) const;
    QVariant groupData(int row, int column, int role) const;

    QList<Group> m_groups;
    bool m_flat = false; ///< one group whose gaps are the top-level rows
};

} // namespace casebook::ui
