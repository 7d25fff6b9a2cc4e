#include "bundle/BundleWriter.h"
#include "support/Sha256.h"

#include "bundle/BundleFormat.h"
#include "bundle/BundleWorkshops.h"
#include "bundle/ZipLimits.h"
#include "bundle/ZipWriter.h"
#include "casebook/Version.h"
#include "merge/UseCaseContent.h"
#include "model/AssessmentJson.h"
#include "model/RubricJson.h"
#include "model/UseCaseJson.h"
#include "support/Clock.h"
#include "support/Parallel.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace casebook {

namespace {

/// Compact JSON: its size grows with the content only, never with the square of the nesting.
QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray quoted(const QString &key)
{
    return QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

/// One item of a list document, as compact JSON, with its ancestry member (use cases only).
struct ListItem
{
    QByteArray json;
    QByteArray ancestry; ///< `"uuid":[...]`, or empty
    QString label; ///< names the record in an error
};

/// Writes a list document (`{"<key>": [...]}`, use cases also with `"ancestry"`) as `name` and, when it
/// would exceed the reader's entry limit, continues in numbered parts (BundleFormat::partName).
class ListDocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
public:
    ListDocumentWriter(QString name, QString key, bool withAncestry, qint64 maxBytes)
        : m_name(std::move(name))
        , m_key(std::move(key))
        , m_withAncestry(withAncestry)
        , m_maxBytes(maxBytes)
    { }

    Status add(const ListItem &item)
    {
        const qint64 itemBytes = item.json.size() + item.ancestry.size() + 2;
        if (overhead() + itemBytes > m_maxBytes) {
            return makeError(
                ErrorCode::InputRejected,
                tr("%1 is too large to share: it takes %2 MB, and a bundle entry may take at most %3 "
                   "MB.")
                    .arg(item.label)
                    .arg(itemBytes / (1024 * 1024))
                    .arg(m_maxBytes / (1024 * 1024)),
                QStringLiteral("%1 bytes in %2").arg(itemBytes).arg(m_name));
        }
        if (!m_items.isEmpty() && m_bytes + itemBytes + overhead() > m_maxBytes)
            flush();
        m_items.append(item.json);
        if (!item.ancestry.isEmpty())
            m_ancestry.append(item.ancestry);
        m_bytes += itemBytes;
        return {};
    }

    /// The document and its parts, by entry name.
    QMap<QString, QByteArray> finish()
    {
        if (m_out.isEmpty() || !m_items.isEmpty())
            flush();
        return m_out;
    }

private:
    qint64 overhead() const { return m_key.size() + 32; }

    /// `items` after `doc`, separated by commas.
    static void appendJoined(QByteArray &doc, const QByteArrayList &items)
    {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                doc += ',';
            doc += items.at(i);
        }
    }

    void flush()
    {
        // Keys in the order QJsonDocument writes them (sorted): "ancestry" before "use_cases". Written
        // into one buffer of the document's size: joining the items first would copy tens of
        // megabytes once more into memory of their own.
        QByteArray doc;
        doc.reserve(m_bytes + overhead() + 16);
        doc += '{';
        if (m_withAncestry) {
            doc += "\"ancestry\":{";
            appendJoined(doc, m_ancestry);
            doc += "},";
        }
        doc += quoted(m_key);
        doc += ":[";
        appendJoined(doc, m_items);
        doc += "]}";
        const int part = int(m_out.size()) + 1;
        m_out.insert(part == 1 ? m_name : BundleFormat::partName(m_name, part), doc);
        m_items.clear();
        m_ancestry.clear();
        m_bytes = 0;
    }

    QString m_name;
    QString m_key;
    bool m_withAncestry;
    qint64 m_maxBytes;
    QByteArrayList m_items;
    QByteArrayList m_ancestry;
    qint64 m_bytes = 0;
    QMap<QString, QByteArray> m_out;
};

/// The items in the order of their UUIDs (`uuidOf`), by reference.
template<typename T, typename UuidOf> QList<const T *> sortedByUuid(const QList<T> &items, UuidOf uuidOf)
{
    QList<const T *> out;
    out.reserve(items.size());
    for (const T &item : items)
        out.append(&item);
    std::sort(out.begin(), out.end(), [&uuidOf](const T *a, const T *b) { return uuidOf(*a) < uuidOf(*b); });
    return out;
}

