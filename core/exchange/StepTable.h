#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

struct IncomingRow;

/// A sheet laid out like the step table of the IEC 62559-2 template: one row per step of a scenario,
/// with the columns "Scenario name", "Step No.", "Event", "Name of process/activity",
/// "Description of process/activity", "Service", "Information producer (actor)", "Information
/// receiver (actor)", "Information exchanged (IDs)" and "Requirement, R-IDs" (and the scenario's
/// "Primary actor", "Triggering event", "Pre-condition", "Post-condition").
///
/// Such columns map to the step fields below ("step.number"...), which are not fields of the record
/// but of one of its steps. assemble() turns the rows of such a sheet into one row per use case:
/// - a row that names a use case (uuid, code or title) belongs to it, wherever it is in the sheet;
///   a row that names none belongs to the use case of the row above;
/// - a row that names a scenario adds its step to that scenario (created on first use); a row that
///   names none adds it to the scenario of the row above;
/// - the record's own columns may be given on the use case's first row only, or repeated; a
///   different value on a later row is a problem of that row;
/// - producer and receiver are read as names: they become references to the record's actors where
///   the name matches one (ignoring case), and stay as the step's unresolved text otherwise
///   (LegacyRecordForm), so nothing is lost; information exchanged and requirements are lists of
///   the record's ids ("I-1; I-2", "R-1").
class StepTable
{
    Q_DECLARE_TR_FUNCTIONS(StepTable)
public:
    /// The scenario and step fields a column may be mapped to, in the template's order.
    static const QStringList &fieldKeys();
    static bool isField(const QString &key);
    /// True for the step fields that hold several values in one cell (ids).
    static bool isList(const QString &key);

    /// The record fields that columns mapped to `fields` fill: the scenario and step fields become
    /// "scenarios" (once, where the first of them is); others stay; empty entries are dropped.
    static QStringList recordFields(const QStringList &fields);

    /// Turns the rows of a sheet with step columns into one row per use case (see the class
    /// comment); rows of a sheet without them are left as they are.
    static void assemble(QList<IncomingRow> &rows);
};

} // namespace casebook
