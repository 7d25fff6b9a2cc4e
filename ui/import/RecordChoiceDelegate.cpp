#include "import/RecordChoiceDelegate.h"

#include "import/ImportPlanModel.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QSignalBlocker>

namespace casebook::ui {

QWidget *RecordChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    const auto *model = qobject_cast<const ImportPlanModel *>(index.model());
    if (!model)
        return nullptr;
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("planChoiceCombo_%1").arg(index.row()));
    combo->setAccessibleName(tr("Choice for %1")
                                 .arg(index.siblingAtColumn(int(ImportPlanModel::Column::Record))
                                          .data(Qt::ToolTipRole)
                                          .toString()));
    combo->setToolTip(tr("What the import does with this record"));
    const QList<ImportPlanModel::Choice> choices = model->choices(index.row());
    for (const ImportPlanModel::Choice &c : choices)
        combo->addItem(c.second, int(c.first));
    combo->setEnabled(choices.size() > 1);
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo](int) { emit const_cast<RecordChoiceDelegate *>(this)->commitData(combo); });
    return combo;
}

void RecordChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void RecordChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

bool RecordChoiceDelegate::eventFilter(QObject *editor, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab)
            return false;
    }
    return QStyledItemDelegate::eventFilter(editor, event);
}

} // namespace casebook::ui
