#include "editor/ChildTableDelegate.h"

#include "editor/ChildTableModel.h"
#include "model/Vocabulary.h"
#include "widgets/TextDirection.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

#include <algorithm>

namespace casebook::ui {

ChildTableDelegate::ChildTableDelegate(const ChildTableModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{ }

QWidget *ChildTableDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const ChildColumn &spec = m_model->columns().at(index.column());
    switch (spec.kind) {
    case ChildColumn::Kind::Reference: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(spec.key + QLatin1String("CellCombo"));
        combo->addItem(tr("(not set)"), QString());
        const QStringList options = spec.options ? spec.options() : QStringList();
        for (const QString &option : options) {
            if (!option.isEmpty())
                combo->addItem(option, option);
        }
        return combo;
    }
    case ChildColumn::Kind::References: {
        auto *list = new QListWidget(parent);
        list->setObjectName(spec.key + QLatin1String("CellList"));
        list->setToolTip(tr("Space ticks or unticks; Enter keeps the choice"));
        const QStringList options = spec.options ? spec.options() : QStringList();
        for (const QString &option : options) {
            if (option.isEmpty())
                continue;
            auto *item = new QListWidgetItem(option, list);
            item->setData(Qt::UserRole, option);
            item->setCheckState(Qt::Unchecked);
        }
        return list;
    }
    case ChildColumn::Kind::Choice:
    case ChildColumn::Kind::EditableChoice: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(spec.key + QLatin1String("CellCombo"));
        combo->setEditable(spec.kind == ChildColumn::Kind::EditableChoice);
        if (spec.kind == ChildColumn::Kind::Choice)
            combo->addItem(tr("(not set)"), QString());
        if (spec.vocabulary) {
            for (const VocabularyItem &item : spec.vocabulary->items())
                combo->addItem(spec.vocabulary->displayLabel(item.id), item.id);
        }
        if (combo->isEditable())
            combo->setInsertPolicy(QComboBox::NoInsert);
        return combo;
    }
    case ChildColumn::Kind::LongText: {
        auto *edit = new QPlainTextEdit(parent);
        followTextDirection(edit);
        edit->setObjectName(spec.key + QLatin1String("CellEdit"));
        edit->setTabChangesFocus(true);
        return edit;
    }
    case ChildColumn::Kind::TriState: return nullptr; // toggled with the check box
    case ChildColumn::Kind::Text: break;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    editor->setObjectName(spec.key + QLatin1String("CellEdit"));
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setMaxLength(spec.maxChars); // the limit of the column, from UseCaseLimits
    return editor;
}

void ChildTableDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        const QStringList chosen = index.data(Qt::EditRole).toStringList();
        for (const QString &id : chosen) {
            // A chosen id that is no longer offered stays, ticked, so it can be unticked.
            if (list->findItems(id, Qt::MatchExactly).isEmpty()) {
                auto *item = new QListWidgetItem(id, list);
                item->setData(Qt::UserRole, id);
            }
        }
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setCheckState(chosen.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                     : Qt::Unchecked);
        }
        list->setCurrentRow(0);
        return;
    }
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int at = combo->findData(value);
        if (at >= 0)
            combo->setCurrentIndex(at);
        else if (combo->isEditable())
            combo->setEditText(value);
        return;
    }
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        edit->setPlainText(value);
        edit->moveCursor(QTextCursor::End);
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChildTableDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        QStringList chosen;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                chosen.append(list->item(i)->data(Qt::UserRole).toString());
        }
        model->setData(index, chosen, Qt::EditRole);
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        QString value;
        if (combo->isEditable()) {
            // Free text, unless it is exactly one of the listed labels: then the listed id.
            const QString typed = combo->currentText();
            const int at = combo->findText(typed, Qt::MatchFixedString);
            value = at >= 0 ? combo->itemData(at).toString() : typed;
        } else {
            value = combo->currentData().toString();
        }
        model->setData(index, value, Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, edit->toPlainText(), Qt::EditRole);
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, line->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void ChildTableDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        // Several lines of room below the cell, so a long text can be read and edited.
        QRect r = option.rect;
        r.setHeight(std::max(r.height() * 4, editor->fontMetrics().lineSpacing() * 5));
        editor->setGeometry(r);
        return;
    }
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        // Every choice in view below the cell, as far as the table's viewport allows.
        QRect r = option.rect;
        const int wanted = (std::max(list->count(), 1) + 1) * (list->fontMetrics().lineSpacing() + 6);
        const int room = editor->parentWidget() ? editor->parentWidget()->height() - r.top() : wanted;
        r.setHeight(std::clamp(wanted, r.height() * 3, std::max(room, r.height() * 3)));
        r.setWidth(std::max(r.width(), list->sizeHintForColumn(0) + 40));
        editor->setGeometry(r);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

} // namespace casebook::ui
