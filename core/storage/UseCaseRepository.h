#pragma once

#include "model/UseCase.h"
#include "search/SearchQuery.h"
#include "storage/ScoreIndex.h"
#include "storage/UseCaseStoredForm.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace casebook {

class Database;

/// The columns a list or table shows, without loading the whole record.
struct UseCaseSummary
{
    qint64 id = 0;
    QString uuid;
    QString code;
    QString title;
    QString deploymentStage;
    QString approvalStatus;
    QStringList verticals;
    QStringList regions;
    QStringList tags;
    QDateTime modifiedAt;
    int revision = 0;
    /// The stored score against ListOptions::scoreRubricId; none when not asked for or not assessed.
    std::optional<StoredScore> score;
};

/// What a selection needs of a use case (ExportSelection): no facets, no score.
struct UseCaseKey
{
    QString uuid;
    QString code;
    QDateTime modifiedAt;
};

/// How many use cases have one value of a facet.
struct FacetCount
{
    QString value;
    int count = 0;
};

struct ListOptions
{
    enum class Sort {
        Relevance,
        Code,
        Title,
        Modified,
        Stage,
        Score, ///< the overall index against scoreRubricId (ScoreIndex); unscored use cases last
    };
    Sort sort = Sort::Code;
    /// The rubric version (its database id) whose stored scores the rows carry; 0: none.
    qint64 scoreRubricId = 0;
    bool descending = false;
    int offset = 0;
    int limit = -1; ///< -1: all
    /// Rows with their id and uuid only (a selection's use cases): the other columns of a summary
    /// cost several times as much to read.
    bool keysOnly = false;
};

/// Reads and writes use cases. Every write runs in a transaction and records the editor, the
/// time (from the database's clock) and a new revision; the previous revision goes to history.
class UseCaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseRepository)
public:
    enum class WriteMode {
        Edit, ///< a local edit: new timestamps, revision + 1, editor = the database's contributor
        Preserve, ///< keep uuid, code, timestamps, revision and editor as given (imports, examples)
    };

    explicit UseCaseRepository(Database &db);

    /// Stores a new use case. Assigns a UUID and a code (UC-<year>-NNN) when they are empty.
    /// Rejects a duplicate UUID or code and an attachment whose bytes are not stored.
    /// `ahead`, if given, is UseCaseStoredForm::of(useCase), computed beforehand (on another core);
    /// it is used when it still fits the record as written, else the form is computed here.
    Result<UseCase> insert(UseCase useCase, WriteMode mode = WriteMode::Edit,
                           const UseCaseStoredForm *ahead = nullptr);
    /// Replaces the stored record with the same UUID. `ahead` as for insert().
    Result<UseCase> update(UseCase useCase, WriteMode mode = WriteMode::Edit,
                           const UseCaseStoredForm *ahead = nullptr);
    /// By UUID (with or without braces) or by code (case-insensitive).
    Result<UseCase> get(const QString &uuidOrCode) const;
    /// get() of each, in order: the rows are read here, the documents parsed on every core (an export
    /// reads thousands). The first that get() would refuse is the error.
    Result<QList<UseCase>> getMany(const QStringList &uuidsOrCodes) const;
    /// A use case as a bundle writer needs it (issue 13): when its stored document is in today's
    /// form (UseCaseStoredForm::kVersion), `bundleJson` is the bundle's JSON of it, copied from the
    /// stored text, and `record` holds only id, uuid, code, title, tags and the attachments' hashes;
    /// otherwise `bundleJson` is empty and `record` is the whole record, as get() reads it.
    struct ForWriting
    {
        UseCase record;
        QByteArray bundleJson;
    };
    /// getMany() for a bundle writer: in order, the same errors.
    Result<QList<ForWriting>> getManyForWriting(const QStringList &uuidsOrCodes) const;
    /// The title of the use case that has the code `code` (an index step; the record is not read),
    /// or none when no use case has it.
    Result<std::optional<QString>> titleOfCode(const QString &code) const;
    /// The uuid of the use case that has the code `code` (an index step), or none.
    Result<std::optional<QString>> uuidOfCode(const QString &code) const;
    /// The code of the use case with row id `id`; empty when there is none.
    Result<QString> codeOfRow(qint64 id) const;
    /// Whether get() would find a record by this UUID or code, without reading it.
    Result<bool> exists(const QString &uuidOrCode) const;
    /// Like get(), but a record that is not there is an empty optional rather than an error (how
    /// importers look for the local copy of an incoming record).
    Result<std::optional<UseCase>> findExisting(const QString &uuidOrCode) const;
    /// Deletes a use case and leaves a tombstone so merges know it was deleted here.
    Status remove(const QString &uuid);
    /// Deletes a use case that never left this machine (undoing its creation): no tombstone.
    Status purge(const QString &uuid);
    /// Deletes the use cases import `importId` added (ImportLogRepository's import_added),
    /// as when taking it back: no tombstone, and their history is left to the caller.
    Status removeAddedBy(qint64 importId);
    /// Writes the full-text row of the use case `id` again from what is stored (after its rows were
    /// put back as they were, ImportTakeBack); removes it when the use case is gone.
    Status rewriteSearchText(qint64 id);

    /// Adds tags (creating them as needed); an edit of the record. Returns the updated record.
    Result<UseCase> addTags(const QString &uuidOrCode, const QStringList &tags);
    /// Removes tags from the record; unknown tags are reported in the error.
    Result<UseCase> removeTags(const QString &uuidOrCode, const QStringList &tags);

    /// Use cases matching a parsed search, sorted and paged, for lazy views.
    Result<QList<UseCaseSummary>> find(const SearchQuery &query, const ListOptions &options = {}) const;
    /// The use cases matching a parsed search, in code order: find()'s rows without the columns a
    /// view shows (a whole repository's summaries read their facets and scores for nothing).
    Result<QList<UseCaseKey>> findKeys(const SearchQuery &query) const;
    /// How many use cases match.
    Result<int> count(const SearchQuery &query = {}) const;
    /// The position of the use case `uuid` among find()'s rows for `query` in the order of
    /// `options` (its offset and limit are ignored), from 0; none when the search does not list it.
    /// A list shows a record deep down by reading this and the one page around it.
    Result<std::optional<int>> rowOf(const SearchQuery &query, const ListOptions &options,
                                     const QString &uuid) const;
    /// For one facet (verticals, SDGs, regions, stages, tags...), how many use cases have each value
    /// among those matching `query` without its own filters on that facet. Tags also get one entry
    /// per parent level ("sdo" for "sdo/oneM2M"), counting each use case under it once.
    Result<QList<FacetCount>> facetCounts(SearchFilter::Field field, const SearchQuery &query) const;
    /// The UUIDs of all use cases in code order.
    Result<QStringList> allUuids() const;
    /// The UUIDs of the use cases whose sharing level is `level` (ignoring case and surrounding
    /// spaces), for the export rule of ExportSelection.
    Result<QSet<QString>> uuidsWithSharingLevel(const QString &level) const;

    /// What every code numbered in `year` starts with: UC-2026- for 2026.
    static QString codePrefix(int year);
    /// The next free code for the current year: UC-2026-001, UC-2026-002...
    Result<QString> nextCode() const;
    /// The next `count` free codes, in order, that are also none of `reserved` (codes an import is
    /// about to write): one step of the index, whatever the count.
    Result<QStringList> nextCodes(int count, const QSet<QString> &reserved) const;

