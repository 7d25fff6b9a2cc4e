// The icons are rendered from the one SVG at build time: the hicolor PNGs for Linux, and the icon
// family Casebook.app carries on macOS (built and read here too, so a broken writer shows on
// Linux). The .icns is read back as macOS reads it: a header, then typed entries whose lengths add
// up, each a PNG of the size its type stands for.
#include <QFile>
#include <QImage>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

class tst_IconRender : public QObject
{
    Q_OBJECT
private slots:
    void writesTheAppleIconFamily();
    void writesTheHicolorSizes();
    void refusesBadArguments();

private:
    static int run(const QStringList &args, QString *errors = nullptr);
    const QString m_svg = QStringLiteral(CASEBOOK_ICON_SVG);
};

int tst_IconRender::run(const QStringList &args, QString *errors)
{
    QProcess p;
    p.start(QStringLiteral(CASEBOOK_ICONRENDER_PATH), args);
    if (!p.waitForFinished(60000))
        return -1;
    if (errors)
        *errors = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void tst_IconRender::writesTheAppleIconFamily()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("casebook.icns"));
    QCOMPARE(run({QStringLiteral("--icns"), m_svg, path}), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.size() > 8);
    QCOMPARE(data.left(4), QByteArray("icns"));
    QCOMPARE(qFromBigEndian<quint32>(data.constData() + 4), quint32(data.size()));

    const QMap<QByteArray, int> expected{{"icp4", 16},  {"icp5", 32},  {"icp6", 64},   {"ic07", 128},
                                         {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}, {"ic11", 32},
                                         {"ic12", 64},  {"ic13", 256}, {"ic14", 512}};
    QMap<QByteArray, int> found;
    for (qsizetype at = 8; at < data.size();) {
        QVERIFY2(at + 8 <= data.size(), "an entry header runs past the end");
        const QByteArray type = data.mid(at, 4);
        const quint32 length = qFromBigEndian<quint32>(data.constData() + at + 4);
        QVERIFY2(length > 8 && at + length <= quint32(data.size()), type.constData());
        const QImage png = QImage::fromData(data.mid(at + 8, length - 8), "PNG");
        QVERIFY2(!png.isNull(), type.constData());
        QCOMPARE(png.width(), png.height());
        found.insert(type, png.width());
        // The icon is drawn, not blank: its centre is opaque.
        QCOMPARE(qAlpha(png.pixel(png.width() / 2, png.height() / 2)), 255);
        at += length;
    }
    QCOMPARE(found, expected);
}

void tst_IconRender::writesTheHicolorSizes()
{
    QTemporaryDir dir;
    QCOMPARE(run({m_svg, dir.path(), QStringLiteral("16"), QStringLiteral("48")}), 0);
    for (int size : {16, 48}) {
        const QImage png(dir.filePath(QStringLiteral("%1x%1/apps/casebook.png").arg(size)));
        QCOMPARE(png.size(), QSize(size, size));
    }
}

void tst_IconRender::refusesBadArguments()
{
    QTemporaryDir dir;
    QString errors;
    QCOMPARE(run({m_svg, dir.path(), QStringLiteral("4000")}, &errors), 1);
    QVERIFY2(errors.contains(QLatin1String("bad size 4000")), qPrintable(errors));
    QCOMPARE(run({QStringLiteral("--icns"), dir.filePath(QStringLiteral("missing.svg")),
                  dir.filePath(QStringLiteral("x.icns"))},
                 &errors),
             1);
    QVERIFY2(errors.contains(QLatin1String("cannot read")), qPrintable(errors));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.icns"))));
    QCOMPARE(run({QStringLiteral("--icns"), m_svg}, &errors), 1);
    QVERIFY2(errors.contains(QLatin1String("usage")), qPrintable(errors));
}

QTEST_GUILESS_MAIN(tst_IconRender)
#include "tst_IconRender.moc"
