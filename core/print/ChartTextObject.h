#pragma once

#include "print/ReportCharts.h"

#include <QObject>
#include <QTextObjectInterface>

namespace casebook {

/// Draws a report chart inside a QTextDocument with QPainter, so a PDF gets it as vector graphics.
/// ReportDocument puts an object of type kObjectType where the HTML had the chart's image.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 12;
    static constexpr int kKindProperty = QTextFormat::UserProperty + 12;

    ChartTextObject(const ScoreReport &scores, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    ScoreReport m_scores;
};

} // namespace casebook
