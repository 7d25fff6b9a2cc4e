#include "bundle/ImportPreviewDialog.h"

#include "merge/ImportPlanner.h"
#include "support/Clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QString display(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return QString();
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? ImportPreviewDialog::tr("yes") : ImportPreviewDialog::tr("no");
    if (v.isDouble())
        return QLocale().toString(v.toDouble());
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        bool allText = true;
        QStringList parts;
        for (const QJsonValue &x : a) {
            allText &= x.isString() || x.isDouble();
            parts.append(x.isString()
                             ? x.toString()
                             : QString::fromUtf8(QJsonDocument(QJsonArray{x}).toJson(QJsonDocument::Compact))
                                   .mid(1)
                                   .chopped(1));
        }
        if (allText)
            return parts.join(QLatin1String(", "));
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString kindLabel(RecordKind k)
{
    switch (k) {
    case RecordKind::UseCase: return ImportPreviewDialog::tr("Use case");
    case RecordKind::Rubric: return ImportPreviewDialog::tr("Rubric");
    case RecordKind::Assessment: return ImportPreviewDialog::tr("Assessment");
    case RecordKind::Attachment: return ImportPreviewDialog::tr("Attachment");
    }
    return {};
}

QString changeLabel(FieldChange c)
{
    switch (c) {
    case FieldChange::There: return ImportPreviewDialog::tr("changed there");
    case FieldChange::Here: return ImportPreviewDialog::tr("changed here");
    case FieldChange::Both: return ImportPreviewDialog::tr("conflict");
    }
    return {};
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setToolTip(text);
    return i;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const BundleReader::Bundle &bundle, const ImportPlan &plan,
                                         QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import %1").arg(plan.sourceName));

    const QString creator =
        bundle.manifest.creator.name.isEmpty() ? tr("an unnamed member") : bundle.manifest.creator.name;
    QString header =
        tr("Bundle from %1, made %2 with Casebook %3.")
            .arg(creator, QLocale().toString(bundle.manifest.createdAt.toLocalTime(), QLocale::ShortFormat),
                 bundle.manifest.appVersion);
    if (!plan.previousImports.isEmpty())
        header += QLatin1Char(' ')
            + tr("You imported this bundle before, on %1.")
                  .arg(QLocale().toString(plan.previousImports.first().importedAt.toLocalTime(),
                                          QLocale::ShortFormat));
    auto *headerLabel = new QLabel(header, this);
    headerLabel->setObjectName(QStringLiteral("previewHeaderLabel"));
    headerLabel->setTextFormat(Qt::PlainText); // the creator's name comes from the bundle
    headerLabel->setWordWrap(true);

    QStringList counts;
    for (RecordStatus s : ImportPlan::allStatuses()) {
        int n = 0;
        for (const RecordPlan &r : plan.records)
            n += r.status == s && r.kind != RecordKind::Attachment;
        if (n)
            counts.append(QStringLiteral("%1: %2").arg(ImportPlan::statusLabel(s)).arg(n));
    }
    auto *countsLabel = new QLabel(counts.join(QStringLiteral(" · ")), this);
    countsLabel->setObjectName(QStringLiteral("previewCountsLabel"));
    countsLabel->setTextFormat(Qt::PlainText);
    countsLabel->setWordWrap(true);
    auto *warnings = new QLabel((plan.warnings + bundle.warnings).join(QLatin1Char('\n')), this);
    warnings->setObjectName(QStringLiteral("previewWarningsLabel"));
    warnings->setTextFormat(Qt::PlainText); // names attachments and fields from the bundle
    warnings->setWordWrap(true);
    warnings->setVisible(!warnings->text().isEmpty());

    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("previewPolicyCombo"));
    m_policy->addItem(tr("Keep my version"), int(MergePolicy::KeepMine));
    m_policy->addItem(tr("Take their version"), int(MergePolicy::TakeTheirs));
    m_policy->addItem(tr("Take the newest version"), int(MergePolicy::Newest));
    auto *policyLabel = new QLabel(tr("For &conflicts:"), this);
    policyLabel->setBuddy(m_policy);
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_resolutions.policy = MergePolicy(m_policy->itemData(i).toInt());
        refreshFieldChoices();
    });
    auto *policyRow = new QHBoxLayout;
    policyRow->addWidget(policyLabel);
    policyRow->addWidget(m_policy);
    policyRow->addStretch();

    m_records = new QTableWidget(0, 4, this);
    m_records->setObjectName(QStringLiteral("previewRecordTable"));
    m_records->setHorizontalHeaderLabels({tr("Kind"), tr("Record"), tr("Status"), tr("Choice")});
    m_records->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_records->setSelectionMode(QAbstractItemView::SingleSelection);
    m_records->verticalHeader()->hide();
    m_records->setWordWrap(true);
    m_records->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_records->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_records->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_records->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_records->setTabKeyNavigation(false);
    connect(m_records, &QTableWidget::currentCellChanged, this, [this](int row) { showFields(row); });

    m_fieldsTitle = new QLabel(this);
    m_fieldsTitle->setObjectName(QStringLiteral("previewFieldsTitle"));
    m_fieldsTitle->setTextFormat(Qt::PlainText); // titles and notes come from the bundle
    m_fieldsTitle->setWordWrap(true);
    m_fields = new QTableWidget(0, 5, this);
    m_fields->setObjectName(QStringLiteral("previewFieldTable"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Mine"), tr("Theirs"), tr("Change"), tr("Use")});
    m_fields->verticalHeader()->hide();
    m_fields->setWordWrap(true);
    m_fields->setTabKeyNavigation(false);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    auto *fieldsBox = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(m_fieldsTitle);
    fieldsLayout->addWidget(m_fields);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("previewSplitter"));
    splitter->addWidget(m_records);
    splitter->addWidget(fieldsBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("previewImportButton"));
    import->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("previewCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headerLabel);
    layout->addWidget(countsLabel);
    layout->addWidget(warnings);
    layout->addLayout(policyRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    fillRecords();
    if (m_records->rowCount() > 0)
        m_records->setCurrentCell(0, 1);
    else
        showFields(-1);
    m_records->setFocus();
    resize(860, 600);
}

void ImportPreviewDialog::fillRecords()
{
    for (const RecordPlan &r : std::as_const(m_plan.records)) {
        if (r.status == RecordStatus::Identical || r.kind == RecordKind::Attachment)
            continue;
        const int row = m_records->rowCount();
        m_records->insertRow(row);
        m_keys.append(r.key);
        const QString label = r.code.isEmpty() ? r.title : QStringLiteral("%1 — %2").arg(r.code, r.title);
        m_records->setItem(row, 0, item(kindLabel(r.kind)));
        m_records->setItem(row, 1, item(label));
        m_records->setItem(row, 2, item(ImportPlan::statusLabel(r.status)));
        const bool choosable = r.resolvable && r.status != RecordStatus::New;
        auto *choice = new QComboBox(m_records);
        choice->setObjectName(QStringLiteral("previewChoiceCombo_%1").arg(row));
        choice->addItem(tr("Automatic"), int(RecordChoice::Automatic));
        if (choosable) {
            choice->addItem(r.status == RecordStatus::DeletedHere ? tr("Keep deleted") : tr("Keep mine"),
                            int(RecordChoice::KeepMine));
            choice->addItem(r.status == RecordStatus::DeletedThere      ? tr("Delete here too")
                                : r.status == RecordStatus::DeletedHere ? tr("Restore")
                                                                        : tr("Take theirs"),
                            int(RecordChoice::TakeTheirs));
            if (r.kind == RecordKind::UseCase && r.status != RecordStatus::DeletedThere
                && r.status != RecordStatus::DeletedHere)
                choice->addItem(tr("Keep both (add theirs as a copy)"), int(RecordChoice::KeepBoth));
        }
        choice->setEnabled(choosable);
        const QString key = r.key;
        connect(choice, &QComboBox::currentIndexChanged, this, [this, choice, key](int i) {
            m_resolutions.records[key].choice = RecordChoice(choice->itemData(i).toInt());
            refreshFieldChoices();
        });
        m_records->setCellWidget(row, 3, choice);
    }
    const int rowHeight = QComboBox().sizeHint().height() + 2;
    for (int row = 0; row < m_records->rowCount(); ++row)
        m_records->setRowHeight(row, rowHeight);
}

void ImportPreviewDialog::showFields(int row)
{
    m_currentRow = row;
    m_fields->setRowCount(0);
    if (row < 0 || row >= m_keys.size()) {
        m_fieldsTitle->setText(m_keys.isEmpty() ? tr("Everything in this bundle is already here.")
                                                : QString());
        return;
    }
    const RecordPlan *r = m_plan.find(m_keys[row]);
    if (!r)
        return;
    QString title = r->title;
    if (!r->notes.isEmpty())
        title += QStringLiteral("\n") + r->notes.join(QLatin1Char(' '));
    if (!r->tagsAdded.isEmpty())
        title += QStringLiteral("\n") + tr("Tags added: %1").arg(r->tagsAdded.join(QLatin1String(", ")));
    if (r->fields.isEmpty() && r->status == RecordStatus::New)
        title += QStringLiteral("\n") + tr("New here: it will be added.");
    m_fieldsTitle->setText(title);
    for (int i = 0; i < r->fields.size(); ++i) {
        const FieldDiff &d = r->fields[i];
        m_fields->insertRow(i);
        m_fields->setItem(i, 0, item(d.field));
        m_fields->setItem(i, 1, item(display(d.mine)));
        m_fields->setItem(i, 2, item(display(d.theirs)));
        m_fields->setItem(i, 3, item(changeLabel(d.change)));
        auto *use = new QComboBox(m_fields);
        use->setObjectName(QStringLiteral("previewFieldCombo_%1").arg(d.field));
        use->addItem(tr("Mine"), int(Side::Mine));
        use->addItem(tr("Theirs"), int(Side::Theirs));
        use->setEnabled(r->kind == RecordKind::UseCase && r->resolvable);
        const QString key = r->key, field = d.field;
        connect(use, &QComboBox::currentIndexChanged, this, [this, use, key, field](int index) {
            m_resolutions.records[key].fields[field] = Side(use->itemData(index).toInt());
        });
        m_fields->setCellWidget(i, 4, use);
    }
    refreshFieldChoices();
    m_fields->resizeRowsToContents();
    const int minimum = QComboBox().sizeHint().height() + 2;
    for (int i = 0; i < m_fields->rowCount(); ++i)
        m_fields->setRowHeight(i, qBound(minimum, m_fields->rowHeight(i), 8 * minimum));
}

void ImportPreviewDialog::refreshFieldChoices()
{
    if (m_currentRow < 0 || m_currentRow >= m_keys.size())
        return;
    const RecordPlan *r = m_plan.find(m_keys[m_currentRow]);
    if (!r)
        return;
    for (int i = 0; i < r->fields.size() && i < m_fields->rowCount(); ++i) {
        auto *use = qobject_cast<QComboBox *>(m_fields->cellWidget(i, 4));
        if (!use)
            continue;
        const QSignalBlocker block(use);
        use->setCurrentIndex(ImportPlanner::chosenSide(*r, r->fields[i], m_resolutions) == Side::Theirs ? 1
                                                                                                        : 0);
    }
}

void ImportPreviewDialog::selectRecord(const QString &key)
{
    const int row = int(m_keys.indexOf(key));
    if (row >= 0)
        m_records->setCurrentCell(row, 1);
}

} // namespace casebook::ui
