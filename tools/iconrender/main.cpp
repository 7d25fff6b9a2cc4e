// casebook-iconrender SVG OUTDIR SIZE...: renders the application icon into the hicolor theme's
// layout, OUTDIR/<size>x<size>/apps/<name>.png, one PNG per size. Run at build time, so the PNGs
// never drift from the SVG.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "casebook-iconrender: " << message << Qt::endl;
    return 1;
}

bool render(QSvgRenderer &svg, int size, const QString &path)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return QDir().mkpath(QFileInfo(path).absolutePath()) && image.save(path, "PNG");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 3)
        return fail(QStringLiteral("usage: casebook-iconrender SVG OUTDIR SIZE..."));
    QSvgRenderer svg(args[0]);
    if (!svg.isValid())
        return fail(QStringLiteral("cannot read %1").arg(args[0]));
    const QString name = QFileInfo(args[0]).completeBaseName();
    for (const QString &arg : args.mid(2)) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size < 8 || size > 1024)
            return fail(QStringLiteral("bad size %1").arg(arg));
        const QString path = QStringLiteral("%1/%2x%2/apps/%3.png").arg(args[1]).arg(size).arg(name);
        if (!render(svg, size, path))
            return fail(QStringLiteral("cannot write %1").arg(path));
    }
    return 0;
}
