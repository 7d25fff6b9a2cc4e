#include "bundle/BundleReader.h"
#include "support/Sha256.h"

#include "bundle/BundleFormat.h"
#include "bundle/BundleWorkshops.h"
#include "bundle/SafeZipReader.h"
#include "model/AssessmentJson.h"
#include "model/Revision.h"
#include "model/RubricJson.h"
#include "model/UseCaseJson.h"
#include "model/UseCaseValidator.h"
#include "support/Clock.h"
#include "support/InOrderAhead.h"
#include "support/StrictJson.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <future>

namespace casebook {

namespace {

bool isHash(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

/// Finds a "\uD800"-style escape that is not part of a valid surrogate pair (Qt would silently
/// turn it into '?'). Returns the byte offset, or -1.
qsizetype loneSurrogate(const QByteArray &json)
{
    auto hexAt = [&json](qsizetype i, uint *value) {
        if (i + 6 > json.size() || json[i] != '\\' || json[i + 1] != 'u')
            return false;
        bool ok = false;
        *value = QByteArray(json.constData() + i + 2, 4).toUInt(&ok, 16);
        return ok;
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (json[i] != '\\')
            continue;
        uint v = 0;
        if (!hexAt(i, &v)) {
            ++i; // an escaped character such as \\ or \"
            continue;
        }
        if (v >= 0xDC00 && v <= 0xDFFF)
            return i;
        if (v >= 0xD800 && v <= 0xDBFF) {
            uint low = 0;
            if (!hexAt(i + 6, &low) || low < 0xDC00 || low > 0xDFFF)
                return i;
            i += 11;
            continue;
        }
        i += 5;
    }
    return -1;
}

/// Collects the first validation failure with the file name in front.
class Check
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)
public:
    explicit Check(QString file)
        : m_file(std::move(file))
    { }
    Error reject(const QString &sentence, const QString &detail = {}) const
    {
        return makeError(ErrorCode::InputRejected, tr("%1: %2").arg(m_file, sentence), detail);
    }
    Error newer(const QString &version) const
    {
        return makeError(
            ErrorCode::NewerVersion,
            tr("%1 was made by a newer Casebook (bundle format %2); update Casebook to open this "
               "bundle.")
                .arg(m_file, version));
    }
    const QString &file() const { return m_file; }

private:
    QString m_file;
};

Result<QJsonObject> parseDocument(const Check &check, const QString &name, const QByteArray &bytes)
{
    auto parsed = StrictJson::parse(bytes);
    if (!parsed)
        return check.reject(
            BundleReader::tr("The document %1 is refused: %2").arg(name, parsed.error().message),
            parsed.error().detail);
    const QJsonDocument doc = *parsed;
    if (!doc.isObject())
        return check.reject(BundleReader::tr("The document %1 does not have the expected form.").arg(name),
                            QStringLiteral("top level is not an object"));
    if (const qsizetype at = loneSurrogate(bytes); at >= 0)
        return check.reject(BundleReader::tr("The document %1 contains invalid Unicode text.").arg(name),
                            QStringLiteral("unpaired surrogate escape at byte %1").arg(at));
    return doc.object();
}

/// Rejects keys that are not in `known`, unless the bundle is of a newer minor version.
std::optional<Error> unknownKeys(const Check &check, const QJsonObject &o, const QStringList &known,
                                 const QString &where, bool tolerate)
{
    if (tolerate)
        return std::nullopt;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return check.reject(
                BundleReader::tr("The document %1 has a field this version does not know: %2.")
                    .arg(where, it.key()));
    }
    return std::nullopt;
}

Result<QJsonArray> requiredArray(const Check &check, const QJsonObject &o, const QString &key,
                                 const QString &doc)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return check.reject(BundleReader::tr("The document %1 does not have the expected form.").arg(doc),
                            QStringLiteral("'%1' must be a list").arg(key));
    return v.toArray();
}

/// A list document and its parts (format 1.1: usecases.json, usecases-0002.json, ...) read as one.
struct ListDocument
{
    QJsonArray items;
    QJsonObject ancestry; ///< use cases: the ancestry members of every part
};

