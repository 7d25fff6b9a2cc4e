// A chart leaves Casebook as a PNG of the chosen width or as SVG, with its title, legend, weights and
// date, written through a QSaveFile; a refusal leaves the file that was there untouched.
#include "print/ChartFigure.h"
#include "print/HeatMapChart.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace casebook;

namespace {

ChartFigure square()
{
    ChartFigure f;
    f.title = QStringLiteral("Overall index");
    f.legend = QStringLiteral("Bars: overall index");
    f.weights = QStringLiteral("A 40 · B 60");
    f.date = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
    f.chartSize = QSizeF(400, 200);
    f.paintChart = [](QPainter &p, const QRectF &r) { p.fillRect(r, QColor(37, 52, 148)); };
    return f;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_ChartFigure : public QObject
{
    Q_OBJECT
private slots:
    void pngOfTheChosenWidth()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        const ChartFigure f = square();
        QVERIFY(f.writePng(path, 1200).ok());
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.width(), 1200);
        QCOMPARE(image.height(), qRound(1200 * f.size().height() / f.size().width()));
        // The chart is drawn (its blue in the middle), on white.
        QCOMPARE(image.pixelColor(600, image.height() / 2), QColor(37, 52, 148));
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("chart.png")});
    }

    void svgWithTitleWeightsAndDate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(square().writeSvg(path).ok());
        const QByteArray svg = contents(path);
        QXmlStreamReader xml(svg);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QLatin1String("svg"));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QString text = QString::fromUtf8(svg);
        QVERIFY(text.contains(QLatin1String("<title>Overall index</title>")));
        QVERIFY(text.contains(QStringLiteral("Weights: A 40 · B 60")));
        QVERIFY(text.contains(QLatin1String("Casebook, 2026-12-02")));
    }

    void refusalsLeaveTheFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("kept");
        old.close();
        const Status tooWide = square().writePng(path, ChartFigure::maximumWidth + 1);
        QVERIFY(!tooWide.ok());
        QCOMPARE(tooWide.error().message, QStringLiteral("Choose a width between 16 and 16384 pixels."));
        ChartFigure empty = square();
        empty.chartSize = QSizeF();
        QCOMPARE(empty.writeSvg(path).error().message, QStringLiteral("There is no chart to export."));
        QCOMPARE(contents(path), QByteArray("kept"));
        const Status noFolder = square().writePng(dir.filePath(QStringLiteral("missing/chart.png")), 100);
        QVERIFY(!noFolder.ok());
        QVERIFY(noFolder.error().message.startsWith(QLatin1String("Could not write the chart to ")));
    }

    void heatMapCellsCarryTheNumber()
    {
        QCOMPARE(HeatMapChart::cellText({2.5, 2, 3, false}), QStringLiteral("2.5 ↕2"));
        QCOMPARE(HeatMapChart::cellText({3.0, 0, 2, false}), QStringLiteral("3"));
        QCOMPARE(HeatMapChart::cellText({std::nullopt, 0, 0, false}), QStringLiteral("–"));
        QCOMPARE(HeatMapChart::cellText({1.0, 0, 3, true}), QStringLiteral("N/A"));
        Rubric rubric;
        QCOMPARE(HeatMapChart::textOn(HeatMapChart::shade(rubric, rubric.scaleMin)), QColor(Qt::black));
        QCOMPARE(HeatMapChart::textOn(HeatMapChart::shade(rubric, rubric.scaleMax)), QColor(Qt::white));
    }
};

QTEST_MAIN(tst_ChartFigure)
#include "tst_ChartFigure.moc"