QString useCaseLabel(const UseCase &u)
{
    return BundleWriter::tr("The use case %1 (\"%2\")").arg(u.code, u.title.left(80));
}

} // namespace

Result<QMap<QString, QByteArray>> BundleWriter::documents(const IncomingRecords &records,
                                                          const ZipLimits &limits)
{
    // Sorted by reference: a sorted copy would copy every record (and free it again).
    const QList<const IncomingUseCase *> useCases = sortedByUuid(
        records.useCases, [](const IncomingUseCase &u) -> const QString & { return u.useCase.uuid; });
    ListDocumentWriter useCaseDoc(BundleFormat::useCasesName(), QStringLiteral("use_cases"), true,
                                  limits.maxEntrySize);
    QStringList tags;
    // Serialized on every core (the records are independent), written in order; a record collected
    // as bundle text (stored in today's form) is copied as it is.
    const std::vector<QByteArray> useCaseJson = mapInParallel(useCases, [](const IncomingUseCase *u) {
        if (!u->bundleJson.isEmpty())
            return u->bundleJson;
        return QJsonDocument(UseCaseJson::toJson(u->useCase)).toJson(QJsonDocument::Compact);
    });
    for (qsizetype i = 0; i < useCases.size(); ++i) {
        const IncomingUseCase &u = *useCases[i];
        ListItem item{useCaseJson[size_t(i)], {}, useCaseLabel(u.useCase)};
        if (!u.ancestry.isEmpty())
            item.ancestry = quoted(u.useCase.uuid) + ':'
                + QJsonDocument(QJsonArray::fromStringList(u.ancestry.mid(0, BundleFormat::kMaxAncestry)))
                      .toJson(QJsonDocument::Compact);
        if (Status s = useCaseDoc.add(item); !s)
            return s.error();
        for (const QString &t : u.useCase.tags) {
            if (!tags.contains(t, Qt::CaseInsensitive))
                tags.append(t);
        }
    }
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });

    QList<Rubric> rubrics = records.rubrics;
    std::sort(rubrics.begin(), rubrics.end(),
              [](const Rubric &a, const Rubric &b) { return a.uuid < b.uuid; });
    QJsonArray rubricList;
    for (const Rubric &r : std::as_const(rubrics))
        rubricList.append(RubricJson::toJson(r));

    const QList<const Assessment *> assessments =
        sortedByUuid(records.assessments, [](const Assessment &a) -> const QString & { return a.uuid; });
    ListDocumentWriter assessmentDoc(BundleFormat::assessmentsName(), QStringLiteral("assessments"), false,
                                     limits.maxEntrySize);
    const std::vector<QByteArray> assessmentJson = mapInParallel(assessments, [](const Assessment *a) {
        return QJsonDocument(AssessmentJson::toJson(*a)).toJson(QJsonDocument::Compact);
    });
    for (qsizetype i = 0; i < assessments.size(); ++i) {
        const Assessment &a = *assessments[i];
        if (Status s = assessmentDoc.add(
                {assessmentJson[size_t(i)], {}, tr("The assessment by %1").arg(a.assessorName)});
            !s)
            return s.error();
    }

    QList<IncomingTombstone> tombstones = records.tombstones;
    std::sort(tombstones.begin(), tombstones.end(),
              [](const IncomingTombstone &a, const IncomingTombstone &b) { return a.uuid < b.uuid; });
    ListDocumentWriter tombstoneDoc(BundleFormat::tombstonesName(), QStringLiteral("tombstones"), false,
                                    limits.maxEntrySize);
    for (const IncomingTombstone &t : std::as_const(tombstones)) {
        const QJsonObject o{{QStringLiteral("uuid"), t.uuid},
                            {QStringLiteral("kind"), t.kind},
                            {QStringLiteral("deleted_at"), toIsoUtc(t.deletedAt)},
                            {QStringLiteral("deleted_by"), t.deletedBy}};
        if (Status s = tombstoneDoc.add({QJsonDocument(o).toJson(QJsonDocument::Compact), {}, t.uuid}); !s)
            return s.error();
    }

    QMap<QString, QByteArray> out = useCaseDoc.finish();
    out.insert(assessmentDoc.finish());
    out.insert(tombstoneDoc.finish());
    out.insert(BundleFormat::rubricsName(), json(QJsonObject{{QStringLiteral("rubrics"), rubricList}}));
    out.insert(BundleFormat::tagsName(),
               json(QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}}));
    if (const QByteArray workshops = BundleWorkshops::document(records); !workshops.isEmpty())
        out.insert(BundleFormat::workshopsName(), workshops);
    return out;
}

