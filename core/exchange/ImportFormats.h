#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace casebook {

/// Which importer handles a file. The one place that decides it, for the window and the CLI alike.
enum class ImportFormat {
    Unknown, ///< nothing Casebook imports
    Bundle, ///< a .casebook bundle (a ZIP): BundleReader + ImportPlanner
    Csv, ///< a spreadsheet saved as CSV or text: SheetImporter::readCsvFile + a column mapping
    Json, ///< a JSON array (or object) of use cases, as the JSON export writes: SheetImporter::rowsFromJson
    Xml, ///< IEC 62559-3 use-case repository XML: Iec62559XmlReader + ImportPlanner
};

/// Decides the importer of a file by its content first, then by its name.
///
/// Content: a ZIP local header ("PK\3\4") is a bundle; text whose first character after a BOM and
/// white space is `{` or `[` is JSON, `<` is XML. Otherwise the name decides: .casebook is a bundle
/// (the bundle reader explains what is wrong with it), .json is JSON, .xml is XML, .csv, .txt and
/// .tsv are spreadsheets.
/// So a bundle renamed .csv is still read as a bundle and a JSON export saved as .txt as JSON.
class ImportFormats
{
    Q_DECLARE_TR_FUNCTIONS(ImportFormats)
public:
    /// How many leading bytes sniff() needs.
    static constexpr int kSniffBytes = 512;

    /// The format the leading bytes of a file show, or Unknown when they show none of them.
    static ImportFormat sniff(const QByteArray &head);
    /// The format named by the file's suffix (case-insensitive), or Unknown.
    static ImportFormat fromName(const QString &path);
    /// sniff() of the file's first bytes, else fromName(). Unknown for an unreadable file with an
    /// unknown name (the importer reports why a file it should read cannot be read).
    static ImportFormat detect(const QString &path);
    /// The message for a file no importer handles, naming it.
    static QString unsupportedMessage(const QString &path);
    /// Open-file dialog filters for every importable file, then per format.
    static QString fileDialogFilter();
};

} // namespace casebook
