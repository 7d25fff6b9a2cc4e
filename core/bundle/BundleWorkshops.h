#pragma once

#include "merge/IncomingRecords.h"
#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace casebook {

/// The workshops of a bundle (format 1.2): the document workshops.json, `{"workshops": [...],
/// "round_sheets": [...]}` with the JSON forms of WorkshopJson (docs/bundle-format.md).
class BundleWorkshops
{
    Q_DECLARE_TR_FUNCTIONS(BundleWorkshops)
public:
    /// The document for `records`' workshops and round sheets, in UUID order; empty when there
    /// are none (a bundle without workshops has no workshops.json).
    static QByteArray document(const IncomingRecords &records);

    /// Reads the parsed document into `records` (whose use cases and rubrics are read already).
    /// Refuses (a translated sentence without the file name) unknown fields unless `tolerateUnknown`,
    /// more than `maxRecords` records counted with `*records`, invalid workshops and sheets,
    /// duplicate UUIDs, names and (workshop, round, assessor) keys, and references to use cases,
    /// rubrics, workshops, rounds, criteria and levels that the bundle does not have.
    static Status read(const QJsonObject &document, bool tolerateUnknown, int maxRecords, int *records,
                       IncomingRecords &out);

private:
    static Status readWorkshops(const QJsonArray &list, bool tolerateUnknown, IncomingRecords &out);
    static Status readSheets(const QJsonArray &list, bool tolerateUnknown, IncomingRecords &out);
    static Status checkSheet(const RoundSheet &sheet, const IncomingRecords &in);
};

} // namespace casebook
