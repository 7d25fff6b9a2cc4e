#include "mainwindow/MainWindow.h"

namespace casebook::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{ }

} // namespace casebook::ui
