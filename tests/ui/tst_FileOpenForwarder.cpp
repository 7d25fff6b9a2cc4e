// A bundle the desktop hands to the running Casebook (QFileOpenEvent, as the macOS Finder sends on
// a double-click) reaches the import; other events go on as before.
#include "widgets/FileOpenForwarder.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QTest>

using namespace casebook;

class tst_FileOpenForwarder : public QObject
{
    Q_OBJECT
private slots:
    void fileOpenReachesTheImport();
};

void tst_FileOpenForwarder::fileOpenReachesTheImport()
{
    QStringList opened;
    ui::FileOpenForwarder forwarder([&opened](const QString &file) { opened.append(file); });
    qApp->installEventFilter(&forwarder);

    QFileOpenEvent open(QStringLiteral("/home/ana/Downloads/team.casebook"));
    QCoreApplication::sendEvent(qApp, &open);
    QCOMPARE(opened, QStringList{QStringLiteral("/home/ana/Downloads/team.casebook")});

    QEvent other(QEvent::LanguageChange);
    QCoreApplication::sendEvent(qApp, &other);
    QFileOpenEvent empty(QString{});
    QCoreApplication::sendEvent(qApp, &empty);
    QCOMPARE(opened.size(), 1);
    qApp->removeEventFilter(&forwarder);
}

QTEST_MAIN(tst_FileOpenForwarder)
#include "tst_FileOpenForwarder.moc"
