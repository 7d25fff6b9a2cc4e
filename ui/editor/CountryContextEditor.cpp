#include "editor/CountryContextEditor.h"

#include "model/Vocabulary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook::ui {

CountryContextEditor::CountryContextEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("developmentContextsEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows); // the combo below its country when narrow
    layout->addLayout(m_form);
    m_emptyLabel = new QLabel(tr("List the countries of the deployment above to give each its context."));
    m_emptyLabel->setObjectName(QStringLiteral("developmentContextsEmptyLabel"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_emptyLabel);
}

void CountryContextEditor::setContexts(const QStringList &countries, const QList<CountryContext> &contexts)
{
    m_chosen = contexts;
    const bool wholeRecord = countries.isEmpty()
        || std::any_of(contexts.cbegin(), contexts.cend(),
                       [](const CountryContext &c) { return c.country.isEmpty(); });
    rebuild(countries, wholeRecord);
}

void CountryContextEditor::setCountries(const QStringList &countries)
{
    m_chosen.erase(std::remove_if(m_chosen.begin(), m_chosen.end(),
                                  [&](const CountryContext &c) {
                                      return !c.country.isEmpty() && !countries.contains(c.country);
                                  }),
                   m_chosen.end());
    rebuild(countries, countries.isEmpty() || !contextOf(QString()).isEmpty());
}

QString CountryContextEditor::contextOf(const QString &country) const
{
    for (const CountryContext &c : m_chosen) {
        if (c.country == country)
            return c.context;
    }
    return {};
}

void CountryContextEditor::rebuild(const QStringList &countries, bool wholeRecord)
{
    m_loading = true;
    setFocusProxy(nullptr);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_combos.clear();
    const Vocabularies &voc = Vocabularies::instance();
    QStringList rows = countries;
    if (wholeRecord)
        rows.prepend(QString());
    // Combos made now would come last in the window's tab order: put them where this editor is.
    QWidget *previous = previousInFocusChain();
    while (previous != this && previous->focusPolicy() == Qt::NoFocus)
        previous = previous->previousInFocusChain();
    for (const QString &country : std::as_const(rows)) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("developmentContextCombo_%1")
                                 .arg(country.isEmpty() ? QStringLiteral("all") : country));
        // As wide as its longest context where there is room, narrower (eliding) where there is not.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 14);
        combo->addItem(tr("(not set)"), QString());
        for (const VocabularyItem &item : voc.developmentContexts().items())
            combo->addItem(voc.developmentContexts().displayLabel(item.id), item.id);
        const QString context = contextOf(country);
        int at = combo->findData(context);
        if (at < 0) {
            combo->addItem(context, context); // a newer Casebook's value: shown and kept
            at = combo->count() - 1;
        }
        combo->setCurrentIndex(at);
        combo->setEnabled(!m_readOnly);
        combo->setToolTip(tr("The development context of what is named beside it"));
        const QString label = country.isEmpty()
            ? tr("The use case as a whole:")
            : tr("%1 (%2):").arg(voc.countries().displayLabel(country), country);
        auto *l = new QLabel(label);
        l->setTextFormat(Qt::PlainText);
        l->setBuddy(combo);
        m_form->addRow(l, combo);
        m_combos.append(combo);
        if (previous != this)
            QWidget::setTabOrder(previous, combo);
        previous = combo;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, country] {
            if (m_loading)
                return;
            const QString context = combo->currentData().toString();
            auto it = std::find_if(m_chosen.begin(), m_chosen.end(),
                                   [&](const CountryContext &c) { return c.country == country; });
            if (context.isEmpty() && it != m_chosen.end())
                m_chosen.erase(it);
            else if (it != m_chosen.end())
                it->context = context;
            else if (!context.isEmpty())
                m_chosen.append({country, context});
            emit edited();
        });
    }
    m_emptyLabel->setVisible(countries.isEmpty());
    setFocusProxy(m_combos.isEmpty() ? nullptr : m_combos.first());
    m_loading = false;
}

QList<CountryContext> CountryContextEditor::contexts() const
{
    return m_chosen;
}

QComboBox *CountryContextEditor::comboFor(const QString &country) const
{
    const QString name =
        QStringLiteral("developmentContextCombo_%1").arg(country.isEmpty() ? QStringLiteral("all") : country);
    for (QComboBox *combo : m_combos) {
        if (combo->objectName() == name)
            return combo;
    }
    return nullptr;
}

void CountryContextEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QComboBox *combo : std::as_const(m_combos))
        combo->setEnabled(!readOnly);
}

} // namespace casebook::ui
