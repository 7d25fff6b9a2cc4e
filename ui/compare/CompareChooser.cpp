#include "compare/CompareChooser.h"

#include "storage/RubricRepository.h"
#include "storage/SavedViewRepository.h"
#include "storage/ScoreReportLoader.h"
#include "storage/TagRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace casebook::ui {

CompareChooser::CompareChooser(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("compareChooser"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->addItem(tr("Selected use cases"), int(Source::Selection));
    m_source->addItem(tr("Tag"), int(Source::Tag));
    m_source->addItem(tr("Saved view"), int(Source::SavedView));
    m_source->addItem(tr("Search"), int(Source::Search));
    m_source->setToolTip(tr("Where the 2 to 12 use cases to compare come from"));
    m_value = new QComboBox(this);
    m_value->setObjectName(QStringLiteral("sourceValueCombo"));
    m_value->setMinimumContentsLength(18);
    m_value->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_value->setToolTip(tr("The tag, saved view or search whose use cases are compared"));
    m_rubric = new QComboBox(this);
    m_rubric->setObjectName(QStringLiteral("rubricCombo"));
    m_rubric->setMinimumContentsLength(14);
    m_rubric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // The whole name, which the box may cut short.
    const auto describeRubric = [this](const QString &name) {
        m_rubric->setToolTip(tr("The rubric the use cases are compared by: %1").arg(name));
    };
    connect(m_rubric, &QComboBox::currentTextChanged, this, describeRubric);
    describeRubric(QString());
    m_compare = new QPushButton(tr("Co&mpare"), this);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    // Not a default button: outside a dialog it only looks focused all the time, hiding the focus.

    auto *sourceLabel = new QLabel(tr("&Use cases:"), this);
    sourceLabel->setBuddy(m_source);
    auto *rubricLabel = new QLabel(tr("Ru&bric:"), this);
    rubricLabel->setBuddy(m_rubric);
    m_value->setAccessibleName(tr("Tag, saved view or search"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(sourceLabel);
    layout->addWidget(m_source);
    layout->addWidget(m_value, 2);
    layout->addWidget(rubricLabel);
    layout->addWidget(m_rubric, 1);
    layout->addWidget(m_compare);

    connect(m_source, &QComboBox::currentIndexChanged, this, &CompareChooser::sourceChanged);
    connect(m_compare, &QPushButton::clicked, this, &CompareChooser::compareRequested);
}

void CompareChooser::load(Database &db, const QStringList &selected, const QString &search)
{
    m_selected = selected;
    m_search = search;
    m_tags.clear();
    if (auto tags = TagRepository(db).names())
        m_tags = *tags;
    m_views.clear();
    if (auto views = SavedViewRepository(db).list()) {
        for (const SavedView &v : *views)
            m_views.append({v.name, v.query});
    }
    m_rubric->clear();
    if (auto rubrics = RubricRepository(db).list()) {
        for (const Rubric &r : *rubrics)
            m_rubric->addItem(tr("%1, version %2").arg(r.name).arg(r.version), r.uuid);
    }
    if (auto preferred = ScoreReportLoader::resolveRubric(db, {}))
        setRubricUuid(preferred->uuid);
    setSource(selected.size() >= 2 || search.trimmed().isEmpty() ? Source::Selection : Source::Search);
}

void CompareChooser::setSource(Source source, const QString &value)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
    sourceChanged();
    if (!value.isEmpty())
        m_value->setCurrentText(value);
}

void CompareChooser::sourceChanged()
{
    const auto source = Source(m_source->currentData().toInt());
    m_value->clear();
    m_value->setEditable(source == Source::Search);
    if (QLineEdit *search = m_value->lineEdit()) // Enter in the search compares
        connect(search, &QLineEdit::returnPressed, this, &CompareChooser::compareRequested,
                Qt::UniqueConnection);
    m_value->setEnabled(source != Source::Selection);
    switch (source) {
    case Source::Selection:
        m_value->addItem(tr("Selected in the catalogue: %1").arg(m_selected.size()));
        break;
    case Source::Tag: m_value->addItems(m_tags); break;
    case Source::SavedView:
        for (const auto &view : std::as_const(m_views))
            m_value->addItem(view.first, view.second);
        break;
    case Source::Search: m_value->setCurrentText(m_search); break;
    }
}

Result<QStringList> CompareChooser::resolve(Database &db) const
{
    ExportSelection s;
    s.includeRestricted = true;
    switch (Source(m_source->currentData().toInt())) {
    case Source::Selection: return m_selected;
    case Source::Tag: s.tag = m_value->currentText(); break;
    case Source::SavedView: s.query = m_value->currentData().toString(); break;
    case Source::Search: s.query = m_value->currentText(); break;
    }
    if (s.isEverything())
        return makeError(ErrorCode::Usage, tr("Choose a tag, a saved view or a search first."));
    return s.resolve(db);
}

QString CompareChooser::rubricUuid() const
{
    return m_rubric->currentData().toString();
}

void CompareChooser::setRubricUuid(const QString &uuid)
{
    const int i = m_rubric->findData(uuid);
    if (i >= 0)
        m_rubric->setCurrentIndex(i);
}

} // namespace casebook::ui
