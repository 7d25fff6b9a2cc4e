#include "mainwindow/EditorOpenBenchmark.h"

#include "editor/UseCaseEditor.h"
#include "mainwindow/MainWindow.h"
#include "storage/UseCaseRepository.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace casebook::ui {

void reportEditorOpenForBenchmark(MainWindow &window)
{
    UseCaseRepository repository(window.database());
    const auto total = repository.count();
    ListOptions middle;
    middle.limit = 5;
    middle.offset = total ? *total / 2 : 0;
    const auto rows = repository.find({}, middle);
    if (!rows || rows->isEmpty() || !window.editor())
        return;
    QList<double> ms;
    for (const UseCaseSummary &row : *rows) {
        QElapsedTimer timer;
        timer.start();
        window.selectUseCase(row.uuid);
        window.editor()->repaint();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("open-editor-ms %.2f\n", ms.at(ms.size() / 2));
    std::fflush(stdout);
}

} // namespace casebook::ui
