#include "storage/ServerRepository.h"

#include "storage/PgConnection.h"
#include "storage/ServerSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casebook {

namespace {

QString arrayLiteral(const QStringList &values)
{
    // Only hex hashes reach here (checked by the callers' sources); braces are PostgreSQL's array text form.
    return QLatin1Char('{') + values.join(QLatin1Char(',')) + QLatin1Char('}');
}

QStringList ancestryFrom(const QByteArray &json)
{
    QStringList out;
    const QJsonArray list = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : list)
        out.append(v.toString());
    return out;
}

QByteArray ancestryJson(const QStringList &ancestry)
{
    return QJsonDocument(QJsonArray::fromStringList(ancestry)).toJson(QJsonDocument::Compact);
}

} // namespace

ServerRepository::ServerRepository(PgConnection &pg)
    : m_pg(pg)
{ }

Result<QString> ServerRepository::serverId()
{
    auto r = m_pg.exec(QStringLiteral("SELECT id FROM casebook_server LIMIT 1"));
    if (!r)
        return r.error();
    if (r->isEmpty())
        return makeError(ErrorCode::NotCasebook,
                         tr("The team repository has no identity; run server init again."));
    return r->text(0, QStringLiteral("id"));
}

Result<ServerMember> ServerRepository::me()
{
    auto r = m_pg.exec(QStringLiteral(
        "SELECT current_user AS role_name, CASE WHEN d.datdba = (SELECT oid FROM pg_roles WHERE "
        "rolname = current_user) THEN 'owner' ELSE m.member_role END AS kind, "
        "coalesce(m.assessor_id, '') AS assessor_id FROM pg_database d "
        "LEFT JOIN members m ON m.role_name = current_user WHERE d.datname = current_database()"));
    if (!r)
        return r.error();
    ServerMember m;
    m.roleName = r->text(0, QStringLiteral("role_name"));
    m.kind = r->text(0, QStringLiteral("kind"));
    m.assessorId = r->text(0, QStringLiteral("assessor_id"));
    if (m.kind.isEmpty())
        return makeError(ErrorCode::InputRejected,
                         tr("%1 is not a member of this team repository; the secretariat adds members with "
                            "casebook-cli server add-member.")
                             .arg(m.roleName));
    return m;
}

Status ServerRepository::lockChangeSequence()
{
    auto r = m_pg.exec(QStringLiteral("SELECT pg_advisory_xact_lock(746911)"));
    return r ? Status() : Status(r.error());
}

Result<qint64> ServerRepository::lastSeq()
{
    // Each max() is one step down its table's index on seq.
    auto r = m_pg.exec(QStringLiteral("SELECT greatest(coalesce((SELECT max(seq) FROM use_cases), 0), "
                                      "coalesce((SELECT max(seq) FROM rubrics), 0), "
                                      "coalesce((SELECT max(seq) FROM assessments), 0), coalesce((SELECT "
                                      "max(seq) FROM tombstones), 0)) AS seq"));
    if (!r)
        return r.error();
    return r->number(0, QStringLiteral("seq"));
}

Result<ServerChanges> ServerRepository::changesSince(qint64 seq)
{
    ServerChanges out;
    out.fromSeq = out.toSeq = seq;
    auto useCases =
        m_pg.exec(QStringLiteral("SELECT uuid, revision, content_hash, document::text AS document, "
                                 "ancestry::text AS ancestry, sharing_level, seq FROM use_cases "
                                 "WHERE seq > $1 ORDER BY seq"),
                  {seq});
    if (!useCases)
        return useCases.error();
    for (int i = 0; i < useCases->size(); ++i) {
        ServerRecord r;
        r.uuid = useCases->text(i, QStringLiteral("uuid"));
        r.revision = useCases->number(i, QStringLiteral("revision"));
        r.contentHash = useCases->text(i, QStringLiteral("content_hash"));
        r.document = useCases->text(i, QStringLiteral("document")).toUtf8();
        r.ancestry = ancestryFrom(useCases->text(i, QStringLiteral("ancestry")).toUtf8());
        r.sharingLevel = useCases->text(i, QStringLiteral("sharing_level"));
        r.seq = useCases->number(i, QStringLiteral("seq"));
        out.toSeq = qMax(out.toSeq, r.seq);
        out.useCases.append(r);
    }
    auto rubrics = m_pg.exec(
        QStringLiteral(
            "SELECT uuid, definition::text AS document, seq FROM rubrics WHERE seq > $1 ORDER BY seq"),
        {seq});
    if (!rubrics)
        return rubrics.error();
    for (int i = 0; i < rubrics->size(); ++i) {
        ServerRecord r;
        r.uuid = rubrics->text(i, QStringLiteral("uuid"));
        r.document = rubrics->text(i, QStringLiteral("document")).toUtf8();
        r.seq = rubrics->number(i, QStringLiteral("seq"));
        out.toSeq = qMax(out.toSeq, r.seq);
        out.rubrics.append(r);
    }
    auto assessments =
        m_pg.exec(QStringLiteral("SELECT uuid, use_case_uuid, rubric_uuid, assessor_id, revision, "
                                 "content_hash, document::text AS document, seq FROM assessments "
                                 "WHERE seq > $1 ORDER BY seq"),
                  {seq});
    if (!assessments)
        return assessments.error();
    for (int i = 0; i < assessments->size(); ++i) {
        ServerRecord r;
        r.uuid = assessments->text(i, QStringLiteral("uuid"));
        r.useCaseUuid = assessments->text(i, QStringLiteral("use_case_uuid"));
        r.rubricUuid = assessments->text(i, QStringLiteral("rubric_uuid"));
        r.assessorId = assessments->text(i, QStringLiteral("assessor_id"));
        r.revision = assessments->number(i, QStringLiteral("revision"));
        r.contentHash = assessments->text(i, QStringLiteral("content_hash"));
        r.document = assessments->text(i, QStringLiteral("document")).toUtf8();
        r.seq = assessments->number(i, QStringLiteral("seq"));
        out.toSeq = qMax(out.toSeq, r.seq);
        out.assessments.append(r);
    }
    auto tombstones =
        m_pg.exec(QStringLiteral("SELECT uuid, kind, deleted_at, deleted_by, seq FROM tombstones "
                                 "WHERE seq > $1 ORDER BY seq"),
                  {seq});
    if (!tombstones)
        return tombstones.error();
    for (int i = 0; i < tombstones->size(); ++i) {
        ServerTombstone t;
        t.uuid = tombstones->text(i, QStringLiteral("uuid"));
        t.kind = tombstones->text(i, QStringLiteral("kind"));
        t.deletedAt = tombstones->text(i, QStringLiteral("deleted_at"));
        t.deletedBy = tombstones->text(i, QStringLiteral("deleted_by"));
        t.seq = tombstones->number(i, QStringLiteral("seq"));
        out.toSeq = qMax(out.toSeq, t.seq);
        out.tombstones.append(t);
    }
    return out;
}

