#pragma once

#include "exchange/SpreadsheetExport.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace casebook {
class Database;
}

namespace casebook::ui {

class SelectionBox;

class Prompts;

/// Exports use cases to a spreadsheet (use cases or scores), JSON or IEC 62559-3 XML: what to write, which
/// use cases (the selected ones, those matching the current search, or all; optionally only those modified
/// since a date; restricted ones only when the member checks "Include restricted use cases"), the
/// separator and the file.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Database &db, Prompts &prompts, const QStringList &selectedUuids, const QString &query,
                 QWidget *parent = nullptr);

    /// The kind chosen.
    ExportKind kind() const;
    /// The selection chosen.
    ExportSelection selection() const;
    void setFilePath(const QString &path);
    QString filePath() const;
    /// How many use cases were written, after accept().
    int written() const { return m_written; }
    /// The codes of the restricted use cases the export left out, after accept().
    QStringList restrictedLeftOut() const { return m_leftOut; }

    /// Writes the file (asking before replacing one); accepts the dialog on success. Public for tests.
    bool exportNow();

private:
    void updateState();
    void browse();
    QString filterFor(ExportKind kind) const;

    Database &m_db;
    Prompts &m_prompts;
    QStringList m_selected;
    QString m_query;
    int m_written = 0;
    QStringList m_leftOut;

    QRadioButton *m_useCasesCsv = nullptr;
    QRadioButton *m_scoresCsv = nullptr;
    QRadioButton *m_json = nullptr;
    QRadioButton *m_xml = nullptr;
    QCheckBox *m_sinceCheck = nullptr;
    QDateEdit *m_since = nullptr;
    SelectionBox *m_which = nullptr;
    QComboBox *m_separator = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace casebook::ui
