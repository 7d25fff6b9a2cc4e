#include "widgets/SelectionBox.h"

#include <QCheckBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace casebook::ui {

SelectionBox::SelectionBox(const QStringList &selectedUuids, const QString &query, QWidget *parent)
    : QGroupBox(tr("Which use cases"), parent)
    , m_selected(selectedUuids)
    , m_query(query.trimmed())
{
    setObjectName(QStringLiteral("selectionGroup"));
    m_selectedRadio =
        new QRadioButton(tr("The %n selected use case(s)", nullptr, int(m_selected.size())), this);
    m_selectedRadio->setObjectName(QStringLiteral("selectedRadio"));
    m_selectedRadio->setEnabled(!m_selected.isEmpty());
    m_searchRadio = new QRadioButton(m_query.isEmpty() ? tr("Those matching the search (no search now)")
                                                       : tr("Those matching the search “%1”").arg(m_query),
                                     this);
    m_searchRadio->setObjectName(QStringLiteral("searchRadio"));
    m_searchRadio->setEnabled(!m_query.isEmpty());
    m_allRadio = new QRadioButton(tr("&All use cases"), this);
    m_allRadio->setObjectName(QStringLiteral("allRadio"));
    (m_selected.isEmpty() ? (m_query.isEmpty() ? m_allRadio : m_searchRadio) : m_selectedRadio)
        ->setChecked(true);
    m_includeRestricted = new QCheckBox(tr("Include rest&ricted use cases"), this);
    m_includeRestricted->setObjectName(QStringLiteral("includeRestrictedCheckBox"));
    m_includeRestricted->setToolTip(tr("Use cases whose sharing level is restricted are left out unless you "
                                       "check this, even when you selected them."));
    auto *layout = new QVBoxLayout(this);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_selectedRadio, m_searchRadio, m_allRadio, m_includeRestricted})
        layout->addWidget(w);
    for (QRadioButton *r : {m_selectedRadio, m_searchRadio, m_allRadio})
        connect(r, &QRadioButton::toggled, this, &SelectionBox::changed);
    connect(m_includeRestricted, &QCheckBox::toggled, this, &SelectionBox::changed);
}

void SelectionBox::addRow(QLayout *row)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertLayout(layout->indexOf(m_includeRestricted), row);
    // Tab follows the rows as they show: the new row's controls before the restricted check box.
    QWidget *previous = m_allRadio;
    for (int i = 0; i < row->count(); ++i) {
        if (QWidget *w = row->itemAt(i)->widget()) {
            setTabOrder(previous, w);
            previous = w;
        }
    }
}

ExportSelection SelectionBox::selection() const
{
    ExportSelection s;
    if (m_selectedRadio->isChecked())
        s.ids = m_selected;
    else if (m_searchRadio->isChecked())
        s.query = m_query;
    s.includeRestricted = m_includeRestricted->isChecked();
    return s;
}

bool SelectionBox::includesRestricted() const
{
    return m_includeRestricted->isChecked();
}

} // namespace casebook::ui
