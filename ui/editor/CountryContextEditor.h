#pragma once

#include "model/UseCase.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace casebook::ui {

/// The development context of each listed country (IEC 62559-2 has one per use case; a deployment
/// across countries has one per country): a combo per country of the record, in the order listed,
/// and one for the use case as a whole while no country is listed or the record has one. Its focus
/// goes to the first combo, so a label in front of it can be its buddy.
class CountryContextEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CountryContextEditor(QWidget *parent = nullptr);

    /// Loads the record's countries and contexts (not an edit).
    void setContexts(const QStringList &countries, const QList<casebook::CountryContext> &contexts);
    /// The countries listed changed: one combo each; contexts of countries no longer listed go.
    void setCountries(const QStringList &countries);
    /// The contexts chosen, in the order the record had them, new ones after.
    QList<casebook::CountryContext> contexts() const;
    /// The combo of a country ("" for the use case as a whole), or nullptr.
    QComboBox *comboFor(const QString &country) const;
    void setReadOnly(bool readOnly);

signals:
    void edited();

private:
    QString contextOf(const QString &country) const;
    void rebuild(const QStringList &countries, bool wholeRecord);

    QFormLayout *m_form = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QList<QComboBox *> m_combos;
    QList<casebook::CountryContext> m_chosen; ///< in the record's order
    bool m_readOnly = false;
    bool m_loading = false;
};

} // namespace casebook::ui
