#include "editor/NestedRowsSection.h"

#include "editor/ChildTableEditor.h"
#include "editor/ChildTableModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QTableView>

namespace casebook::ui {

NestedRowsSection::NestedRowsSection(ChildTableEditor *outer, ChildTableModel *nested, QFormLayout *form,
                                     const QString &label, const QString &tableName, const QString &stem,
                                     const QString &emptyText, QObject *parent)
    : QObject(parent)
    , m_outerEditor(outer)
    , m_outer(outer->model())
    , m_nested(nested)
{
    m_nestedEditor = new ChildTableEditor(m_nested, tableName, stem, emptyText);
    m_nestedEditor->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_label = new QLabel(label);
    m_label->setBuddy(m_nestedEditor->view());
    form->addRow(m_label, m_nestedEditor);
    connect(m_nestedEditor, &ChildTableEditor::edited, this, [this] {
        if (m_loading)
            return;
        store();
        emit edited();
    });
    connect(m_outerEditor, &ChildTableEditor::currentRowChanged, this, &NestedRowsSection::reload);
    connect(m_outer, &QAbstractItemModel::rowsRemoved, this, &NestedRowsSection::reload);
    connect(m_outer, &QAbstractItemModel::rowsMoved, this, &NestedRowsSection::reload);
    connect(m_outer, &QAbstractItemModel::modelReset, this, &NestedRowsSection::reload);
}

QVariant NestedRowsSection::pack(const QList<QVariantList> &cells, const QVariantList &payloads)
{
    QVariantList rows;
    for (const QVariantList &row : cells)
        rows.append(QVariant(row));
    return QVariantList{QVariant(rows), QVariant(payloads)};
}

QList<QVariantList> NestedRowsSection::cellsOf(const QVariant &packed)
{
    QList<QVariantList> out;
    const QVariantList rows = packed.toList().value(0).toList();
    for (const QVariant &row : rows)
        out.append(row.toList());
    return out;
}

QVariantList NestedRowsSection::payloadsOf(const QVariant &packed)
{
    return packed.toList().value(1).toList();
}

void NestedRowsSection::reload()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_shownRow = m_outerEditor->currentRow();
    const bool has = m_shownRow >= 0 && m_shownRow < m_outer->rowCount();
    const QVariant packed = has ? m_outer->payload(m_shownRow) : QVariant();
    m_nested->setRows(cellsOf(packed), payloadsOf(packed));
    m_nestedEditor->setEnabled(has);
    m_label->setEnabled(has);
    m_loading = wasLoading;
    emit reloaded();
}

void NestedRowsSection::setReadOnly(bool readOnly)
{
    m_nestedEditor->setReadOnly(readOnly);
}

void NestedRowsSection::store()
{
    if (m_shownRow < 0 || m_shownRow >= m_outer->rowCount())
        return;
    QVariantList payloads;
    for (int r = 0; r < m_nested->rowCount(); ++r)
        payloads.append(m_nested->payload(r));
    m_outer->setPayload(m_shownRow, pack(m_nested->rows(), payloads));
}

} // namespace casebook::ui