QByteArray BundleWriter::manifest(const IncomingRecords &records, const QMap<QString, QByteArray> &entries,
                                  const Options &options)
{
    QJsonArray list;
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
        list.append(QJsonObject{{QStringLiteral("name"), it.key()},
                                {QStringLiteral("size"), double(it.value().size())},
                                {QStringLiteral("sha256"), sha256Hex(it.value())}});
    QStringList tags;
    for (const IncomingUseCase &u : records.useCases) {
        for (const QString &t : u.useCase.tags) {
            if (!tags.contains(t, Qt::CaseInsensitive))
                tags.append(t);
        }
    }
    int attachments = 0;
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
        attachments += it.key().startsWith(BundleFormat::attachmentPrefix());
    const QDateTime created = options.createdAt.isValid() ? options.createdAt : Clock::system().nowUtc();
    QJsonObject m{{QStringLiteral("format"), QString::fromLatin1(BundleFormat::kFormatName)},
                  {QStringLiteral("format_version"), BundleFormat::versionString()},
                  {QStringLiteral("min_reader_version"), BundleFormat::minReaderVersion(entries.keys())},
                  {QStringLiteral("app_version"), QString::fromLatin1(kAppVersion)},
                  {QStringLiteral("created_at"), toIsoUtc(created)},
                  {QStringLiteral("creator"),
                   QJsonObject{{QStringLiteral("name"), options.creator.name},
                               {QStringLiteral("organization"), options.creator.organization},
                               {QStringLiteral("email"), options.creator.email}}},
                  {QStringLiteral("lean"), options.lean},
                  {QStringLiteral("selection"), options.selection},
                  {QStringLiteral("counts"),
                   QJsonObject{{QStringLiteral("use_cases"), int(records.useCases.size())},
                               {QStringLiteral("rubrics"), int(records.rubrics.size())},
                               {QStringLiteral("assessments"), int(records.assessments.size())},
                               {QStringLiteral("tags"), int(tags.size())},
                               {QStringLiteral("attachments"), attachments},
                               {QStringLiteral("tombstones"), int(records.tombstones.size())}}},
                  {QStringLiteral("entries"), list}};
    if (!records.workshops.isEmpty() || !records.roundSheets.isEmpty()) {
        QJsonObject counts = m.value(QStringLiteral("counts")).toObject();
        counts.insert(QStringLiteral("workshops"), int(records.workshops.size()));
        counts.insert(QStringLiteral("round_sheets"), int(records.roundSheets.size()));
        m.insert(QStringLiteral("counts"), counts);
    }
    return json(m);
}

