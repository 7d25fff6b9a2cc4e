#include "storage/UseCaseRepository.h"

#include "model/Revision.h"
#include "model/UseCaseJson.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/FacetRows.h"
#include "storage/NotNullText.h"
#include "storage/SearchText.h"
#include "storage/SearchTextDeferral.h"
#include "storage/SqliteStatement.h"
#include "support/Parallel.h"
#include "support/TimeOrderedUuid.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace casebook {

namespace {

QStringList canonicalTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags) {
        const QString n = UseCaseJson::normalizeTag(t);
        const bool dup = std::any_of(out.cbegin(), out.cend(), [&n](const QString &o) {
            return o.compare(n, Qt::CaseInsensitive) == 0;
        });
        if (!n.isEmpty() && !dup)
            out.append(n);
    }
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

QString normalizedUuid(const QString &s)
{
    const QUuid u = QUuid::fromString(s.trimmed());
    return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces);
}

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s;
}

QStringList splitList(const QVariant &v)
{
    if (v.isNull())
        return {};
    QStringList list = v.toString().split(QChar(31), Qt::SkipEmptyParts);
    std::sort(list.begin(), list.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return list;
}

/// SQL text and its bound values, built in step so the order always matches.
struct SqlBuilder
{
    QString sql;
    QVariantList binds;
    void add(const QString &text, const QVariantList &values = {})
    {
        sql += text;
        binds += values;
    }
};

/// The conditions of a search other than the full-text join (addFtsJoin), joined by AND, on the
/// use_cases row `u`; empty when the search has none.
SqlBuilder conditionsOf(const SearchQuery &query)
{
    QStringList conditions;
    QVariantList binds;
    auto substring = [](const QString &text) {
        const QString pattern = QLatin1Char('%') + escapeLike(text) + QLatin1Char('%');
        return QVariantList{pattern, pattern};
    };
    static const QString likeCondition =
        QStringLiteral("(u.title LIKE ? ESCAPE '\\' OR u.document LIKE ? ESCAPE '\\')");
    static const QString ftsCondition =
        QStringLiteral("u.id IN (SELECT rowid FROM use_cases_fts WHERE use_cases_fts MATCH ?)");

    for (const auto &group : query.groups) {
        if (!SearchQuery::groupNeedsSubstringMatch(group))
            continue; // in the FTS join
        QStringList alternatives;
        for (const auto &t : group) {
            if (SearchQuery::needsSubstringMatch(t.text)) {
                alternatives.append(likeCondition);
                binds += substring(t.text);
            } else {
                alternatives.append(ftsCondition);
                binds.append(SearchQuery::ftsTerm(t));
            }
        }
        conditions.append(QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    if (const QString excluded = query.excludedFtsExpression(); !excluded.isEmpty()) {
        conditions.append(
            QStringLiteral("u.id NOT IN (SELECT rowid FROM use_cases_fts WHERE use_cases_fts MATCH ?)"));
        binds.append(excluded);
    }
    for (const auto &t : query.excluded) {
        if (SearchQuery::needsSubstringMatch(t.text)) {
            conditions.append(QStringLiteral("NOT ") + likeCondition);
            binds += substring(t.text);
        }
    }
    using F = SearchFilter::Field;
    for (const auto &f : query.filters) {
        QStringList alternatives;
        for (const QString &value : f.values) {
            switch (f.field) {
            case F::Tag:
                alternatives.append(QStringLiteral("u.id IN (SELECT ut.use_case_id FROM use_case_tags AS ut "
                                                   "JOIN tags AS t ON t.id = ut.tag_id "
                                                   "WHERE t.name = ? OR t.name LIKE ? ESCAPE '\\')"));
                binds << value << QString(escapeLike(value) + QStringLiteral("/%"));
                break;
            case F::Vertical:
                alternatives.append(QStringLiteral(
                    "u.id IN (SELECT use_case_id FROM use_case_verticals WHERE vertical = ?)"));
                binds << value;
                break;
            case F::Sdg:
                alternatives.append(
                    QStringLiteral("u.id IN (SELECT use_case_id FROM use_case_sdgs WHERE sdg = ?)"));
                binds << value.toInt();
                break;
            case F::Region:
                alternatives.append(
                    QStringLiteral("u.id IN (SELECT use_case_id FROM use_case_regions WHERE region = ?)"));
                binds << value;
                break;
            case F::Country:
                alternatives.append(
                    QStringLiteral("u.id IN (SELECT use_case_id FROM use_case_countries WHERE country = ?)"));
                binds << value;
                break;
            case F::Stage:
                alternatives.append(QStringLiteral("u.deployment_stage = ?"));
                binds << value;
                break;
            case F::Context:
                alternatives.append(
                    QStringLiteral("u.id IN (SELECT use_case_id FROM use_case_contexts WHERE context = ?)"));
                binds << value;
                break;
            case F::Status:
                alternatives.append(QStringLiteral("u.approval_status = ?"));
                binds << value;
                break;
            case F::Gap:
                alternatives.append(
                    QStringLiteral("u.id IN (SELECT use_case_id FROM use_case_gap_facets WHERE facet = ?)"));
                binds << value;
                break;
            case F::Sdo:
                alternatives.append(
                    QStringLiteral("u.id IN (SELECT use_case_id FROM use_case_sdos WHERE sdo = ?)"));
                binds << value;
                break;
            case F::Question:
                alternatives.append(QStringLiteral(
                    "u.id IN (SELECT use_case_id FROM use_case_questions WHERE question = ?)"));
                binds << value;
                break;
            }
        }
        if (alternatives.isEmpty())
            continue;
        const QString c = QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
        conditions.append(f.negated ? QStringLiteral("NOT ") + c : c);
    }
    return {conditions.join(QLatin1String(" AND ")), binds};
}

void addConditions(const SearchQuery &query, SqlBuilder &b)
{
    const SqlBuilder conditions = conditionsOf(query);
    if (!conditions.sql.isEmpty())
        b.add(QStringLiteral(" WHERE ") + conditions.sql, conditions.binds);
}

/// Joins the full-text matches (`f`, with their rank) to `u` when the search has words.
void addFtsJoin(const SearchQuery &query, SqlBuilder &b)
{
    const QString fts = query.ftsExpression();
    if (!fts.isEmpty()) {
        // Column weights for ranking: code, title, summary, body, tags.
        b.add(QStringLiteral(
                  " JOIN (SELECT rowid AS fid, bm25(use_cases_fts, 4.0, 10.0, 4.0, 1.0, 5.0) AS score "
                  "FROM use_cases_fts WHERE use_cases_fts MATCH ?) AS f ON f.fid = u.id"),
              {fts});
    }
}

void addFrom(const SearchQuery &query, SqlBuilder &b)
{
    b.add(QStringLiteral(" FROM use_cases AS u"));
    addFtsJoin(query, b);
}

void addScoreJoin(const ListOptions &options, SqlBuilder &b)
{
    b.add(QStringLiteral(" LEFT JOIN use_case_scores AS sc ON sc.use_case_id = u.id AND sc.rubric_id = ?"),
          {options.scoreRubricId});
}

/// The list's order for every sort but the score's (findByScore), on the use case `u` and `pkey`.
QString sortOrder(const SearchQuery &query, const ListOptions &options)
{
    const QString dir = options.descending ? QStringLiteral(" DESC") : QString();
    using S = ListOptions::Sort;
    switch (options.sort) {
    case S::Relevance:
        return query.ftsExpression().isEmpty() ? QStringLiteral("u.modified_at DESC")
                                               : QStringLiteral("pkey"); // the full-text rank
    case S::Code: return QStringLiteral("u.code") + dir;
    case S::Title: return QStringLiteral("u.title COLLATE NOCASE") + dir;
    case S::Modified: return QStringLiteral("u.modified_at") + dir;
    case S::Stage: return QStringLiteral("u.deployment_stage") + dir;
    case S::Score: break;
    }
    return QString(); // findByScore
}

/// The matching use cases scored against the rubric (a stored index that is not NULL) as `pid` and
/// `pkey`. Without a search this reads only the index use_case_scores_index: its entries are
/// (rubric, score, use case), since the table's primary key ends every entry of a WITHOUT ROWID
/// table's index, so SQLite walks it in the list's order and stops at the page.
SqlBuilder scoredMatches(const SearchQuery &query, const ListOptions &options, const QString &select)
{
    const SqlBuilder conditions = conditionsOf(query);
    SqlBuilder b;
    b.add(select + QStringLiteral(" FROM use_case_scores AS sc"));
    if (!conditions.sql.isEmpty() || !query.ftsExpression().isEmpty()) {
        b.add(QStringLiteral(" JOIN use_cases AS u ON u.id = sc.use_case_id"));
        addFtsJoin(query, b);
    }
    b.add(QStringLiteral(" WHERE sc.rubric_id = ? AND sc.overall_index IS NOT NULL"),
          {options.scoreRubricId});
    if (!conditions.sql.isEmpty())
        b.add(QStringLiteral(" AND ") + conditions.sql, conditions.binds);
    return b;
}

/// The matching use cases without a score against the rubric (no stored row, or no criterion
/// applied) as `pid`. Without a search SQLite walks the index use_cases_id (migration "id_order")
/// in id order and stops at the page: walking the table reads the documents too, and sorting the
/// ids of another index visits every row.
SqlBuilder unscoredMatches(const SearchQuery &query, const ListOptions &options)
{
    const SqlBuilder conditions = conditionsOf(query);
    const bool filtered = !conditions.sql.isEmpty() || !query.ftsExpression().isEmpty();
    SqlBuilder b;
    b.add(QStringLiteral("SELECT u.id AS pid, NULL AS pkey FROM use_cases AS u")
          + (filtered ? QString() : QStringLiteral(" INDEXED BY use_cases_id")));
    addFtsJoin(query, b);
    b.add(QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM use_case_scores AS x WHERE x.rubric_id = ? "
                         "AND x.use_case_id = u.id AND x.overall_index IS NOT NULL)"),
          {options.scoreRubricId});
    if (!conditions.sql.isEmpty())
        b.add(QStringLiteral(" AND ") + conditions.sql, conditions.binds);
    return b;
}

/// A page of `matches` (rows of `pid` and a sort key `pkey`) in `order`, an order that reads the
/// same on the matches and on the page (`p`, with its use case `u`): the page is chosen first and
/// only its rows get the list's columns (SQLite computes a row's columns before sorting it, so
/// sorting whole rows computed the per-row subqueries of every matching use case).
SqlBuilder pageOf(const SqlBuilder &matches, const QString &order, const ListOptions &options,
                  const QString &columns, int limit, int offset)
{
    SqlBuilder b;
    b.add(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ("));
    b.add(matches.sql, matches.binds);
    b.add(QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?"), {limit, offset});
    b.add(QStringLiteral(") AS p JOIN use_cases AS u ON u.id = p.pid"));
    addScoreJoin(options, b);
    b.add(QStringLiteral(" ORDER BY ") + order);
    return b;
}

void bindValue(QSqlQuery &q, const QVariant &v)
{
    q.addBindValue(notNullText(v));
}

/// The values of the columns insert() and update() write after the uuid, in their order: code,
/// title, approval_status, deployment_stage, development_context, created_at, modified_at,
/// modified_by, revision, document (UTF-8, cast to text in SQL) and, from schema 12, document_form.
QVariantList columnValues(const UseCase &u, const UseCaseStoredForm &form, bool formColumn)
{
    QVariantList values{u.code,
                        u.title,
                        u.approvalStatus,
                        u.deploymentStage,
                        u.contexts().join(QLatin1Char(' ')),
                        toIsoUtc(u.createdAt),
                        toIsoUtc(u.modifiedAt),
                        u.modifiedBy,
                        u.revision,
                        form.text};
    if (formColumn)
        values.append(UseCaseStoredForm::kVersion);
    return values;
}

bool bindAndExec(QSqlQuery &q, const SqlBuilder &b)
{
    if (!q.prepare(b.sql))
        return false;
    for (const QVariant &v : b.binds)
        q.addBindValue(v);
    return q.exec();
}

/// SQLite refusing a search because of the query itself (FTS5 syntax, an expression too deep, too
/// many values) is a problem of the query, reported as such, never as a storage failure.
Error searchError(const Database &db, const QString &what, const QSqlError &error)
{
    const QString text = error.text();
    for (const char *queryProblem : {"fts5: syntax error", "fts5: parser stack overflow",
                                     "Expression tree is too large", "too many SQL variables"}) {
        if (text.contains(QLatin1String(queryProblem)))
            return makeError(ErrorCode::Usage,
                             UseCaseRepository::tr("The search is too complex to run; use fewer words and "
                                                   "filters."),
                             text);
    }
    return db.storageError(what, text);
}

/// The list's columns of a use case `u` with its stored score `sc`, as readSummaries reads them.
QString summaryColumns()
{
    return QStringLiteral(
               "u.id, u.uuid, u.code, u.title, u.deployment_stage, u.approval_status, u.modified_at, "
               "u.revision, "
               "(SELECT group_concat(vertical, char(31)) FROM use_case_verticals WHERE use_case_id = u.id), "
               "(SELECT group_concat(region, char(31)) FROM use_case_regions WHERE use_case_id = u.id), "
               "(SELECT group_concat(t.name, char(31)) FROM use_case_tags AS ut JOIN tags AS t ON t.id = "
               "ut.tag_id WHERE ut.use_case_id = u.id), ")
        + ScoreIndex::columns(QStringLiteral("sc"));
}

/// The columns find() reads: summaryColumns(), or the id and uuid alone (ListOptions::keysOnly).
QString columnsOf(const ListOptions &options)
{
    return options.keysOnly ? QStringLiteral("u.id, u.uuid") : summaryColumns();
}

/// Runs `b` on `q` (a query on the connection of `db`) and reads the rows of columnsOf(options).
Result<QList<UseCaseSummary>> readSummaries(const Database &db, QSqlQuery &q, const SqlBuilder &b,
                                            const ListOptions &options)
{
    q.setForwardOnly(true);
    if (!bindAndExec(q, b))
        return searchError(db, UseCaseRepository::tr("Searching"), q.lastError());
    QList<UseCaseSummary> out;
    while (q.next()) {
        UseCaseSummary s;
        s.id = q.value(0).toLongLong();
        s.uuid = q.value(1).toString();
        if (options.keysOnly) {
            out.append(s);
            continue;
        }
        s.code = q.value(2).toString();
        s.title = q.value(3).toString();
        s.deploymentStage = q.value(4).toString();
        s.approvalStatus = q.value(5).toString();
        s.modifiedAt = fromIsoUtc(q.value(6).toString());
        s.revision = q.value(7).toInt();
        s.verticals = splitList(q.value(8));
        s.regions = splitList(q.value(9));
        s.tags = splitList(q.value(10));
        s.score = ScoreIndex::fromColumns(q, 11);
        out.append(s);
    }
    return out;
}

/// The list in any order but the score's: the matching ids with their full-text rank as `pkey`.
/// The order is on `u` (the use case, present in the matches and on the page) and `pkey`.
Result<QList<UseCaseSummary>> findInOrder(const Database &db, QSqlQuery &q, const SearchQuery &query,
                                          const ListOptions &options)
{
    const bool ranked = !query.ftsExpression().isEmpty();
    SqlBuilder matches;
    matches.add(ranked ? QStringLiteral("SELECT u.id AS pid, f.score AS pkey")
                       : QStringLiteral("SELECT u.id AS pid, NULL AS pkey"));
    addFrom(query, matches);
    addConditions(query, matches);
    const QString order = sortOrder(query, options) + QStringLiteral(", u.id");
    return readSummaries(
        db, q,
        pageOf(matches, order, options, columnsOf(options), options.limit, std::max(0, options.offset)),
        options);
}

/// The list sorted by score: the scored use cases by score (ties by id), then the unscored ones by
/// id, in either direction. Each part is read in the order of what SQLite walks (scoredMatches,
/// unscoredMatches), so a page costs what comes before it, never a sort of the whole repository;
/// the unscored part is read only when the page reaches it.
Result<QList<UseCaseSummary>> findByScore(const Database &db, QSqlQuery &q, const SearchQuery &query,
                                          const ListOptions &options)
{
    const QString dir = options.descending ? QStringLiteral(" DESC") : QString();
    const int offset = std::max(0, options.offset);
    const SqlBuilder scoredPage =
        pageOf(scoredMatches(query, options,
                             QStringLiteral("SELECT sc.use_case_id AS pid, sc.overall_index AS pkey")),
               QStringLiteral("pkey") + dir + QStringLiteral(", pid"), options, columnsOf(options),
               options.limit, offset);
    auto scored = readSummaries(db, q, scoredPage, options);
    if (!scored || (options.limit >= 0 && scored->size() >= options.limit))
        return scored;
    int skipped = 0; // unscored use cases before the page
    if (scored->isEmpty() && offset > 0) {
        if (!bindAndExec(q, scoredMatches(query, options, QStringLiteral("SELECT count(*)"))) || !q.next())
            return searchError(db, UseCaseRepository::tr("Searching"), q.lastError());
        skipped = std::max(0, offset - q.value(0).toInt());
    }
    const int rest = options.limit < 0 ? -1 : options.limit - int(scored->size());
    const SqlBuilder unscoredPage = pageOf(unscoredMatches(query, options), QStringLiteral("pid"), options,
                                           columnsOf(options), rest, skipped);
    auto unscored = readSummaries(db, q, unscoredPage, options);
    if (!unscored)
        return unscored;
    return *scored + *unscored;
}

} // namespace

UseCaseRepository::UseCaseRepository(Database &db)
    : m_db(db)
{ }

QString UseCaseRepository::codePrefix(int year)
{
    return QStringLiteral("UC-%1-").arg(year);
}

Result<QString> UseCaseRepository::nextCode() const
{
    // Walks the index use_cases_code_number (migration "write_path") down to the highest number;
    // its expressions must stay exactly as written there. A prefix of another length than 8 (a
    // year before 1000 or after 9999) is still answered, only without the index. Numbers beyond
    // the range of an int are not numbers of this scheme and are passed over.
    const QString prefix = codePrefix(m_db.clock().nowUtc().date().year());
    const QString number = QStringLiteral("substr(code, %1)").arg(prefix.size() + 1);
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT CAST(%1 AS INTEGER) FROM use_cases "
                       "WHERE upper(substr(code, 1, %2)) = ? AND %1 <> '' AND %1 NOT GLOB '*[^0-9]*' "
                       "AND CAST(%1 AS INTEGER) <= 2147483647 "
                       "ORDER BY CAST(%1 AS INTEGER) DESC LIMIT 1")
            .arg(number)
            .arg(prefix.size()));
    q.addBindValue(prefix.toUpper());
    if (!q.exec())
        return m_db.storageError(tr("Reading use case codes"), q.lastError().text());
    const qint64 highest = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return QString(prefix + QStringLiteral("%1").arg(highest + 1, 3, 10, QLatin1Char('0')));
}

Result<QStringList> UseCaseRepository::nextCodes(int count, const QSet<QString> &reserved) const
{
    auto code = nextCode();
    if (!code)
        return code.error();
    // nextCode() is past the highest number here, so every number after it is free here too.
    const int dash = code->lastIndexOf(QLatin1Char('-'));
    const QString prefix = code->left(dash + 1);
    QSet<QString> taken; // codes are unique without regard to case
    for (const QString &r : reserved)
        taken.insert(r.toUpper());
    QStringList codes;
    for (int number = code->mid(dash + 1).toInt(); codes.size() < count; ++number) {
        const QString next = prefix + QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0'));
        if (!taken.contains(next.toUpper()))
            codes.append(next);
    }
    return codes;
}

Status UseCaseRepository::checkUnique(const UseCase &u, qint64 ownId) const
{
    QSqlQuery &q =
        m_db.statement(QStringLiteral("SELECT uuid, title FROM use_cases WHERE code = ? AND id <> ?"));
    q.addBindValue(u.code);
    q.addBindValue(ownId);
    if (!q.exec())
        return m_db.storageError(tr("Checking the code"), q.lastError().text());
    const bool taken = q.next();
    const QString holder = taken ? q.value(1).toString() : QString();
    q.finish();
    if (taken)
        return makeError(ErrorCode::InputRejected,
                         tr("The code %1 is already used by \"%2\".").arg(u.code, holder));
    return {};
}

Result<UseCase> UseCaseRepository::insert(UseCase u, WriteMode mode, const UseCaseStoredForm *ahead)
{
    u.title = u.title.trimmed();
    if (u.title.isEmpty())
        return makeError(ErrorCode::InputRejected, tr("A use case needs a title."));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();

    if (u.uuid.isEmpty()) {
        u.uuid = timeOrderedUuid(m_db.clock().nowUtc().toMSecsSinceEpoch(), *QRandomGenerator::system());
    } else {
        u.uuid = normalizedUuid(u.uuid);
        if (u.uuid.isEmpty())
            return makeError(ErrorCode::InputRejected, tr("The UUID of the use case is not valid."));
        if (auto taken = exists(u.uuid); taken && *taken) { // an index step; read only to name it
            auto existing = get(u.uuid);
            return makeError(ErrorCode::InputRejected,
                             tr("A use case with the UUID %1 already exists (\"%2\").")
                                 .arg(u.uuid, existing ? existing->title : QString()));
        }
    }
    if (u.code.trimmed().isEmpty()) {
        auto code = nextCode();
        if (!code)
            return code.error();
        u.code = *code;
    }
    u.code = u.code.trimmed();
    if (Status s = checkUnique(u, 0); !s)
        return s.error();

    const QDateTime now = m_db.clock().nowUtc();
    if (mode == WriteMode::Edit || !u.modifiedAt.isValid()) {
        u.createdAt = u.createdAt.isValid() && mode == WriteMode::Preserve ? u.createdAt : now;
        u.modifiedAt = now;
    }
    if (!u.createdAt.isValid())
        u.createdAt = u.modifiedAt;
    if (mode == WriteMode::Edit) {
        u.revision = 1;
        u.modifiedBy = m_db.contributor();
    } else {
        u.revision = Revision::clamped(u.revision);
    }
    u.tags = canonicalTags(u.tags);

    const UseCaseStoredForm form = ahead && ahead->isFor(u) ? *ahead : UseCaseStoredForm::of(u);
    const bool formColumn = storesForm();
    // SQLite's own API (Database::sqliteStatement): an import inserts thousands.
    auto q = m_db.sqliteStatement(
        std::string("INSERT INTO use_cases (uuid, code, title, approval_status, deployment_stage, "
                    "development_context, created_at, modified_at, modified_by, revision, document")
        + (formColumn ? ", document_form" : "") + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT)"
        + (formColumn ? ", ?" : "") + ")");
    if (!q)
        return q.error();
    (*q)->bindAll(notNullTexts(QVariantList{u.uuid} + columnValues(u, form, formColumn)));
    auto id = ChangeJournal::addUseCaseRow(m_db, [&]() -> Result<qint64> {
        if (!(*q)->run())
            return m_db.storageError(tr("Saving the use case"), (*q)->errorText());
        const qint64 rowId = (*q)->lastInsertRowId();
        if (Status s = writeFacets(rowId, form.document, false); !s) // they go with the row
            return s.error();
        return rowId;
    });
    if (!id)
        return id.error();
    u.id = *id;
    if (Status s = writeTags(u.id, u.tags); !s)
        return s.error();
    if (Status s = writeSearchText(u, form); !s)
        return s.error();
    {
        QSqlQuery &t = m_db.statement(QStringLiteral("DELETE FROM tombstones WHERE uuid = ?"));
        t.addBindValue(u.uuid);
        if (!t.exec())
            return m_db.storageError(tr("Saving the use case"), t.lastError().text());
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return u;
}

Result<UseCase> UseCaseRepository::update(UseCase u, WriteMode mode, const UseCaseStoredForm *ahead)
{
    u.title = u.title.trimmed();
    if (u.title.isEmpty())
        return makeError(ErrorCode::InputRejected, tr("A use case needs a title."));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto stored = get(u.uuid);
    if (!stored)
        return stored.error();
    u.id = stored->id;
    u.uuid = stored->uuid;
    u.code = u.code.trimmed().isEmpty() ? stored->code : u.code.trimmed();
    if (Status s = checkUnique(u, u.id); !s)
        return s.error();
    if (mode == WriteMode::Edit) {
        u.createdAt = stored->createdAt;
        u.modifiedAt = m_db.clock().nowUtc();
        u.modifiedBy = m_db.contributor();
        u.revision = Revision::next(stored->revision);
    } else {
        u.revision = Revision::clamped(u.revision);
    }
    u.tags = canonicalTags(u.tags);
    const UseCaseStoredForm form = ahead && ahead->isFor(u) ? *ahead : UseCaseStoredForm::of(u);
    if (Status s = removeSearchText(u.id); !s)
        return s.error();
    const bool formColumn = storesForm();
    QSqlQuery &q = m_db.statement(
        QStringLiteral("UPDATE use_cases SET code = ?, title = ?, approval_status = ?, deployment_stage = ?, "
                       "development_context = ?, created_at = ?, modified_at = ?, modified_by = ?, "
                       "revision = ?, document = CAST(? AS TEXT)%1 WHERE id = ?")
            .arg(formColumn ? QStringLiteral(", document_form = ?") : QString()));
    const QVariantList values = columnValues(u, form, formColumn) + QVariantList{u.id};
    for (const QVariant &v : values)
        bindValue(q, v);
    if (!q.exec())
        return m_db.storageError(tr("Saving the use case"), q.lastError().text());
    if (Status s = writeFacets(u.id, form.document, true); !s)
        return s.error();
    if (Status s = writeTags(u.id, u.tags); !s)
        return s.error();
    if (Status s = writeSearchText(u, form); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return u;
}

Status UseCaseRepository::writeFacets(qint64 useCaseId, const QJsonObject &document, bool replacing)
{
    FacetRows facets(m_db);
    if (replacing) {
        if (Status s = facets.clear(useCaseId); !s)
            return s;
    }
    Status s = facets.write(useCaseId, document);
    if (!s && s.error().detail.contains(QLatin1String("FOREIGN KEY")))
        return makeError(ErrorCode::InputRejected,
                         tr("The use case lists an attachment whose file is not stored."), s.error().detail);
    return s;
}

Status UseCaseRepository::removeSearchText(qint64 useCaseId)
{
    SearchTextDeferral::forget(m_db, useCaseId); // a row not written yet
    // Removed before the tags are rewritten, so their triggers have no index row to update.
    QSqlQuery &q = m_db.statement(QStringLiteral("DELETE FROM use_cases_fts WHERE rowid = ?"));
    q.addBindValue(useCaseId);
    if (!q.exec())
        return m_db.storageError(tr("Updating the search index"), q.lastError().text());
    return {};
}

Status UseCaseRepository::rewriteSearchText(qint64 id)
{
    if (Status s = removeSearchText(id); !s)
        return s;
    // The view is the definition of the row (migration 2); SearchText computes the same per write.
    QSqlQuery &q = m_db.statement(
        QStringLiteral("INSERT INTO use_cases_fts (rowid, code, title, summary, body, tags) "
                       "SELECT id, code, title, summary, body, tags FROM use_case_fts_source WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.storageError(tr("Updating the search index"), q.lastError().text());
    return {};
}

Status UseCaseRepository::writeSearchText(const UseCase &u, const UseCaseStoredForm &form)
{
    // The DELETE removes a row that an older schema's trigger wrote first (schema 2-4); from
    // schema 5 only the application writes the rows, and insert() and update() start without one.
    constexpr int kSearchRowsWrittenHereFrom = 5; // 005_write_path
    if (m_db.schemaVersion() < kSearchRowsWrittenHereFrom) {
        if (Status s = removeSearchText(u.id); !s)
            return s;
    }
    // Written now, or with the rest of a bulk write at its end (SearchTextDeferral).
    return SearchTextDeferral::write(m_db, SearchTextRow{u.id, u.code, u.title, form.summary, form.body});
}

Status UseCaseRepository::writeTags(qint64 useCaseId, const QStringList &tags)
{
    QList<qint64> ids;
    for (const QString &tag : tags) {
        if (Status s = UseCaseJson::validateTag(tag); !s)
            return s;
        QSqlQuery &add = m_db.statement(
            QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"));
        add.addBindValue(tag);
        if (!add.exec())
            return m_db.storageError(tr("Saving tags"), add.lastError().text());
        QSqlQuery &id = m_db.statement(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
        id.addBindValue(tag);
        if (!id.exec() || !id.next())
            return m_db.storageError(tr("Saving tags"), id.lastError().text());
        ids.append(id.value(0).toLongLong());
        id.finish();
    }
    // Remove the links that are no longer wanted, then add the missing ones.
    QSqlQuery &linked =
        m_db.statement(QStringLiteral("SELECT tag_id FROM use_case_tags WHERE use_case_id = ?"));
    linked.addBindValue(useCaseId);
    if (!linked.exec())
        return m_db.storageError(tr("Saving tags"), linked.lastError().text());
    QList<qint64> existing;
    while (linked.next())
        existing.append(linked.value(0).toLongLong());
    linked.finish();
    for (qint64 id : existing) {
        if (ids.contains(id))
            continue;
        QSqlQuery &unlink =
            m_db.statement(QStringLiteral("DELETE FROM use_case_tags WHERE use_case_id = ? AND tag_id = ?"));
        unlink.addBindValue(useCaseId);
        unlink.addBindValue(id);
        if (!unlink.exec())
            return m_db.storageError(tr("Saving tags"), unlink.lastError().text());
    }
    for (qint64 id : ids) {
        if (existing.contains(id))
            continue;
        QSqlQuery &link =
            m_db.statement(QStringLiteral("INSERT INTO use_case_tags (use_case_id, tag_id) VALUES (?, ?)"));
        link.addBindValue(useCaseId);
        link.addBindValue(id);
        if (!link.exec())
            return m_db.storageError(tr("Saving tags"), link.lastError().text());
    }
    return {};
}

QStringList UseCaseRepository::readTags(qint64 useCaseId) const
{
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT t.name FROM use_case_tags AS ut JOIN tags AS t ON t.id = ut.tag_id "
                       "WHERE ut.use_case_id = ? ORDER BY t.name COLLATE NOCASE"));
    q.addBindValue(useCaseId);
    QStringList tags;
    if (q.exec()) {
        while (q.next())
            tags.append(q.value(0).toString());
    }
    q.finish();
    return canonicalTags(tags);
}

Result<UseCaseRepository::StoredRow> UseCaseRepository::readRow(const QString &condition,
                                                                const QVariant &value) const
{
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT id, CAST(document AS BLOB), uuid, code, title, %1 FROM use_cases WHERE ")
            .arg(storesForm() ? QStringLiteral("document_form") : QStringLiteral("0"))
        + condition);
    q.addBindValue(value);
    if (!q.exec())
        return m_db.storageError(tr("Reading a use case"), q.lastError().text());
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound, tr("There is no use case %1.").arg(value.toString()));
    }
    StoredRow row;
    row.name = value.toString();
    row.id = q.value(0).toLongLong();
    row.document = q.value(1).toByteArray(); // as stored, in UTF-8 (a blob: no round trip through UTF-16)
    row.uuid = q.value(2).toString();
    row.code = q.value(3).toString();
    row.title = q.value(4).toString();
    row.form = q.value(5).toInt();
    q.finish();
    row.tags = readTags(row.id);
    return row;
}

Result<UseCase> UseCaseRepository::parse(const StoredRow &row)
{
    UseCaseJson::ParseOptions options;
    options.applyRules = false; // a record stored before a rule stays readable; `check` names it
    auto u = UseCaseJson::fromJson(QJsonDocument::fromJson(row.document).object(), options);
    if (!u)
        return makeError(ErrorCode::Corrupt, tr("The stored use case %1 cannot be read.").arg(row.name),
                         u.error().message);
    u->id = row.id;
    u->tags = row.tags;
    return u;
}

Result<UseCaseRepository::StoredRow> UseCaseRepository::rowOf(const QString &uuidOrCode) const
{
    const QString uuid = normalizedUuid(uuidOrCode);
    if (!uuid.isEmpty())
        return readRow(QStringLiteral("uuid = ?"), uuid);
    const QString code = uuidOrCode.trimmed();
    if (code.isEmpty())
        return makeError(ErrorCode::Usage, tr("No use case was named."));
    return readRow(QStringLiteral("code = ?"), code);
}

Result<QList<UseCaseRepository::StoredRow>> UseCaseRepository::rowsOf(const QStringList &uuidsOrCodes) const
{
    QList<StoredRow> rows;
    rows.reserve(uuidsOrCodes.size());
    for (const QString &name : uuidsOrCodes) {
        auto row = rowOf(name);
        if (!row)
            return row.error();
        rows.append(*row);
    }
    return rows;
}

Result<QList<UseCase>> UseCaseRepository::getMany(const QStringList &uuidsOrCodes) const
{
    auto read = rowsOf(uuidsOrCodes);
    if (!read)
        return read.error();
    const QList<StoredRow> &rows = *read;
    // The rows are read on this connection; parsing them needs none, so it runs on every core.
    const auto parsed =
        mapInParallel(rows, [](const StoredRow &row) { return std::optional<Result<UseCase>>(parse(row)); });
    QList<UseCase> out;
    out.reserve(rows.size());
    for (const std::optional<Result<UseCase>> &u : parsed) {
        if (!*u)
            return u->error();
        out.append(**u);
    }
    return out;
}

Result<QList<UseCaseRepository::ForWriting>>
UseCaseRepository::getManyForWriting(const QStringList &uuidsOrCodes) const
{
    auto read = rowsOf(uuidsOrCodes);
    if (!read)
        return read.error();
    const QList<StoredRow> &rows = *read;
    // Documents of today's form are copied; the others are parsed, on every core.
    const auto written = mapInParallel(rows, [](const StoredRow &row) {
        ForWriting w;
        if (row.form == UseCaseStoredForm::kVersion)
            w.bundleJson = UseCaseStoredForm::bundleText(row.document, row.tags);
        if (!w.bundleJson.isEmpty())
            return std::optional<Result<ForWriting>>(w);
        auto parsed = parse(row);
        if (!parsed)
            return std::optional<Result<ForWriting>>(parsed.error());
        w.record = *parsed;
        return std::optional<Result<ForWriting>>(w);
    });
    QList<ForWriting> out;
    out.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const std::optional<Result<ForWriting>> &w = written[size_t(i)];
        if (!*w)
            return w->error();
        ForWriting item = **w;
        if (!item.bundleJson.isEmpty()) { // what a bundle names beside the text
            const StoredRow &row = rows[i];
            item.record.id = row.id;
            item.record.uuid = row.uuid;
            item.record.code = row.code;
            item.record.title = row.title;
            item.record.tags = row.tags;
            auto hashes = attachmentHashes(row.id);
            if (!hashes)
                return hashes.error();
            for (const QString &h : std::as_const(*hashes)) {
                AttachmentRef a;
                a.sha256 = h;
                item.record.attachments.append(a);
            }
        }
        out.append(item);
    }
    return out;
}

Result<QStringList> UseCaseRepository::attachmentHashes(qint64 useCaseId) const
{
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT sha256 FROM use_case_attachments WHERE use_case_id = ? ORDER BY sha256"));
    q.addBindValue(useCaseId);
    if (!q.exec())
        return m_db.storageError(tr("Reading a use case"), q.lastError().text());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    q.finish();
    return out;
}

bool UseCaseRepository::storesForm() const
{
    return m_db.schemaVersion() >= UseCaseStoredForm::kStoredFromSchema;
}

Result<UseCase> UseCaseRepository::get(const QString &uuidOrCode) const
{
    auto row = rowOf(uuidOrCode);
    if (!row)
        return row.error();
    return parse(*row);
}

Result<std::optional<QString>> UseCaseRepository::titleOfCode(const QString &code) const
{
    return textByCode("SELECT title FROM use_cases WHERE code = ?", code);
}

Result<std::optional<QString>> UseCaseRepository::uuidOfCode(const QString &code) const
{
    return textByCode("SELECT uuid FROM use_cases WHERE code = ?", code);
}

Result<std::optional<QString>> UseCaseRepository::textByCode(const char *sql, const QString &code) const
{
    // SQLite's own API: an import's plan asks this for every record (issue 13).
    auto q = m_db.sqliteStatement(sql);
    if (!q)
        return q.error();
    SqliteStatement &row = **q;
    row.bind(1, code);
    std::optional<QString> text;
    if (!row.eachRow([&] { text = row.columnText(0); }))
        return m_db.storageError(tr("Reading a use case"), row.errorText());
    return text;
}

Result<QString> UseCaseRepository::codeOfRow(qint64 id) const
{
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT code FROM use_cases WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.storageError(tr("Reading a use case"), q.lastError().text());
    const QString code = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return code;
}

Result<bool> UseCaseRepository::exists(const QString &uuidOrCode) const
{
    const QString uuid = normalizedUuid(uuidOrCode);
    const QString code = uuidOrCode.trimmed();
    if (uuid.isEmpty() && code.isEmpty())
        return false;
    QSqlQuery &q = m_db.statement(uuid.isEmpty() ? QStringLiteral("SELECT 1 FROM use_cases WHERE code = ?")
                                                 : QStringLiteral("SELECT 1 FROM use_cases WHERE uuid = ?"));
    q.addBindValue(uuid.isEmpty() ? code : uuid);
    if (!q.exec())
        return m_db.storageError(tr("Reading a use case"), q.lastError().text());
    const bool found = q.next();
    q.finish();
    return found;
}

Result<std::optional<UseCase>> UseCaseRepository::findExisting(const QString &uuidOrCode) const
{
    if (uuidOrCode.trimmed().isEmpty())
        return std::optional<UseCase>();
    auto got = get(uuidOrCode);
    if (got)
        return std::optional<UseCase>(*got);
    if (got.error().code == ErrorCode::NotFound)
        return std::optional<UseCase>();
    return got.error();
}

Status UseCaseRepository::remove(const QString &uuidOrCode)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto stored = get(uuidOrCode);
    if (!stored)
        return stored.error();
    QSqlQuery &del = m_db.statement(QStringLiteral("DELETE FROM use_cases WHERE id = ?"));
    del.addBindValue(stored->id);
    if (!del.exec())
        return m_db.storageError(tr("Deleting the use case"), del.lastError().text());
    QSqlQuery &q = m_db.statement(
        QStringLiteral("INSERT OR REPLACE INTO tombstones (uuid, kind, deleted_at, deleted_by) "
                       "VALUES (?, 'use_case', ?, ?)"));
    q.addBindValue(stored->uuid);
    q.addBindValue(toIsoUtc(m_db.clock().nowUtc()));
    bindValue(q, m_db.contributor());
    if (!q.exec())
        return m_db.storageError(tr("Deleting the use case"), q.lastError().text());
    return tx.commit();
}

