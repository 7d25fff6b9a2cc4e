#include "report/HtmlWriter.h"

#include <algorithm>

namespace casebook {

QString HtmlWriter::escape(const QString &value)
{
    QString out = value.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return out;
}

QString HtmlWriter::number(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("–");
}

void HtmlWriter::heading(int level, const QString &anchor, const QString &title, bool newPage)
{
    const QString style = newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString();
    text += QStringLiteral("<h%1%2 dir=\"auto\"><a name=\"%3\"></a>%4</h%1>\n")
                .arg(level)
                .arg(style, anchor.toHtmlEscaped(), escape(title));
}

void HtmlWriter::para(const QString &value)
{
    if (!value.trimmed().isEmpty())
        text += QStringLiteral("<p dir=\"auto\">%1</p>\n").arg(escape(value.trimmed()));
}

void HtmlWriter::labelled(const QString &label, const QString &value)
{
    if (!value.trimmed().isEmpty())
        text +=
            QStringLiteral("<p dir=\"auto\"><b>%1:</b> %2</p>\n").arg(escape(label), escape(value.trimmed()));
}

void HtmlWriter::list(const QString &label, const QStringList &items)
{
    if (items.isEmpty())
        return;
    text += QStringLiteral("<p><b>%1:</b></p>\n<ul>\n").arg(escape(label));
    for (const QString &item : items)
        text += QStringLiteral("<li dir=\"auto\">%1</li>\n").arg(escape(item));
    text += QStringLiteral("</ul>\n");
}

void HtmlWriter::table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &widths)
{
    if (rows.isEmpty())
        return;
    // The header row in <thead>: a paginated QTextDocument repeats it on every page the table spans
    // and moves the table to the next page when its header and first row do not fit.
    text += QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n<thead><tr>");
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString width = i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths[i]) : QString();
        text += QStringLiteral("<th%1>%2</th>").arg(width, escape(header[i]));
    }
    text += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList &row : rows) {
        text += QStringLiteral("<tr>");
        for (const QString &cell : row)
            text += QStringLiteral("<td dir=\"auto\">%1</td>").arg(escape(cell));
        text += QStringLiteral("</tr>\n");
    }
    text += QStringLiteral("</tbody></table>\n");
}

void HtmlWriter::facts(const QList<QPair<QString, QString>> &rows, const QString &title)
{
    if (std::all_of(rows.cbegin(), rows.cend(),
                    [](const auto &row) { return row.second.trimmed().isEmpty(); }))
        return;
    if (!title.isEmpty())
        heading(3, {}, title);
    text += QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">\n");
    for (const auto &row : rows) {
        if (!row.second.trimmed().isEmpty())
            text +=
                QStringLiteral("<tr><th align=\"left\" width=\"28%\">%1</th><td dir=\"auto\">%2</td></tr>\n")
                    .arg(escape(row.first), escape(row.second.trimmed()));
    }
    text += QStringLiteral("</table>\n");
}

} // namespace casebook