/// Reads the list `key` of document `name` and of its parts, numbered from 2 without a gap. `*records`
/// counts the records of every list read so far, at most `maxRecords`. Each document is taken out of
/// `data` (released once parsed).
Result<ListDocument> readList(const Check &check, QHash<QString, QByteArray> &data, const QString &name,
                              const QString &key, bool newerMinor, int maxRecords, int *records)
{
    const bool useCases = name == BundleFormat::useCasesName();
    const QStringList known = useCases ? QStringList{key, QStringLiteral("ancestry")} : QStringList{key};
    ListDocument list;
    int part = 1;
    for (QString entry = name; data.contains(entry); entry = BundleFormat::partName(name, ++part)) {
        auto doc = parseDocument(check, entry, data.take(entry));
        if (!doc)
            return doc.error();
        if (auto e = unknownKeys(check, *doc, known, entry, newerMinor))
            return *e;
        auto items = requiredArray(check, *doc, key, entry);
        if (!items)
            return items.error();
        *records += int(items->size());
        if (*records > maxRecords)
            return check.reject(
                BundleReader::tr("The bundle holds more records than the %1 a bundle may hold "
                                 "(use cases, assessments and deleted records together).")
                    .arg(maxRecords),
                QStringLiteral("in %1").arg(entry));
        for (const QJsonValue &v : std::as_const(*items))
            list.items.append(v);
        const QJsonValue ancestry = doc->value(QStringLiteral("ancestry"));
        if (!ancestry.isUndefined() && (!useCases || !ancestry.isObject()))
            return check.reject(
                BundleReader::tr("The document %1 does not have the expected form.").arg(entry),
                QStringLiteral("'ancestry' must be an object"));
        const QJsonObject members = ancestry.toObject();
        for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
            if (list.ancestry.contains(it.key()))
                return check.reject(BundleReader::tr("The ancestry of %1 is given twice.").arg(it.key()));
            list.ancestry.insert(it.key(), it.value());
        }
    }
    // A part after a gap, or without its first document, would be silently skipped: refuse it.
    const QString prefix = name.chopped(5) + QLatin1Char('-');
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const int number = it.key().mid(prefix.size(), 4).toInt();
        if (number >= part)
            return check.reject(
                BundleReader::tr("The bundle's parts of %1 are not numbered from 2 without a gap: %2.")
                    .arg(name, it.key()));
    }
    return list;
}

/// Parses the items of a list document on two cores and hands each item with its result to
/// `take` in the items' order, stopping at the first it refuses (takeInOrderComputedAhead; issue
/// 13: the per-record parse was a fifth of an import). `parse(item)` must be safe to run on two
/// threads at once; `take` runs on the calling thread, so every check that compares records stays
/// there. Parsing runs at most a few hundred items ahead, so the work spent on a bundle that is
/// refused early stays small.
template<typename Parse, typename Take> Status parseInOrder(const QJsonArray &items, Parse parse, Take take)
{
    QList<QJsonValue> values; // one instance per item: each thread reads only its own
    values.reserve(items.size());
    for (const QJsonValue &v : items)
        values.append(v);
    return takeInOrderComputedAhead(values, parse, [&](qsizetype i, auto parsed) {
        return take(int(i), values.at(i), std::move(parsed));
    });
}

/// The steps of BundleReader::read() after unpacking, in order; each one refuses with the first problem
/// it finds. Later steps use what earlier ones found (rubrics, tags, UUIDs, the hashes of the entries).
class BundleParse
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)
public:
    using Bundle = BundleReader::Bundle;
    using Manifest = BundleReader::Manifest;

    BundleParse(const Check &check, const ZipLimits &limits, QHash<QString, QByteArray> data, Bundle bundle)
        : m_check(check)
        , m_limits(limits)
        , m_data(std::move(data))
        , m_bundle(std::move(bundle))
    { }

    Status run()
    {
        for (auto step : {&BundleParse::readManifest, &BundleParse::checkEntries, &BundleParse::readRubrics,
                          &BundleParse::readTags, &BundleParse::readUseCases, &BundleParse::readAttachments,
                          &BundleParse::readAssessments, &BundleParse::readTombstones,
                          &BundleParse::readWorkshops, &BundleParse::checkCounts}) {
            if (Status s = (this->*step)(); !s)
                return s;
        }
        return {};
    }
    Bundle takeBundle() { return std::move(m_bundle); }