Status UseCaseRepository::removeAddedBy(qint64 importId)
{
    // As if never added: no tombstone. Facets, tags, attachment rows and assessments go with the row
    // (ON DELETE CASCADE), and its search row with it (trigger use_cases_fts_delete).
    QSqlQuery &q = m_db.statement(QStringLiteral("DELETE FROM use_cases WHERE id IN (SELECT row_id FROM "
                                                 "import_added WHERE import_id = ? AND kind = 'use_case')"));
    q.addBindValue(importId);
    if (!q.exec())
        return m_db.storageError(tr("Deleting the use case"), q.lastError().text());
    return {};
}

Status UseCaseRepository::purge(const QString &uuidOrCode)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto stored = get(uuidOrCode);
    if (!stored)
        return stored.error();
    for (const QString &sql : {QStringLiteral("DELETE FROM use_cases WHERE uuid = ?"),
                               QStringLiteral("DELETE FROM use_case_history WHERE uuid = ?"),
                               QStringLiteral("DELETE FROM tombstones WHERE uuid = ?")}) {
        QSqlQuery &q = m_db.statement(sql);
        q.addBindValue(stored->uuid);
        if (!q.exec())
            return m_db.storageError(tr("Deleting the use case"), q.lastError().text());
    }
    return tx.commit();
}

