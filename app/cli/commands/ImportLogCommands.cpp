// `imports` and `undo-import`: the import log, and taking an import back (ImportTakeBack).

#include "cli/CliSupport.h"
#include "merge/ImportTakeBack.h"
#include "storage/Database.h"
#include "storage/ImportLogRepository.h"
#include "support/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casebook::cli {

namespace {

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonObject importJson(const ImportLogEntry &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("source"), e.sourceName},
        {QStringLiteral("kind"), e.sourceKind},
        {QStringLiteral("creator"), e.creator},
        {QStringLiteral("imported_at"), toIsoUtc(e.importedAt)},
        {QStringLiteral("imported_by"), e.importedBy},
        {QStringLiteral("counts"), e.counts},
        {QStringLiteral("can_take_back"), e.canTakeBack},
        {QStringLiteral("taken_back_at"), e.takenBackAt.isValid() ? toIsoUtc(e.takenBackAt) : QString()},
        {QStringLiteral("backup"), e.backupPath}};
}

QString stateOf(const ImportLogEntry &e)
{
    if (e.takenBackAt.isValid())
        return tr("taken back %1").arg(shortTime(e.takenBackAt));
    return e.canTakeBack ? tr("can be taken back") : QString();
}

void printImports(const QList<ImportLogEntry> &imports)
{
    for (const ImportLogEntry &e : imports) {
        out() << QStringLiteral("%1  %2  %3  ").arg(e.id, 4).arg(shortTime(e.importedAt), e.sourceName)
              << tr("added %1, updated %2, deleted %3").arg(e.added()).arg(e.updated()).arg(e.deleted());
        if (const QString state = stateOf(e); !state.isEmpty())
            out() << QStringLiteral("  (") << state << QLatin1Char(')');
        out() << '\n';
    }
}

int cmdImports(const Context &ctx, const QCommandLineParser &p)
{
    const QString format = p.value(QStringLiteral("format"));
    QString message;
    if (!formatAllowed(format, {QStringLiteral("table"), QStringLiteral("json")}, &message))
        return usage(message);
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto imports = ImportLogRepository(**db).list();
    if (!imports)
        return fail(ctx, imports.error());
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const ImportLogEntry &e : std::as_const(*imports))
            rows.append(importJson(e));
        out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    } else if (imports->isEmpty()) {
        err() << tr("Nothing was imported into this repository.") << Qt::endl;
    } else {
        printImports(*imports);
    }
    out().flush();
    return Success;
}

int cmdUndoImport(const Context &ctx, const QCommandLineParser &p)
{
    const QString format = p.value(QStringLiteral("format"));
    QString message;
    if (!formatAllowed(format, {QStringLiteral("text"), QStringLiteral("json")}, &message))
        return usage(message);
    const QStringList args = p.positionalArguments();
    bool ok = args.isEmpty();
    qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok || id < 0 || args.size() > 1)
        return usage(tr("undo-import takes the number of one import (casebook-cli imports lists them)."));
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    if (args.isEmpty()) {
        auto latest = ImportTakeBack::latest(**db);
        if (!latest)
            return fail(ctx, latest.error());
        if (!*latest)
            return fail(ctx,
                        makeError(ErrorCode::NotFound, tr("No import to take back in this repository.")));
        id = (*latest)->id;
    }
    auto done = ImportTakeBack::run(**db, id);
    if (!done)
        return fail(ctx, done.error());
    if (format == QLatin1String("json")) {
        const QJsonObject o{{QStringLiteral("import_id"), id}, {QStringLiteral("use_cases"), done->useCases}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out() << tr("Took back the import %1 of %2: %n use case(s) are as they were before it.", nullptr,
                    done->useCases)
                     .arg(QString::number(id), done->import.sourceName)
              << Qt::endl;
    }
    out().flush();
    return Success;
}

} // namespace

Command importsCommand()
{
    return {QStringLiteral("imports"), QStringLiteral("imports [--format table|json]"),
            tr("The import log, newest first: each import's number, time, file and counts, and whether it "
               "can be taken back (undo-import)."),
            [](QCommandLineParser &p) {
                p.addOption(formatOption(QStringLiteral("table, json"), QStringLiteral("table")));
            },
            cmdImports};
}

Command undoImportCommand()
{
    return {QStringLiteral("undo-import"),
            QStringLiteral("undo-import [IMPORT] [--format text|json]"),
            tr("Take back an import (the last one without IMPORT): every record it added, changed or "
               "deleted goes back to how it was before it. Refused, changing nothing, if one of them "
               "changed since, or a use case it added was scored since."),
            [](QCommandLineParser &p) {
                p.addOption(formatOption(QStringLiteral("text, json"), QStringLiteral("text")));
                p.addPositionalArgument(
                    QStringLiteral("IMPORT"),
                    tr("The number of the import (casebook-cli imports); the last one by default."),
                    QStringLiteral("[IMPORT]"));
            },
            cmdUndoImport,
            true};
}

} // namespace casebook::cli
