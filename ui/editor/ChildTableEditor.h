#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace casebook::ui {

class ChildTableModel;

/// A child table (actors, KPIs, gaps...) edited inline: a table view with Add, Remove, Move up and
/// Move down. When the table has focus: Insert adds, Delete removes, Alt+Up / Alt+Down reorder; the
/// same actions are in the table's context menu with their shortcuts.
class ChildTableEditor : public QWidget
{
    Q_OBJECT
public:
    /// `tableName` names the view (e.g. "actorsTable"); `stem` the buttons ("Actor" gives
    /// "addActorButton", "removeActorButton", "moveActorUpButton", "moveActorDownButton").
    /// `emptyText` is shown while the table has no rows.
    ChildTableEditor(ChildTableModel *model, const QString &tableName, const QString &stem,
                     const QString &emptyText, QWidget *parent = nullptr);

    ChildTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    int currentRow() const;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// Inserts an empty row after the current one (or at the end), selects it and starts editing it.
    void addRow();
    void removeSelectedRows();
    void moveCurrentRow(int delta);

signals:
    /// Rows were added, removed, moved or changed by the person using the editor.
    void edited();
    /// The current row changed (row is -1 when there is none).
    void currentRowChanged(int row);

private:
    void updateState();

    ChildTableModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QString m_keysDescription; ///< the table's description: its keys
    bool m_readOnly = false;
    bool m_switchingReadOnly = false;
};

} // namespace casebook::ui
