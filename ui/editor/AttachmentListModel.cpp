#include "editor/AttachmentListModel.h"

#include "model/AttachmentSafety.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMimeDatabase>
#include <QStyle>

namespace casebook::ui {

namespace {

/// Sizes and dates read in the locale's direction even when the window's layout is mirrored for
/// another language ("120 KiB", not "KiB 120", in an English locale with a right-to-left layout).
QString inLocaleDirection(const QString &text)
{
    const QChar mark = QLocale().textDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
    return mark + text;
}

} // namespace

AttachmentListModel::AttachmentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AttachmentListModel::setAttachments(const QList<AttachmentRef> &attachments)
{
    beginResetModel();
    m_attachments = attachments;
    endResetModel();
}

void AttachmentListModel::append(const AttachmentRef &attachment)
{
    const int row = int(m_attachments.size());
    beginInsertRows({}, row, row);
    m_attachments.append(attachment);
    endInsertRows();
}

void AttachmentListModel::removeAt(int row)
{
    if (row < 0 || row >= m_attachments.size())
        return;
    beginRemoveRows({}, row, row);
    m_attachments.removeAt(row);
    endRemoveRows();
}

void AttachmentListModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_attachments.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attachments.size());
}

int AttachmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!(index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid)))
        return {};
    const AttachmentRef &a = m_attachments[index.row()];
    const auto column = Column(index.column());
    if (role == Sha256Role)
        return a.sha256;
    if (role == ExecutableRole)
        return AttachmentSafety::isExecutable(a.fileName, a.mediaType);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Column::Name: return a.fileName;
        case Column::Size:
            return role == Qt::EditRole ? QVariant(a.size)
                                        : QVariant(inLocaleDirection(QLocale().formattedDataSize(a.size)));
        case Column::Type: {
            if (role == Qt::EditRole)
                return a.mediaType;
            const QMimeType type = QMimeDatabase().mimeTypeForName(a.mediaType);
            return type.isValid() && !type.comment().isEmpty() ? type.comment() : a.mediaType;
        }
        case Column::Description: return a.description;
        case Column::Added:
            return a.addedAt.isValid()
                ? inLocaleDirection(QLocale().toString(a.addedAt.toLocalTime(), QLocale::ShortFormat))
                : QString();
        case Column::Count: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Name:
            return AttachmentSafety::isExecutable(a.fileName, a.mediaType)
                ? tr("%1\nA program or script: Casebook asks before opening it.\nSHA-256 %2")
                      .arg(a.fileName, a.sha256)
                : tr("%1\nSHA-256 %2").arg(a.fileName, a.sha256);
        case Column::Size: return tr("%1 bytes").arg(QLocale().toString(a.size));
        case Column::Type: return a.mediaType;
        default: return {};
        }
    }
    if (role == Qt::DecorationRole && column == Column::Name
        && AttachmentSafety::isExecutable(a.fileName, a.mediaType))
        return qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::TextAlignmentRole && column == Column::Size)
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    return {};
}

bool AttachmentListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly || Column(index.column()) != Column::Description
        || !(index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid)))
        return false;
    AttachmentRef &a = m_attachments[index.row()];
    if (a.description == value.toString())
        return true;
    a.description = value.toString();
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags AttachmentListModel::flags(const QModelIndex &index) const
{
    if (!(index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid)))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly && Column(index.column()) == Column::Description)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name: return tr("Name");
    case Column::Size: return tr("Size");
    case Column::Type: return tr("Type");
    case Column::Description: return tr("Description");
    case Column::Added: return tr("Added");
    case Column::Count: break;
    }
    return {};
}

} // namespace casebook::ui
