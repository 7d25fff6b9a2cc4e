#pragma once

#include "storage/Database.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace casebook {

class PgConnection;

/// The kinds of member of a team repository (docs/team-repository.md).
enum class MemberRole { Reader, Assessor, Editor };

/// The schema of a team repository on PostgreSQL: its own numbered migrations
/// (resources/server-migrations), applied by `casebook-cli server init`, and its members.
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(ServerSchema)
public:
    /// The numbered server migrations shipped in resources/server-migrations.
    static QList<Migration> migrations();
    /// The version the server's schema has (0: not a team repository yet).
    static Result<int> version(PgConnection &pg);
    /// Applies the migrations the server lacks, each in its own transaction; returns how many.
    /// Needs the database owner with the right to create roles.
    static Result<int> init(PgConnection &pg);
    /// Fails with a clear message when the server is not a team repository of a version this
    /// build knows.
    static Status check(PgConnection &pg);

    /// Whether `name` is a PostgreSQL role name Casebook writes without quoting: letters, digits,
    /// _ . @ - (at most 63), not starting with a digit.
    static bool isRoleName(const QString &name);
    /// "reader", "assessor", "editor" and back.
    static QString roleName(MemberRole role);
    static std::optional<MemberRole> roleFrom(const QString &name);
    /// Creates the PostgreSQL role `name` (LOGIN) or changes its kind, granted casebook_<role>, bound
    /// to `assessorId`. `password` empty: the role gets none (peer, certificate or an existing one).
    static Status addMember(PgConnection &pg, const QString &name, MemberRole role, const QString &assessorId,
                            const QString &password = {});
};

} // namespace casebook
