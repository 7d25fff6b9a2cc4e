#include "print/ReportFonts.h"

#include <QFontDatabase>

namespace casebook {

QStringList ReportFonts::families()
{
    static const QStringList preferred{QStringLiteral("Noto Sans"),
                                       QStringLiteral("DejaVu Sans"),
                                       QStringLiteral("Noto Sans Arabic"),
                                       QStringLiteral("Noto Naskh Arabic"),
                                       QStringLiteral("Noto Sans CJK SC"),
                                       QStringLiteral("Noto Sans SC"),
                                       QStringLiteral("WenQuanYi Micro Hei"),
                                       QStringLiteral("Droid Sans Fallback"),
                                       QStringLiteral("Microsoft YaHei"),
                                       QStringLiteral("PingFang SC"),
                                       QStringLiteral("Arial"),
                                       QStringLiteral("Helvetica")};
    const QStringList installed = QFontDatabase::families();
    QStringList out;
    for (const QString &f : preferred) {
        if (installed.contains(f, Qt::CaseInsensitive))
            out.append(f);
    }
    return out;
}

QFont ReportFonts::bodyFont(qreal pointSize)
{
    QFont font;
    const QStringList chain = families();
    if (!chain.isEmpty())
        font.setFamilies(chain);
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace casebook
