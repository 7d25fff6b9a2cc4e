#pragma once

#include <QStyledItemDelegate>

namespace casebook::ui {

/// Paints a cell's text as plain text, wrapped, with the ranges in RangesRole (a list of QPoint:
/// start, length) highlighted: the changed words of a field in the import preview. The text is
/// never read as markup; highlighting is done by formatting ranges.
class DiffTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int RangesRole = Qt::UserRole + 40;
    /// `removed`: the ranges are words the other side does not have (mine), else words it adds.
    DiffTextDelegate(bool removed, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    bool m_removed;
};

} // namespace casebook::ui
