#include "exchange/CsvWriter.h"

#include "exchange/CsvFormulaGuard.h"

#include <QDir>
#include <QIODevice>
#include <QSaveFile>

namespace casebook {

namespace {

const char utf8Bom[] = "\xEF\xBB\xBF";

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

} // namespace

CsvWriter::CsvWriter(CsvWriteOptions options)
    : m_options(std::move(options))
{
    Q_ASSERT_X(m_options.separator == QLatin1Char(',') || m_options.separator == QLatin1Char(';')
                   || m_options.separator == QLatin1Char('\t'),
               "CsvWriter", "the separator must be ',', ';' or TAB");
}

QString CsvWriter::formatField(const QString &cell) const
{
    const QString text = m_options.neutraliseFormulas ? CsvFormulaGuard::neutralise(cell) : cell;
    if (text.isEmpty())
        return text;
    bool quote = isBlank(text.front()) || isBlank(text.back());
    for (qsizetype k = 0; !quote && k < text.size(); ++k) {
        const QChar c = text.at(k);
        quote = c == m_options.separator || c == QLatin1Char('"') || c == QLatin1Char('\r')
            || c == QLatin1Char('\n');
    }
    if (!quote)
        return text;
    QString out;
    out.reserve(text.size() + 2);
    out.append(QLatin1Char('"'));
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            out.append(QLatin1Char('"'));
        out.append(c);
    }
    out.append(QLatin1Char('"'));
    return out;
}

QByteArray CsvWriter::formatRow(const QStringList &cells) const
{
    QString line;
    for (qsizetype k = 0; k < cells.size(); ++k) {
        if (k > 0)
            line.append(m_options.separator);
        line.append(formatField(cells.at(k)));
    }
    line.append(QLatin1String("\r\n"));
    return line.toUtf8();
}

QByteArray CsvWriter::write(const QStringList &header, const QList<QStringList> &records) const
{
    QByteArray out;
    if (m_options.byteOrderMark)
        out.append(utf8Bom);
    out.append(formatRow(header));
    for (const QStringList &record : records)
        out.append(formatRow(record));
    return out;
}

Status CsvWriter::write(QIODevice *device, const QStringList &header, const QList<QStringList> &records) const
{
    Q_ASSERT(device && device->isWritable());
    const auto put = [device](const QByteArray &bytes) { return device->write(bytes) == bytes.size(); };
    bool ok = !m_options.byteOrderMark || put(QByteArray(utf8Bom));
    ok = ok && put(formatRow(header));
    for (qsizetype k = 0; ok && k < records.size(); ++k)
        ok = put(formatRow(records.at(k)));
    if (!ok) {
        return makeError(ErrorCode::Storage, tr("The CSV file could not be written."), device->errorString());
    }
    return {};
}

Status CsvWriter::writeFile(const QString &path, const QStringList &header,
                            const QList<QStringList> &records) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Storage,
                         tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    }
    if (Status s = write(&file, header, records); !s)
        return s;
    if (!file.commit()) {
        return makeError(ErrorCode::Storage,
                         tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    }
    return {};
}

} // namespace casebook
