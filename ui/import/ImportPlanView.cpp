#include "import/ImportPlanView.h"

#include "import/RecordChoiceDelegate.h"
#include "import/RecordDetails.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

ImportPlanView::ImportPlanView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ImportPlanModel(this))
{
    setObjectName(QStringLiteral("importPlanView"));
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("planWarningsLabel"));
    m_warnings->setTextFormat(Qt::PlainText); // names attachments and fields from the file
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->hide();
    m_policy = makePolicyCombo();
    auto *policyLabel = new QLabel(tr("For &conflicts:"), this);
    policyLabel->setBuddy(m_policy);
    auto *policyRow = new QHBoxLayout;
    policyRow->addWidget(policyLabel);
    policyRow->addWidget(m_policy);
    policyRow->addStretch();

    m_records = makeRecordTable();
    m_details = new RecordDetails(m_model, this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("planSplitter"));
    splitter->addWidget(m_records);
    splitter->addWidget(m_details);
    splitter->setChildrenCollapsible(false);
    // The fields of the selected record are what the member reads: they get two thirds.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({200, 400});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_warnings);
    layout->addLayout(policyRow);
    layout->addWidget(splitter, 1);

    connect(m_model, &ImportPlanModel::resolutionsChanged, this, [this] {
        m_details->refreshChoices();
        emit resolutionsChanged();
    });
}

QComboBox *ImportPlanView::makePolicyCombo()
{
    auto *policy = new QComboBox(this);
    policy->setObjectName(QStringLiteral("policyCombo"));
    policy->setToolTip(tr("How a conflict left on Automatic is settled"));
    policy->addItem(tr("Keep mine: keep what is here"), int(MergePolicy::KeepMine));
    policy->addItem(tr("Take theirs: use the incoming values"), int(MergePolicy::TakeTheirs));
    policy->addItem(tr("Newest: the later modification wins"), int(MergePolicy::Newest));
    connect(policy, &QComboBox::currentIndexChanged, this,
            [this, policy] { m_model->setPolicy(MergePolicy(policy->currentData().toInt())); });
    return policy;
}

QTableView *ImportPlanView::makeRecordTable()
{
    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("planRecordView"));
    view->setAccessibleName(tr("Records to import"));
    view->setAccessibleDescription(tr("The fields of the record chosen here show below"));
    view->setModel(m_model);
    view->setItemDelegateForColumn(int(ImportPlanModel::Column::Choice), new RecordChoiceDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 2);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(ImportPlanModel::Column::Record), QHeaderView::Stretch);
    // The differing fields and notes of the selected record show below, in full.
    view->setColumnHidden(int(ImportPlanModel::Column::Details), true);
    // Listed by code; a click on Status lists what asks for a decision first.
    header->setSortIndicator(int(ImportPlanModel::Column::Record), Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    view->setSortingEnabled(true);
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 3 + header->sizeHint().height());
    connect(m_model, &QAbstractItemModel::layoutChanged, this,
            [this, view] { m_details->showRow(view->currentIndex().row()); });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_details->showRow(current.row()); });
    return view;
}

void ImportPlanView::setPlan(const ImportPlan &plan, ImportPlanModel::Source source,
                             const QHash<QString, int> &lines, const QStringList &moreWarnings)
{
    m_model->setPlan(plan, source, lines);
    const bool sheet = source == ImportPlanModel::Source::Sheet;
    m_records->setColumnHidden(int(ImportPlanModel::Column::Line), !sheet);
    m_records->setColumnHidden(int(ImportPlanModel::Column::Kind), sheet);
    const QStringList warnings = plan.warnings + moreWarnings;
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    m_policy->setEnabled(m_model->policyMatters());
    openChoiceEditors();
    if (m_model->rowCount() > 0)
        m_records->setCurrentIndex(m_model->index(0, int(ImportPlanModel::Column::Record)));
    else
        m_details->showRow(-1);
}

void ImportPlanView::openChoiceEditors()
{
    QWidget *previous = m_records; // Tab goes from the table through its boxes, then on
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, int(ImportPlanModel::Column::Choice));
        if (!(m_model->flags(index) & Qt::ItemIsEditable))
            continue;
        m_records->openPersistentEditor(index);
        if (QWidget *editor = m_records->indexWidget(index)) {
            setTabOrder(previous, editor);
            previous = editor;
        }
    }
}

void ImportPlanView::focusRecords()
{
    m_records->setFocus();
}

QStringList ImportPlanView::listedKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_model->rowCount(); ++row)
        keys.append(m_model->record(row)->key);
    return keys;
}

void ImportPlanView::selectRecord(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row >= 0)
        m_records->setCurrentIndex(m_model->index(row, int(ImportPlanModel::Column::Record)));
}

} // namespace casebook::ui
