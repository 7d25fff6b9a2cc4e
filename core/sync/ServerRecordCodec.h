#pragma once

#include "merge/IncomingRecords.h"
#include "storage/ServerRepository.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace casebook {

/// Turns the records of a team repository into what ImportPlanner takes (IncomingRecords), and
/// local records into the server's form: the same JSON documents as a bundle, so a record that
/// arrives by bundle and by sync is the same record (identity by UUID, content by hash).
class ServerRecordCodec
{
    Q_DECLARE_TR_FUNCTIONS(ServerRecordCodec)
public:
    /// Parses and validates what the server sent (as untrusted as a bundle): every document must
    /// read as a use case, rubric or assessment, every attachment must match its hash.
    static Result<IncomingRecords> toIncoming(const ServerChanges &changes,
                                              const QHash<QString, QByteArray> &attachments);
    static ServerRecord fromUseCase(const IncomingUseCase &useCase);
    static ServerRecord fromRubric(const Rubric &rubric);
    static ServerRecord fromAssessment(const Assessment &assessment);
};

} // namespace casebook
