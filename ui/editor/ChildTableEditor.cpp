#include "editor/ChildTableEditor.h"

#include "editor/ChildTableDelegate.h"
#include "editor/ChildTableModel.h"
#include "widgets/SelectedRows.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook::ui {

namespace {

QString keyName(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

QString withShortcut(const QString &text, const QAction *action)
{
    return ChildTableEditor::tr("%1 (%2)").arg(text, keyName(action));
}

} // namespace

ChildTableEditor::ChildTableEditor(ChildTableModel *model, const QString &tableName, const QString &stem,
                                   const QString &emptyText, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(tableName + QLatin1String("Editor"));
    m_view = new QTableView(this);
    m_view->setObjectName(tableName);
    // With no rows there is no current cell to outline: the frame shows the keyboard's focus.
    m_view->setStyleSheet(QStringLiteral("QTableView:focus { border: 1px solid palette(highlight); }"));
    m_view->setModel(model);
    m_view->setItemDelegate(new ChildTableDelegate(model, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->columns().at(c).kind == ChildColumn::Kind::TriState || model->columns().at(c).compact)
            m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 4
                             + m_view->horizontalHeader()->sizeHint().height());
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_emptyLabel = new QLabel(emptyText, this);
    m_emptyLabel->setObjectName(tableName + QLatin1String("EmptyLabel"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    const auto makeAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, m_view);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut); // only while the table itself has focus
        m_view->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_addAction = makeAction(tr("Add Row"), QKeySequence(Qt::Key_Insert), &ChildTableEditor::addRow);
    m_removeAction = makeAction(tr("Remove Rows"), QKeySequence(QKeySequence::Delete),
                                &ChildTableEditor::removeSelectedRows);
    m_upAction =
        makeAction(tr("Move Up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrentRow(-1); });
    m_downAction =
        makeAction(tr("Move Down"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrentRow(1); });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_keysDescription =
        tr("%1 adds a row, %2 removes the selected ones, %3 and %4 move one")
            .arg(keyName(m_addAction), keyName(m_removeAction), keyName(m_upAction), keyName(m_downAction));
    m_view->setAccessibleDescription(m_keysDescription);

    const auto makeButton = [this](const QString &text, const QString &name, QAction *action) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(withShortcut(action->text(), action));
        button->setAutoDefault(false);
        // Narrower than the style's usual minimum when the form is narrow (1024 px wide screens),
        // so a row of buttons never widens the page beyond its scroll area.
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(text)
                                + 2 * button->style()->pixelMetric(QStyle::PM_ButtonMargin, nullptr, button)
                                + 4);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        return button;
    };
    m_addButton = makeButton(tr("Add"), QLatin1String("add") + stem + QLatin1String("Button"), m_addAction);
    m_removeButton =
        makeButton(tr("Remove"), QLatin1String("remove") + stem + QLatin1String("Button"), m_removeAction);
    m_upButton =
        makeButton(tr("Move Up"), QLatin1String("move") + stem + QLatin1String("UpButton"), m_upAction);
    m_downButton =
        makeButton(tr("Move Down"), QLatin1String("move") + stem + QLatin1String("DownButton"), m_downAction);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel);
    layout->addLayout(buttons);
    setFocusProxy(m_view);

    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_switchingReadOnly)
            emit edited();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChildTableEditor::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChildTableEditor::updateState);
    connect(model, &QAbstractItemModel::rowsMoved, this, &ChildTableEditor::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &ChildTableEditor::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateState();
                emit currentRowChanged(current.isValid() ? current.row() : -1);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChildTableEditor::updateState);
    updateState();
}

int ChildTableEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ChildTableEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_switchingReadOnly = true;
    m_model->setReadOnly(readOnly);
    m_switchingReadOnly = false;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_addButton->setVisible(!readOnly);
    m_removeButton->setVisible(!readOnly);
    m_upButton->setVisible(!readOnly);
    m_downButton->setVisible(!readOnly);
    m_view->setAccessibleDescription(readOnly ? QString() : m_keysDescription);
    updateState();
}

void ChildTableEditor::addRow()
{
    if (m_readOnly)
        return;
    const int row = currentRow() >= 0 ? currentRow() + 1 : m_model->rowCount();
    if (!m_model->insertRows(row, 1))
        return;
    const QModelIndex first = m_model->index(row, 0);
    m_view->setCurrentIndex(first);
    m_view->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->scrollTo(first);
    if (m_model->columns().first().kind != ChildColumn::Kind::TriState)
        m_view->edit(first);
    emit edited();
}

void ChildTableEditor::removeSelectedRows()
{
    if (m_readOnly)
        return;
    const QList<int> rows = selectedRowsDescending(*m_view);
    if (rows.isEmpty())
        return;
    const int next = rows.last();
    for (int row : rows)
        m_model->removeRows(row, 1);
    if (m_model->rowCount() > 0) {
        const QModelIndex index = m_model->index(std::min(next, m_model->rowCount() - 1), 0);
        m_view->setCurrentIndex(index);
        m_view->selectionModel()->select(index,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    emit edited();
}

void ChildTableEditor::moveCurrentRow(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (m_readOnly || row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    const int column = std::max(0, m_view->currentIndex().column());
    if (!m_model->moveRow({}, row, {}, delta > 0 ? target + 1 : target))
        return;
    const QModelIndex index = m_model->index(target, column);
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    emit edited();
}

void ChildTableEditor::updateState()
{
    // As tall as its rows plus one free line, from 3 to 10 rows; longer tables scroll.
    const int rows = std::clamp(m_model->rowCount() + 1, 3, 10);
    const int scrollBar =
        m_view->horizontalScrollBar()->isVisible() ? m_view->horizontalScrollBar()->height() : 0;
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height()
                           + rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth()
                           + scrollBar);
    const bool empty = m_model->rowCount() == 0;
    m_emptyLabel->setVisible(empty);
    const int row = currentRow();
    const bool hasSelection = row >= 0 || m_view->selectionModel()->hasSelection();
    m_addAction->setEnabled(!m_readOnly);
    m_removeAction->setEnabled(!m_readOnly && hasSelection && !empty);
    m_upAction->setEnabled(!m_readOnly && row > 0);
    m_downAction->setEnabled(!m_readOnly && row >= 0 && row < m_model->rowCount() - 1);
    m_addButton->setEnabled(m_addAction->isEnabled());
    m_removeButton->setEnabled(m_removeAction->isEnabled());
    m_upButton->setEnabled(m_upAction->isEnabled());
    m_downButton->setEnabled(m_downAction->isEnabled());
}

} // namespace casebook::ui