private:
    Status readManifest();
    Status checkEntries(); ///< every entry listed in the manifest with its size and SHA-256 (hashed once)
    Status readRubrics();
    Status readTags();
    Status readUseCases();
    Status readAttachments();
    Status readAssessments();
    Status readTombstones();
    Status readWorkshops(); ///< format 1.2, optional
    Status checkCounts();

    const Check &m_check;
    const ZipLimits &m_limits;
    QHash<QString, QByteArray> m_data; ///< entries not parsed yet (documents are taken out once parsed)
    Bundle m_bundle;
    QJsonObject m_manifestJson;
    bool m_newerMinor = false;
    int m_records = 0; ///< use cases, assessments and deleted records read so far
    QHash<QString, QString> m_entryHashes; ///< entry name -> SHA-256 (hex)
    QHash<QString, Rubric> m_rubrics;
    QSet<QString> m_tags;
    QSet<QString> m_useCaseUuids, m_referenced, m_assessmentUuids;
};

Status BundleParse::readManifest()
{
    auto &data = m_data;
    Bundle &bundle = m_bundle;
    const Check &check = m_check;
    if (!data.contains(BundleFormat::manifestName()))
        return check.reject(tr("This is not a Casebook bundle (it has no manifest)."));
    auto manifestDoc =
        parseDocument(check, BundleFormat::manifestName(), data.take(BundleFormat::manifestName()));
    if (!manifestDoc)
        return manifestDoc.error();
    m_manifestJson = *manifestDoc;
    const QJsonObject &m = m_manifestJson;
    if (m.value(QStringLiteral("format")).toString() != QLatin1String(BundleFormat::kFormatName))
        return check.reject(
            tr("This is not a Casebook bundle."),
            QStringLiteral("format is '%1'").arg(m.value(QStringLiteral("format")).toString()));
    Manifest &man = bundle.manifest;
    man.formatVersion = m.value(QStringLiteral("format_version")).toString();
    man.minReaderVersion = m.value(QStringLiteral("min_reader_version")).toString();
    int major = 0, minor = 0, minMajor = 0, minMinor = 0;
    if (!BundleFormat::parseVersion(man.formatVersion, &major, &minor) || major < 1)
        return check.reject(tr("The bundle's manifest is invalid (format_version)."), man.formatVersion);
    if (major > BundleFormat::kMajor)
        return check.newer(man.formatVersion);
    if (!man.minReaderVersion.isEmpty()) {
        if (!BundleFormat::parseVersion(man.minReaderVersion, &minMajor, &minMinor))
            return check.reject(tr("The bundle's manifest is invalid (min_reader_version)."),
                                man.minReaderVersion);
        if (minMajor > BundleFormat::kMajor
            || (minMajor == BundleFormat::kMajor && minMinor > BundleFormat::kMinor))
            return check.newer(man.minReaderVersion);
    }
    m_newerMinor = major == BundleFormat::kMajor && minor > BundleFormat::kMinor;
    const bool newerMinor = m_newerMinor;
    if (auto e =
            unknownKeys(check, m,
                        {QStringLiteral("format"), QStringLiteral("format_version"),
                         QStringLiteral("min_reader_version"), QStringLiteral("app_version"),
                         QStringLiteral("created_at"), QStringLiteral("creator"), QStringLiteral("lean"),
                         QStringLiteral("selection"), QStringLiteral("counts"), QStringLiteral("entries")},
                        BundleFormat::manifestName(), newerMinor))
        return *e;
    auto manifestField = [&check](const QString &field) {
        return check.reject(tr("The bundle's manifest is invalid (%1).").arg(field));
    };
    man.appVersion = m.value(QStringLiteral("app_version")).toString();
    if (!m.value(QStringLiteral("app_version")).isString() || man.appVersion.size() > 64)
        return manifestField(QStringLiteral("app_version"));
    man.createdAt = fromIsoUtc(m.value(QStringLiteral("created_at")).toString());
    if (!man.createdAt.isValid())
        return manifestField(QStringLiteral("created_at"));
    const QJsonValue creator = m.value(QStringLiteral("creator"));
    // Shown in the preview and the plan: read as one line, so it cannot fake lines there.
    if (creator.isString()) {
        man.creator.name = UseCaseValidator::asSingleLine(creator.toString());
    } else if (creator.isObject()) {
        const QJsonObject c = creator.toObject();
        for (const auto &[key, target] :
             {std::pair{QStringLiteral("name"), &man.creator.name},
              std::pair{QStringLiteral("organization"), &man.creator.organization},
              std::pair{QStringLiteral("email"), &man.creator.email}}) {
            const QJsonValue v = c.value(key);
            if (!v.isUndefined() && !v.isNull() && !v.isString())
                return manifestField(QStringLiteral("creator.") + key);
            *target = UseCaseValidator::asSingleLine(v.toString());
            if (target->size() > 500)
                return manifestField(QStringLiteral("creator.") + key);
        }
    } else {
        return manifestField(QStringLiteral("creator"));
    }
    const QJsonValue lean = m.value(QStringLiteral("lean"));
    if (!lean.isUndefined() && !lean.isBool())
        return manifestField(QStringLiteral("lean"));
    man.lean = lean.toBool(false);
    man.selection = m.value(QStringLiteral("selection")).toString().left(2000);
    if (!m.value(QStringLiteral("counts")).isObject())
        return manifestField(QStringLiteral("counts"));
    man.counts = m.value(QStringLiteral("counts")).toObject();
    bundle.records.creator = man.creator.name;
    bundle.records.createdAt = man.createdAt;
    bundle.records.attachmentsMayBeMissing = man.lean;
    return {};
}

