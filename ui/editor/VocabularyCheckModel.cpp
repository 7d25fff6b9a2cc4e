#include "editor/VocabularyCheckModel.h"

#include "model/Vocabulary.h"

namespace casebook::ui {

VocabularyCheckModel::VocabularyCheckModel(const Vocabulary &vocabulary, LabelStyle style, bool allowFree,
                                           QObject *parent)
    : QAbstractListModel(parent)
    , m_vocabulary(vocabulary)
    , m_style(style)
    , m_allowFree(allowFree)
    , m_ids(vocabulary.ids())
    , m_vocabularyCount(int(m_ids.size()))
{ }

void VocabularyCheckModel::setCheckedIds(const QStringList &ids)
{
    beginResetModel();
    m_ids = m_vocabulary.ids();
    m_checked.clear();
    for (const QString &id : ids) {
        if (m_checked.contains(id))
            continue;
        if (!m_vocabulary.contains(id)) {
            if (!m_allowFree)
                continue;
            m_ids.append(id);
        }
        m_checked.append(id);
    }
    endResetModel();
}

void VocabularyCheckModel::setChecked(const QString &id, bool checked)
{
    const int row = rowOf(id);
    if (row >= 0)
        setData(index(row), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

int VocabularyCheckModel::addFreeEntry(const QString &text)
{
    const QString entry = text.trimmed();
    if (entry.isEmpty() || m_readOnly)
        return -1;
    QString id = m_vocabulary.match(entry);
    if (id.isEmpty()) {
        const int existing = int(m_ids.indexOf(entry));
        if (existing >= 0) {
            id = entry;
        } else {
            if (!m_allowFree)
                return -1;
            const int row = int(m_ids.size());
            beginInsertRows({}, row, row);
            m_ids.append(entry);
            m_checked.append(entry);
            endInsertRows();
            return row;
        }
    }
    setChecked(id, true);
    return rowOf(id);
}

void VocabularyCheckModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_ids.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {});
}

int VocabularyCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant VocabularyCheckModel::data(const QModelIndex &index, int role) const
{
    if (!(index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid)))
        return {};
    const QString &id = m_ids[index.row()];
    const bool free = index.row() >= m_vocabularyCount;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (free)
            return id;
        if (m_style == LabelStyle::NumberAndLabel)
            return tr("%1 %2").arg(id, m_vocabulary.displayLabel(id));
        return m_vocabulary.displayLabel(id);
    case Qt::ToolTipRole:
        if (free)
            return tr("Not in the list: %1").arg(id);
        if (const QString definition = m_vocabulary.displayDescription(id); !definition.isEmpty())
            return tr("%1: %2").arg(m_vocabulary.displayLabel(id), definition);
        return m_vocabulary.displayLabel(id);
    case Qt::CheckStateRole: return m_checked.contains(id) ? Qt::Checked : Qt::Unchecked;
    case IdRole: return id;
    default: return {};
    }
}

bool VocabularyCheckModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || m_readOnly
        || !(index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid)))
        return false;
    const QString &id = m_ids[index.row()];
    const bool check = Qt::CheckState(value.toInt()) == Qt::Checked;
    if (check == m_checked.contains(id))
        return true;
    if (check)
        m_checked.append(id);
    else
        m_checked.removeAll(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags VocabularyCheckModel::flags(const QModelIndex &index) const
{
    if (!(index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid)))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace casebook::ui
