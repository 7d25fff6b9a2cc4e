#pragma once

#include "print/ChartFigure.h"

#include <QWidget>

namespace casebook::ui {

/// Shows the chart of a ChartFigure on screen, scaled to fit and centred, on white (the same drawing
/// as the export). When the chart is empty or hidden, says why in a sentence instead.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    void setFigure(const ChartFigure &figure);
    const ChartFigure &figure() const { return m_figure; }
    /// The sentence shown instead of the chart (empty: the chart).
    void setMessage(const QString &message);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ChartFigure m_figure;
    QString m_message;
};

} // namespace casebook::ui