private:
    Status writeTags(qint64 useCaseId, const QStringList &tags);
    /// The facet rows of the stored `document` (FacetRows), those of the previous version removed
    /// first when `replacing`.
    Status writeFacets(qint64 useCaseId, const QJsonObject &document, bool replacing);
    /// The full-text row of a record (issue 13: computed here, once per write, not by a trigger).
    Status writeSearchText(const UseCase &useCase, const UseCaseStoredForm &form);
    Status removeSearchText(qint64 useCaseId);
    /// A stored record before parsing: what the connection must read.
    struct StoredRow
    {
        QString name; ///< as asked for, for the error
        qint64 id = 0;
        QByteArray document;
        QStringList tags;
        QString uuid;
        QString code;
        QString title;
        int form = 0; ///< use_cases.document_form (0 before schema 12)
    };
    /// The attachments' hashes the use case's document lists (use_case_attachments), sorted.
    Result<QStringList> attachmentHashes(qint64 useCaseId) const;
    /// Whether the schema has use_cases.document_form (migration 012).
    bool storesForm() const;
    QStringList readTags(qint64 useCaseId) const;
    Result<StoredRow> readRow(const QString &condition, const QVariant &value) const;
    /// The one text column `sql` selects for a code (titleOfCode, uuidOfCode), or none.
    Result<std::optional<QString>> textByCode(const char *sql, const QString &code) const;
    /// The row get() reads: by UUID, or else by code.
    Result<StoredRow> rowOf(const QString &uuidOrCode) const;
    /// rowOf() of each, in order; the first error.
    Result<QList<StoredRow>> rowsOf(const QStringList &uuidsOrCodes) const;
    /// Needs no connection, so it may run on any thread.
    static Result<UseCase> parse(const StoredRow &row);
    Status checkUnique(const UseCase &u, qint64 ownId) const;

    Database &m_db;
};

} // namespace casebook
