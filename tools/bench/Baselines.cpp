#include "Baselines.h"
#include "Figures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <sqlite3.h>

#include <memory>

namespace casebook::bench {

namespace {

struct DbCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
struct StmtFinalizer
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbCloser>;
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

Db openDb(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    Db db(raw);
    return rc == SQLITE_OK ? std::move(db) : Db();
}

Stmt prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *raw = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    return Stmt(raw);
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

void bindText(sqlite3_stmt *s, int i, const QByteArray &text)
{
    sqlite3_bind_text(s, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

bool step(sqlite3_stmt *s)
{
    const bool ok = sqlite3_step(s) == SQLITE_DONE;
    sqlite3_reset(s);
    return ok;
}

/// All text values of a record joined, for its FTS5 row.
void collectText(const QJsonValue &v, QStringList &out)
{
    if (v.isString()) {
        out.append(v.toString());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            collectText(e, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            collectText(it.value(), out);
    }
}

} // namespace

QList<ZipEntry> Baselines::unzip(const QString &zipPath)
{
    QList<ZipEntry> out;
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        out.append({zip.getCurrentFileName(), file.readAll()});
    }
    return out;
}

bool Baselines::zip6(const QList<ZipEntry> &entries, const QString &zipPath)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const ZipEntry &e : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(e.name), nullptr, 0, Z_DEFLATED, 6))
            return false;
        file.write(e.data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

int Baselines::bulkLoad(const QList<ZipEntry> &entries, const QString &dbPath)
{
    Db db = openDb(dbPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!db || !exec(db.get(), "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")
        || !exec(db.get(),
                 "CREATE TABLE records (id INTEGER PRIMARY KEY, kind TEXT, document TEXT);"
                 "CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB);"
                 "CREATE VIRTUAL TABLE records_fts USING fts5 (title, body, "
                 "tokenize = 'porter unicode61 remove_diacritics 2');"
                 "BEGIN"))
        return -1;
    Stmt record = prepare(db.get(), "INSERT INTO records (kind, document) VALUES (?, ?)");
    Stmt fts = prepare(db.get(), "INSERT INTO records_fts (rowid, title, body) VALUES (?, ?, ?)");
    Stmt blob = prepare(db.get(), "INSERT INTO blobs (name, data) VALUES (?, ?)");
    int rows = 0;
    for (const ZipEntry &e : entries) {
        if (!e.name.endsWith(QLatin1String(".json"))) {
            bindText(blob.get(), 1, e.name.toUtf8());
            sqlite3_bind_blob(blob.get(), 2, e.data.constData(), int(e.data.size()), SQLITE_STATIC);
            rows += step(blob.get()) ? 1 : 0;
            continue;
        }
        const QJsonObject top = QJsonDocument::fromJson(e.data).object();
        for (auto it = top.constBegin(); it != top.constEnd(); ++it) {
            if (!it.value().isArray())
                continue;
            const QJsonArray list = it.value().toArray();
            for (const QJsonValue &v : list) {
                bindText(record.get(), 1, it.key().toUtf8());
                bindText(record.get(), 2, QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
                if (!step(record.get()))
                    return -1;
                QStringList text;
                collectText(v, text);
                sqlite3_bind_int64(fts.get(), 1, sqlite3_last_insert_rowid(db.get()));
                bindText(fts.get(), 2, v.toObject().value(QStringLiteral("title")).toString().toUtf8());
                bindText(fts.get(), 3, text.join(QLatin1Char(' ')).toUtf8());
                if (!step(fts.get()))
                    return -1;
                ++rows;
            }
        }
    }
    record.reset();
    fts.reset();
    blob.reset();
    return exec(db.get(), "COMMIT") ? rows : -1;
}

double Baselines::ftsQueryMs(const QString &dbPath, const QString &match, int limit, int runs, int *rows)
{
    *rows = -1;
    Db db = openDb(dbPath, SQLITE_OPEN_READONLY);
    if (!db)
        return 0;
    Stmt q =
        prepare(db.get(),
                "SELECT u.id, u.code, u.title FROM use_cases_fts AS f JOIN use_cases AS u ON u.id = f.rowid "
                "WHERE use_cases_fts MATCH ? ORDER BY bm25(use_cases_fts, 4.0, 10.0, 4.0, 1.0, 5.0) "
                "LIMIT ?");
    if (!q)
        return 0;
    return medianMs(runs, [&] {
        bindText(q.get(), 1, match.toUtf8());
        sqlite3_bind_int(q.get(), 2, limit);
        *rows = 0;
        while (sqlite3_step(q.get()) == SQLITE_ROW)
            ++*rows;
        sqlite3_reset(q.get());
    });
}

} // namespace casebook::bench
