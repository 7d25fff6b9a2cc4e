// casebook-bench-window: the baseline of the start-up benchmark (issue 13). A bare Qt main window
// with a 30-row table, built and launched like the casebook window, reporting its first paint the
// same way (CASEBOOK_BENCH_FIRST_PAINT, widgets/FirstPaint.h).
#include "widgets/FirstPaint.h"

#include <QApplication>
#include <QMainWindow>
#include <QTableWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableWidget(30, 8, &window);
    for (int row = 0; row < 30; ++row) {
        for (int column = 0; column < 8; ++column)
            table->setItem(row, column, new QTableWidgetItem(QStringLiteral("%1, %2").arg(row).arg(column)));
    }
    window.setCentralWidget(table);
    window.resize(1024, 700);
    new casebook::ui::FirstPaintWatcher(
        {table->viewport()},
        [] {
            if (qEnvironmentVariableIsSet("CASEBOOK_BENCH_FIRST_PAINT"))
                casebook::ui::reportFirstPaintForBenchmark();
        },
        &window);
    window.show();
    return app.exec();
}
