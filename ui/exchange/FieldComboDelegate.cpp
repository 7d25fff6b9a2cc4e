#include "exchange/FieldComboDelegate.h"

#include "exchange/ColumnMappingModel.h"
#include "exchange/UseCaseSheet.h"

#include <QComboBox>

namespace casebook::ui {

QWidget *FieldComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("fieldCombo_%1").arg(index.row()));
    combo->setAccessibleName(tr("Field for column %1").arg(index.row() + 1));
    combo->addItem(tr("(choose a field)"), QString());
    combo->addItem(tr("(leave out)"), ColumnMappingModel::leaveOutKey());
    combo->insertSeparator(combo->count());
    const QStringList fields = UseCaseSheet::mappableFields();
    for (const QString &field : fields)
        combo->addItem(UseCaseSheet::displayName(field), field);
    connect(combo, &QComboBox::activated, this, [this, combo](int) {
        auto *self = const_cast<FieldComboDelegate *>(this);
        emit self->commitData(combo);
    });
    return combo;
}

void FieldComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int i = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

void FieldComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace casebook::ui
