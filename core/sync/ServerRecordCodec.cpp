#include "sync/ServerRecordCodec.h"

#include "merge/UseCaseContent.h"
#include "model/AssessmentJson.h"
#include "model/RubricJson.h"
#include "model/UseCaseJson.h"
#include "support/Clock.h"
#include "support/Sha256.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace casebook {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Error rejected(const QString &message, const QString &detail = {})
{
    return makeError(ErrorCode::InputRejected, message, detail);
}

bool isHash(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

} // namespace

Result<IncomingRecords> ServerRecordCodec::toIncoming(const ServerChanges &changes,
                                                      const QHash<QString, QByteArray> &attachments)
{
    IncomingRecords in;
    in.sourceKind = QStringLiteral("sync");
    in.codesAreShared = true;
    in.attachmentsMayBeMissing = true; // a member may have pushed a record received without its bytes
    UseCaseJson::ParseOptions options;
    options.allowMissingIdentity = false;
    options.keepUnknownFields = true;
    for (const ServerRecord &r : changes.useCases) {
        auto u = UseCaseJson::fromJson(QJsonDocument::fromJson(r.document).object(), options);
        if (!u)
            return rejected(
                tr("The team repository sent an invalid use case (%1): %2").arg(r.uuid, u.error().message));
        if (u->uuid != r.uuid)
            return rejected(
                tr("The team repository sent a use case under the wrong identity: %1.").arg(r.uuid));
        IncomingUseCase iu;
        iu.useCase = *u;
        for (const QString &h : r.ancestry) {
            if (!isHash(h))
                return rejected(tr("The team repository sent an invalid ancestry for %1.").arg(r.uuid));
            iu.ancestry.append(h);
        }
        in.useCases.append(iu);
    }
    for (const ServerRecord &r : changes.rubrics) {
        auto rubric = RubricJson::fromJson(QJsonDocument::fromJson(r.document).object());
        if (!rubric)
            return rejected(tr("The team repository sent an invalid rubric (%1): %2")
                                .arg(r.uuid, rubric.error().message));
        in.rubrics.append(*rubric);
    }
    for (const ServerRecord &r : changes.assessments) {
        auto a = AssessmentJson::fromJson(QJsonDocument::fromJson(r.document).object());
        if (!a)
            return rejected(
                tr("The team repository sent an invalid assessment (%1): %2").arg(r.uuid, a.error().message));
        in.assessments.append(*a);
    }
    for (const ServerTombstone &t : changes.tombstones)
        in.tombstones.append(IncomingTombstone{t.uuid, t.kind, fromIsoUtc(t.deletedAt), t.deletedBy});
    for (auto it = attachments.constBegin(); it != attachments.constEnd(); ++it) {
        if (sha256Hex(it.value()) != it.key())
            return rejected(
                tr("The team repository sent an attachment whose content does not match its hash."),
                it.key());
        in.attachments.insert(it.key(), it.value());
    }
    return in;
}

ServerRecord ServerRecordCodec::fromUseCase(const IncomingUseCase &useCase)
{
    ServerRecord r;
    r.uuid = useCase.useCase.uuid;
    r.contentHash = UseCaseContent::hash(useCase.useCase);
    r.document = compact(UseCaseJson::toJson(useCase.useCase));
    r.ancestry = useCase.ancestry;
    r.sharingLevel = useCase.useCase.sharingLevel;
    return r;
}

ServerRecord ServerRecordCodec::fromRubric(const Rubric &rubric)
{
    ServerRecord r;
    r.uuid = rubric.uuid;
    r.document = compact(RubricJson::toJson(rubric));
    return r;
}

ServerRecord ServerRecordCodec::fromAssessment(const Assessment &assessment)
{
    ServerRecord r;
    r.uuid = assessment.uuid;
    r.useCaseUuid = assessment.useCaseUuid;
    r.rubricUuid = assessment.rubricUuid;
    r.assessorId = AssessmentJson::assessorIdOf(assessment);
    r.contentHash = AssessmentJson::contentHash(assessment);
    r.document = compact(AssessmentJson::toJson(assessment));
    return r;
}

} // namespace casebook