Result<UseCase> UseCaseRepository::addTags(const QString &uuidOrCode, const QStringList &tags)
{
    for (const QString &t : tags) {
        if (Status s = UseCaseJson::validateTag(t); !s)
            return s.error();
    }
    auto u = get(uuidOrCode);
    if (!u)
        return u.error();
    const QStringList before = u->tags;
    u->tags = canonicalTags(u->tags + tags);
    if (u->tags == before)
        return u; // nothing new: not an edit
    return update(*u);
}

Result<UseCase> UseCaseRepository::removeTags(const QString &uuidOrCode, const QStringList &tags)
{
    auto u = get(uuidOrCode);
    if (!u)
        return u.error();
    QStringList missing;
    for (const QString &t : tags) {
        const QString n = UseCaseJson::normalizeTag(t);
        const auto it = std::find_if(u->tags.begin(), u->tags.end(), [&n](const QString &o) {
            return o.compare(n, Qt::CaseInsensitive) == 0;
        });
        if (it == u->tags.end())
            missing.append(t);
        else
            u->tags.erase(it);
    }
    if (!missing.isEmpty())
        return makeError(
            ErrorCode::InputRejected,
            tr("%1 does not have the tag(s) %2.").arg(u->code, missing.join(QLatin1String(", "))));
    return update(*u);
}

