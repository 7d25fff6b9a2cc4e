#include "bundle/BundleWriter.h"
#include "support/Sha256.h"

#include "bundle/BundleFormat.h"
#include "bundle/ZipWriter.h"
#include "casebook/Version.h"
#include "merge/UseCaseContent.h"
#include "model/AssessmentJson.h"
#include "model/RubricJson.h"
#include "model/UseCaseJson.h"
#include "support/Clock.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace casebook {

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

QMap<QString, QByteArray> BundleWriter::documents(const IncomingRecords &records)
{
    QList<IncomingUseCase> useCases = records.useCases;
    std::sort(useCases.begin(), useCases.end(), [](const IncomingUseCase &a, const IncomingUseCase &b) {
        return a.useCase.uuid < b.useCase.uuid;
    });
    QJsonArray list;
    QJsonObject ancestry;
    QStringList tags;
    for (const IncomingUseCase &u : std::as_const(useCases)) {
        list.append(UseCaseJson::toJson(u.useCase));
        if (!u.ancestry.isEmpty())
            ancestry.insert(u.useCase.uuid,
                            QJsonArray::fromStringList(u.ancestry.mid(0, BundleFormat::kMaxAncestry)));
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

    QList<Assessment> assessments = records.assessments;
    std::sort(assessments.begin(), assessments.end(),
              [](const Assessment &a, const Assessment &b) { return a.uuid < b.uuid; });
    QJsonArray assessmentList;
    for (const Assessment &a : std::as_const(assessments))
        assessmentList.append(AssessmentJson::toJson(a));

    QList<IncomingTombstone> tombstones = records.tombstones;
    std::sort(tombstones.begin(), tombstones.end(),
              [](const IncomingTombstone &a, const IncomingTombstone &b) { return a.uuid < b.uuid; });
    QJsonArray tombstoneList;
    for (const IncomingTombstone &t : std::as_const(tombstones))
        tombstoneList.append(QJsonObject{{QStringLiteral("uuid"), t.uuid},
                                         {QStringLiteral("kind"), t.kind},
                                         {QStringLiteral("deleted_at"), toIsoUtc(t.deletedAt)},
                                         {QStringLiteral("deleted_by"), t.deletedBy}});

    QMap<QString, QByteArray> out;
    out.insert(
        BundleFormat::useCasesName(),
        json(QJsonObject{{QStringLiteral("use_cases"), list}, {QStringLiteral("ancestry"), ancestry}}));
    out.insert(BundleFormat::rubricsName(), json(QJsonObject{{QStringLiteral("rubrics"), rubricList}}));
    out.insert(BundleFormat::assessmentsName(),
               json(QJsonObject{{QStringLiteral("assessments"), assessmentList}}));
    out.insert(BundleFormat::tagsName(),
               json(QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}}));
    out.insert(BundleFormat::tombstonesName(),
               json(QJsonObject{{QStringLiteral("tombstones"), tombstoneList}}));
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
                  {QStringLiteral("min_reader_version"), BundleFormat::versionString()},
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
    return json(m);
}

Result<qint64> BundleWriter::write(const IncomingRecords &records, const QString &path,
                                   const Options &options)
{
    const QMap<QString, QByteArray> docs = documents(records);
    QMap<QString, QByteArray> entries = docs;
    for (auto it = records.attachments.constBegin(); it != records.attachments.constEnd(); ++it)
        entries.insert(BundleFormat::attachmentName(it.key()), it.value());
    const int total = int(entries.size()) + 2;
    int done = 0;
    auto step = [&]() { return !options.progress || options.progress(++done, total); };
    auto cancelled = [&path]() {
        return makeError(
            ErrorCode::Cancelled,
            tr("The export to %1 was cancelled; nothing was written.").arg(QFileInfo(path).fileName()));
    };

    ZipWriter zip;
    zip.addEntry(BundleFormat::manifestName(), manifest(records, entries, options));
    if (!step())
        return cancelled();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        ZipWriter::Compression c = ZipWriter::Compression::Store;
        if (!it.key().startsWith(BundleFormat::attachmentPrefix())) {
            // Deflate JSON, unless it is so regular that a reader's bomb check would refuse it.
            const qint64 packed = qCompress(it.value(), 6).size();
            c = it.value().size() < 65536 || it.value().size() < packed * 80 ? ZipWriter::Compression::Deflate
                                                                             : ZipWriter::Compression::Store;
        }
        zip.addEntry(it.key(), it.value(), c);
        if (!step())
            return cancelled();
    }
    if (Status s = zip.write(path); !s)
        return Error{
            s.error().code,
            tr("The bundle %1 could not be written: %2").arg(QFileInfo(path).fileName(), s.error().message),
            s.error().detail};
    step();
    return QFileInfo(path).size();
}

} // namespace casebook
