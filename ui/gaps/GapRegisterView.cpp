#include "gaps/GapRegisterView.h"

#include "gaps/GapRegisterModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

GapRegister::Grouping groupingOf(GapRegisterView::Mode mode)
{
    using M = GapRegisterView::Mode;
    using G = GapRegister::Grouping;
    switch (mode) {
    case M::Facet: return G::Facet;
    case M::Sdo: return G::Sdo;
    case M::Question: return G::Question;
    case M::Status: return G::Status;
    case M::None:
    case M::Shared: break;
    }
    return G::None;
}

} // namespace

GapRegisterView::GapRegisterView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("gapRegisterView"));
    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(QStringLiteral("gapGroupByCombo"));
    m_groupBy->addItems({tr("Facet"), tr("Candidate SDO"), tr("Question"), tr("Status"), tr("None"),
                         tr("Shared by several use cases")});
    auto *groupLabel = new QLabel(tr("Group b&y:"), this);
    groupLabel->setBuddy(m_groupBy);
    m_groupBy->setToolTip(tr("How the gaps below are grouped"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("gapSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    auto *bar = new QHBoxLayout;
    bar->addWidget(groupLabel);
    bar->addWidget(m_groupBy);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);

    buildTree();
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("gapEmptyLabel"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(12);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_emptyLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    m_reader = new GapRegisterReader(this);
    connect(m_reader, &GapRegisterReader::finished, this, &GapRegisterView::present);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &GapRegisterView::read);
    setFocusProxy(m_tree);
}

void GapRegisterView::buildTree()
{
    m_model = new GapRegisterModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(GapRegisterModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("gapTree"));
    m_tree->setAccessibleName(tr("Standardization gaps"));
    m_tree->setAccessibleDescription(tr("Enter opens a gap's use case, or opens and closes a group"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(int(GapRegisterModel::Column::UseCase), Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(false); // activation opens and closes groups
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(int(GapRegisterModel::Column::Description), QHeaderView::Stretch);
    const QList<std::pair<GapRegisterModel::Column, int>> widths{
        {GapRegisterModel::Column::UseCase, 230}, {GapRegisterModel::Column::Facet, 90},
        {GapRegisterModel::Column::Sdo, 100},     {GapRegisterModel::Column::Question, 65},
        {GapRegisterModel::Column::Priority, 65}, {GapRegisterModel::Column::Status, 85}};
    for (const auto &[column, width] : widths)
        header->resizeSection(int(column), width);
    connect(m_tree, &QTreeView::activated, this, &GapRegisterView::activate);
}

void GapRegisterView::load(const QString &databasePath, const QString &searchText)
{
    m_path = databasePath;
    m_searchText = searchText;
    read();
}

void GapRegisterView::read()
{
    if (m_path.isEmpty())
        return;
    m_summary->setText(tr("Reading the gaps…"));
    m_reader->read(m_path, m_searchText, groupingOf(mode()), mode() == Mode::Shared);
}

void GapRegisterView::setMode(Mode mode)
{
    m_groupBy->setCurrentIndex(int(mode));
}

GapRegisterView::Mode GapRegisterView::mode() const
{
    return Mode(m_groupBy->currentIndex());
}

void GapRegisterView::present(const GapReading &r)
{
    if (r.failed) {
        m_model->setGroups({}, GapRegister::Grouping::None);
        m_summary->clear();
        showEmpty(r.error.message);
        emit loaded();
        return;
    }
    QSet<QString> useCases;
    for (const GapEntry &e : r.gaps)
        useCases.insert(e.useCaseUuid);
    m_summary->setText(tr("%n gap(s)", nullptr, int(r.gaps.size())) + QStringLiteral(", ")
                       + tr("%n use case(s)", nullptr, int(useCases.size())));
    if (r.shared)
        m_model->setShared(r.sharedGaps);
    else
        m_model->setGroups(r.groups, r.grouping);
    if (r.gaps.isEmpty()) {
        showEmpty(r.searching ? tr("No standardization gaps in the use cases matching this search.\n\n"
                                   "Clear the search to see every gap of the repository.")
                              : tr("No standardization gaps in these use cases yet.\n\nTo add one, "
                                   "select a use case, open its \"Outcomes and gaps\" section and "
                                   "add a row under Standardization gaps."));
    } else if (r.shared && r.sharedGaps.isEmpty()) {
        showEmpty(tr("No gap is raised by more than one of these use cases.\n\nGaps count as shared "
                     "when they have the same facet and candidate SDO and similar words."));
    } else {
        showTree();
    }
    emit loaded();
}

void GapRegisterView::showTree()
{
    m_tree->expandAll();
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_tree->setFirstColumnSpanned(row, {},
                                      m_model->isGroup(m_proxy->mapToSource(m_proxy->index(row, 0))));
    m_stack->setCurrentWidget(m_tree);
    setFocusProxy(m_tree);
    if (!m_tree->currentIndex().isValid()) // so that the arrows start at the top
        m_tree->setCurrentIndex(m_proxy->index(0, 0));
    fitUseCaseColumn();
}

void GapRegisterView::fitUseCaseColumn()
{
    if (m_columnsSized || !m_tree->isVisible())
        return;
    // The first time the list shows: a fifth of its width, so wide screens show whole titles.
    m_tree->header()->resizeSection(int(GapRegisterModel::Column::UseCase),
                                    qMax(230, m_tree->viewport()->width() / 5));
    m_columnsSized = true;
}

void GapRegisterView::showEmpty(const QString &text)
{
    m_emptyLabel->setText(text);
    m_stack->setCurrentWidget(m_emptyLabel);
    // A hidden tree cannot take the focus: Tab would stop at this view, so it goes to the grouping.
    setFocusProxy(m_groupBy);
}

void GapRegisterView::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (const GapEntry *e = m_model->entryAt(source)) {
        emit useCaseActivated(e->useCaseUuid);
        return;
    }
    // A group row: Enter or a double-click opens or closes it.
    const QModelIndex first = proxyIndex.siblingAtColumn(0);
    m_tree->setExpanded(first, !m_tree->isExpanded(first));
}

} // namespace casebook::ui
