#pragma once

#include "model/Rubric.h"
#include "model/UseCase.h"
#include "model/Workshop.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace casebook {

/// One use case from outside, with what the source knows about its past.
struct IncomingUseCase
{
    UseCase useCase;
    /// UseCaseContent::hash() of earlier versions of this record at the source, most recent first
    /// (a bundle's `ancestry`; for a spreadsheet row, the `content_sha256` of the version it was
    /// exported from). Lets the planner find the latest common ancestor in local history. It is a
    /// claim: the planner trusts it only where local knowledge agrees (ImportPlanner). Revision
    /// numbers are never used to find a common version: they are counted per repository.
    QStringList ancestry;
    /// The fields (UseCaseContent::fields() keys) the source provides; empty = all of them. A
    /// spreadsheet with some columns gives only those; the other fields keep the local value.
    QSet<QString> providedFields;
    /// Set only by RecordCollector for a bundle writer (Options::bundleText): the use case's JSON
    /// as the bundle holds it, copied from the stored document; `useCase` then holds only uuid,
    /// code, title, tags and the attachments' hashes. Empty otherwise.
    QByteArray bundleJson;
};

/// A record deleted at the source.
struct IncomingTombstone
{
    QString uuid;
    QString kind = QStringLiteral("use_case");
    QDateTime deletedAt;
    QString deletedBy;
};

/// Records from any source (bundle, spreadsheet...), already parsed and validated, for
/// ImportPlanner. Source-agnostic: the CSV import fills `useCases` only.
struct IncomingRecords
{
    QString sourceName; ///< shown to the user and logged, e.g. the file name
    QString sourceSha256; ///< hash of the source file; identifies "the same bundle" in the log
    QString sourceKind = QStringLiteral("bundle"); ///< "bundle", "csv", ...
    QString creator; ///< who made the source, if known
    QDateTime createdAt; ///< when the source was made, if known

    /// A use case with an empty uuid is matched by code, else it is new (a UUID is assigned).
    QList<IncomingUseCase> useCases;
    QList<Rubric> rubrics;
    QList<Assessment> assessments;
    /// Attachment bytes by lowercase hex SHA-256 (checked by the source reader).
    QHash<QString, QByteArray> attachments;
    QList<IncomingTombstone> tombstones;
    /// Workshops with the scores of their rounds (bundle format 1.2); each sheet's workshop is among
    /// `workshops`.
    QList<Workshop> workshops;
    QList<RoundSheet> roundSheets;
    /// True when the source may leave attachment bytes out (a lean bundle): references to bytes
    /// neither in `attachments` nor stored here are kept as placeholders instead of refused.
    bool attachmentsMayBeMissing = false;
    /// True when the codes are the team's (a sync): a use case here that holds one of them takes
    /// another code; otherwise the incoming use case does (ImportCodes).
    bool codesAreShared = false;
};

} // namespace casebook
