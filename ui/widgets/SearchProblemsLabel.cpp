#include "widgets/SearchProblemsLabel.h"

namespace casebook::ui {

namespace {
constexpr int kShown = 3; ///< problems told at once; the rest are counted
constexpr int kOffered = 6; ///< replacements offered per problem
} // namespace

SearchProblemsLabel::SearchProblemsLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("searchProblemsLabel"));
    setWordWrap(true);
    // Rich text only for the links: every piece of the member's text is escaped below.
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setContentsMargins(4, 0, 4, 2);
    hide();
    connect(this, &QLabel::linkActivated, this, &SearchProblemsLabel::activate);
}

void SearchProblemsLabel::showProblems(const SearchQuery &query)
{
    m_problems = query.problems;
    QStringList lines;
    for (int i = 0; i < std::min(int(m_problems.size()), kShown); ++i) {
        const SearchProblem &p = m_problems.at(i);
        QString line = p.message().toHtmlEscaped();
        QStringList links;
        for (int s = 0; s < std::min(int(p.suggestions.size()), kOffered); ++s)
            links.append(QStringLiteral("<a href=\"fix:%1:%2\">%3</a>")
                             .arg(i)
                             .arg(s)
                             .arg(p.suggestions.at(s).toHtmlEscaped()));
        if (links.size() == 1)
            line += QLatin1Char(' ') + tr("Did you mean %1?").arg(links.first());
        else if (!links.isEmpty()) // no value is close: the whole (short) list
            line += QLatin1Char(' ') + tr("Try one of %1.").arg(links.join(QLatin1String(", ")));
        lines.append(line);
    }
    if (m_problems.size() > kShown)
        lines.append(tr("… and %n more.", nullptr, int(m_problems.size()) - kShown).toHtmlEscaped());
    setText(lines.join(QLatin1String("<br>")));
    setToolTip(query.problems.isEmpty() ? QString() : tr("Click a suggestion to put it in the search."));
    setVisible(!lines.isEmpty());
}

void SearchProblemsLabel::activate(const QString &link)
{
    const QStringList parts = link.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.first() != QLatin1String("fix"))
        return;
    const SearchProblem p = m_problems.value(parts.at(1).toInt());
    const int s = parts.at(2).toInt();
    if (s >= 0 && s < p.suggestions.size())
        emit replacementChosen(p.typed, p.suggestions.at(s));
}

QString SearchProblemsLabel::replacePiece(const QString &text, const QString &typed,
                                          const QString &replacement)
{
    qsizetype from = 0;
    while ((from = text.indexOf(typed, from)) >= 0) {
        const qsizetype end = from + typed.size();
        const bool startsPiece = from == 0 || text.at(from - 1).isSpace();
        const bool endsPiece = end == text.size() || text.at(end).isSpace();
        if (startsPiece && endsPiece)
            return text.left(from) + replacement + text.mid(end);
        from = end;
    }
    return text;
}

} // namespace casebook::ui
