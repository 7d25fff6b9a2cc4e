#pragma once

#include <QMainWindow>

namespace casebook::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace casebook::ui
