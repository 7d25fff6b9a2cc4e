#include "import/DiffTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace casebook::ui {

namespace {

constexpr int kMargin = 3;

/// Lays `text` out in `width`, with `ranges` formatted; returns the height used.
qreal layOut(QTextLayout &layout, qreal width)
{
    QTextOption wrap(Qt::AlignLeading);
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    wrap.setTextDirection(Qt::LayoutDirectionAuto); // Arabic paragraphs read right to left
    layout.setTextOption(wrap);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max<qreal>(width, 10));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

QList<QTextLayout::FormatRange> formats(const QVariant &ranges, bool removed, const QPalette &palette)
{
    QTextCharFormat changed;
    // Colour and a line, so the change does not rest on colour alone.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    changed.setBackground(removed ? (dark ? QColor(0x6b, 0x24, 0x24) : QColor(0xff, 0xd7, 0xd5))
                                  : (dark ? QColor(0x1f, 0x5a, 0x2e) : QColor(0xcd, 0xf2, 0xd3)));
    if (removed)
        changed.setFontStrikeOut(true);
    else
        changed.setFontUnderline(true);
    QList<QTextLayout::FormatRange> out;
    const QVariantList list = ranges.toList();
    for (const QVariant &r : list) {
        const QPoint p = r.toPoint();
        out.append({p.x(), p.y(), changed});
    }
    return out;
}

} // namespace

DiffTextDelegate::DiffTextDelegate(bool removed, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_removed(removed)
{ }

void DiffTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextLayout layout(text, opt.font);
    layout.setFormats(formats(index.data(RangesRole), m_removed, opt.palette));
    const QRect area = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    layOut(layout, area.width());
    painter->save();
    painter->setClipRect(opt.rect);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, area.topLeft());
    painter->restore();
}

QSize DiffTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = opt.rect.width() > 2 * kMargin ? opt.rect.width() - 2 * kMargin : 300;
    QTextLayout layout(opt.text, opt.font);
    const qreal height = layOut(layout, width);
    return {width + 2 * kMargin, int(std::ceil(height)) + 2 * kMargin};
}

} // namespace casebook::ui
