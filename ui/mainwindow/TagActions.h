#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace casebook::ui {

class CatalogueContext;
class Prompts;

/// Tagging: add tags to the selection, remove one, and rename, merge or colour a tag from the
/// sidebar. Every change but the colour is one undoable step on the window's stack.
class TagActions : public QObject
{
    Q_OBJECT
public:
    /// `parent` is also the parent of every dialog.
    TagActions(QWidget *parent, Prompts &prompts, CatalogueContext &catalogue);

    QAction *addTagsAction() const { return m_addTags; }
    QAction *removeTagsAction() const { return m_removeTags; }
    /// Enables what applies to the current selection.
    void updateActions();

    void addTagsToSelection();
    void removeTagsFromSelection();
    void renameTag(const QString &tag);
    void mergeTag(const QString &tag);
    void colorTag(const QString &tag);

private:
    QWidget *m_parent;
    Prompts &m_prompts;
    CatalogueContext &m_catalogue;
    QAction *m_addTags = nullptr;
    QAction *m_removeTags = nullptr;
};

} // namespace casebook::ui
