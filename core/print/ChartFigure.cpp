#include "print/ChartFigure.h"

#include "print/ReportFonts.h"

#include <QFontMetricsF>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace casebook {

namespace {

constexpr qreal kMargin = 12;
constexpr qreal kTitle = 22;
constexpr qreal kLine = 13;

QStringList footerLines(const ChartFigure &f)
{
    QStringList lines;
    if (!f.legend.isEmpty())
        lines.append(f.legend);
    if (!f.weights.isEmpty())
        lines.append(ChartFigure::tr("Weights: %1").arg(f.weights));
    if (f.date.isValid())
        lines.append(ChartFigure::tr("Casebook, %1").arg(f.date.toUTC().date().toString(Qt::ISODate)));
    return lines;
}

Status saveFailed(const QString &path, const QString &detail)
{
    return makeError(ErrorCode::Storage, ChartFigure::tr("Could not write the chart to %1.").arg(path),
                     detail);
}

} // namespace

QSizeF ChartFigure::size() const
{
    if (chartSize.isEmpty() || !paintChart)
        return {};
    const qreal width = std::max(chartSize.width(), 360.0) + 2 * kMargin;
    return QSizeF(width,
                  kMargin + kTitle + chartSize.height() + 6 + kLine * footerLines(*this).size() + kMargin);
}

void ChartFigure::paint(QPainter &p, const QRectF &target) const
{
    const QSizeF logical = size();
    if (logical.isEmpty())
        return;
    p.save();
    p.fillRect(target, Qt::white);
    p.translate(target.topLeft());
    p.scale(target.width() / logical.width(), target.height() / logical.height());
    QFont font = ReportFonts::bodyFont();
    font.setPixelSize(13);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::black);
    const qreal inner = logical.width() - 2 * kMargin;
    p.drawText(QRectF(kMargin, kMargin, inner, kTitle), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(font).elidedText(title, Qt::ElideRight, inner));
    const qreal chartTop = kMargin + kTitle;
    paintChart(p, QRectF(QPointF(kMargin, chartTop), chartSize));
    font.setBold(false);
    font.setPixelSize(9);
    p.setFont(font);
    p.setPen(QColor(40, 40, 40));
    qreal y = chartTop + chartSize.height() + 6;
    for (const QString &line : footerLines(*this)) {
        p.drawText(QRectF(kMargin, y, inner, kLine), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(font).elidedText(line, Qt::ElideRight, inner));
        y += kLine;
    }
    p.restore();
}

Status ChartFigure::writePng(const QString &path, int widthPixels) const
{
    const QSizeF logical = size();
    if (logical.isEmpty())
        return makeError(ErrorCode::Usage, tr("There is no chart to export."));
    if (widthPixels < minimumWidth || widthPixels > maximumWidth)
        return makeError(ErrorCode::Usage,
                         tr("Choose a width between %1 and %2 pixels.").arg(minimumWidth).arg(maximumWidth));
    const int height = std::max(1, int(std::lround(widthPixels * logical.height() / logical.width())));
    QImage image(widthPixels, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paint(painter, QRectF(0, 0, widthPixels, height));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveFailed(path, file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(image))
        return saveFailed(path, writer.errorString());
    if (!file.commit())
        return saveFailed(path, file.errorString());
    return {};
}

Status ChartFigure::writeSvg(const QString &path) const
{
    const QSizeF logical = size();
    if (logical.isEmpty())
        return makeError(ErrorCode::Usage, tr("There is no chart to export."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveFailed(path, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(logical.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), logical));
    svg.setTitle(title);
    svg.setDescription(footerLines(*this).join(QLatin1Char('\n')));
    {
        QPainter painter;
        if (!painter.begin(&svg))
            return saveFailed(path, QStringLiteral("QSvgGenerator: cannot begin painting"));
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, QRectF(QPointF(0, 0), logical));
        painter.end();
    }
    if (!file.commit())
        return saveFailed(path, file.errorString());
    return {};
}

} // namespace casebook