Result<QList<UseCaseSummary>> UseCaseRepository::find(const SearchQuery &query,
                                                      const ListOptions &options) const
{
    QSqlQuery q(m_db.connection());
    // Every row carries its stored score (pageOf), so the list neither scores pages nor sorts them.
    if (options.sort == ListOptions::Sort::Score)
        return findByScore(m_db, q, query, options);
    return findInOrder(m_db, q, query, options);
}

Result<QList<UseCaseKey>> UseCaseRepository::findKeys(const SearchQuery &query) const
{
    SqlBuilder b;
    b.add(QStringLiteral("SELECT u.uuid, u.code, u.modified_at"));
    addFrom(query, b);
    addConditions(query, b);
    b.add(QStringLiteral(" ORDER BY ") + sortOrder(query, ListOptions()) + QStringLiteral(", u.id"));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!bindAndExec(q, b))
        return searchError(m_db, tr("Searching"), q.lastError());
    QList<UseCaseKey> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), fromIsoUtc(q.value(2).toString())});
    return out;
}

Result<int> UseCaseRepository::count(const SearchQuery &query) const
{
    SqlBuilder b;
    b.add(QStringLiteral("SELECT count(*)"));
    addFrom(query, b);
    addConditions(query, b);
    QSqlQuery q(m_db.connection());
    if (!bindAndExec(q, b) || !q.next())
        return searchError(m_db, tr("Counting use cases"), q.lastError());
    return q.value(0).toInt();
}