Result<QHash<QString, QByteArray>> ServerRepository::attachments(const QStringList &hashes)
{
    QHash<QString, QByteArray> out;
    if (hashes.isEmpty())
        return out;
    auto r = m_pg.exec(QStringLiteral("SELECT sha256, data FROM attachments WHERE sha256 = ANY($1::text[])"),
                       {arrayLiteral(hashes)});
    if (!r)
        return r.error();
    for (int i = 0; i < r->size(); ++i)
        out.insert(r->text(i, QStringLiteral("sha256")), r->bytes(i, QStringLiteral("data")));
    return out;
}

Result<QSet<QString>> ServerRepository::attachmentsPresent(const QStringList &hashes)
{
    QSet<QString> out;
    if (hashes.isEmpty())
        return out;
    auto r = m_pg.exec(QStringLiteral("SELECT sha256 FROM attachments WHERE sha256 = ANY($1::text[])"),
                       {arrayLiteral(hashes)});
    if (!r)
        return r.error();
    for (int i = 0; i < r->size(); ++i)
        out.insert(r->text(i, QStringLiteral("sha256")));
    return out;
}

Status ServerRepository::putAttachment(const QString &sha256, const QByteArray &bytes)
{
    auto r = m_pg.exec(QStringLiteral("INSERT INTO attachments (sha256, size, data) VALUES ($1, $2, $3) "
                                      "ON CONFLICT (sha256) DO NOTHING"),
                       {sha256, qint64(bytes.size()), bytes});
    return r ? Status() : Status(r.error());
}

Status ServerRepository::putRubric(const QString &uuid, const QByteArray &definition)
{
    auto r = m_pg.exec(QStringLiteral("INSERT INTO rubrics (uuid, definition) VALUES ($1, $2::jsonb) "
                                      "ON CONFLICT (uuid) DO NOTHING"),
                       {uuid, QString::fromUtf8(definition)});
    return r ? Status() : Status(r.error());
}

Result<std::optional<qint64>> ServerRepository::put(const QString &insertSql, const QString &updateSql,
                                                    const QVariantList &binds, qint64 expectedRevision)
{
    QVariantList params = binds;
    if (expectedRevision > 0)
        params.append(expectedRevision);
    auto r = m_pg.exec(expectedRevision > 0 ? updateSql : insertSql, params);
    if (!r)
        return r.error();
    if (r->isEmpty())
        return std::optional<qint64>();
    return std::optional<qint64>(r->number(0, QStringLiteral("revision")));
}

Result<std::optional<qint64>> ServerRepository::putUseCase(const ServerRecord &record,
                                                           qint64 expectedRevision)
{
    const QVariantList binds{
        record.uuid,
        QJsonDocument::fromJson(record.document).object().value(QStringLiteral("code")).toString(),
        record.contentHash,
        record.sharingLevel,
        QString::fromUtf8(record.document),
        QString::fromUtf8(ancestryJson(record.ancestry))};
    auto put = this->put(
        QStringLiteral(
            "INSERT INTO use_cases (uuid, code, content_hash, sharing_level, document, ancestry) "
            "VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb) ON CONFLICT (uuid) DO NOTHING RETURNING revision"),
        QStringLiteral(
            "UPDATE use_cases SET code = $2, content_hash = $3, sharing_level = $4, document = $5::jsonb, "
            "ancestry = $6::jsonb WHERE uuid = $1 AND revision = $7 RETURNING revision"),
        binds, expectedRevision);
    if (put && put->has_value() && expectedRevision <= 0) {
        // A record restored after a deletion: the tombstone goes.
        if (auto r = m_pg.exec(QStringLiteral("DELETE FROM tombstones WHERE uuid = $1"), {record.uuid}); !r)
            return r.error();
    }
    return put;
}

