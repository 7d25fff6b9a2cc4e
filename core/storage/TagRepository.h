#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace casebook {

class Database;

/// A tag of the repository with its colour and how many use cases carry it.
struct TagInfo
{
    QString name;
    QString color; ///< "#rrggbb" or empty
    int useCount = 0;
};

/// Repository-wide tag operations. Renaming and merging change the tags of use cases, so they are
/// edits of those records (new revision, history kept), all in one transaction.
class TagRepository
{
    Q_DECLARE_TR_FUNCTIONS(TagRepository)
public:
    explicit TagRepository(Database &db);

    /// Every tag in name order, with use counts (tags no use case carries included).
    Result<QList<TagInfo>> list() const;
    /// Tag names, for completion.
    Result<QStringList> names() const;
    /// Renames a tag, and every tag nested under it (sdo/x follows sdo). Refuses a name in use:
    /// that is a merge.
    Status rename(const QString &from, const QString &to);
    /// Replaces every tag in `from` by `into` on every use case, then deletes the `from` tags.
    Status merge(const QStringList &from, const QString &into);
    /// Sets or clears ("") a tag's colour. Not an edit of any record.
    Status setColor(const QString &name, const QString &color);
    /// The tags of the given use cases (uuid → tags), for undoing a rename or merge.
    Result<QHash<QString, QStringList>> tagsOfUseCasesWith(const QStringList &tags) const;
    /// Deletes tags that no use case carries any more (and that have no colour), all of them or
    /// those among the ids `among`.
    Status deleteUnused();
    Status deleteUnused(const QList<qint64> &among);

private:
    Status retag(const QHash<QString, QStringList> &before,
                 const std::function<QStringList(const QStringList &)> &change);
    Database &m_db;
};

} // namespace casebook
