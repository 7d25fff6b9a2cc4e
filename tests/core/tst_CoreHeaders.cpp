// Guards the rule that matters most: core/ stays headless. The build already fails when core
// includes a widget header (casebook_core does not link Qt Widgets); this test also catches an
// include that would only break on a machine without the header, and chart or widget module includes.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "TestSupport.h"

class tst_CoreHeaders : public QObject
{
    Q_OBJECT
private slots:
    void coreIncludesNoWidgets();
};

void tst_CoreHeaders::coreIncludesNoWidgets()
{
    const QString core = casebook::test::sourcePath(QStringLiteral("core"));
    QVERIFY(QFile::exists(core));
    static const QRegularExpression forbidden(QStringLiteral(
        R"(^\s*#\s*include\s*[<"](QtWidgets|QtCharts|QtSvgWidgets|QtPrintSupport)?/?)"
        R"((QWidget|QMainWindow|QDialog|QMessageBox|QFileDialog|QApplication|QAbstractButton|QPushButton|)"
        R"(QLabel|QLineEdit|QTableView|QTreeView|QListView|QAction|QMenu|QChart|QChartView|QStyle|QWizard|)"
        R"(QtWidgets|QtCharts|QSvgWidget)\b)"));
    int scanned = 0;
    QStringList offenders;
    QDirIterator it(core, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        int lineNo = 0;
        while (!f.atEnd()) {
            ++lineNo;
            const QString line = QString::fromUtf8(f.readLine());
            if (forbidden.match(line).hasMatch())
                offenders.append(QStringLiteral("%1:%2: %3").arg(path).arg(lineNo).arg(line.trimmed()));
        }
        ++scanned;
    }
    QVERIFY2(scanned > 10, "expected to scan the core sources");
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_CoreHeaders)
#include "tst_CoreHeaders.moc"