Status BundleParse::checkEntries()
{
    auto &data = m_data;
    const Check &check = m_check;
    const QJsonObject &m = m_manifestJson;
    auto manifestField = [this](const QString &field) {
        return m_check.reject(tr("The bundle's manifest is invalid (%1).").arg(field));
    };
    // Every other entry is listed in the manifest with its size and SHA-256, and nothing else is.
    const QJsonValue entriesValue = m.value(QStringLiteral("entries"));
    if (!entriesValue.isArray())
        return manifestField(QStringLiteral("entries"));
    QSet<QString> listed;
    for (const QJsonValue &v : entriesValue.toArray()) {
        const QJsonObject e = v.toObject();
        const QString name = e.value(QStringLiteral("name")).toString();
        const double size = e.value(QStringLiteral("size")).toDouble(-1);
        const QString sha = e.value(QStringLiteral("sha256")).toString();
        if (!v.isObject() || name.isEmpty() || !e.value(QStringLiteral("size")).isDouble() || size < 0
            || size != double(qint64(size)) || !isHash(sha))
            return manifestField(QStringLiteral("entries"));
        if (name == BundleFormat::manifestName() || !BundleFormat::isAllowedName(name))
            return check.reject(
                tr("The bundle's manifest lists a file outside the allowed layout: %1.").arg(name));
        if (listed.contains(name))
            return check.reject(tr("The bundle's manifest lists the file %1 twice.").arg(name));
        listed.insert(name);
        if (!data.contains(name))
            return check.reject(tr("The bundle is incomplete: the file %1 is missing.").arg(name));
        const QByteArray &bytes = data[name];
        if (qint64(bytes.size()) != qint64(size))
            return check.reject(
                tr("The bundle is damaged at entry %1 (its size differs from the manifest).").arg(name),
                QStringLiteral("manifest %1 bytes, entry %2 bytes").arg(qint64(size)).arg(bytes.size()));
        const QString actual = sha256Hex(bytes);
        m_entryHashes.insert(name, actual);
        if (actual != sha)
            return check.reject(
                tr("The bundle is damaged at entry %1 (its SHA-256 fingerprint differs from the "
                   "manifest).")
                    .arg(name),
                QStringLiteral("manifest %1, entry %2").arg(sha, actual));
    }
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (it.key() != BundleFormat::manifestName() && !listed.contains(it.key()))
            return check.reject(
                tr("The bundle contains a file its manifest does not list: %1.").arg(it.key()));
    }
    for (const QString &required : {BundleFormat::useCasesName(), BundleFormat::rubricsName(),
                                    BundleFormat::assessmentsName(), BundleFormat::tagsName()}) {
        if (!data.contains(required))
            return check.reject(tr("The bundle is incomplete: the file %1 is missing.").arg(required));
    }
    return {};
}

Status BundleParse::readRubrics()
{
    auto &data = m_data;
    Bundle &bundle = m_bundle;
    const Check &check = m_check;
    const bool newerMinor = m_newerMinor;
    QHash<QString, Rubric> &rubrics = m_rubrics;
    auto rubricsDoc =
        parseDocument(check, BundleFormat::rubricsName(), data.take(BundleFormat::rubricsName()));
    if (!rubricsDoc)
        return rubricsDoc.error();
    if (auto e = unknownKeys(check, *rubricsDoc, {QStringLiteral("rubrics")}, BundleFormat::rubricsName(),
                             newerMinor))
        return *e;
    auto rubricList =
        requiredArray(check, *rubricsDoc, QStringLiteral("rubrics"), BundleFormat::rubricsName());
    if (!rubricList)
        return rubricList.error();
    for (int i = 0; i < rubricList->size(); ++i) {
        auto r = RubricJson::fromJson(rubricList->at(i).toObject());
        if (!rubricList->at(i).isObject() || !r || r->uuid.isEmpty())
            return check.reject(
                tr("Rubric %1 in %2 is invalid: %3")
                    .arg(i + 1)
                    .arg(BundleFormat::rubricsName(), r ? tr("it has no uuid.") : r.error().message));
        if (rubrics.contains(r->uuid))
            return check.reject(tr("The rubric %1 appears twice.").arg(r->uuid));
        rubrics.insert(r->uuid, *r);
        bundle.records.rubrics.append(*r);
    }
    return {};
}

