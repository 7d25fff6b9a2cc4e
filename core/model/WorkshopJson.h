#pragma once

#include "model/Workshop.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace casebook {

/// The JSON forms of a workshop and of a round sheet (docs/workshops.md), used by the repository
/// (stored documents) and by bundles (workshops.json). Readers validate everything from outside:
/// UUIDs, dates, counts, text limits, round numbering, states and levels; messages name the field.
/// Rubric-specific checks (criteria, scale) are left to WorkshopRepository and BundleReader.
class WorkshopJson
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopJson)
public:
    static constexpr int kNameChars = 200;
    static constexpr int kTextChars = 20000;
    static constexpr int kMaxWeightsPerSet = 1000;

    /// `{uuid, name, description, use_case_uuids, rubric_uuid, rubric_version, weight_sets: [{name,
    /// weights: {key: number}}], view, rounds: [{number, state, opened_at, revealed_at, closed_at}],
    /// created_at, modified_at, modified_by, revision}`.
    static QJsonObject toJson(const Workshop &workshop);
    /// Without bookkeeping (uuid, created_at, modified_at, modified_by, revision): what two copies are
    /// compared on.
    static QJsonObject contentJson(const Workshop &workshop);
    static QString contentHash(const Workshop &workshop);
    static Result<Workshop> fromJson(const QJsonObject &object);

    /// `{uuid, workshop_uuid, round, assessor_id, assessor_name, scores: [{use_case_uuid,
    /// criterion_id, state, level, reason}], created_at, modified_at, revision}`; scores sorted.
    static QJsonObject sheetToJson(const RoundSheet &sheet);
    static QJsonObject sheetContentJson(const RoundSheet &sheet);
    static QString sheetContentHash(const RoundSheet &sheet);
    static Result<RoundSheet> sheetFromJson(const QJsonObject &object);
};

} // namespace casebook
