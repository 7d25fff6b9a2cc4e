#include "import/RecordDetails.h"

#include "exchange/UseCaseSheet.h"
#include "import/DiffTextDelegate.h"
#include "import/ImportPlanModel.h"
#include "merge/ImportPlanner.h"
#include "merge/WordDiff.h"
#include "widgets/TextDirection.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyleOptionViewItem>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QString compact(const QJsonValue &v)
{
    const QJsonDocument doc = v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(QJsonArray{v});
    const QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    return v.isObject() ? text : text.mid(1).chopped(1);
}

QString display(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return QString();
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? RecordDetails::tr("yes") : RecordDetails::tr("no");
    if (v.isDouble())
        return QLocale().toString(v.toDouble());
    if (!v.isArray())
        return compact(v);
    bool allText = true;
    QStringList parts;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a) {
        allText &= x.isString() || x.isDouble();
        parts.append(x.isString() ? x.toString() : compact(x));
    }
    return allText ? parts.join(QLatin1String(", "))
                   : QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString changeLabel(FieldChange c)
{
    switch (c) {
    case FieldChange::There: return RecordDetails::tr("changed there");
    case FieldChange::Here: return RecordDetails::tr("changed here");
    case FieldChange::Both: return RecordDetails::tr("conflict");
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

QVariantList ranges(const QList<WordDiff::Range> &list)
{
    QVariantList out;
    for (const WordDiff::Range &r : list)
        out.append(QPoint(r.start, r.length));
    return out;
}

int comboRowHeight()
{
    return QComboBox().sizeHint().height() + 2;
}

} // namespace

RecordDetails::RecordDetails(ImportPlanModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("planFieldsTitle"));
    m_title->setTextFormat(Qt::PlainText); // titles and notes come from the file
    m_title->setWordWrap(true);
    m_fields = new QTableWidget(0, 5, this);
    m_fields->setObjectName(QStringLiteral("planFieldTable"));
    m_fields->setAccessibleName(tr("Fields that differ"));
    m_fields->setAccessibleDescription(tr("Each differing field: mine, theirs, and which one to use"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Mine"), tr("Theirs"), tr("Change"), tr("Use")});
    m_fields->verticalHeader()->hide();
    m_fields->setWordWrap(true);
    m_fields->setTabKeyNavigation(false);
    QHeaderView *header = m_fields->horizontalHeader();
    for (int c : {0, 3, 4})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    // Wrapped texts take the height they need at the columns' width (see eventFilter).
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column == 1 || column == 2)
            fitRows();
    });
    m_fields->viewport()->installEventFilter(this);
    m_fields->setItemDelegateForColumn(1, new DiffTextDelegate(true, m_fields));
    m_fields->setItemDelegateForColumn(2, new DiffTextDelegate(false, m_fields));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_fields);
}

QString RecordDetails::titleText(int row) const
{
    const RecordPlan *r = m_model->record(row);
    if (!r) {
        if (m_model->rowCount() > 0)
            return {};
        return m_model->source() == ImportPlanModel::Source::Sheet
            ? tr("Everything in this sheet is already here.")
            : tr("Everything in this bundle is already here.");
    }
    QString title = isolatedInWindowDirection(r->title); // the label in the window's direction
    if (!r->notes.isEmpty())
        title += QLatin1Char('\n') + r->notes.join(QLatin1Char(' '));
    if (!r->tagsAdded.isEmpty())
        title += QLatin1Char('\n') + tr("Tags added: %1").arg(r->tagsAdded.join(QLatin1String(", ")));
    if (r->fields.isEmpty() && r->status == RecordStatus::New)
        title += QLatin1Char('\n') + tr("New here: it will be added.");
    return title;
}

void RecordDetails::showRow(int row)
{
    m_row = row;
    m_fields->setRowCount(0);
    m_title->setText(titleText(row));
    const RecordPlan *r = m_model->record(row);
    if (!r)
        return;
    for (int i = 0; i < r->fields.size(); ++i)
        addField(i);
    refreshChoices();
    fitRows();
}

