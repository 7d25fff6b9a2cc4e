#include "mainwindow/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    casebook::ui::MainWindow w;
    w.show();
    return app.exec();
}
