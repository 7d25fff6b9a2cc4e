#include "bundle/ZipWriter.h"

#include "bundle/ZipNameRules.h"

#include <QBuffer>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <quazip/zip.h>

namespace casebook {

namespace {

constexpr quint32 kRegularFileMode = 0100644; // -rw-r--r--
constexpr uint kOsUnix = 3;

} // namespace

ZipWriter::ZipWriter(const QDateTime &timestamp)
    : m_timestamp(timestamp)
{ }

QDateTime ZipWriter::defaultTimestamp()
{
    return QDateTime(QDate(1980, 1, 1), QTime(0, 0, 0), QTimeZone::utc());
}

void ZipWriter::addEntry(const QString &name, const QByteArray &data, Compression compression)
{
    m_entries.append(PendingEntry{name, data, compression});
}

Status ZipWriter::validate() const
{
    const QDateTime utc = m_timestamp.toUTC();
    if (!utc.isValid() || utc.date().year() < 1980 || utc.date().year() > 2107) {
        return makeError(
            ErrorCode::Usage, tr("The archive cannot be written: its date is out of range."),
            QStringLiteral("timestamp %1 outside 1980..2107").arg(m_timestamp.toString(Qt::ISODate)));
    }
    QSet<QString> seen;
    for (const PendingEntry &entry : m_entries) {
        const QByteArray raw = entry.name.toUtf8();
        const bool ascii = raw.size() == entry.name.size();
        const auto violation = ZipNameRules::check(raw, MaxNameLength);
        if (!ascii || violation != ZipNameRules::Violation::None) {
            return makeError(
                ErrorCode::Usage,
                tr("The archive cannot be written: the file name %1 is not allowed.").arg(entry.name),
                QStringLiteral("entry name \"%1\" breaks rule %2")
                    .arg(entry.name)
                    .arg(ascii ? int(violation) : int(ZipNameRules::Violation::Characters)));
        }
        const QString folded = entry.name.toLower();
        if (seen.contains(folded)) {
            return makeError(
                ErrorCode::Usage,
                tr("The archive cannot be written: the file name %1 is used twice.").arg(entry.name),
                QStringLiteral("duplicate (case-insensitive) entry name \"%1\"").arg(entry.name));
        }
        seen.insert(folded);
    }
    return {};
}

Status ZipWriter::writeTo(QIODevice *device) const
{
    // The timestamp goes into the DOS date/time fields as UTC wall-clock time, whatever the local zone.
    const QDateTime utc = m_timestamp.toUTC();
    const QDateTime stamp(utc.date(), utc.time(), QTimeZone::utc());

    QuaZip zip(device);
    zip.setAutoClose(false); // the caller owns the device (a QSaveFile must not be committed by QuaZip)
    zip.setDataDescriptorWritingEnabled(false);
    zip.setZip64Enabled(false);
    zip.setOsCode(kOsUnix);
    if (!zip.open(QuaZip::mdCreate)) {
        return makeError(ErrorCode::Storage, tr("The archive cannot be written."),
                         QStringLiteral("QuaZip open for writing failed (error %1)").arg(zip.getZipError()));
    }
    for (const PendingEntry &entry : m_entries) {
        QuaZipNewInfo info(entry.name);
        info.dateTime = stamp;
        info.internalAttr = 0;
        info.externalAttr = kRegularFileMode << 16;
        info.uncompressedSize = ulong(entry.data.size());
        const bool store = entry.compression == Compression::Store;
        QuaZipFile file(&zip);
        const bool opened = file.open(QIODevice::WriteOnly, info, nullptr, 0, store ? 0 : Z_DEFLATED,
                                      store ? 0 : kDeflateLevel);
        const bool written = opened && file.write(entry.data) == entry.data.size();
        if (opened)
            file.close();
        if (!written || file.getZipError() != ZIP_OK) {
            const int error = file.getZipError();
            zip.close();
            return makeError(
                ErrorCode::Storage, tr("The archive cannot be written."),
                QStringLiteral("writing entry \"%1\" failed (QuaZip error %2)").arg(entry.name).arg(error));
        }
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK) {
        return makeError(
            ErrorCode::Storage, tr("The archive cannot be written."),
            QStringLiteral("finishing the archive failed (QuaZip error %1)").arg(zip.getZipError()));
    }
    return {};
}

Status ZipWriter::write(const QString &path, const std::function<Status(qint64)> &accept) const
{
    if (Status valid = validate(); !valid)
        return valid;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Storage, tr("The archive cannot be written."),
                         QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    if (Status written = writeTo(&file); !written) {
        file.cancelWriting();
        return makeError(written.error().code, written.error().message,
                         path + QStringLiteral(": ") + written.error().detail);
    }
    if (accept) {
        if (Status accepted = accept(file.size()); !accepted) {
            file.cancelWriting();
            return accepted;
        }
    }
    if (!file.commit()) {
        return makeError(ErrorCode::Storage, tr("The archive cannot be written."),
                         QStringLiteral("%1: commit failed: %2").arg(path, file.errorString()));
    }
    return {};
}

Result<QByteArray> ZipWriter::toByteArray() const
{
    if (Status valid = validate(); !valid)
        return valid.error();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Storage, tr("The archive cannot be written."),
                         QStringLiteral("cannot open an in-memory buffer"));
    }
    if (Status written = writeTo(&buffer); !written)
        return written.error();
    buffer.close();
    return bytes;
}

} // namespace casebook
