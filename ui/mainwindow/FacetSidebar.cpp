#include "mainwindow/FacetSidebar.h"

#include "model/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SavedViewRepository.h"
#include "storage/TagRepository.h"
#include "storage/UseCaseRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStandardItemModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook::ui {

namespace {

using F = SearchFilter::Field;

QStandardItem *facetItem(F field, const QString &value, const QString &label, int count, bool checked)
{
    auto *item = new QStandardItem(FacetSidebar::tr("%1 (%2)").arg(label).arg(count));
    item->setEditable(false);
    item->setCheckable(true);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(int(field), FacetSidebar::FieldRole);
    item->setData(value, FacetSidebar::ValueRole);
    item->setData(int(FacetSidebar::Kind::Facet), FacetSidebar::KindRole);
    item->setToolTip(label);
    return item;
}

bool isSelected(const SearchQuery &query, F field, const QString &value)
{
    const QStringList selected = query.filterValues(field);
    if (field != F::Tag)
        return selected.contains(value);
    return std::any_of(selected.cbegin(), selected.cend(),
                       [&value](const QString &t) { return t.compare(value, Qt::CaseInsensitive) == 0; });
}

/// A facet section whose values come from a vocabulary.
struct VocabularySection
{
    QString id;
    QString title;
    F field;
    const Vocabulary *vocabulary;
};

QList<VocabularySection> vocabularySections()
{
    const Vocabularies &voc = Vocabularies::instance();
    return {
        {QStringLiteral("verticals"), FacetSidebar::tr("Verticals"), F::Vertical, &voc.verticals()},
        {QStringLiteral("sdgs"), FacetSidebar::tr("Sustainable Development Goals"), F::Sdg, &voc.sdgs()},
        {QStringLiteral("regions"), FacetSidebar::tr("ITU-D regions"), F::Region, &voc.ituRegions()},
        {QStringLiteral("contexts"), FacetSidebar::tr("Development context"), F::Context,
         &voc.developmentContexts()},
        {QStringLiteral("stages"), FacetSidebar::tr("Deployment stage"), F::Stage, &voc.deploymentStages()},
        {QStringLiteral("statuses"), FacetSidebar::tr("Approval status"), F::Status, &voc.approvalStatuses()},
    };
}

} // namespace

