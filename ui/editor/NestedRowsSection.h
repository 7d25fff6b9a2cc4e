#pragma once

#include <QList>
#include <QObject>
#include <QVariant>

class QFormLayout;
class QLabel;

namespace casebook::ui {

class ChildTableEditor;
class ChildTableModel;

/// A child table whose rows each own a table of their own (a scenario's steps, a KPI's dated
/// measurements): the nested table, in the form below the outer one, shows the rows of the selected
/// outer row. Each outer row carries its nested rows (cells and payloads) as its payload; editing the
/// nested table writes them back to it.
class NestedRowsSection : public QObject
{
    Q_OBJECT
public:
    /// Adds the nested table under `outer` (already in `form`) with the buddy label `label`.
    NestedRowsSection(ChildTableEditor *outer, ChildTableModel *nested, QFormLayout *form,
                      const QString &label, const QString &tableName, const QString &stem,
                      const QString &emptyText, QObject *parent = nullptr);

    /// The payload of an outer row that holds these nested rows.
    static QVariant pack(const QList<QVariantList> &cells, const QVariantList &payloads);
    static QList<QVariantList> cellsOf(const QVariant &packed);
    static QVariantList payloadsOf(const QVariant &packed);

    ChildTableEditor *nestedEditor() const { return m_nestedEditor; }
    /// The outer row whose nested rows are shown, or -1.
    int shownRow() const { return m_shownRow; }
    /// Shows the nested rows of the current outer row (not an edit).
    void reload();
    void setReadOnly(bool readOnly);

signals:
    /// The member edited the nested rows of an outer row.
    void edited();
    /// Another outer row's nested rows are shown.
    void reloaded();

private:
    void store();

    ChildTableEditor *m_outerEditor;
    ChildTableModel *m_outer;
    ChildTableModel *m_nested;
    ChildTableEditor *m_nestedEditor = nullptr;
    QLabel *m_label = nullptr;
    int m_shownRow = -1;
    bool m_loading = false;
};

} // namespace casebook::ui