bool RecordDetails::eventFilter(QObject *watched, QEvent *event)
{
    // Stretched columns change width with the table, after its resize: fit the rows then.
    if (event->type() == QEvent::Resize && watched == m_fields->viewport())
        QTimer::singleShot(0, this, &RecordDetails::fitRows);
    return QWidget::eventFilter(watched, event);
}

void RecordDetails::fitRows()
{
    const int minimum = comboRowHeight();
    QStyleOptionViewItem option;
    option.font = m_fields->font();
    for (int i = 0; i < m_fields->rowCount(); ++i) {
        int height = minimum;
        for (int c : {1, 2}) {
            option.rect = QRect(0, 0, m_fields->columnWidth(c), 0);
            const QModelIndex index = m_fields->model()->index(i, c);
            height = std::max(height, m_fields->itemDelegateForColumn(c)->sizeHint(option, index).height());
        }
        m_fields->setRowHeight(i, std::min(height, 8 * minimum));
    }
}

void RecordDetails::addField(int i)
{
    const RecordPlan *r = m_model->record(m_row);
    const FieldDiff &d = r->fields[i];
    m_fields->insertRow(i);
    m_fields->setItem(i, 0, item(ImportPlanModel::fieldLabel(d.field)));
    const QString mine = display(d.mine), theirs = display(d.theirs);
    QTableWidgetItem *mineItem = item(mine), *theirsItem = item(theirs);
    if (d.mine.isString() && d.theirs.isString()) { // the changed words, highlighted
        const WordDiff diff = WordDiff::between(mine, theirs);
        mineItem->setData(DiffTextDelegate::RangesRole, ranges(diff.mine));
        theirsItem->setData(DiffTextDelegate::RangesRole, ranges(diff.theirs));
    }
    m_fields->setItem(i, 1, mineItem);
    m_fields->setItem(i, 2, theirsItem);
    m_fields->setItem(i, 3, item(changeLabel(d.change)));
    auto *use = new QComboBox;
    use->setObjectName(QStringLiteral("planFieldCombo_%1").arg(d.field));
    use->setAccessibleName(tr("Use for %1").arg(ImportPlanModel::fieldLabel(d.field)));
    use->addItem(tr("Mine"), int(Side::Mine));
    use->addItem(tr("Theirs"), int(Side::Theirs));
    use->setToolTip(tr("Which value the field keeps: mine or theirs"));
    use->setEnabled(r->kind == RecordKind::UseCase && r->resolvable);
    const QString key = r->key, field = d.field;
    connect(use, &QComboBox::currentIndexChanged, this, [this, use, key, field](int index) {
        m_model->setFieldChoice(key, field, Side(use->itemData(index).toInt()));
    });
    // The box keeps its own height at the top of a tall row of text.
    auto *cell = new QWidget(m_fields);
    auto *cellLayout = new QHBoxLayout(cell);
    cellLayout->setContentsMargins(1, 1, 1, 1);
    cellLayout->addWidget(use, 0, Qt::AlignTop);
    cell->setFocusProxy(use);
    m_fields->setCellWidget(i, 4, cell);
}

void RecordDetails::refreshChoices()
{
    const RecordPlan *r = m_model->record(m_row);
    if (!r)
        return;
    for (int i = 0; i < r->fields.size() && i < m_fields->rowCount(); ++i) {
        QWidget *cell = m_fields->cellWidget(i, 4);
        auto *use = cell ? cell->findChild<QComboBox *>() : nullptr;
        if (!use)
            continue;
        const QSignalBlocker block(use);
        const Side side = ImportPlanner::chosenSide(*r, r->fields[i], m_model->resolutions());
        use->setCurrentIndex(side == Side::Theirs ? 1 : 0);
    }
}

} // namespace casebook::ui
