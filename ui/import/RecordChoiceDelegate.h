#pragma once

#include <QStyledItemDelegate>

namespace casebook::ui {

/// The per-record choice of an ImportPlanModel as a combo box (automatic, keep mine, take theirs,
/// keep both), offering only what the record allows. Commits as soon as the choice changes.
class RecordChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    /// Tab goes on to the next control, as from any other field, instead of closing the box and
    /// moving the table's current cell (the boxes stay open, so Tab went round them for ever).
    bool eventFilter(QObject *editor, QEvent *event) override;
};

} // namespace casebook::ui
