#pragma once

#include "exchange/CsvReader.h"
#include "exchange/ImportFormats.h"
#include "exchange/SheetImporter.h"

#include <QHash>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace casebook {
class Database;
}

namespace casebook::ui {

class ColumnMappingModel;
class Prompts;
class ImportPlanModel;
class ImportPlanView;
class ImportPreviewModel;

/// Brings a spreadsheet in, step by step: pick the file -> map its columns to fields -> preview the
/// first rows as they will be stored, with problems by line and vocabulary suggestions -> see the
/// plan (new / identical / changed / conflicts), choose what happens to changed records, import.
/// Nothing is written before the last step; the import is all or nothing (SheetImporter).
class CsvImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, PreviewPageId, PlanPageId };

    CsvImportWizard(Database &db, Prompts &prompts, QWidget *parent = nullptr);
    ~CsvImportWizard() override;

    /// Pre-fills the file step.
    void setFilePath(const QString &path);
    QString filePath() const;
    /// A JSON file (ImportFormats::detect) names its fields: it skips the column step.
    int nextId() const override;

    /// What the import did, once the wizard was accepted.
    const ImportResult &outcome() const { return m_outcome; }
    const SheetImportPlan &plan() const { return m_plan; }

    ColumnMappingModel *mappingModel() const { return m_mappingModel; }
    ImportPreviewModel *previewModel() const { return m_previewModel; }
    ImportPlanModel *planModel() const;

    // Steps, public for the pages (and tests): each returns false and shows why when it fails.
    bool readFile();
    void loadMapping();
    void saveMapping();
    void rebuildPlan();
    bool applyImport();
    void updateMappingState();
    void updatePreviewState();
    void updatePlanState();
    MergePolicy policy() const;
    /// The policy with the member's choices for single records (plan page).
    const Resolutions &resolutions() const;
    /// Sets the choice for the use case on row `row` of the plan table (Automatic undoes it).
    void setRecordChoice(int row, RecordChoice choice);

private:
    bool readJsonFile();
    QStringList previewFields() const;
    void buildFilePage();
    void buildMappingPage();
    void buildPreviewPage();
    void buildPlanPage();
    QHash<QString, int> planLines() const;

    Database &m_db;
    Prompts &m_prompts;
    CsvTable m_table;
    SheetMapping m_mapping;
    QList<IncomingRow> m_rows;
    SheetImportPlan m_plan;
    ImportResult m_outcome;
    bool m_haveTable = false;
    bool m_planChanged = true; ///< the plan page shows an older plan
    ImportFormat m_format = ImportFormat::Csv;

    QLineEdit *m_path = nullptr;
    QComboBox *m_separator = nullptr;
    QLabel *m_fileStatus = nullptr;
    ColumnMappingModel *m_mappingModel = nullptr;
    QTableView *m_mappingView = nullptr;
    QLabel *m_mappingStatus = nullptr;
    ImportPreviewModel *m_previewModel = nullptr;
    QTableView *m_previewView = nullptr;
    QCheckBox *m_acceptSuggestions = nullptr;
    QLabel *m_previewStatus = nullptr;
    ImportPlanView *m_planView = nullptr;
    QLabel *m_planStatus = nullptr;
};

} // namespace casebook::ui