Status BundleParse::readTags()
{
    auto &data = m_data;
    const Check &check = m_check;
    const bool newerMinor = m_newerMinor;
    QSet<QString> &tags = m_tags;
    auto tagsDoc = parseDocument(check, BundleFormat::tagsName(), data.take(BundleFormat::tagsName()));
    if (!tagsDoc)
        return tagsDoc.error();
    if (auto e = unknownKeys(check, *tagsDoc, {QStringLiteral("tags")}, BundleFormat::tagsName(), newerMinor))
        return *e;
    auto tagList = requiredArray(check, *tagsDoc, QStringLiteral("tags"), BundleFormat::tagsName());
    if (!tagList)
        return tagList.error();
    for (const QJsonValue &v : *tagList) {
        if (!v.isString())
            return check.reject(
                tr("The document %1 does not have the expected form.").arg(BundleFormat::tagsName()));
        if (Status s = UseCaseJson::validateTag(v.toString()); !s)
            return check.reject(tr("The tag list is invalid: %1.").arg(s.error().message));
        const QString key = UseCaseJson::normalizeTag(v.toString()).toCaseFolded();
        if (tags.contains(key))
            return check.reject(tr("The tag %1 is listed twice.").arg(v.toString()));
        tags.insert(key);
    }
    return {};
}

Status BundleParse::readUseCases()
{
    auto &data = m_data;
    Bundle &bundle = m_bundle;
    const Check &check = m_check;
    const bool newerMinor = m_newerMinor;
    QSet<QString> &tags = m_tags;
    QSet<QString> &useCaseUuids = m_useCaseUuids;
    QSet<QString> &referenced = m_referenced;
    Manifest &man = m_bundle.manifest;
    auto useCaseDocs = readList(check, data, BundleFormat::useCasesName(), QStringLiteral("use_cases"),
                                newerMinor, m_limits.maxRecords, &m_records);
    if (!useCaseDocs)
        return useCaseDocs.error();
    const QJsonArray *useCaseList = &useCaseDocs->items;
    const QJsonObject &ancestry = useCaseDocs->ancestry;
    QSet<QString> codes;
    QStringList unknownFields;
    UseCaseJson::ParseOptions options;
    options.allowMissingIdentity = false;
    options.keepUnknownFields = true;
    const auto parse = [&options](const QJsonValue &v) {
        return UseCaseJson::fromJson(v.toObject(), options);
    };
    const auto take = [&](int i, const QJsonValue &v, Result<UseCase> u) -> Status {
        if (!v.isObject())
            return check.reject(
                tr("Use case %1 in %2 is not an object.").arg(i + 1).arg(BundleFormat::useCasesName()));
        if (!u)
            return check.reject(
                tr("Use case %1 (\"%2\") is invalid: %3")
                    .arg(i + 1)
                    .arg(v.toObject().value(QStringLiteral("title")).toString().left(80), u.error().message));
        if (u->revision < 1)
            return check.reject(
                tr("Use case %1 (\"%2\") is invalid: %3")
                    .arg(i + 1)
                    .arg(u->title.left(80),
                         tr("revision: must be a whole number from 1 to %1").arg(Revision::kMax)));
        if (useCaseUuids.contains(u->uuid))
            return check.reject(tr("The use case %1 appears twice.").arg(u->uuid));
        useCaseUuids.insert(u->uuid);
        if (codes.contains(u->code.toCaseFolded()))
            return check.reject(tr("The code %1 is used by two use cases.").arg(u->code));
        codes.insert(u->code.toCaseFolded());
        for (const QString &t : std::as_const(u->tags)) {
            if (!tags.contains(t.toCaseFolded()))
                return check.reject(tr("The use case \"%1\" has the tag %2, which %3 does not list.")
                                        .arg(u->title.left(80), t, BundleFormat::tagsName()));
        }
        for (const AttachmentRef &a : std::as_const(u->attachments)) {
            const QString name = BundleFormat::attachmentName(a.sha256);
            if (data.contains(name)) {
                if (qint64(data[name].size()) != a.size)
                    return check.reject(tr("The attachment %1 of \"%2\" does not have the size its use case "
                                           "gives.")
                                            .arg(a.fileName, u->title.left(80)));
                referenced.insert(name);
            } else if (!man.lean) {
                return check.reject(
                    tr("The use case \"%1\" names the attachment %2, which is missing from the "
                       "bundle.")
                        .arg(u->title.left(80), a.fileName),
                    a.sha256);
            }
        }
        if (!u->extra.isEmpty()) {
            for (const QString &k : u->extra.keys()) {
                if (!unknownFields.contains(k))
                    unknownFields.append(k);
            }
        }
        IncomingUseCase in;
        in.useCase = std::move(*u);
        const QJsonValue anc = ancestry.value(in.useCase.uuid);
        if (!anc.isUndefined()) {
            const QJsonArray list = anc.toArray();
            if (!anc.isArray() || list.size() > BundleFormat::kMaxAncestry)
                return check.reject(tr("The ancestry of \"%1\" is invalid.").arg(in.useCase.title.left(80)));
            for (const QJsonValue &h : list) {
                if (!isHash(h.toString()))
                    return check.reject(
                        tr("The ancestry of \"%1\" is invalid.").arg(in.useCase.title.left(80)));
                in.ancestry.append(h.toString());
            }
        }
        bundle.records.useCases.append(std::move(in));
        return {};
    };
    if (Status s = parseInOrder(*useCaseList, parse, take); !s)
        return s;
    for (auto it = ancestry.constBegin(); it != ancestry.constEnd(); ++it) {
        if (!useCaseUuids.contains(it.key()))
            return check.reject(
                tr("The ancestry names a use case that is not in the bundle: %1.").arg(it.key()));
    }
    if (!unknownFields.isEmpty())
        bundle.warnings.append(tr("Fields from a newer Casebook were kept as they are: %1.")
                                   .arg(unknownFields.join(QLatin1String(", "))));
    return {};
}

