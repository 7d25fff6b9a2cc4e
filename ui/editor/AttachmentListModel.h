#pragma once

#include "model/UseCase.h"

#include <QAbstractTableModel>

namespace casebook::ui {

/// The attachments of the use case being edited: name, human-readable size, media type, an
/// editable description and when each was added.
class AttachmentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Size, Type, Description, Added, Count };
    static constexpr int Sha256Role = Qt::UserRole + 1;
    static constexpr int ExecutableRole = Qt::UserRole + 2;

    explicit AttachmentListModel(QObject *parent = nullptr);

    void setAttachments(const QList<AttachmentRef> &attachments);
    const QList<AttachmentRef> &attachments() const { return m_attachments; }
    const AttachmentRef &attachmentAt(int row) const { return m_attachments.at(row); }
    void append(const AttachmentRef &attachment);
    void removeAt(int row);
    void setReadOnly(bool readOnly);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AttachmentRef> m_attachments;
    bool m_readOnly = false;
};

} // namespace casebook::ui
