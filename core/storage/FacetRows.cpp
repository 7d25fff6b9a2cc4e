#include "storage/FacetRows.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <string>

namespace casebook {

namespace {

const char *const kTables[] = {"use_case_verticals", "use_case_sdgs",      "use_case_regions",
                               "use_case_countries", "use_case_contexts",  "use_case_gap_facets",
                               "use_case_sdos",      "use_case_questions", "use_case_attachments"};

/// A JSON value as SQLite's JSON functions return it: text, integer (also for true and false),
/// real, NULL, or the JSON text of an array or object.
QVariant sqlValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return qlonglong(v.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        // Qt writes a whole number without a fraction, which SQLite then reads as an integer.
        const double d = v.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9007199254740992.0)
            return qlonglong(d);
        return d;
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return {};
}

/// The values json_each(document, '$.key') walks: an array's elements, an object's member values,
/// a scalar itself; none when the key is absent.
QList<QJsonValue> each(const QJsonObject &document, const char *key)
{
    const QJsonValue v = document.value(QLatin1String(key));
    QList<QJsonValue> out;
    if (v.isArray()) {
        for (const QJsonValue e : v.toArray())
            out.append(e);
    } else if (v.isObject()) {
        for (const QJsonValue e : v.toObject())
            out.append(e);
    } else if (!v.isUndefined()) {
        out.append(v);
    }
    return out;
}

/// json_extract(value, '$.member') for an element json_each gave.
QVariant member(const QJsonValue &element, const char *name)
{
    return element.isObject() ? sqlValue(element.toObject().value(QLatin1String(name))) : QVariant();
}

/// SQLite's trim(x): spaces (U+0020 only) off both ends; NULL stays NULL.
QVariant sqlTrim(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QString s = v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 15) : v.toString();
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && s.at(begin) == QLatin1Char(' '))
        ++begin;
    while (end > begin && s.at(end - 1) == QLatin1Char(' '))
        --end;
    return s.mid(begin, end - begin);
}

/// `coalesce(x, '') <> ''`: true for any number and for text that is not empty.
bool given(const QVariant &v)
{
    return !v.isNull() && !(v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

/// The schema version from which the application writes the rows (010_facet_rows).
constexpr int kWrittenHereFrom = 10;

} // namespace

FacetRows::FacetRows(Database &db)
    : m_db(db)
{ }

bool FacetRows::writtenByTriggers() const
{
    const int version = m_db.schemaVersion();
    return version >= 0 && version < kWrittenHereFrom;
}

Status FacetRows::write(qint64 id, const QJsonObject &document)
{
    if (writtenByTriggers())
        return {};
    struct Row
    {
        const char *table;
        QVariant value;
    };
    QList<Row> rows;
    const auto values = [&](const char *table, const char *key) {
        for (const QJsonValue &v : each(document, key))
            rows.append({table, sqlValue(v)});
    };
    const auto members = [&](const char *table, const char *key, const char *name, bool trimmed) {
        for (const QJsonValue &v : each(document, key)) {
            const QVariant value = trimmed ? sqlTrim(member(v, name)) : member(v, name);
            if (given(value))
                rows.append({table, value});
        }
    };
    values("use_case_verticals", "verticals");
    values("use_case_sdgs", "sdgs");
    values("use_case_regions", "regions");
    values("use_case_countries", "countries");
    members("use_case_contexts", "development_contexts", "context", false);
    members("use_case_gap_facets", "gaps", "facet", false);
    members("use_case_sdos", "gaps", "candidate_sdo", true);
    members("use_case_sdos", "standards", "body", true);
    members("use_case_questions", "gaps", "question", true);
    for (const QJsonValue &v : each(document, "itu_questions")) {
        if (const QVariant question = sqlTrim(sqlValue(v)); given(question))
            rows.append({"use_case_questions", question});
    }
    for (const QJsonValue &v : each(document, "attachments"))
        rows.append({"use_case_attachments", member(v, "sha256")});

    for (const Row &row : rows) {
        if (row.value.isNull())
            continue; // a NULL breaks the column's NOT NULL, which OR IGNORE skips
        if (Status s = insert(row.table, id, row.value); !s)
            return s;
    }
    return {};
}

Status FacetRows::insert(const char *table, qint64 id, const QVariant &value)
{
    // SQLite's own API (Database::sqliteStatement): an import writes about ten rows per use case.
    auto q = m_db.sqliteStatement(std::string("INSERT OR IGNORE INTO ") + table + " VALUES (?, ?)");
    if (!q)
        return q.error();
    (*q)->bind(1, id);
    (*q)->bind(2, value);
    if (!(*q)->run())
        return m_db.storageError(QCoreApplication::translate("UseCaseRepository", "Saving the use case"),
                                 (*q)->errorText());
    return {};
}

Status FacetRows::clear(qint64 id)
{
    if (writtenByTriggers())
        return {};
    for (const char *table : kTables) {
        QSqlQuery &q =
            m_db.statement(QStringLiteral("DELETE FROM %1 WHERE use_case_id = ?").arg(QLatin1String(table)));
        q.addBindValue(id);
        if (!q.exec())
            return m_db.storageError(QCoreApplication::translate("UseCaseRepository", "Saving the use case"),
                                     q.lastError().text());
    }
    return {};
}

} // namespace casebook
