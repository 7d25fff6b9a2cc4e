#pragma once

#include "merge/ImportAction.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebook {

class Database;

/// The codes an import writes its use cases under (ImportWriter). A code is unique here (without
/// regard to case), but two sources can number alike: members who added use cases offline, or a
/// bundle whose record another record here already carries the code of. Before each use case is
/// written, settle() looks at what the repository holds at that moment, so the write never fails
/// on a taken code:
/// - a code from the team repository (IncomingRecords::codesAreShared, a sync) goes to the older of
///   the two records, by uuid (time-ordered: the one made first); every member thus settles it
///   alike. When the holder here is the younger it takes the next free code, as a local edit the
///   sync sends; otherwise the incoming record does, and is sent with it.
/// - any other incoming code yields: a new use case gets the next free code, one already here keeps
///   the code it has here.
class ImportCodes
{
    Q_DECLARE_TR_FUNCTIONS(ImportCodes)
public:
    /// The codes given to the use cases `actions` insert without one (their code was taken here, or
    /// they are copies), none of the codes the other actions write.
    static Result<ImportCodes> give(Database &db, const QList<ImportAction> &actions, bool codesAreShared);

    /// Whether the code of `incoming`, a use case the import adds, is taken here by another use case
    /// and yields: asked while the actions are planned (ImportActions), so that a new code can be
    /// given ahead. A bundle's codes do; the team's (`codesAreShared`) are settled by settle() when
    /// written, by the rule of the older uuid.
    static Result<bool> yieldsAhead(Database &db, const UseCase &incoming, bool codesAreShared);

    /// The code given to the use case of action `index`, if any.
    QString given(int index) const { return m_given.value(index); }
    /// given() of every action that has one, by action index.
    const QHash<int, QString> &givenCodes() const { return m_given; }
    /// The code `record` is written under (an insert when `inserting`); a holder here is renumbered
    /// first when the code is the team's. Notes what it changed in `notes`.
    Result<QString> settle(const UseCase &record, bool inserting, QStringList &notes);

private:
    /// Whether `uuid` gives up its code to `holder`, the use case here that has it (none: free).
    static bool yieldsTo(const QString &uuid, const std::optional<QString> &holder, bool codesAreShared);
    ImportCodes(Database &db, bool codesAreShared)
        : m_db(db)
        , m_shared(codesAreShared)
    { }
    /// The next free code, reserved for the rest of the import.
    Result<QString> nextFree();
    /// Gives the use case `uuid` here, which holds `code`, the next free code.
    Status renumber(const QString &uuid, const QString &code, QStringList &notes);

    Database &m_db;
    bool m_shared = false;
    QSet<QString> m_reserved; ///< codes the actions write, and codes given so far, upper case
    QHash<int, QString> m_given;
    QHash<QString, QString> m_ahead; ///< the code each use case written under its code gets, upper case
};

} // namespace casebook