Status BundleParse::readAttachments()
{
    auto &data = m_data;
    Bundle &bundle = m_bundle;
    const Check &check = m_check;
    QSet<QString> &referenced = m_referenced;
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (!it.key().startsWith(BundleFormat::attachmentPrefix()))
            continue;
        const QString hash = it.key().mid(BundleFormat::attachmentPrefix().size());
        if (m_entryHashes.value(it.key()) != hash) // hashed once, when checked against the manifest
            return check.reject(
                tr("The bundle is damaged at entry %1 (its content does not match its name).").arg(it.key()));
        if (!referenced.contains(it.key()))
            return check.reject(
                tr("The bundle contains an attachment that no use case names: %1.").arg(it.key()));
        bundle.records.attachments.insert(hash, it.value());
    }
    return {};
}

Status BundleParse::readAssessments()
{
    auto &data = m_data;
    Bundle &bundle = m_bundle;
    const Check &check = m_check;
    const bool newerMinor = m_newerMinor;
    QHash<QString, Rubric> &rubrics = m_rubrics;
    QSet<QString> &useCaseUuids = m_useCaseUuids;
    QSet<QString> &assessmentUuids = m_assessmentUuids;
    auto assessmentDocs =
        readList(check, data, BundleFormat::assessmentsName(), QStringLiteral("assessments"), newerMinor,
                 m_limits.maxRecords, &m_records);
    if (!assessmentDocs)
        return assessmentDocs.error();
    const QJsonArray *assessmentList = &assessmentDocs->items;
    QSet<QString> assessmentKeys;
    const auto parse = [](const QJsonValue &v) { return AssessmentJson::fromJson(v.toObject()); };
    const auto take = [&](int i, const QJsonValue &v, Result<Assessment> a) -> Status {
        if (!v.isObject() || !a)
            return check.reject(tr("Assessment %1 is invalid: %2")
                                    .arg(i + 1)
                                    .arg(a ? tr("it is not an object.") : a.error().message));
        if (assessmentUuids.contains(a->uuid))
            return check.reject(tr("The assessment %1 appears twice.").arg(a->uuid));
        assessmentUuids.insert(a->uuid);
        const QString key = a->useCaseUuid + a->rubricUuid + a->assessorName.toCaseFolded();
        if (assessmentKeys.contains(key))
            return check.reject(
                tr("%1 assessed the same use case twice against the same rubric.").arg(a->assessorName));
        assessmentKeys.insert(key);
        if (!useCaseUuids.contains(a->useCaseUuid))
            return check.reject(
                tr("The assessment by %1 names a use case that is not in the bundle.").arg(a->assessorName),
                a->useCaseUuid);
        if (!rubrics.contains(a->rubricUuid))
            return check.reject(
                tr("The assessment by %1 names a rubric that is not in the bundle.").arg(a->assessorName),
                a->rubricUuid);
        const Rubric &rubric = rubrics[a->rubricUuid];
        for (const CriterionScore &s : std::as_const(a->scores)) {
            if (!rubric.criterion(s.criterionId))
                return check.reject(
                    tr("The assessment by %1 scores a criterion its rubric does not have: %2.")
                        .arg(a->assessorName, s.criterionId));
            if (s.state == ScoreState::Level && (s.level < rubric.scaleMin || s.level > rubric.scaleMax))
                return check.reject(tr("The assessment by %1 gives %2 a level outside the rubric's scale.")
                                        .arg(a->assessorName, s.criterionId));
        }
        bundle.records.assessments.append(std::move(*a));
        return {};
    };
    return parseInOrder(*assessmentList, parse, take);
}

