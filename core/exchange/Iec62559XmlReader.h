#pragma once

#include "exchange/SafeXmlReader.h"
#include "merge/IncomingRecords.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace casebook {

/// Reads an IEC 62559-3 use-case repository (docs/iec62559-xml.md) into IncomingRecords for
/// ImportPlanner, the planner bundles use. The file is parsed by SafeXmlReader (no DTDs, no
/// entities, bounded). Each UseCase of the UseCaseLibrary becomes one record: the elements Casebook
/// writes are read back, then its "casebook:<field>" custom information, so a file Casebook wrote
/// gives back the same records. From XML written by another tool, what maps is mapped (actors,
/// requirements, information objects, scenarios and steps with their references); what does not is
/// kept in the record's unknown fields under "iec62559_unmapped" and named in `warnings`.
/// A use case without a Casebook UUID gets a name-based UUID from its technicalId, so importing the
/// same file again updates the same records. XML that does not have the structure is refused
/// (ErrorCode::InputRejected) with the element and its line; nothing is written anywhere.
class Iec62559XmlReader
{
    Q_DECLARE_TR_FUNCTIONS(Iec62559XmlReader)
public:
    struct Document
    {
        IncomingRecords records; ///< sourceKind "xml", sourceName the file name
        QString repositoryName; ///< the UseCaseRepository's name
        QStringList warnings; ///< translated: what was kept unmapped, what belongs to no use case
    };

    explicit Iec62559XmlReader(const XmlLimits &limits = {})
        : m_limits(limits)
    { }

    /// Reads, checks and maps the file at `path`.
    Result<Document> read(const QString &path) const;
    /// The same for bytes in memory; `fileName` names them in messages.
    Result<Document> parse(const QByteArray &bytes, const QString &fileName) const;
    /// Maps an already parsed document.
    static Result<Document> map(const XmlElement &root, const QString &fileName);

private:
    XmlLimits m_limits;
};

} // namespace casebook
