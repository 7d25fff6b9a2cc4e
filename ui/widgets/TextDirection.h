#pragma once

#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QString>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextOption>

namespace casebook::ui {

/// Lets each paragraph of a multi-line plain-text field follow its own text: a paragraph of Arabic
/// starts at the right, one of English at the left, in a window of either direction.
///
/// QPlainTextEdit lays out every paragraph with the one text option of its document; of its
/// alignments, justified is the one Qt resolves per paragraph (to the right for a right-to-left
/// one). It spreads the wrapped lines of a long paragraph to both edges, so the field uses it only
/// while it holds a right-to-left paragraph.
inline void followTextDirection(QPlainTextEdit *edit)
{
    const Qt::Alignment usual = edit->document()->defaultTextOption().alignment();
    auto update = [edit, usual] {
        QTextDocument *doc = edit->document();
        bool rightToLeft = false;
        for (QTextBlock b = doc->begin(); b.isValid() && !rightToLeft; b = b.next())
            rightToLeft = b.text().isRightToLeft();
        const Qt::Alignment wanted = rightToLeft ? Qt::Alignment(Qt::AlignJustify) : usual;
        QTextOption option = doc->defaultTextOption();
        if (option.alignment() == wanted)
            return;
        option.setAlignment(wanted);
        option.setTextDirection(Qt::LayoutDirectionAuto);
        doc->setDefaultTextOption(option);
    };
    // Queued: the layout is settled once the edit that changed the text has finished.
    QObject::connect(edit, &QPlainTextEdit::textChanged, edit, update, Qt::QueuedConnection);
    update();
}

/// The alignment of a cell that holds user text in an item view: it starts where its own script
/// starts (an Arabic title at the right of a left-to-right list), so that its "…" falls at the
/// end it is read towards.
inline Qt::Alignment cellAlignment(const QString &text)
{
    const bool windowRightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    return (text.isRightToLeft() != windowRightToLeft ? Qt::AlignTrailing : Qt::AlignLeading)
        | Qt::AlignVCenter;
}

/// User text (a title from a file, say) put into a label of the window's own text: it reads in its
/// own direction, and the label keeps the window's. A plain-text QLabel takes its direction from the
/// first letter of its text, so one that began with an Arabic title in an English window turned
/// right to left as a whole, its full stops at the left. The text goes between U+2068 FIRST STRONG
/// ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, which QString::isRightToLeft() and Qt's layout step
/// over, after the window's own direction mark (U+200E or U+200F). None of them is drawn.
inline QString isolatedInWindowDirection(const QString &userText)
{
    const bool windowRightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    return QChar(windowRightToLeft ? 0x200F : 0x200E) + QChar(0x2068) + userText + QChar(0x2069);
}

} // namespace casebook::ui
