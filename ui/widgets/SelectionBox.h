#pragma once

#include "search/ExportSelection.h"

#include <QGroupBox>
#include <QStringList>

class QCheckBox;
class QLayout;
class QRadioButton;

namespace casebook::ui {

/// "Which use cases" of an export or a report: the selected ones, those matching the search, or
/// all, and whether restricted ones go too (unchecked each time it opens). One widget for every
/// dialog that writes use cases out.
class SelectionBox : public QGroupBox
{
    Q_OBJECT
public:
    SelectionBox(const QStringList &selectedUuids, const QString &query, QWidget *parent = nullptr);

    /// Adds a row (e.g. a date filter) above the "Include restricted" box.
    void addRow(QLayout *row);
    /// The use cases chosen (no `since`: the dialog adds its own criteria).
    ExportSelection selection() const;
    bool includesRestricted() const;

signals:
    void changed();

private:
    QStringList m_selected;
    QString m_query;
    QRadioButton *m_selectedRadio = nullptr;
    QRadioButton *m_searchRadio = nullptr;
    QRadioButton *m_allRadio = nullptr;
    QCheckBox *m_includeRestricted = nullptr;
};

} // namespace casebook::ui