Status BundleParse::readTombstones()
{
    auto &data = m_data;
    Bundle &bundle = m_bundle;
    const Check &check = m_check;
    const bool newerMinor = m_newerMinor;
    QSet<QString> &useCaseUuids = m_useCaseUuids;
    QSet<QString> &assessmentUuids = m_assessmentUuids;
    {
        auto docs = readList(check, data, BundleFormat::tombstonesName(), QStringLiteral("tombstones"),
                             newerMinor, m_limits.maxRecords, &m_records);
        if (!docs)
            return docs.error();
        const QJsonArray *list = &docs->items;
        QSet<QString> seen;
        for (const QJsonValue &v : *list) {
            const QJsonObject o = v.toObject();
            IncomingTombstone t;
            t.uuid =
                QUuid::fromString(o.value(QStringLiteral("uuid")).toString()).toString(QUuid::WithoutBraces);
            t.kind = o.value(QStringLiteral("kind")).toString();
            t.deletedAt = fromIsoUtc(o.value(QStringLiteral("deleted_at")).toString());
            t.deletedBy = o.value(QStringLiteral("deleted_by")).toString().left(500);
            if (!v.isObject() || QUuid::fromString(t.uuid).isNull() || !t.deletedAt.isValid()
                || (t.kind != QLatin1String("use_case") && t.kind != QLatin1String("assessment")))
                return check.reject(tr("The list of deleted records is invalid."));
            if (seen.contains(t.uuid) || useCaseUuids.contains(t.uuid) || assessmentUuids.contains(t.uuid))
                return check.reject(
                    tr("The record %1 is both present and deleted, or deleted twice.").arg(t.uuid));
            seen.insert(t.uuid);
            bundle.records.tombstones.append(t);
        }
    }
    return {};
}

Status BundleParse::readWorkshops()
{
    if (!m_data.contains(BundleFormat::workshopsName()))
        return {};
    auto doc =
        parseDocument(m_check, BundleFormat::workshopsName(), m_data.take(BundleFormat::workshopsName()));
    if (!doc)
        return doc.error();
    if (Status s =
            BundleWorkshops::read(*doc, m_newerMinor, m_limits.maxRecords, &m_records, m_bundle.records);
        !s)
        return m_check.reject(s.error().message, s.error().detail);
    return {};
}

Status BundleParse::checkCounts()
{
    Bundle &bundle = m_bundle;
    const Check &check = m_check;
    QSet<QString> &tags = m_tags;
    Manifest &man = m_bundle.manifest;
    const QList<QPair<QString, qsizetype>> counts{
        {QStringLiteral("use_cases"), bundle.records.useCases.size()},
        {QStringLiteral("rubrics"), bundle.records.rubrics.size()},
        {QStringLiteral("assessments"), bundle.records.assessments.size()},
        {QStringLiteral("tags"), qsizetype(tags.size())},
        {QStringLiteral("attachments"), qsizetype(bundle.records.attachments.size())},
        {QStringLiteral("tombstones"), bundle.records.tombstones.size()},
        {QStringLiteral("workshops"), bundle.records.workshops.size()},
        {QStringLiteral("round_sheets"), bundle.records.roundSheets.size()}};
    for (const auto &[key, actual] : counts) {
        const QJsonValue v = man.counts.value(key);
        if (!v.isUndefined() && (!v.isDouble() || qint64(v.toDouble()) != qint64(actual)))
            return check.reject(tr("The bundle's manifest does not match its content (%1).").arg(key),
                                QStringLiteral("manifest %1, found %2").arg(v.toDouble()).arg(actual));
    }
    return {};
}

