#include "merge/ImportWriter.h"

#include "merge/ImportCodes.h"
#include "merge/StoredFormsAhead.h"

#include "storage/AssessmentRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/ImportLogRepository.h"
#include "storage/RoundSheetRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScoreIndex.h"
#include "storage/SearchTextDeferral.h"
#include "storage/UseCaseRepository.h"
#include "storage/WorkshopRepository.h"
#include "support/Sha256.h"

#include <optional>

namespace casebook {

ImportWriter::ImportWriter(Database &db, const IncomingRecords &incoming, const QDateTime &now)
    : m_db(db)
    , m_in(incoming)
    , m_now(now)
{ }

Status ImportWriter::write(const QList<ImportAction> &actions, ImportResult &result,
                           const std::function<bool(int, int)> &progress, bool keepUndo)
{
    Transaction tx(m_db, Transaction::Nesting::Join); // all or nothing; joins ImportPlanner::apply's
    if (!tx.status())
        return tx.status();
    auto importId = logImport(result);
    if (!importId)
        return importId.error();
    result.importId = *importId;
    std::optional<ChangeJournal> journal;
    ImportUndo undo;
    if (keepUndo) {
        journal.emplace(m_db);
        if (!journal->status())
            return journal->status();
        auto before = HistoryRepository(m_db).newestUseCaseVersionId();
        if (!before)
            return before.error();
        undo.historyAfter = *before;
    }
    if (Status s = writeActions(actions, result, progress); !s)
        return s;
    if (journal) {
        if (Status s = keep(*journal, undo, result.importId); !s)
            return s;
    }
    return tx.commit();
}

Status ImportWriter::keep(const ChangeJournal &journal, ImportUndo &undo, qint64 importId)
{
    auto changes = journal.undoChanges();
    if (!changes)
        return changes.error();
    auto until = HistoryRepository(m_db).newestUseCaseVersionId();
    if (!until)
        return until.error();
    undo.schemaVersion = m_db.schemaVersion();
    undo.changes = *changes;
    undo.addedUseCases = journal.addedUseCases();
    undo.addedAssessments = journal.addedAssessments();
    undo.historyUntil = *until;
    return ImportLogRepository(m_db).keepUndo(importId, undo);
}

Status ImportWriter::writeActions(const QList<ImportAction> &actions, ImportResult &result,
                                  const std::function<bool(int, int)> &progress)
{
    ImportLogRepository importLog(m_db);
    ScoreIndexDeferral scores(m_db); // each use case's score once, at the end, not per assessment
    SearchTextDeferral searchRows(m_db); // the full-text rows together, at the end
    auto codes = ImportCodes::give(m_db, actions, m_in.codesAreShared);
    if (!codes)
        return codes.error();
    m_codes.emplace(std::move(*codes));
    m_versionsKept.clear();
    for (const ImportAction &a : actions) {
        if (a.type == ImportAction::Type::KeepUseCaseVersion)
            m_versionsKept.insert(a.useCase.uuid);
    }
    StoredFormsAhead forms(actions, m_codes->givenCodes()); // the next documents, built on another core
    for (int done = 0; done < actions.size(); ++done) {
        if (progress && !progress(done, int(actions.size())))
            return cancelled(m_in.sourceName);
        const ImportAction &a = actions[done];
        auto origin = perform(a, result, forms.at(done), m_codes->given(done));
        if (!origin)
            return origin.error();
        if (a.originKind.isEmpty() || origin->isEmpty())
            continue;
        if (Status s = importLog.noteOrigin(a.originKind, *origin, result.importId, a.originAction); !s)
            return s;
    }
    if (Status s = scores.flush(); !s)
        return s;
    return searchRows.flush();
}

Error ImportWriter::cancelled(const QString &sourceName)
{
    return Error{ErrorCode::Cancelled,
                 tr("The import of %1 was cancelled; nothing was imported.").arg(sourceName),
                 {}};
}

Result<qint64> ImportWriter::logImport(const ImportResult &result)
{
    ImportLogEntry log;
    log.sourceSha256 = m_in.sourceSha256.isEmpty() ? sha256Hex(m_in.sourceName.toUtf8()) : m_in.sourceSha256;
    log.sourceName = m_in.sourceName;
    log.sourceKind = m_in.sourceKind;
    log.creator = m_in.creator;
    log.sourceCreatedAt = m_in.createdAt;
    log.importedAt = m_now;
    log.importedBy = m_db.contributor();
    log.counts = result.toJson();
    return ImportLogRepository(m_db).add(log);
}

Result<QString> ImportWriter::perform(const ImportAction &a, ImportResult &result,
                                      const UseCaseStoredForm *form, const QString &givenCode)
{
    using Type = ImportAction::Type;
    switch (a.type) {
    case Type::InsertRubric: {
        m_rubrics.clear();
        auto r = RubricRepository(m_db).insert(a.rubric);
        return r ? Result<QString>(r->uuid) : Result<QString>(r.error());
    }
    case Type::PutAttachment: return AttachmentStore(m_db).put(m_in.attachments.value(a.sha256));
    case Type::KeepUseCaseVersion:
        if (Status s = HistoryRepository(m_db).addUseCaseVersion(a.useCase, form); !s)
            return s.error();
        return QString();
    case Type::DeleteUseCase:
        if (Status s = UseCaseRepository(m_db).remove(a.useCase.uuid); !s)
            return s.error();
        return a.useCase.uuid;
    case Type::InsertUseCase:
    case Type::UpdateUseCase: {
        if (Status s = ensureAttachments(a.useCase); !s)
            return s.error();
        return writeUseCase(a, result, form, givenCode);
    }
    case Type::KeepAssessmentVersion:
        if (Status s = HistoryRepository(m_db).addAssessmentVersion(a.assessment); !s)
            return s.error();
        return QString();
    case Type::DeleteAssessment:
        if (Status s = AssessmentRepository(m_db).remove(a.assessment.uuid); !s)
            return s.error();
        return a.assessment.uuid;
    case Type::SaveAssessment: {
        if (skipsAssessment(a.assessment, result))
            return QString();
        return saveAssessment(a.assessment);
    }
    case Type::SaveWorkshop: {
        auto saved = WorkshopRepository(m_db).save(*a.workshop, WorkshopRepository::WriteMode::Preserve);
        return saved ? Result<QString>(saved->uuid) : Result<QString>(saved.error());
    }
    case Type::SaveRoundSheet: return saveSheet(a, result);
    }
    return QString();
}

Result<QString> ImportWriter::writeUseCase(const ImportAction &a, ImportResult &result,
                                           const UseCaseStoredForm *form, const QString &givenCode)
{
    const bool inserting = a.type == ImportAction::Type::InsertUseCase;
    UseCase record = a.useCase;
    if (!givenCode.isEmpty())
        record.code = givenCode;
    auto code = m_codes->settle(record, inserting, result.notes);
    if (!code)
        return code.error();
    if (*code != record.code.trimmed()) {
        // Written under another code: the version as it came is kept, so that it is known later
        // (unless the actions keep it already: a merge keeps the incoming version, not this one).
        if (!record.uuid.isEmpty() && !m_versionsKept.contains(record.uuid)) {
            if (Status s = HistoryRepository(m_db).addUseCaseVersion(record); !s)
                return s.error();
        }
        record.code = *code;
        form = nullptr;
    }
    UseCaseRepository useCases(m_db);
    auto u = inserting ? useCases.insert(record, UseCaseRepository::WriteMode::Preserve, form)
                       : useCases.update(record, UseCaseRepository::WriteMode::Preserve, form);
    if (!u)
        return u.error();
    return u->uuid;
}

Result<QString> ImportWriter::saveAssessment(const Assessment &assessment)
{
    auto known = m_rubrics.constFind(assessment.rubricUuid);
    if (known == m_rubrics.constEnd()) {
        auto rubric = RubricRepository(m_db).get(assessment.rubricUuid);
        if (!rubric)
            return rubric.error();
        known = m_rubrics.insert(assessment.rubricUuid, *rubric);
    }
    auto saved =
        AssessmentRepository(m_db).save(assessment, AssessmentRepository::WriteMode::Preserve, *known);
    return saved ? Result<QString>(saved->uuid) : Result<QString>(saved.error());
}

Status ImportWriter::ensureAttachments(const UseCase &u)
{
    AttachmentStore store(m_db);
    for (const AttachmentRef &a : u.attachments) {
        if (store.contains(a.sha256) || store.isPlaceholder(a.sha256))
            continue;
        if (Status s = store.putPlaceholder(a.sha256, a.size); !s)
            return s;
    }
    return {};
}

Result<QString> ImportWriter::saveSheet(const ImportAction &a, ImportResult &result)
{
    const RoundSheet &sheet = *a.sheet;
    auto saved = RoundSheetRepository(m_db).save(sheet, RoundSheetRepository::WriteMode::Preserve);
    if (saved)
        return saved->uuid;
    if (saved.error().code != ErrorCode::InputRejected && saved.error().code != ErrorCode::NotFound)
        return saved.error();
    // The workshop here does not have the sheet's round (its copy here is newer and was kept).
    result.notes.append(tr("The round %1 scores of %2 were not imported: %3")
                            .arg(sheet.round)
                            .arg(sheet.assessorName, saved.error().message));
    ++result.skipped;
    --(a.originAction == QLatin1String("added") ? result.added : result.updated);
    return QString();
}

bool ImportWriter::skipsAssessment(const Assessment &a, ImportResult &result)
{
    const auto useCase = UseCaseRepository(m_db).exists(a.useCaseUuid);
    const bool haveUseCase = useCase && *useCase;
    const auto rubric = RubricRepository(m_db).hasVersion(a.rubricUuid);
    const bool haveRubric = rubric && *rubric;
    if (haveUseCase && haveRubric)
        return false;
    result.notes.append(
        tr("The assessment by %1 was not imported: its use case or rubric is not here.").arg(a.assessorName));
    ++result.skipped;
    --result.added;
    return true;
}

} // namespace casebook
