#include "exchange/ImportFormats.h"

#include <QFile>
#include <QFileInfo>

namespace casebook {

namespace {

/// Skips a UTF-8 BOM and ASCII white space; returns the first other byte, or 0.
char firstSignificantByte(const QByteArray &head)
{
    int i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size()) {
        const char c = head.at(i);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return c;
        ++i;
    }
    return 0;
}

} // namespace

ImportFormat ImportFormats::sniff(const QByteArray &head)
{
    if (head.startsWith(QByteArrayLiteral("PK\x03\x04")))
        return ImportFormat::Bundle;
    const char first = firstSignificantByte(head);
    if (first == '{' || first == '[')
        return ImportFormat::Json;
    if (first == '<')
        return ImportFormat::Xml;
    return ImportFormat::Unknown;
}

ImportFormat ImportFormats::fromName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("casebook"))
        return ImportFormat::Bundle;
    if (suffix == QLatin1String("json"))
        return ImportFormat::Json;
    if (suffix == QLatin1String("xml"))
        return ImportFormat::Xml;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv"))
        return ImportFormat::Csv;
    return ImportFormat::Unknown;
}

ImportFormat ImportFormats::detect(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        if (const ImportFormat sniffed = sniff(file.read(kSniffBytes)); sniffed != ImportFormat::Unknown)
            return sniffed;
    }
    return fromName(path);
}

QString ImportFormats::unsupportedMessage(const QString &path)
{
    return tr("%1: this kind of file cannot be imported (expected a .casebook bundle, a .csv spreadsheet, "
              "a .json file or IEC 62559-3 .xml).")
        .arg(QFileInfo(path).fileName());
}

QString ImportFormats::fileDialogFilter()
{
    return tr("Bundles, spreadsheets, JSON and IEC 62559-3 XML (*.casebook *.csv *.txt *.tsv *.json *.xml);;"
              "Casebook bundles (*.casebook);;Spreadsheets (*.csv *.txt *.tsv);;JSON (*.json);;"
              "IEC 62559-3 XML (*.xml);;All files (*)");
}

} // namespace casebook
