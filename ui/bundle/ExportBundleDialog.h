#pragma once

#include "bundle/BundleExporter.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace casebook {
class Database;
}

namespace casebook::ui {

/// Chooses what goes into a bundle: everything, the selection, a tag, a search (a saved view
/// passes its query) or what changed since a date; with or without attachments; restricted use
/// cases only when the member checks "Include restricted use cases". Shows the size the bundle will
/// have and how many restricted use cases stay out, with a warning above the common 20 MB mail limit.
class ExportBundleDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Action { Save, Email };

    ExportBundleDialog(Database &db, const QStringList &selectedUuids, QWidget *parent = nullptr);

    ExportSelection selection() const;
    bool lean() const;
    Action action() const { return m_action; }
    /// Preselects what the member will most likely want (e.g. share by email).
    void setAction(Action action) { m_action = action; }
    /// Presets a search (a saved view's query).
    void setQuery(const QString &query);
    /// The estimated size in bytes of the bundle for the current choices.
    qint64 estimatedSize() const { return m_estimate; }
    /// What a bundle holds, in the words the estimate and the final message share:
    /// "2 use cases, 1 assessment and no attachments".
    static QString contentsText(int useCases, int assessments, int attachments);
    /// A size as both messages write it (QLocale::formattedDataSize: "12.5 KB").
    static QString sizeText(qint64 bytes);

private:
    void updateEstimate();

    Database &m_db;
    QStringList m_selected;
    QRadioButton *m_everything = nullptr;
    QRadioButton *m_selection = nullptr;
    QRadioButton *m_byTag = nullptr;
    QRadioButton *m_bySearch = nullptr;
    QRadioButton *m_bySince = nullptr;
    QLineEdit *m_tag = nullptr;
    QLineEdit *m_query = nullptr;
    QDateEdit *m_since = nullptr;
    QCheckBox *m_attachments = nullptr;
    QCheckBox *m_includeRestricted = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_emailButton = nullptr;
    Action m_action = Action::Save;
    qint64 m_estimate = 0;
};

} // namespace casebook::ui