Result<qint64> BundleWriter::write(const IncomingRecords &records, const QString &path,
                                   const Options &options)
{
    const auto failed = [&path](const Error &e) {
        return Error{e.code,
                     tr("The bundle %1 could not be written: %2").arg(QFileInfo(path).fileName(), e.message),
                     e.detail};
    };
    const ZipLimits base = options.limits.value_or(ZipLimits());
    auto docs = documents(records, base);
    if (!docs)
        return failed(docs.error());
    QMap<QString, QByteArray> entries = *docs;
    for (auto it = records.attachments.constBegin(); it != records.attachments.constEnd(); ++it)
        entries.insert(BundleFormat::attachmentName(it.key()), it.value());
    const QByteArray manifestJson = manifest(records, entries, options);
    const int total = int(entries.size()) + 2;
    int done = 0;
    auto step = [&]() { return !options.progress || options.progress(++done, total); };
    auto cancelled = [&path]() {
        return makeError(
            ErrorCode::Cancelled,
            tr("The export to %1 was cancelled; nothing was written.").arg(QFileInfo(path).fileName()));
    };

    // More than a small file's budgets allow (a reader keeps those for any file up to
    // ZipLimits::kBaseFileSize, whatever it unpacks to): store the documents, so the file's size
    // says what it holds and the reader's budgets for that size apply.
    const bool storeDocuments =
        !options.limits && !checkLimits(records, entries, manifestJson, ZipLimits::forFileSize(0));
    ZipWriter zip;
    zip.addEntry(BundleFormat::manifestName(), manifestJson);
    if (!step())
        return cancelled();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        ZipWriter::Compression c = ZipWriter::Compression::Store;
        if (!storeDocuments && !it.key().startsWith(BundleFormat::attachmentPrefix())) {
            // Deflate JSON, unless it is so regular that a reader's bomb check would refuse it (with
            // a margin: qCompress and the ZIP writer's deflate may differ a little).
            const qint64 packed = qCompress(it.value(), 6).size();
            c = it.value().size() <= base.ratioCheckMinSize
                    || double(it.value().size()) < double(packed) * base.maxCompressionRatio * 0.8
                ? ZipWriter::Compression::Deflate
                : ZipWriter::Compression::Store;
        }
        zip.addEntry(it.key(), it.value(), c);
        if (!step())
            return cancelled();
    }
    // The reader's budgets depend on the file's size: check the finished file before it replaces
    // the destination.
    const auto accept = [&](qint64 fileSize) {
        return checkLimits(records, entries, manifestJson,
                           options.limits.value_or(ZipLimits::forFileSize(fileSize)));
    };
    if (Status s = zip.write(path, accept); !s)
        return failed(s.error());
    step();
    return QFileInfo(path).size();
}

Status BundleWriter::checkLimits(const IncomingRecords &records, const QMap<QString, QByteArray> &entries,
                                 const QByteArray &manifestJson, const ZipLimits &limits)
{
    const qsizetype count = records.useCases.size() + records.assessments.size() + records.tombstones.size()
        + records.workshops.size() + records.roundSheets.size();
    if (count > limits.maxRecords) {
        return makeError(ErrorCode::InputRejected,
                         tr("it would hold %1 records (use cases, assessments and deleted records), and a "
                            "bundle may hold at most %2; choose fewer use cases.")
                             .arg(count)
                             .arg(limits.maxRecords));
    }
    if (entries.size() + 1 > limits.maxEntries) {
        return makeError(
            ErrorCode::InputRejected,
            tr("it would hold %1 files, and a bundle may hold at most %2; choose fewer use cases or "
               "leave the attachments out.")
                .arg(entries.size() + 1)
                .arg(limits.maxEntries));
    }
    qint64 total = manifestJson.size();
    qint64 documents = manifestJson.size();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (!it.key().startsWith(BundleFormat::attachmentPrefix()))
            documents += it.value().size();
        if (it.value().size() > limits.maxEntrySize) {
            return makeError(ErrorCode::InputRejected,
                             tr("%1 takes %2 MB, and a bundle entry may take at most %3 MB.")
                                 .arg(it.key())
                                 .arg(it.value().size() / (1024 * 1024))
                                 .arg(limits.maxEntrySize / (1024 * 1024)));
        }
        total += it.value().size();
    }
    if (documents > limits.maxDocumentsSize) {
        return makeError(ErrorCode::InputRejected,
                         tr("its records would take %1 MB as JSON, and a bundle may take at most %2 MB; "
                            "choose fewer use cases.")
                             .arg(documents / (1024 * 1024))
                             .arg(limits.maxDocumentsSize / (1024 * 1024)));
    }
    if (manifestJson.size() > limits.maxEntrySize || total > limits.maxTotalSize) {
        return makeError(
            ErrorCode::InputRejected,
            tr("its files would take %1 MB unpacked, and a bundle may take at most %2 MB; choose "
               "fewer use cases or leave the attachments out.")
                .arg(total / (1024 * 1024))
                .arg(limits.maxTotalSize / (1024 * 1024)));
    }
    return {};
}

} // namespace casebook
