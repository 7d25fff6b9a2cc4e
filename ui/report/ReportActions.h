#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace casebook::ui {

class CatalogueContext;
class Prompts;

/// File > Report...: runs the report dialog on the window's selection and search, with the cover
/// page's contact filled from Preferences.
class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(QWidget *parent, Prompts &prompts, CatalogueContext &catalogue);

    QAction *reportAction() const { return m_report; }
    /// Runs the dialog; true when a report was written.
    bool writeReport();

private:
    QWidget *m_parent;
    Prompts &m_prompts;
    CatalogueContext &m_catalogue;
    QAction *m_report = nullptr;
};

} // namespace casebook::ui
