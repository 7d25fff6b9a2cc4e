#include "storage/TagRepository.h"

#include "model/UseCaseJson.h"
#include "storage/Database.h"
#include "storage/JsonIds.h"
#include "storage/UseCaseRepository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace casebook {

namespace {

bool sameTag(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/// True when `tag` is `parent` or nested under it.
bool under(const QString &tag, const QString &parent)
{
    return sameTag(tag, parent) || tag.startsWith(parent + QLatin1Char('/'), Qt::CaseInsensitive);
}

} // namespace

TagRepository::TagRepository(Database &db)
    : m_db(db)
{ }

Result<QList<TagInfo>> TagRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT t.name, t.color, count(ut.use_case_id) FROM tags AS t "
                               "LEFT JOIN use_case_tags AS ut ON ut.tag_id = t.id GROUP BY t.id "
                               "ORDER BY t.name COLLATE NOCASE")))
        return m_db.storageError(tr("Listing tags"), q.lastError().text());
    QList<TagInfo> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

Result<QStringList> TagRepository::names() const
{
    auto all = list();
    if (!all)
        return all.error();
    QStringList out;
    for (const auto &t : *all)
        out.append(t.name);
    return out;
}

Result<QHash<QString, QStringList>> TagRepository::tagsOfUseCasesWith(const QStringList &tags) const
{
    QHash<QString, QStringList> out;
    UseCaseRepository useCases(m_db);
    for (const QString &tag : tags) {
        SearchQuery q;
        q.filters.append({SearchFilter::Field::Tag, {tag}, false});
        auto rows = useCases.find(q);
        if (!rows)
            return rows.error();
        for (const auto &r : *rows)
            out.insert(r.uuid, r.tags);
    }
    return out;
}

Status TagRepository::retag(const QHash<QString, QStringList> &before,
                            const std::function<QStringList(const QStringList &)> &change)
{
    UseCaseRepository useCases(m_db);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        auto u = useCases.get(it.key());
        if (!u)
            return u.error();
        const QStringList next = change(u->tags);
        if (next == u->tags)
            continue;
        u->tags = next;
        if (auto saved = useCases.update(*u); !saved)
            return saved.error();
    }
    return {};
}

Status TagRepository::rename(const QString &rawFrom, const QString &rawTo)
{
    const QString from = UseCaseJson::normalizeTag(rawFrom);
    const QString to = UseCaseJson::normalizeTag(rawTo);
    if (Status s = UseCaseJson::validateTag(to); !s)
        return s;
    if (from == to)
        return {};
    auto existing = names();
    if (!existing)
        return existing.error();
    if (!std::any_of(existing->cbegin(), existing->cend(),
                     [&from](const QString &n) { return under(n, from); }))
        return makeError(ErrorCode::NotFound, tr("There is no tag %1.").arg(from));
    if (!sameTag(from, to) && std::any_of(existing->cbegin(), existing->cend(), [&to](const QString &n) {
            return under(n, to);
        }))
        return makeError(ErrorCode::InputRejected,
                         tr("The tag %1 already exists; merge the tags instead of renaming.").arg(to));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = tagsOfUseCasesWith({from});
    if (!before)
        return before.error();
    const auto renameOne = [&from, &to](const QString &tag) {
        return under(tag, from) ? to + tag.mid(from.size()) : tag;
    };
    if (Status s = retag(*before,
                         [&renameOne](const QStringList &tags) {
                             QStringList out;
                             for (const QString &t : tags)
                                 out.append(renameOne(t));
                             return out;
                         });
        !s)
        return s;
    // Keep colours: move them to the new names, then drop the old rows.
    QSqlQuery q(m_db.connection());
    for (const QString &name : *existing) {
        if (!under(name, from))
            continue;
        q.prepare(
            QStringLiteral("UPDATE tags SET color = (SELECT color FROM tags WHERE name = ?) WHERE name = ?"));
        q.addBindValue(name);
        q.addBindValue(renameOne(name));
        if (!q.exec())
            return m_db.storageError(tr("Renaming the tag"), q.lastError().text());
        if (sameTag(name, renameOne(name))) { // only the case changes
            q.prepare(QStringLiteral("UPDATE tags SET name = ? WHERE name = ?"));
            q.addBindValue(renameOne(name));
            q.addBindValue(name);
            if (!q.exec())
                return m_db.storageError(tr("Renaming the tag"), q.lastError().text());
        }
    }
    if (Status s = deleteUnused(); !s)
        return s;
    return tx.commit();
}

Status TagRepository::merge(const QStringList &rawFrom, const QString &rawInto)
{
    const QString into = UseCaseJson::normalizeTag(rawInto);
    if (Status s = UseCaseJson::validateTag(into); !s)
        return s;
    QStringList from;
    for (const QString &f : rawFrom) {
        const QString n = UseCaseJson::normalizeTag(f);
        if (!n.isEmpty() && !sameTag(n, into))
            from.append(n);
    }
    if (from.isEmpty())
        return makeError(ErrorCode::Usage, tr("Choose at least one other tag to merge into %1.").arg(into));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = tagsOfUseCasesWith(from);
    if (!before)
        return before.error();
    if (Status s = retag(*before,
                         [&from, &into](const QStringList &tags) {
                             QStringList out;
                             for (const QString &t : tags) {
                                 const bool merged =
                                     std::any_of(from.cbegin(), from.cend(),
                                                 [&t](const QString &f) { return sameTag(t, f); });
                                 out.append(merged ? into : t);
                             }
                             return out;
                         });
        !s)
        return s;
    if (Status s = deleteUnused(); !s)
        return s;
    return tx.commit();
}

Status TagRepository::setColor(const QString &name, const QString &color)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!color.isEmpty() && !hex.match(color).hasMatch())
        return makeError(ErrorCode::InputRejected, tr("%1 is not a colour like #1f77b4.").arg(color));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE tags SET color = ? WHERE name = ?"));
    q.addBindValue(color.isEmpty() ? QString(QLatin1String("")) : color.toLower());
    q.addBindValue(UseCaseJson::normalizeTag(name));
    if (!q.exec())
        return m_db.storageError(tr("Setting the tag colour"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no tag %1.").arg(name));
    return {};
}

Status TagRepository::deleteUnused(const QList<qint64> &among)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM tags WHERE id IN (SELECT value FROM json_each(?)) "
                             "AND id NOT IN (SELECT tag_id FROM use_case_tags) AND color = ''"));
    q.addBindValue(jsonIds(among));
    if (!q.exec())
        return m_db.storageError(tr("Tidying tags"), q.lastError().text());
    return {};
}

Status TagRepository::deleteUnused()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM use_case_tags) AND color = ''")))
        return m_db.storageError(tr("Tidying tags"), q.lastError().text());
    return {};
}

} // namespace casebook
