#pragma once

#include <QChar>
#include <QString>

namespace casebook::test {

/// `text` without the invisible direction marks and isolates (U+200E, U+200F, U+2068, U+2069) that
/// the window puts around user text in its labels (ui::isolatedInWindowDirection): what a reader
/// sees.
inline QString visibleText(QString text)
{
    for (char16_t mark : {u'\u200E', u'\u200F', u'\u2068', u'\u2069'})
        text.remove(QChar(mark));
    return text;
}

} // namespace casebook::test
