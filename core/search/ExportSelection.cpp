#include "search/ExportSelection.h"

#include "support/Clock.h"

#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "storage/UseCaseRepository.h"

#include <QSet>

namespace casebook {

QDateTime ExportSelection::parseSince(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid() && t.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
    return dt.toUTC();
}

QString ExportSelection::describe() const
{
    QStringList parts;
    if (isEverything())
        parts.append(tr("everything"));
    if (!ids.isEmpty())
        parts.append(tr("%n chosen use case(s)", nullptr, int(ids.size())));
    if (!tag.isEmpty())
        parts.append(tr("tag: %1").arg(tag));
    if (!query.trimmed().isEmpty())
        parts.append(tr("search: %1").arg(query.trimmed()));
    if (since.isValid())
        parts.append(tr("changed since %1").arg(toIsoUtc(since)));
    if (includeRestricted)
        parts.append(tr("restricted use cases included"));
    return parts.join(QLatin1String("; "));
}

QString ExportSelection::describe(const SelectedUseCases &chosen) const
{
    if (chosen.leftOut() == 0)
        return describe();
    return describe() + QLatin1String("; ")
        + tr("%n restricted use case(s) left out", nullptr, chosen.leftOut());
}

Result<QStringList> ExportSelection::resolve(Database &db) const
{
    auto chosen = select(db);
    if (!chosen)
        return chosen.error();
    return chosen->uuids;
}

Result<SelectedUseCases> ExportSelection::select(Database &db) const
{
    UseCaseRepository repo(db);
    SearchQuery search = SearchQuery::parse(query);
    if (!tag.trimmed().isEmpty()) {
        SearchFilter filter;
        filter.field = SearchFilter::Field::Tag;
        filter.values = {tag.trimmed()};
        search.filters.append(filter);
    }
    auto rows = repo.findKeys(search);
    if (!rows)
        return rows.error();

    QSet<QString> wanted;
    for (const QString &id : ids) {
        auto u = repo.get(id);
        if (!u) {
            if (u.error().code == ErrorCode::NotFound || u.error().code == ErrorCode::Usage)
                return makeError(ErrorCode::NotFound, tr("No use case has the UUID or code '%1'.").arg(id),
                                 u.error().detail);
            return u.error();
        }
        wanted.insert(u->uuid);
    }

    QSet<QString> restricted;
    if (!includeRestricted) {
        auto found = repo.uuidsWithSharingLevel(restrictedLevel());
        if (!found)
            return found.error();
        restricted = *found;
    }

    SelectedUseCases chosen;
    for (const UseCaseKey &s : *rows) {
        if (!ids.isEmpty() && !wanted.contains(s.uuid))
            continue;
        if (since.isValid() && s.modifiedAt < since)
            continue;
        if (restricted.contains(s.uuid))
            chosen.restrictedLeftOut.append(s.code);
        else
            chosen.uuids.append(s.uuid);
    }
    return chosen;
}

} // namespace casebook
