#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QStringList>

namespace casebook {

/// The fonts reports are printed with: installed families that cover Latin, Arabic and Chinese,
/// best first, so the PDF embeds glyphs for every script a use case is written in. Debian:
/// fonts-noto-core and fonts-noto-cjk cover all three; DejaVu Sans (Latin, Arabic) with Droid Sans
/// Fallback (Chinese) also does.
class ReportFonts
{
    Q_DECLARE_TR_FUNCTIONS(ReportFonts)
public:
    /// The installed families of the preferred list, in order; empty when none is installed (Qt's
    /// default font is used then).
    static QStringList families();
    /// A body font of `pointSize` with families() as its fallback chain.
    static QFont bodyFont(qreal pointSize = 10);
    /// The scripts of `text` (of Arabic and Chinese) that no installed font covers, by name, with the
    /// Debian package that brings them: a PDF would show empty boxes for them.
    static QStringList uncoveredScripts(const QString &text);
};

} // namespace casebook
