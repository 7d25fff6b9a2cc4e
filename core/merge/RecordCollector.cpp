#include "merge/RecordCollector.h"

#include "merge/UseCaseContent.h"
#include "storage/AssessmentRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/RoundSheetRepository.h"
#include "storage/RubricRepository.h"
#include "storage/SiblingWork.h"
#include "storage/UseCaseRepository.h"
#include "storage/WorkshopRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <functional>
#include <optional>

namespace casebook {

namespace {

/// From how many use cases their assessments are read beside them (a connection costs about a ms).
constexpr int kBesideFrom = 256;

using AssessmentsByUseCase = QHash<QString, QList<Assessment>>;

/// The assessments of the use cases `uuids` by use case UUID, each list in AssessmentRepository's
/// order. When they are half the repository or more (an export of everything), one read of every
/// assessment replaces a query per use case.
Result<AssessmentsByUseCase> assessmentsOf(Database &db, const QStringList &uuids)
{
    AssessmentRepository repo(db);
    AssessmentsByUseCase out;
    auto total = UseCaseRepository(db).count();
    if (!total)
        return total.error();
    if (uuids.size() * 2 < *total) {
        for (const QString &uuid : uuids) {
            auto list = repo.forUseCase(uuid);
            if (!list)
                return list.error();
            if (!list->isEmpty())
                out.insert(uuid, *list);
        }
        return out;
    }
    auto all = repo.all();
    if (!all)
        return all.error();
    for (const Assessment &a : std::as_const(*all))
        out[a.useCaseUuid].append(a);
    return out;
}

/// Runs `readHere` (the use cases' read) and reads the assessments of `uuids` when `wanted`. From
/// kBesideFrom use cases they are read on a connection of their own, on the other core, meanwhile
/// (an export of everything reads as many bytes of each); not inside a transaction, whose writes
/// another connection would not see, nor when no second connection opens.
Result<AssessmentsByUseCase> assessmentsBeside(Database &db, const QStringList &uuids, bool wanted,
                                               const std::function<void()> &readHere)
{
    if (!wanted) {
        readHere();
        return AssessmentsByUseCase();
    }
    std::future<std::optional<Result<AssessmentsByUseCase>>> other;
    if (uuids.size() >= kBesideFrom)
        other = startOnSibling(db, [&uuids](Database &reader) { return assessmentsOf(reader, uuids); });
    readHere();
    std::optional<Result<AssessmentsByUseCase>> beside;
    if (other.valid())
        beside = other.get();
    return beside ? *beside : assessmentsOf(db, uuids);
}

} // namespace

Result<QStringList> RecordCollector::ancestry(Database &db, const UseCase &current, int max)
{
    return ancestryOf(
        db, current.uuid, [&current] { return UseCaseContent::hash(current); }, max);
}

Result<QStringList> RecordCollector::ancestryOf(Database &db, const QString &uuid,
                                                const std::function<QString()> &currentHash, int max)
{
    auto versions = HistoryRepository(db).useCaseVersions(uuid);
    if (!versions)
        return versions.error();
    QStringList out;
    if (versions->isEmpty())
        return out; // most records: no earlier version, and no need to hash this one
    const QString current = currentHash();
    for (const StoredVersion &v : *versions) {
        const QString h = UseCaseContent::hashOfDocument(v.document);
        if (h.isEmpty() || h == current || out.contains(h))
            continue;
        out.append(h);
        if (out.size() >= max)
            break;
    }
    return out;
}

Result<QList<IncomingUseCase>> RecordCollector::readUseCases(Database &db, const QStringList &uuids,
                                                             const Options &options)
{
    UseCaseRepository useCases(db);
    QList<IncomingUseCase> out;
    if (options.bundleText) {
        auto read = useCases.getManyForWriting(uuids); // copied where stored in today's form
        if (!read)
            return read.error();
        for (const UseCaseRepository::ForWriting &w : std::as_const(*read)) {
            IncomingUseCase in;
            in.useCase = w.record;
            in.bundleJson = w.bundleJson;
            out.append(in);
        }
        return out;
    }
    auto read = useCases.getMany(uuids); // parsed on every core
    if (!read)
        return read.error();
    for (const UseCase &u : std::as_const(*read)) {
        IncomingUseCase in;
        in.useCase = u;
        out.append(in);
    }
    return out;
}

Status RecordCollector::collectWorkshops(Database &db, const QStringList &names, IncomingRecords &out)
{
    for (const QString &name : names) {
        auto w = WorkshopRepository(db).get(name);
        if (!w)
            return w.error();
        auto sheets = RoundSheetRepository(db).sheets(w->uuid);
        if (!sheets)
            return sheets.error();
        w->id = 0;
        out.workshops.append(*w);
        for (RoundSheet s : std::as_const(*sheets)) {
            s.id = 0;
            out.roundSheets.append(s);
        }
    }
    return {};
}

Result<IncomingRecords> RecordCollector::collect(Database &db, const QStringList &useCaseUuids,
                                                 const Options &options)
{
    const ReadSnapshot snapshot(db); // one state of the repository, and no locks per row
    IncomingRecords out;
    RubricRepository rubrics(db);
    AttachmentStore store(db);
    QSet<QString> seen;
    QSet<QString> rubricUuids;
    QStringList hashes;
    Result<QList<IncomingUseCase>> read = QList<IncomingUseCase>();
    auto assessed = assessmentsBeside(db, useCaseUuids, options.assessments,
                                      [&] { read = readUseCases(db, useCaseUuids, options); });
    if (!read)
        return read.error();
    if (!assessed)
        return assessed.error();
    for (IncomingUseCase &in : *read) {
        const UseCase &u = in.useCase;
        if (seen.contains(u.uuid))
            continue;
        seen.insert(u.uuid);
        in.useCase.id = 0;
        const auto currentHash = [&in] {
            return in.bundleJson.isEmpty()
                ? UseCaseContent::hash(in.useCase)
                : UseCaseContent::hashOfDocument(QJsonDocument::fromJson(in.bundleJson).object());
        };
        auto anc = ancestryOf(db, u.uuid, currentHash, options.maxAncestry);
        if (!anc)
            return anc.error();
        in.ancestry = *anc;
        for (const AttachmentRef &a : u.attachments) {
            if (!hashes.contains(a.sha256))
                hashes.append(a.sha256);
        }
        out.useCases.append(in);
        for (Assessment a : assessed->value(u.uuid)) {
            a.id = 0;
            rubricUuids.insert(a.rubricUuid);
            out.assessments.append(a);
        }
    }
    if (Status s = collectWorkshops(db, options.workshops, out); !s)
        return s.error();
    for (const Workshop &w : std::as_const(out.workshops))
        rubricUuids.insert(w.rubricUuid);
    auto all = rubrics.list();
    if (!all)
        return all.error();
    for (Rubric r : *all) {
        if (options.allRubrics || rubricUuids.contains(r.uuid)) {
            r.id = 0;
            out.rubrics.append(r);
        }
    }
    std::sort(out.rubrics.begin(), out.rubrics.end(),
              [](const Rubric &a, const Rubric &b) { return a.uuid < b.uuid; });
    if (options.attachments) {
        for (const QString &h : std::as_const(hashes)) {
            auto bytes = store.get(h);
            if (bytes)
                out.attachments.insert(h, *bytes);
            else
                out.attachmentsMayBeMissing = true; // only a placeholder here (received lean)
        }
    } else {
        out.attachmentsMayBeMissing = !hashes.isEmpty();
    }
    if (options.tombstones) {
        HistoryRepository hist(db);
        for (const QString &kind : {QStringLiteral("use_case"), QStringLiteral("assessment")}) {
            auto list = hist.tombstones(kind, options.since);
            if (!list)
                return list.error();
            for (const Tombstone &t : *list)
                out.tombstones.append(IncomingTombstone{t.uuid, t.kind, t.deletedAt, t.deletedBy});
        }
    }
    return out;
}

} // namespace casebook
