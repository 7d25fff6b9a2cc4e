#pragma once

namespace casebook::ui {

class MainWindow;

/// For `casebook-bench startup` (issue 13: "open one use case in the editor"): selects five use
/// cases from the middle of the list one after the other, times each from the selection to the
/// editor painted with it, and prints "open-editor-ms" with the median on standard output. Call it
/// once the editor exists (after the first paint).
void reportEditorOpenForBenchmark(MainWindow &window);

} // namespace casebook::ui
