#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace casebook::ui {

class CatalogueContext;
class CompareWindow;
class Prompts;

/// The catalogue's way into the comparison workspace: Scoring > Compare Use Cases... (Ctrl+Shift+C)
/// opens it on the selected use cases (or the search). One workspace window at a time; it is closed
/// before the repository changes.
class CompareActions : public QObject
{
    Q_OBJECT
public:
    CompareActions(QWidget *parent, Prompts &prompts, CatalogueContext &catalogue);
    ~CompareActions() override;

    QAction *compareAction() const { return m_compare; }
    /// Opens (or raises) the workspace on the catalogue's selection and search.
    CompareWindow *openWorkspace();
    CompareWindow *window() const;
    /// Closes the workspace (before the repository it reads from goes away).
    void closeWorkspace();

private:
    QWidget *m_parent;
    Prompts &m_prompts;
    CatalogueContext &m_catalogue;
    QAction *m_compare = nullptr;
    QPointer<CompareWindow> m_window;
};

} // namespace casebook::ui
