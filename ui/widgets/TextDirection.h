#pragma once

#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextOption>

namespace casebook::ui {

/// Lets each paragraph of a multi-line plain-text field follow its own text: a paragraph of Arabic
/// starts at the right, one of English at the left, in a window of either direction.
///
/// QPlainTextEdit lays out every paragraph with the one text option of its document; of its
/// alignments, justified is the one Qt resolves per paragraph (to the right for a right-to-left
/// one), at the cost of spreading the wrapped lines of a long paragraph to both edges.
inline void followTextDirection(QPlainTextEdit *edit)
{
    QTextOption option = edit->document()->defaultTextOption();
    option.setAlignment(Qt::AlignJustify);
    option.setTextDirection(Qt::LayoutDirectionAuto);
    edit->document()->setDefaultTextOption(option);
}

} // namespace casebook::ui
