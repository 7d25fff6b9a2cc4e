#pragma once

#include "model/UseCase.h"
#include "model/UseCaseValidator.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace casebook {

/// The JSON form of a use case (documented in docs/usecase-json.md), used by `add --json`,
/// `show --format json`, the database document column and bundles.
class UseCaseJson
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseJson)
public:
    struct ParseOptions
    {
        /// Accept a record without uuid/code/timestamps (a new draft); they are filled in on insert.
        bool allowMissingIdentity = true;
        /// Keys this version does not know: kept in UseCase::extra (true) or rejected (false).
        /// Callers warn about kept ones with UseCase::extra.keys().
        bool keepUnknownFields = true;
        /// Apply UseCaseValidator's rules (true) or check only the JSON types (false: reading back
        /// a stored record, which may predate a rule; `casebook-cli check` applies every rule).
        bool applyRules = true;
    };

    /// Every field, with stable key order and snake_case names. Local row ids are not included.
    static QJsonObject toJson(const UseCase &useCase);

    /// Reads one use case (types, dates) and checks it with UseCaseValidator (lengths, characters,
    /// vocabularies, UUIDs, URLs, emails).
    /// The error message names the field, e.g. "verticals[1]: 'smart city' is not a known vertical
    /// (did you mean 'smart_city_services'?)".
    static Result<UseCase> fromJson(const QJsonObject &object, const ParseOptions &options);
    static Result<UseCase> fromJson(const QJsonObject &object) { return fromJson(object, ParseOptions()); }

    /// Every top-level key of the JSON form, in the order toJson() writes them.
    static const QStringList &fieldKeys();
    /// False when text holds control characters other than tab and line breaks.
    static bool hasAllowedCharacters(const QString &text);
    /// The email rule of the record: something@domain.tld, no spaces.
    static bool isValidEmail(const QString &email);
    /// The link rule of the record: an absolute URL with a host, or a urn: or mailto: address.
    static bool isValidLink(const QString &link);

    /// Checks a tag name: trimmed, 1..100 characters, one line without control or bidi characters,
    /// no empty path parts.
    static Status validateTag(const QString &tag);
    /// A tag with surrounding spaces and spaces around '/' removed.
    static QString normalizeTag(const QString &tag);
};

} // namespace casebook
