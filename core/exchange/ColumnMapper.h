#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

/// Which use-case field each column of a sheet holds.
struct ColumnMapping
{
    QStringList fields; ///< one entry per column: the field key, or empty when unmapped
    QList<int> unmapped; ///< columns with a non-empty header that matches no field: ask the user
    QList<int> duplicates; ///< columns whose field an earlier column already took (left unmapped)

    /// The column holding `field`, or -1.
    int columnOf(const QString &field) const { return fields.indexOf(field); }
    bool isComplete() const { return unmapped.isEmpty() && duplicates.isEmpty(); }
};

/// Maps spreadsheet header names to use-case field keys using a table of synonyms in the six UN
/// languages (resources/exchange/column-synonyms.json: data, not code).
///
/// Matching compares normalised names: Unicode compatibility decomposition, accents and other combining
/// marks dropped, case folded, Arabic tatweel dropped, and everything that is not a letter or a digit
/// removed. So "Deployment-Stage", "deployment_stage" and "DEPLOYMENT STAGE " are one name, as are
/// "Résumé" and "resume". A field key itself always matches its field. A few names ("ID", "Event",
/// "Service"...) mean a field only beside a given heading or field ("names_beside" in the table), so
/// a sheet with a "Service" column of its own is not taken for the template's step table.
class ColumnMapper
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapper)
public:
    /// The mapper built from the synonyms resource embedded in casebook_core.
    static const ColumnMapper &standard();
    /// Builds a mapper from a synonyms document (format "casebook-column-synonyms"); rejects a document
    /// that is malformed or lists one normalised name under two fields.
    static Result<ColumnMapper> fromJson(const QByteArray &json);

    /// The field keys of the table, in alphabetical order.
    const QStringList &fieldKeys() const { return m_fields; }
    /// The synonyms listed for `field`, as written in the table.
    QStringList synonyms(const QString &field) const { return m_synonyms.value(field); }
    /// The field a header name means, or an empty string.
    QString fieldFor(const QString &header) const { return m_index.value(normalise(header)); }
    /// The field a header name means in a sheet whose headers are `header`: fieldFor(), else a name
    /// that has a meaning only beside a given heading or field ("ID" beside "Name of use case", as
    /// the IEC 62559-2 template lays it out, is the use case's code; "Event" and "Service" are a
    /// step's beside a step-number column). Empty when neither applies.
    QString fieldFor(const QString &name, const QStringList &header) const;
    /// Maps every column of a header row; the first column that names a field wins.
    ColumnMapping map(const QStringList &header) const;

    /// The comparison form of a header name (see the class comment).
    static QString normalise(const QString &name);

private:
    ColumnMapper() = default;

    QStringList m_fields;
    QHash<QString, QStringList> m_synonyms;
    QHash<QString, QString> m_index; ///< normalised name -> field key
    /// A name that means `field` only beside the heading `heading` (normalised) or beside a column
    /// of the field `besideField`.
    struct BesideRule
    {
        QString field;
        QString heading;
        QString besideField;
    };
    QHash<QString, BesideRule> m_beside; ///< normalised name -> its rule
};

} // namespace casebook
