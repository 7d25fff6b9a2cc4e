#pragma once

#include <QFont>
#include <QStringList>

namespace casebook {

/// The fonts reports are printed with: installed families that cover Latin, Arabic and Chinese,
/// best first, so the PDF embeds glyphs for every script a use case is written in. Debian:
/// fonts-noto-core and fonts-noto-cjk cover all three; DejaVu Sans (Latin, Arabic) with Droid Sans
/// Fallback (Chinese) also does.
class ReportFonts
{
public:
    /// The installed families of the preferred list, in order; empty when none is installed (Qt's
    /// default font is used then).
    static QStringList families();
    /// A body font of `pointSize` with families() as its fallback chain.
    static QFont bodyFont(qreal pointSize = 10);
};

} // namespace casebook