Result<QStringList> ServerRepository::sharedWith(const QString &code)
{
    auto r = m_pg.exec(QStringLiteral("SELECT array_to_string(shared_with, ',') AS roles FROM use_cases "
                                      "WHERE code = $1 ORDER BY uuid"),
                       {code});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return makeError(ErrorCode::NotFound,
                         tr("The team repository has no use case %1 that you may see.").arg(code));
    if (r->size() > 1)
        return makeError(ErrorCode::Usage,
                         tr("The team repository has %1 use cases with the code %2; share them with psql by "
                            "their UUID.")
                             .arg(r->size())
                             .arg(code));
    return r->text(0, QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Status ServerRepository::shareWith(const QString &code, const QStringList &roles)
{
    for (const QString &role : roles) {
        if (!ServerSchema::isRoleName(role))
            return makeError(ErrorCode::Usage, tr("'%1' is not a role name.").arg(role));
    }
    if (auto current = sharedWith(code); !current)
        return current.error();
    const QString joined = roles.join(QLatin1Char(','));
    auto unknown =
        m_pg.exec(QStringLiteral("SELECT string_agg(r, ', ') AS missing FROM unnest(string_to_array($1, "
                                 "',')) AS r WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r)"),
                  {joined});
    if (!unknown)
        return unknown.error();
    if (!unknown->isNull(0, QStringLiteral("missing")))
        return makeError(ErrorCode::Usage,
                         tr("The server has no role %1; nothing was shared.")
                             .arg(unknown->text(0, QStringLiteral("missing"))));
    auto updated = m_pg.exec(
        QStringLiteral("UPDATE use_cases SET shared_with = string_to_array($2, ',') WHERE code = $1"),
        {code, joined});
    if (!updated)
        return updated.error();
    if (updated->affected() != 1)
        return makeError(
            ErrorCode::Storage,
            tr("The use case %1 changed on the server meanwhile; nothing was shared. Try again.").arg(code));
    return {};
}

Result<bool> ServerRepository::useCaseVisible(const QString &uuid)
{
    auto r = m_pg.exec(QStringLiteral("SELECT 1 AS present FROM use_cases WHERE uuid = $1"), {uuid});
    if (!r)
        return r.error();
    return !r->isEmpty();
}

Result<std::optional<qint64>> ServerRepository::putAssessment(const ServerRecord &record,
                                                              qint64 expectedRevision)
{
    const QVariantList binds{record.uuid,       record.useCaseUuid, record.rubricUuid,
                             record.assessorId, record.contentHash, QString::fromUtf8(record.document)};
    return put(
        QStringLiteral(
            "INSERT INTO assessments (uuid, use_case_uuid, rubric_uuid, assessor_id, content_hash, "
            "document) VALUES ($1, $2, $3, $4, $5, $6::jsonb) ON CONFLICT (uuid) DO NOTHING "
            "RETURNING revision"),
        QStringLiteral("UPDATE assessments SET content_hash = $5, document = $6::jsonb WHERE uuid = $1 AND "
                       "use_case_uuid = $2 AND rubric_uuid = $3 AND assessor_id = $4 AND revision = $7 "
                       "RETURNING revision"),
        binds, expectedRevision);
}

Result<bool> ServerRepository::deleteRecord(const ServerTombstone &tombstone, qint64 expectedRevision)
{
    const QString table = tombstone.kind == QLatin1String("assessment") ? QStringLiteral("assessments")
                                                                        : QStringLiteral("use_cases");
    auto present =
        m_pg.exec(QStringLiteral("SELECT revision FROM ") + table + QStringLiteral(" WHERE uuid = $1"),
                  {tombstone.uuid});
    if (!present)
        return present.error();
    if (!present->isEmpty()) {
        if (present->number(0, QStringLiteral("revision")) != expectedRevision)
            return false;
        auto del = m_pg.exec(QStringLiteral("DELETE FROM ") + table
                                 + QStringLiteral(" WHERE uuid = $1 AND revision = $2"),
                             {tombstone.uuid, expectedRevision});
        if (!del)
            return del.error();
        if (del->affected() != 1)
            return false;
    }
    auto r = m_pg.exec(
        QStringLiteral("INSERT INTO tombstones (uuid, kind, deleted_at, deleted_by) VALUES ($1, $2, $3, "
                       "$4) ON CONFLICT (uuid) DO NOTHING"),
        {tombstone.uuid, tombstone.kind, tombstone.deletedAt, tombstone.deletedBy});
    if (!r)
        return r.error();
    return true;
}

} // namespace casebook
