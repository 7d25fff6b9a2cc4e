#pragma once

#include "merge/IncomingRecords.h"
#include "model/UseCase.h"

#include <QJsonObject>
#include <QStringList>

namespace casebook {

/// What two copies of a use case are compared and merged on: the JSON form without bookkeeping
/// (revision, modified_at, modified_by) and without tags (tags merge as a union).
class UseCaseContent
{
public:
    /// The keys left out of the content: revision, modified_at, modified_by, tags.
    static const QStringList &excludedKeys();
    /// UseCaseJson::toJson() without excludedKeys(); each remaining top-level key is one "field" of
    /// a merge.
    static QJsonObject fields(const UseCase &useCase);
    /// Lowercase hex SHA-256 of fields() as compact JSON (keys sorted, as QJsonDocument writes them),
    /// without the keys whose value is empty ("", null, [], {}), at any depth of objects: a field
    /// added by a later version leaves the hash of a record that does not use it unchanged.
    /// Two copies with the same hash have the same content. Bundles carry it as `content_sha256` and
    /// the hashes of earlier versions as `ancestry`.
    static QString hash(const UseCase &useCase);
    /// The same hash for an object shaped like fields() (e.g. one field taken from each side).
    static QString hashOfFields(const QJsonObject &fields);
    /// hash() of a stored document (a history row); empty when the document cannot be read.
    static QString hashOfDocument(const QJsonObject &document);
    /// The fields of an incoming use case as compared with the local `mine`: identity fields the
    /// source left empty (uuid, code, created_at), and fields it does not provide, keep the local value.
    static QJsonObject incomingFields(const IncomingUseCase &incoming, const QJsonObject &mine);
};

} // namespace casebook
