#pragma once

#include <QStyledItemDelegate>

namespace casebook::ui {

class ChildTableModel;

/// Editors for ChildTableModel cells: a combo box for vocabulary columns (editable where free text
/// is allowed) or for a reference to the record (an actor), a list of check boxes for several
/// references (requirement ids), a multi-line editor for long text and a line edit otherwise.
class ChildTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ChildTableDelegate(const ChildTableModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    const ChildTableModel *m_model;
};

} // namespace casebook::ui
