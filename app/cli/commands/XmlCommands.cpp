#include "cli/CliSupport.h"

#include "exchange/Iec62559XmlReader.h"
#include "exchange/Iec62559XmlWriter.h"

#include <QFileInfo>

// IEC 62559-3 XML for the shared commands: export --out FILE.xml, import FILE (XML). The import
// goes through the planner bundles use (importRecords).
namespace casebook::cli {

int exportXml(const Context &ctx, const QCommandLineParser &p)
{
    const QString target = p.value(QStringLiteral("out"));
    if (QFileInfo::exists(target) && !p.isSet(QStringLiteral("force")))
        return usage(tr("%1 already exists; choose another name or add --force to replace it.").arg(target));
    auto selection = selectionFrom(p);
    if (!selection)
        return usage(selection.error().message);
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto written = Iec62559XmlWriter::exportTo(**db, *selection, target);
    if (!written)
        return fail(ctx, written.error());
    const int count = int(written->uuids.size());
    if (count == 0 && !selection->isEverything() && written->restrictedLeftOut.isEmpty())
        err() << tr("casebook-cli: warning: no use case matches the selection (%1); the file holds none.")
                     .arg(selection->describe())
              << Qt::endl;
    out() << tr("Wrote %1 use case(s) to %2 (IEC 62559-3 XML).").arg(count).arg(target) << Qt::endl;
    noteRestrictedLeftOut(*selection, written->restrictedLeftOut);
    return Success;
}

int importXml(const Context &ctx, const QCommandLineParser &p, const QString &file)
{
    QString message;
    if (!formatAllowed(p.value(QStringLiteral("format")), {QStringLiteral("text"), QStringLiteral("json")},
                       &message))
        return usage(message);
    if (p.isSet(QStringLiteral("mapping")))
        return usage(tr("--mapping is for spreadsheets; an IEC 62559-3 file names its elements."));
    // Read and map the whole file before the database is opened: a refused file changes nothing.
    auto document = Iec62559XmlReader().read(file);
    if (!document)
        return fail(ctx, document.error());
    return importRecords(ctx, p, file, document->records, document->warnings);
}

} // namespace casebook::cli
