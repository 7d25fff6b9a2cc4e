#include "print/ReportFonts.h"

#include <QFontDatabase>

#include <algorithm>

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

QStringList ReportFonts::uncoveredScripts(const QString &text)
{
    struct Script
    {
        QChar::Script script;
        QFontDatabase::WritingSystem system;
        QString name;
    };
    const QList<Script> scripts{
        {QChar::Script_Arabic, QFontDatabase::Arabic, tr("Arabic (Debian package fonts-noto-core)")},
        {QChar::Script_Han, QFontDatabase::SimplifiedChinese, tr("Chinese (Debian package fonts-noto-cjk)")}};
    QStringList out;
    for (const Script &s : scripts) {
        const bool used =
            std::any_of(text.cbegin(), text.cend(), [&s](QChar c) { return c.script() == s.script; });
        if (used && QFontDatabase::families(s.system).isEmpty())
            out.append(s.name);
    }
    return out;
}

} // namespace casebook
