#include "scoring/ScoreFlag.h"

#include <array>
#include <utility>

namespace casebook {

namespace {

const std::array<std::pair<ScoreFlag::Kind, const char *>, 5> kNames{{
    {ScoreFlag::Kind::Incomplete, "incomplete"},
    {ScoreFlag::Kind::Unknown, "unknown"},
    {ScoreFlag::Kind::Knockout, "knockout"},
    {ScoreFlag::Kind::Disagreement, "disagreement"},
    {ScoreFlag::Kind::NaDisputed, "na-disputed"},
}};

} // namespace

QString ScoreFlag::kindName(Kind kind)
{
    for (const auto &[k, name] : kNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ScoreFlag::Kind> ScoreFlag::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

QString ScoreFlag::toString() const
{
    QString text = kindName(kind);
    if (!criterionId.isEmpty())
        text += QLatin1Char(':') + criterionId;
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + detail;
    return text;
}

std::optional<ScoreFlag> ScoreFlag::fromString(const QString &text)
{
    const int colon = int(text.indexOf(QLatin1Char(':')));
    const auto kind = kindFromName(colon < 0 ? text : text.left(colon));
    if (!kind)
        return std::nullopt;
    if (*kind == Kind::Incomplete)
        return colon < 0 ? std::optional<ScoreFlag>(incomplete()) : std::nullopt;
    if (colon < 0)
        return std::nullopt;
    const QString rest = text.mid(colon + 1);
    const int space = int(rest.indexOf(QLatin1Char(' ')));
    const QString criterion = space < 0 ? rest : rest.left(space);
    if (criterion.isEmpty())
        return std::nullopt;
    return of(*kind, criterion, space < 0 ? QString() : rest.mid(space + 1));
}

QStringList ScoreFlag::toStrings(const QList<ScoreFlag> &flags)
{
    QStringList out;
    for (const ScoreFlag &f : flags)
        out.append(f.toString());
    return out;
}

} // namespace casebook
