#pragma once

#include <QStyledItemDelegate>

namespace casebook::ui {

/// Edits the field of a sheet column with a combo box: "(leave out)" and every field of a use case,
/// by translated name. Commits as soon as the choice changes, so it works as a persistent editor.
class FieldComboDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace casebook::ui