Result<std::optional<int>> UseCaseRepository::rowOf(const SearchQuery &query, const ListOptions &options,
                                                    const QString &uuid) const
{
    // Numbers the matches in the list's order (the order and the matches find() pages through)
    // and keeps the one asked for: one pass over the matches, where loading the pages above a row
    // deep in the list read every row's columns.
    SqlBuilder b;
    b.add(QStringLiteral("SELECT position FROM (SELECT u.uuid AS uuid, row_number() OVER (ORDER BY "));
    if (options.sort == ListOptions::Sort::Score) {
        // The scored use cases by score then id, then the unscored ones by id (findByScore).
        const QString dir = options.descending ? QStringLiteral(" DESC") : QString();
        b.add(QStringLiteral("part, pkey") + dir + QStringLiteral(", pid) - 1 AS position FROM ("));
        const SqlBuilder scored = scoredMatches(
            query, options,
            QStringLiteral("SELECT sc.use_case_id AS pid, sc.overall_index AS pkey, 0 AS part"));
        b.add(scored.sql, scored.binds);
        const SqlBuilder unscored = unscoredMatches(query, options);
        b.add(QStringLiteral(" UNION ALL SELECT pid, pkey, 1 AS part FROM ("));
        b.add(unscored.sql, unscored.binds);
        b.add(QStringLiteral(")"));
    } else {
        b.add(sortOrder(query, options) + QStringLiteral(", u.id) - 1 AS position FROM ("));
        b.add(query.ftsExpression().isEmpty() ? QStringLiteral("SELECT u.id AS pid, NULL AS pkey")
                                              : QStringLiteral("SELECT u.id AS pid, f.score AS pkey"));
        addFrom(query, b);
        addConditions(query, b);
    }
    b.add(QStringLiteral(") AS p JOIN use_cases AS u ON u.id = p.pid) WHERE uuid = ?"), {uuid});
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!bindAndExec(q, b))
        return searchError(m_db, tr("Searching"), q.lastError());
    if (!q.next())
        return std::optional<int>();
    return std::optional<int>(q.value(0).toInt());
}