/// Refuses, before anything is unpacked, JSON documents that together declare more than the limit:
/// parsed, they take several times their bytes.
Status checkDocumentsSize(const Check &check, const QVector<SafeZipReader::EntryInfo> &entries,
                          const ZipLimits &limits)
{
    qint64 total = 0;
    for (const SafeZipReader::EntryInfo &e : entries) {
        if (!e.name.startsWith(BundleFormat::attachmentPrefix()))
            total += e.size;
    }
    if (total <= limits.maxDocumentsSize)
        return {};
    const auto mb = [](qint64 bytes) { return QString::number(double(bytes) / (1024 * 1024), 'f', 1); };
    return check.reject(
        BundleReader::tr("Its JSON documents are too large when unpacked (%1 MB; the limit is %2 MB).")
            .arg(mb(total), mb(limits.maxDocumentsSize)),
        QStringLiteral("%1 bytes of JSON documents declared").arg(total));
}

/// The file's SHA-256, to recognise the same bundle in the import log.
Result<QString> sha256OfFile(const QString &path)
{
    QFile f(path);
    const QString hash = f.open(QIODevice::ReadOnly) ? sha256Hex(f) : QString();
    if (hash.isEmpty())
        return makeError(ErrorCode::Storage, BundleReader::tr("%1 cannot be read.").arg(path),
                         f.errorString());
    return hash;
}

/// Unpacks the archive with SafeZipReader (bounded, the bundle's layout as name filter). Once its
/// directory is found sound, starts `hashing` the whole file (sha256OfFile) on another core while
/// this one unpacks (issue 13: 50 ms of an import of 10,000); a file refused before that is never
/// hashed. The caller waits for `hashing` whenever it was started.
Result<QHash<QString, QByteArray>> unpack(const Check &check, const QString &path, const ZipLimits &limits,
                                          std::future<Result<QString>> &hashing)
{
    SafeZipReader zip(limits);
    // Case-insensitive here, so that names differing only in case are reported as such; the
    // manifest check then holds every name to its exact spelling.
    zip.setNameFilter([](const QString &name) { return BundleFormat::isAllowedName(name.toLower()); });
    auto listed = zip.inspect(path);
    if (!listed)
        return listed.error().code == ErrorCode::InputRejected
            ? check.reject(listed.error().message, listed.error().detail)
            : listed.error();
    if (Status s = checkDocumentsSize(check, *listed, limits); !s)
        return s.error();
    hashing = std::async(std::launch::async, [path] { return sha256OfFile(path); });
    auto entries = zip.readAll(path);
    if (!entries) {
        if (entries.error().code != ErrorCode::InputRejected)
            return entries.error();
        return check.reject(entries.error().message, entries.error().detail);
    }
    QHash<QString, QByteArray> data;
    for (SafeZipReader::Entry &e : *entries)
        data.insert(e.name, std::move(e.data));
    return data;
}

} // namespace

BundleReader::BundleReader(const ZipLimits &limits)
    : m_limits(limits)
{ }

Result<BundleReader::Bundle> BundleReader::read(const QString &path) const
{
    const QFileInfo info(path);
    const Check check(info.fileName());
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        return check.reject(tr("This is not a file."));

    const ZipLimits limits = m_limits ? *m_limits : ZipLimits::forFileSize(info.size());
    std::future<Result<QString>> hashing;
    auto entries = unpack(check, path, limits, hashing);
    if (!entries)
        return entries.error();
    Bundle bundle;
    bundle.fileSize = info.size();
    auto fileHash = hashing.get();
    if (!fileHash)
        return fileHash.error();
    bundle.records.sourceSha256 = *fileHash;
    bundle.records.sourceName = info.fileName();
    bundle.records.sourceKind = QStringLiteral("bundle");

    BundleParse parse(check, limits, std::move(*entries), std::move(bundle));
    if (Status s = parse.run(); !s)
        return s.error();
    return parse.takeBundle();
}

} // namespace casebook
