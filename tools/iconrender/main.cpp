// casebook-iconrender SVG OUTDIR SIZE...: renders the application icon into the hicolor theme's
// layout, OUTDIR/<size>x<size>/apps/<name>.png, one PNG per size.
// casebook-iconrender --icns SVG FILE.icns: writes the macOS icon of Casebook.app, every size of
// the Apple icon family from 16 to 1024 pixels as PNG entries.
// Run at build time, so the icons never drift from the SVG.
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "casebook-iconrender: " << message << Qt::endl;
    return 1;
}

QImage draw(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

bool render(QSvgRenderer &svg, int size, const QString &path)
{
    return QDir().mkpath(QFileInfo(path).absolutePath()) && draw(svg, size).save(path, "PNG");
}

int renderTheme(QSvgRenderer &svg, const QString &svgPath, const QString &outDir, const QStringList &sizes)
{
    const QString name = QFileInfo(svgPath).completeBaseName();
    for (const QString &arg : sizes) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size < 8 || size > 1024)
            return fail(QStringLiteral("bad size %1").arg(arg));
        const QString path = QStringLiteral("%1/%2x%2/apps/%3.png").arg(outDir).arg(size).arg(name);
        if (!render(svg, size, path))
            return fail(QStringLiteral("cannot write %1").arg(path));
    }
    return 0;
}

/// One entry of an icon family: its four-letter type, then its length (header included) in big
/// endian, then the PNG.
QByteArray icnsEntry(const char type[5], const QByteArray &png)
{
    QByteArray entry(type, 4);
    char length[4];
    qToBigEndian<quint32>(quint32(png.size() + 8), length);
    entry.append(length, 4);
    return entry + png;
}

/// The types of Apple's icon family that hold PNG data, and their pixel sizes ("@2x" types are the
/// Retina variants of the size below).
struct IcnsType
{
    const char *type;
    int size;
};
constexpr IcnsType kIcnsTypes[] = {{"icp4", 16},  {"icp5", 32},  {"icp6", 64},   {"ic07", 128},
                                   {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}, {"ic11", 32},
                                   {"ic12", 64},  {"ic13", 256}, {"ic14", 512}};

int renderIcns(QSvgRenderer &svg, const QString &path)
{
    QByteArray entries;
    for (const IcnsType &t : kIcnsTypes) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!draw(svg, t.size).save(&buffer, "PNG"))
            return fail(QStringLiteral("cannot encode %1 pixels").arg(t.size));
        entries += icnsEntry(t.type, png);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1").arg(path));
    file.write(icnsEntry("icns", entries));
    return file.commit() ? 0 : fail(QStringLiteral("cannot write %1").arg(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool icns = !args.isEmpty() && args.first() == QLatin1String("--icns");
    if (icns)
        args.removeFirst();
    if (icns ? args.size() != 2 : args.size() < 3)
        return fail(QStringLiteral("usage: casebook-iconrender SVG OUTDIR SIZE...\n"
                                   "       casebook-iconrender --icns SVG FILE.icns"));
    QSvgRenderer svg(args[0]);
    if (!svg.isValid())
        return fail(QStringLiteral("cannot read %1").arg(args[0]));
    return icns ? renderIcns(svg, args[1]) : renderTheme(svg, args[0], args[1], args.mid(2));
}
