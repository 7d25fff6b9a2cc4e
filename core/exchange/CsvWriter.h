#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace casebook {

struct CsvWriteOptions
{
    QChar separator = QLatin1Char(','); ///< ',', ';' or '\t'
    /// Start the file with a UTF-8 byte order mark, so Excel reads Arabic, Chinese and emoji right.
    bool byteOrderMark = true;
    /// Prefix formula-like cells with a quote (see CsvFormulaGuard); CsvReader can undo it.
    bool neutraliseFormulas = true;
};

/// Writes sheets that Excel, LibreOffice and CsvReader read back unchanged.
///
/// Rules: UTF-8 (with a BOM by default), CRLF after every row including the last, and RFC 4180
/// quoting: a field is enclosed in double quotes, with each quote inside doubled, when it contains the
/// separator, a quote, CR or LF, or begins or ends with a space or a tab. An empty field is written as
/// nothing. Formula neutralisation is applied before quoting, to header and records alike.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    explicit CsvWriter(CsvWriteOptions options = CsvWriteOptions());

    /// One field as it appears in the file (neutralised and quoted as needed).
    QString formatField(const QString &cell) const;
    /// One row as UTF-8, fields joined by the separator, ending with CRLF.
    QByteArray formatRow(const QStringList &cells) const;
    /// A whole sheet: the BOM (if enabled), the header row, then every record.
    QByteArray write(const QStringList &header, const QList<QStringList> &records) const;
    /// Writes a sheet to `device` row by row; fails with ErrorCode::Storage when a write fails.
    Status write(QIODevice *device, const QStringList &header, const QList<QStringList> &records) const;
    /// Writes a sheet to `path` atomically (QSaveFile): the old file stays if anything fails.
    Status writeFile(const QString &path, const QStringList &header, const QList<QStringList> &records) const;

    const CsvWriteOptions &options() const { return m_options; }

private:
    CsvWriteOptions m_options;
};

} // namespace casebook
