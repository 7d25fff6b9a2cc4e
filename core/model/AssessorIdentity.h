#pragma once

#include <QString>

namespace casebook {

/// Who scored an assessment, independent of the name they sign with: a UUID per member, created
/// once (the GUI keeps it in Preferences; the CLI takes CASEBOOK_ASSESSOR_ID). Assessments are keyed
/// by (use case, rubric version, assessor id); the assessor's name is only a display label.
///
/// Assessments written before identities existed (old databases, old bundles) have none: their
/// identity is derived from the assessor's name with fromName(), the same everywhere, so the same
/// person's old assessments still match across repositories.
class AssessorIdentity
{
public:
    /// A new random identity (UUID version 4, lowercase, without braces).
    static QString create();
    /// The identity derived from a name: UUID version 5 of the exact name in a fixed Casebook
    /// namespace. Deterministic; empty for an empty name.
    static QString fromName(const QString &name);
    /// `id` in canonical form (lowercase, without braces), or empty when it is not a UUID.
    static QString normalized(const QString &id);
};

} // namespace casebook