FacetSidebar::FacetSidebar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("facetSidebar"));
    m_model = new QStandardItemModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("facetTree"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Filters"));
    m_view->setAccessibleDescription(tr("Space ticks a value to filter the list; Enter opens a saved view"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("facetCountStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setEnabled(false); // a quiet hint
    m_status->setVisible(false);
    m_pool.setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_view);
    connect(m_model, &QStandardItemModel::itemChanged, this, &FacetSidebar::onItemChanged);
    connect(m_view, &QTreeView::activated, this, &FacetSidebar::onActivated);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &FacetSidebar::showContextMenu);
}

QSize FacetSidebar::sizeHint() const
{
    const QFontMetrics metrics = m_view->fontMetrics();
    int widest = 0;
    for (const VocabularySection &v : vocabularySections()) {
        for (const QString &id : v.vocabulary->ids()) {
            const QString label = v.field == F::Sdg ? tr("%1 %2").arg(id, v.vocabulary->displayLabel(id))
                                                    : v.vocabulary->displayLabel(id);
            widest = std::max(widest, metrics.horizontalAdvance(tr("%1 (%2)").arg(label).arg(999)));
        }
    }
    // Indentation, check box and the view's frame and scroll bar.
    const int chrome = m_view->indentation() * 2 + metrics.height() * 2
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + m_view->frameWidth() * 2;
    return QSize(widest + chrome, QWidget::sizeHint().height());
}

QStandardItem *FacetSidebar::section(const QString &id, const QString &title)
{
    for (int i = 0; i < m_model->rowCount(); ++i) {
        QStandardItem *s = m_model->item(i);
        if (s->data(ValueRole).toString() == id) {
            s->setText(title);
            s->removeRows(0, s->rowCount());
            return s;
        }
    }
    auto *s = new QStandardItem(title);
    s->setEditable(false);
    s->setSelectable(false);
    s->setData(id, ValueRole);
    s->setData(int(Kind::Section), KindRole);
    QFont bold = s->font();
    bold.setBold(true);
    s->setFont(bold);
    m_model->appendRow(s);
    return s;
}

FacetSidebar::~FacetSidebar()
{
    if (m_cancel)
        *m_cancel = true;
    m_pool.clear();
    m_pool.waitForDone();
}

void FacetSidebar::refresh(Database &db, const QString &queryText)
{
    m_query = SearchQuery::parse(queryText);
    if (m_model->rowCount() == 0)
        createSections();
    const QVariantList current = currentKey();
    showSavedViews(db);
    restoreCurrent(current);
    loadTagColors(db);
    updateCheckMarks();
    startCount(db.path());
}

void FacetSidebar::createSections()
{
    section(QStringLiteral("views"), tr("Saved views"));
    section(QStringLiteral("tags"), tr("Tags"));
    for (const VocabularySection &v : vocabularySections())
        section(v.id, v.title);
}

void FacetSidebar::showSavedViews(Database &db)
{
    QStandardItem *views = section(QStringLiteral("views"), tr("Saved views"));
    if (auto list = SavedViewRepository(db).list()) {
        for (const SavedView &v : *list) {
            auto *item = new QStandardItem(v.name);
            item->setEditable(false);
            item->setToolTip(v.query);
            item->setData(v.query, ValueRole);
            item->setData(int(Kind::SavedView), KindRole);
            views->appendRow(item);
        }
    }
    if (views->rowCount() == 0) {
        auto *hint = new QStandardItem(tr("None yet: View > Save Current View"));
        hint->setEditable(false);
        hint->setEnabled(false);
        views->appendRow(hint);
    }
    if (!m_expanded)
        m_view->expand(views->index());
}

void FacetSidebar::loadTagColors(Database &db)
{
    m_tagColors.clear();
    if (auto all = TagRepository(db).list()) {
        for (const TagInfo &t : *all) {
            if (!t.color.isEmpty())
                m_tagColors.insert(t.name.toCaseFolded(), t.color);
        }
    }
}

void FacetSidebar::updateCheckMarks()
{
    m_refreshing = true;
    const QModelIndexList facets = m_model->match(m_model->index(0, 0), KindRole, int(Kind::Facet), -1,
                                                  Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &i : facets) {
        const bool checked = isSelected(m_query, F(i.data(FieldRole).toInt()), i.data(ValueRole).toString());
        m_model->itemFromIndex(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_refreshing = false;
}

void FacetSidebar::setCounting(bool counting)
{
    m_counting = counting;
    m_status->setText(tr("Counting…"));
    m_status->setVisible(counting);
    // Greyed, not disabled: the check boxes of the previous counts stay usable.
    const QBrush brush = counting ? palette().brush(QPalette::Disabled, QPalette::Text) : QBrush();
    m_refreshing = true;
    const QModelIndexList facets = m_model->match(m_model->index(0, 0), KindRole, int(Kind::Facet), -1,
                                                  Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &i : facets)
        m_model->itemFromIndex(i)->setForeground(brush);
    m_refreshing = false;
}

void FacetSidebar::startCount(const QString &path)
{
    if (m_cancel)
        *m_cancel = true; // stops the count in flight at its next facet
    m_pool.clear(); // and drops one that has not started
    const quint64 generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    setCounting(true);
    const SearchQuery query = m_query;
    FacetSidebar *sidebar = this; // alive while the job runs: the destructor waits for it
    m_pool.start([sidebar, path, query, generation, cancel] {
        const QList<F> fields{F::Tag, F::Vertical, F::Sdg, F::Region, F::Context, F::Stage, F::Status};
        Result<FacetCountSet> counts =
            FacetCounter::count(path, query, fields, [cancel] { return bool(*cancel); });
        if (!counts && counts.error().code == ErrorCode::Cancelled)
            return;
        QMetaObject::invokeMethod(
            sidebar, [sidebar, generation, counts] { sidebar->showCounts(generation, counts); },
            Qt::QueuedConnection);
    });
}

void FacetSidebar::showCounts(quint64 generation, const Result<FacetCountSet> &counts)
{
    if (generation != m_generation)
        return; // the search changed since: its own count is on the way
    if (!counts) {
        setCounting(false);
        m_status->setText(tr("The counts are not available: %1").arg(counts.error().message));
        m_status->setVisible(true);
        return;
    }
    const QVariantList current = currentKey();
    m_refreshing = true;
    showTagCounts(counts->value(F::Tag));
    showVocabularyCounts(*counts);
    m_refreshing = false;
    restoreCurrent(current);
    setCounting(false);
    if (!m_expanded)
        m_view->expandAll();
    m_expanded = true;
    emit countsShown();
}

void FacetSidebar::showTagCounts(const QList<FacetCount> &counts)
{
    QStandardItem *tags = section(QStringLiteral("tags"), tr("Tags"));
    QHash<QString, QStandardItem *> nodes;
    for (const FacetCount &c : counts) { // sorted, so parents come before children
        const int slash = int(c.value.lastIndexOf(QLatin1Char('/')));
        const QString leaf = slash < 0 ? c.value : c.value.mid(slash + 1);
        QStandardItem *item = facetItem(F::Tag, c.value, leaf, c.count, isSelected(m_query, F::Tag, c.value));
        if (const QString color = m_tagColors.value(c.value.toCaseFolded()); !color.isEmpty())
            item->setData(QColor(color), Qt::DecorationRole);
        QStandardItem *parent = slash < 0 ? nullptr : nodes.value(c.value.left(slash).toCaseFolded());
        (parent ? parent : tags)->appendRow(item);
        nodes.insert(c.value.toCaseFolded(), item);
    }
    if (m_expanded)
        m_view->expandRecursively(tags->index());
}

void FacetSidebar::showVocabularyCounts(const FacetCountSet &counts)
{
    for (const VocabularySection &v : vocabularySections()) {
        QStandardItem *s = section(v.id, v.title);
        const QList<FacetCount> list = counts.value(v.field);
        const QStringList selected = m_query.filterValues(v.field);
        QHash<QString, int> byValue;
        for (const FacetCount &c : list)
            byValue.insert(c.value, c.count);
        // In vocabulary order; values not in the vocabulary (from a newer Casebook) at the end.
        QStringList order = v.vocabulary->ids();
        for (const FacetCount &c : list) {
            if (!order.contains(c.value))
                order.append(c.value);
        }
        for (const QString &value : order) {
            const int n = byValue.value(value);
            if (n == 0 && !selected.contains(value))
                continue;
            QString label = v.vocabulary->displayLabel(value);
            if (v.field == F::Sdg)
                label = tr("%1 %2").arg(value, label);
            QStandardItem *item = facetItem(v.field, value, label, n, selected.contains(value));
            if (const QString definition = v.vocabulary->displayDescription(value); !definition.isEmpty())
                item->setToolTip(tr("%1: %2").arg(label, definition));
            s->appendRow(item);
        }
    }
}

QVariantList FacetSidebar::currentKey() const
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid())
        return {};
    return {i.data(KindRole), i.data(FieldRole), i.data(ValueRole)};
}

void FacetSidebar::restoreCurrent(const QVariantList &key)
{
    if (key.size() != 3 || key[0].toInt() == int(Kind::Section))
        return; // a section stays where it is
    const Kind kind = Kind(key[0].toInt());
    const QModelIndexList hits =
        m_model->match(m_model->index(0, 0), ValueRole, key[2], -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &i : hits) {
        if (i.data(KindRole).toInt() == int(kind) && (kind != Kind::Facet || i.data(FieldRole) == key[1])) {
            m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
            m_view->scrollTo(i);
            return;
        }
    }
}

QStandardItem *FacetSidebar::findFacet(SearchFilter::Field field, const QString &value) const
{
    const QModelIndexList hits =
        m_model->match(m_model->index(0, 0), ValueRole, value, -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &i : hits) {
        if (i.data(KindRole).toInt() == int(Kind::Facet) && i.data(FieldRole).toInt() == int(field))
            return m_model->itemFromIndex(i);
    }
    return nullptr;
}

void FacetSidebar::onItemChanged(QStandardItem *item)
{
    if (m_refreshing || item->data(KindRole).toInt() != int(Kind::Facet))
        return;
    emit filterToggled(SearchFilter::Field(item->data(FieldRole).toInt()), item->data(ValueRole).toString());
}

void FacetSidebar::onActivated(const QModelIndex &index)
{
    if (index.data(KindRole).toInt() == int(Kind::SavedView))
        emit savedViewActivated(index.data(Qt::DisplayRole).toString(), index.data(ValueRole).toString());
}

void FacetSidebar::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.data(KindRole).toInt() == int(Kind::Facet) && index.data(FieldRole).toInt() == int(F::Tag)) {
        const QString tag = index.data(ValueRole).toString();
        QMenu menu(this);
        menu.addAction(tr("&Rename Tag \"%1\"...").arg(tag), this,
                       [this, tag] { emit tagRenameRequested(tag); });
        menu.addAction(tr("&Merge \"%1\" Into...").arg(tag), this,
                       [this, tag] { emit tagMergeRequested(tag); });
        menu.addAction(tr("Set &Colour..."), this, [this, tag] { emit tagColorRequested(tag); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
        return;
    }
    if (index.data(KindRole).toInt() != int(Kind::SavedView))
        return;
    QMenu menu(this);
    const QString name = index.data(Qt::DisplayRole).toString();
    menu.addAction(tr("Delete View \"%1\"").arg(name), this,
                   [this, name] { emit savedViewDeleteRequested(name); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace casebook::ui
