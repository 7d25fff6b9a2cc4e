#include "mainwindow/TagActions.h"

#include "commands/RetagCommand.h"
#include "mainwindow/CatalogueContext.h"
#include "model/UseCaseJson.h"
#include "storage/Database.h"
#include "storage/TagRepository.h"
#include "storage/UseCaseRepository.h"
#include "widgets/ActionFactory.h"
#include "widgets/Prompts.h"

#include <QWidget>

namespace casebook::ui {

TagActions::TagActions(QWidget *parent, Prompts &prompts, CatalogueContext &catalogue)
    : QObject(parent)
    , m_parent(parent)
    , m_prompts(prompts)
    , m_catalogue(catalogue)
{
    m_addTags = makeAction(this, tr("Add &Tags..."), "addTagsAction", &TagActions::addTagsToSelection,
                           QKeySequence(Qt::CTRL | Qt::Key_T));
    m_removeTags =
        makeAction(this, tr("Re&move Tags..."), "removeTagsAction", &TagActions::removeTagsFromSelection,
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
}

void TagActions::updateActions()
{
    const bool any = m_catalogue.hasSelection();
    m_addTags->setEnabled(any);
    m_removeTags->setEnabled(any);
}

void TagActions::addTagsToSelection()
{
    const QStringList uuids = m_catalogue.selectedUuids();
    if (uuids.isEmpty())
        return;
    Database &db = m_catalogue.database();
    const QStringList known = TagRepository(db).names().ok() ? *TagRepository(db).names() : QStringList();
    const auto text =
        m_prompts.askText(m_parent, tr("Add Tags"),
                          tr("Tags to add to %n use case(s), separated by commas (sdo/oneM2M nests "
                             "under sdo):",
                             nullptr, int(uuids.size())),
                          {}, known);
    if (!text)
        return;
    QStringList tags;
    for (const QString &t : text->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            tags.append(UseCaseJson::normalizeTag(t));
    }
    if (tags.isEmpty())
        return;
    Error error;
    auto command = RetagCommand::changeTags(db, m_catalogue.commandNotifier(), uuids, tags, true, &error);
    if (!command) {
        m_prompts.error(m_parent, tr("Cannot add the tags"), error);
        return;
    }
    m_catalogue.push(std::move(command));
}

void TagActions::removeTagsFromSelection()
{
    const QStringList uuids = m_catalogue.selectedUuids();
    if (uuids.isEmpty())
        return;
    Database &db = m_catalogue.database();
    QStringList present;
    for (const QString &uuid : uuids) {
        if (auto u = UseCaseRepository(db).get(uuid)) {
            for (const QString &t : u->tags) {
                if (!present.contains(t, Qt::CaseInsensitive))
                    present.append(t);
            }
        }
    }
    if (present.isEmpty()) {
        m_catalogue.showStatus(tr("The selected use cases have no tags."), 5000);
        return;
    }
    const auto tag = m_prompts.askItem(m_parent, tr("Remove Tag"), tr("Tag to remove:"), present);
    if (!tag)
        return;
    Error error;
    auto command = RetagCommand::changeTags(db, m_catalogue.commandNotifier(), uuids, {*tag}, false, &error);
    if (!command) {
        m_prompts.error(m_parent, tr("Cannot remove the tag"), error);
        return;
    }
    m_catalogue.push(std::move(command));
}

void TagActions::renameTag(const QString &tag)
{
    const auto to = m_prompts.askText(m_parent, tr("Rename Tag"),
                                      tr("New name for \"%1\" (tags nested under it follow):").arg(tag), tag);
    if (!to || to->trimmed().isEmpty() || *to == tag)
        return;
    auto before = TagRepository(m_catalogue.database()).tagsOfUseCasesWith({tag});
    if (!before) {
        m_prompts.error(m_parent, tr("Cannot rename the tag"), before.error());
        return;
    }
    const QString target = *to;
    m_catalogue.push(std::make_unique<RetagCommand>(
        m_catalogue.database(), m_catalogue.commandNotifier(), *before,
        [tag, target](Database &d) { return TagRepository(d).rename(tag, target); },
        tr("Rename tag \"%1\" to \"%2\"").arg(tag, target)));
}

void TagActions::mergeTag(const QString &tag)
{
    Database &db = m_catalogue.database();
    QStringList others = TagRepository(db).names().ok() ? *TagRepository(db).names() : QStringList();
    others.removeAll(tag);
    if (others.isEmpty())
        return;
    const auto into = m_prompts.askItem(m_parent, tr("Merge Tag"), tr("Merge \"%1\" into:").arg(tag), others);
    if (!into)
        return;
    auto before = TagRepository(db).tagsOfUseCasesWith({tag, *into});
    if (!before) {
        m_prompts.error(m_parent, tr("Cannot merge the tags"), before.error());
        return;
    }
    const QString target = *into;
    m_catalogue.push(std::make_unique<RetagCommand>(
        db, m_catalogue.commandNotifier(), *before,
        [tag, target](Database &d) { return TagRepository(d).merge({tag}, target); },
        tr("Merge tag \"%1\" into \"%2\"").arg(tag, target)));
}

void TagActions::colorTag(const QString &tag)
{
    const QColor color = m_prompts.chooseColor(m_parent, tr("Colour of \"%1\"").arg(tag), Qt::white);
    if (!color.isValid())
        return;
    if (Status s = TagRepository(m_catalogue.database()).setColor(tag, color.name()); !s)
        m_prompts.error(m_parent, tr("Cannot set the colour"), s.error());
    m_catalogue.refreshFacets();
}

} // namespace casebook::ui
