#include "mainwindow/FacetSidebar.h"

#include "model/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SavedViewRepository.h"
#include "storage/TagRepository.h"
#include "storage/UseCaseRepository.h"

#include <QHeaderView>
#include <QMenu>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_model, &QStandardItemModel::itemChanged, this, &FacetSidebar::onItemChanged);
    connect(m_view, &QTreeView::activated, this, &FacetSidebar::onActivated);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &FacetSidebar::showContextMenu);
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

void FacetSidebar::refresh(Database &db, const QString &queryText)
{
    m_refreshing = true;
    const bool firstTime = m_model->rowCount() == 0;
    const SearchQuery query = SearchQuery::parse(queryText);
    const Vocabularies &voc = Vocabularies::instance();
    UseCaseRepository repo(db);

    // Saved views
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

    // Tags, nested by '/'
    QStandardItem *tags = section(QStringLiteral("tags"), tr("Tags"));
    const QStringList selectedTags = query.filterValues(F::Tag);
    QHash<QString, QString> colors;
    if (auto all = TagRepository(db).list()) {
        for (const TagInfo &t : *all) {
            if (!t.color.isEmpty())
                colors.insert(t.name.toCaseFolded(), t.color);
        }
    }
    if (auto counts = repo.facetCounts(F::Tag, query)) {
        QHash<QString, QStandardItem *> nodes;
        for (const FacetCount &c : *counts) { // sorted, so parents come before children
            const int slash = int(c.value.lastIndexOf(QLatin1Char('/')));
            const QString leaf = slash < 0 ? c.value : c.value.mid(slash + 1);
            const bool checked =
                std::any_of(selectedTags.cbegin(), selectedTags.cend(),
                            [&c](const QString &t) { return t.compare(c.value, Qt::CaseInsensitive) == 0; });
            QStandardItem *item = facetItem(F::Tag, c.value, leaf, c.count, checked);
            if (const QString color = colors.value(c.value.toCaseFolded()); !color.isEmpty())
                item->setData(QColor(color), Qt::DecorationRole);
            QStandardItem *parent = slash < 0 ? nullptr : nodes.value(c.value.left(slash).toCaseFolded());
            (parent ? parent : tags)->appendRow(item);
            nodes.insert(c.value.toCaseFolded(), item);
        }
    }

    auto addVocabularyFacet = [&](const QString &id, const QString &title, F field,
                                  const Vocabulary &vocabulary) {
        QStandardItem *s = section(id, title);
        auto counts = repo.facetCounts(field, query);
        if (!counts)
            return;
        const QStringList selected = query.filterValues(field);
        QHash<QString, int> byValue;
        for (const FacetCount &c : *counts)
            byValue.insert(c.value, c.count);
        // In vocabulary order; values not in the vocabulary (from a newer Casebook) at the end.
        QStringList order = vocabulary.ids();
        for (const FacetCount &c : *counts) {
            if (!order.contains(c.value))
                order.append(c.value);
        }
        for (const QString &value : order) {
            const int n = byValue.value(value);
            if (n == 0 && !selected.contains(value))
                continue;
            QString label = vocabulary.displayLabel(value);
            if (field == F::Sdg)
                label = tr("%1 %2").arg(value, label);
            s->appendRow(facetItem(field, value, label, n, selected.contains(value)));
        }
    };
    addVocabularyFacet(QStringLiteral("verticals"), tr("Verticals"), F::Vertical, voc.verticals());
    addVocabularyFacet(QStringLiteral("sdgs"), tr("Sustainable Development Goals"), F::Sdg, voc.sdgs());
    addVocabularyFacet(QStringLiteral("regions"), tr("ITU regions"), F::Region, voc.ituRegions());
    addVocabularyFacet(QStringLiteral("contexts"), tr("Development context"), F::Context,
                       voc.developmentContexts());
    addVocabularyFacet(QStringLiteral("stages"), tr("Deployment stage"), F::Stage, voc.deploymentStages());
    addVocabularyFacet(QStringLiteral("statuses"), tr("Approval status"), F::Status, voc.approvalStatuses());

    if (firstTime)
        m_view->expandAll();
    else
        m_view->expandRecursively(tags->index());
    m_refreshing = false;
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
