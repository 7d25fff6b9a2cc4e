#include "bundle/TakeBackActions.h"

#include "merge/ImportTakeBack.h"
#include "widgets/ActionFactory.h"
#include "widgets/OperationProgress.h"
#include "widgets/Prompts.h"

#include <QLocale>
#include <QWidget>

namespace casebook::ui {

TakeBackActions::TakeBackActions(QWidget *parent, Prompts &prompts)
    : QObject(parent)
    , m_parent(parent)
    , m_prompts(prompts)
{
    m_takeBack = makeAction(this, tr("&Take Back Last Import..."), "takeBackImportAction",
                            [this] { emit takeBackRequested(); });
}

bool TakeBackActions::takeBackLast(Database &db)
{
    auto latest = ImportTakeBack::latest(db);
    if (!latest) {
        m_prompts.error(m_parent, tr("Take back the last import"), latest.error());
        return false;
    }
    if (!*latest) {
        m_prompts.info(m_parent, tr("Take back the last import"),
                       tr("Nothing was imported into this repository, or every import was taken back."));
        return false;
    }
    const ImportLogEntry &entry = **latest;
    Prompts::Confirmation question;
    question.title = tr("Take back the last import");
    question.question =
        tr("Take back the import of %1 from %2?")
            .arg(entry.sourceName, QLocale().toString(entry.importedAt.toLocalTime(), QLocale::ShortFormat));
    question.informative = tr("It added %1, updated %2 and deleted %3 records. Each goes back to how it was "
                              "before the import; importing the file again brings the same changes.")
                               .arg(entry.added())
                               .arg(entry.updated())
                               .arg(entry.deleted());
    question.acceptText = tr("Take Back");
    question.risky = true;
    if (!m_prompts.confirm(m_parent, question))
        return false;
    const qint64 importId = entry.id;
    auto done = OperationProgress::writeInBackground<TakeBackResult>(
        tr("Taking back the import of %1…").arg(entry.sourceName), QStringLiteral("takeBackProgress"),
        m_parent, db, [importId](Database &writer, const OperationProgress::Progress &progress) {
            return ImportTakeBack::run(writer, importId, progress);
        });
    if (!done) {
        if (done.error().code != ErrorCode::Cancelled)
            m_prompts.error(m_parent, tr("The import was not taken back"), done.error());
        return false;
    }
    emit repositoryChanged();
    m_prompts.info(m_parent, tr("Import taken back"),
                   tr("The import of %1 was taken back: %n use case(s) are as they were before it.", nullptr,
                      done->useCases)
                       .arg(entry.sourceName));
    return true;
}

} // namespace casebook::ui
