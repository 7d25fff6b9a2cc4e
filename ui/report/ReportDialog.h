#pragma once

#include "print/ReportFileWriter.h"
#include "report/ContributionReport.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casebook {
class Database;
}

namespace casebook::ui {

class SelectionBox;

class CoverPageForm;
class Prompts;

/// File > Report...: a contribution report to PDF, ODT or HTML. The cover page (filled from
/// Preferences, editable), which use cases (selected, matching the search, or all; restricted ones
/// only when checked), the rubric of the scores, the format and page size, and the file. Writes with
/// the same core code as `casebook-cli report`, showing progress with Cancel.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(Database &db, Prompts &prompts, const QStringList &selectedUuids, const QString &query,
                 const ContributionCover &cover, QWidget *parent = nullptr);

    ExportSelection selection() const;
    ContributionCover cover() const;
    ReportFormat format() const;
    QPageSize::PageSizeId pageSize() const;
    /// The rubric's UUID, or "" for the one most use cases were assessed against.
    QString rubric() const;
    void setFilePath(const QString &path);
    QString filePath() const;
    /// After accept(): the use cases written and the restricted ones left out.
    int written() const { return m_written; }
    QStringList restrictedLeftOut() const { return m_leftOut; }

    /// Writes the report (asking before replacing a file), with a progress dialog that can cancel;
    /// accepts the dialog on success. Public for tests.
    bool writeNow();

private:
    QWidget *buildContentsTab();
    void fillRubrics();
    void updateState();
    void browse();

    Database &m_db;
    Prompts &m_prompts;
    QStringList m_selected;
    QString m_query;
    int m_written = 0;
    QStringList m_leftOut;

    CoverPageForm *m_cover = nullptr;
    SelectionBox *m_which = nullptr;
    QComboBox *m_rubric = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_writeButton = nullptr;
};

} // namespace casebook::ui
