#include "print/ChartTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextDocument>

namespace casebook {

ChartTextObject::ChartTextObject(const ScoreReport &scores, QObject *parent)
    : QObject(parent)
    , m_scores(scores)
{ }

QSizeF ChartTextObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const auto kind = ReportCharts::Kind(format.intProperty(kKindProperty));
    const QSizeF points = ReportCharts::size(kind, m_scores);
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    const qreal dpi = device ? device->logicalDpiX() : 96;
    QSizeF size = points * dpi / 72.0;
    // Never wider than the page: a Letter page is narrower than an A4 one.
    const qreal available = doc->pageSize().width() - 2 * doc->documentMargin();
    if (available > 0 && size.width() > available)
        size *= available / size.width();
    return size;
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                 const QTextFormat &format)
{
    ReportCharts::paint(*painter, rect, ReportCharts::Kind(format.intProperty(kKindProperty)), m_scores);
}

} // namespace casebook
