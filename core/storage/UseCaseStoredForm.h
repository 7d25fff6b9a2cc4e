#pragma once

#include "model/UseCase.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace casebook {

/// What UseCaseRepository computes from a use case before it writes it: the stored document
/// (UseCaseJson without `tags`), its compact text, and the full-text row's summary and body. It
/// depends on the use case alone, so a bulk writer computes it for the next records on another
/// core while it writes this one (ImportWriter, issue 13), and the repository uses it when it
/// still fits the record it writes (isFor).
struct UseCaseStoredForm
{
    /// The number of today's form, stored beside each document written (use_cases.document_form,
    /// migration 012). Raise it whenever UseCaseJson::toJson writes anything differently: documents
    /// of an older form are then exported the long way (parsed and written again).
    static constexpr int kVersion = 1;
    /// The schema version from which the form is stored.
    static constexpr int kStoredFromSchema = 12;

    QJsonObject document;
    /// The compact text of `document`, and the full-text row's summary and body, in UTF-8: the
    /// repository binds them as bytes and casts them to text in SQL, so SQLite does not translate
    /// them from UTF-16 (Qt's way of binding text).
    QByteArray text;
    QByteArray summary;
    QByteArray body;

    /// Computes the form of `useCase` as given. Safe to call on several threads at once.
    static UseCaseStoredForm of(const UseCase &useCase);
    /// Whether this form, computed by of() from a record, still fits `useCase`, that record after
    /// the repository's normalisation: every field the repository may set before writing (uuid,
    /// code, title, times, editor, revision) has the value it was computed with. The other fields
    /// are not compared: the caller passes the form of the record it writes.
    bool isFor(const UseCase &useCase) const;

    /// A bundle's JSON of the use case whose stored document (in today's form) is `stored`: the same
    /// text with `"tags":[...]` added where QJsonDocument puts it (keys sorted), byte for byte
    /// what QJsonDocument(UseCaseJson::toJson(record)).toJson(Compact) writes. Empty when `stored`
    /// is not a compact object whose top-level keys can be compared as written (none escaped).
    static QByteArray bundleText(const QByteArray &stored, const QStringList &tags);

private:
    QString m_uuid;
    QString m_code;
    QString m_title;
    QDateTime m_createdAt;
    QDateTime m_modifiedAt;
    QString m_modifiedBy;
    int m_revision = 0;
};

} // namespace casebook
