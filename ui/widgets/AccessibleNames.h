#pragma once

class QWidget;

namespace casebook::ui {

/// Screen readers name a field after the label that is its buddy only when both share a parent;
/// a field wrapped in a box with its error line, or an item view, goes unnamed. This gives every
/// buddy under `root` that has no accessible name its label's text ("&Title:" -> "Title"); a line
/// or text edit's placeholder becomes its description ("e.g. CC BY 4.0"), or its name when no label
/// names it. Call it once a form is built.
class AccessibleNames
{
public:
    static void fromLabels(QWidget *root);
};

} // namespace casebook::ui