Result<QList<FacetCount>> UseCaseRepository::facetCounts(SearchFilter::Field field,
                                                         const SearchQuery &query) const
{
    // Counts under every other filter, so that choosing one value of a facet still shows the others.
    const SearchQuery others = query.withoutField(field);
    SqlBuilder matching;
    matching.add(QStringLiteral("SELECT u.id"));
    addFrom(others, matching);
    addConditions(others, matching);
    using F = SearchFilter::Field;
    SqlBuilder b;
    switch (field) {
    case F::Vertical:
        b.add(QStringLiteral("SELECT vertical, count(*) FROM use_case_verticals WHERE use_case_id IN ("));
        break;
    case F::Sdg:
        b.add(QStringLiteral("SELECT sdg, count(*) FROM use_case_sdgs WHERE use_case_id IN ("));
        break;
    case F::Region:
        b.add(QStringLiteral("SELECT region, count(*) FROM use_case_regions WHERE use_case_id IN ("));
        break;
    case F::Country:
        b.add(QStringLiteral("SELECT country, count(*) FROM use_case_countries WHERE use_case_id IN ("));
        break;
    case F::Stage:
        b.add(QStringLiteral("SELECT deployment_stage, count(*) FROM use_cases WHERE id IN ("));
        break;
    case F::Context:
        b.add(QStringLiteral("SELECT context, count(*) FROM use_case_contexts WHERE use_case_id IN ("));
        break;
    case F::Status:
        b.add(QStringLiteral("SELECT approval_status, count(*) FROM use_cases WHERE id IN ("));
        break;
    case F::Gap:
        b.add(QStringLiteral("SELECT facet, count(*) FROM use_case_gap_facets WHERE use_case_id IN ("));
        break;
    case F::Sdo:
        b.add(QStringLiteral("SELECT sdo, count(*) FROM use_case_sdos WHERE use_case_id IN ("));
        break;
    case F::Question:
        b.add(QStringLiteral("SELECT question, count(*) FROM use_case_questions WHERE use_case_id IN ("));
        break;
    case F::Tag:
        b.add(QStringLiteral(
            "SELECT t.name, count(*) FROM use_case_tags AS ut JOIN tags AS t ON t.id = ut.tag_id "
            "WHERE ut.use_case_id IN ("));
        break;
    }
    b.add(matching.sql, matching.binds);
    b.add(QStringLiteral(") GROUP BY 1 ORDER BY 1"));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!bindAndExec(q, b))
        return searchError(m_db, tr("Counting use cases"), q.lastError());
    QList<FacetCount> out;
    while (q.next()) {
        const QString value = q.value(0).toString();
        if (!value.isEmpty())
            out.append({value, q.value(1).toInt()});
    }
    if (field == F::Tag) {
        // A parent level (sdo for sdo/oneM2M) counts every use case under it once.
        QStringList prefixes;
        for (const auto &c : out) {
            const QStringList parts = c.value.split(QLatin1Char('/'));
            for (int i = 1; i < parts.size(); ++i) {
                const QString prefix = parts.mid(0, i).join(QLatin1Char('/'));
                if (!prefixes.contains(prefix, Qt::CaseInsensitive))
                    prefixes.append(prefix);
            }
        }
        for (const QString &prefix : prefixes) {
            SearchQuery withParent = others;
            withParent.filters.append({F::Tag, {prefix}, false});
            auto n = count(withParent);
            if (!n)
                return n.error();
            const auto it = std::find_if(out.begin(), out.end(), [&prefix](const FacetCount &c) {
                return c.value.compare(prefix, Qt::CaseInsensitive) == 0;
            });
            if (it != out.end())
                it->count = *n;
            else
                out.append({prefix, *n});
        }
        std::sort(out.begin(), out.end(), [](const FacetCount &a, const FacetCount &b) {
            return a.value.compare(b.value, Qt::CaseInsensitive) < 0;
        });
    }
    return out;
}

Result<QStringList> UseCaseRepository::allUuids() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT uuid FROM use_cases ORDER BY code")))
        return m_db.storageError(tr("Listing use cases"), q.lastError().text());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<QSet<QString>> UseCaseRepository::uuidsWithSharingLevel(const QString &level) const
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "SELECT uuid FROM use_cases WHERE lower(trim(json_extract(document, '$.sharing_level'))) = ?"));
    q.addBindValue(level.trimmed().toLower());
    if (!q.exec())
        return m_db.storageError(tr("Reading sharing levels"), q.lastError().text());
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    q.finish();
    return out;
}

} // namespace casebook
