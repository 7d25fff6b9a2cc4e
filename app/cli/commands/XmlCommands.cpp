#include "cli/CliSupport.h"

#include "exchange/Iec62559XmlReader.h"

#include <QFileInfo>

// IEC 62559-3 XML for `import FILE` (XML): through the planner bundles use (importRecords).
// `export --out FILE.xml` is written by SpreadsheetExport, like .csv and .json.
namespace casebook::cli {

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
