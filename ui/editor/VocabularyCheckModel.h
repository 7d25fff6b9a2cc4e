#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace casebook {
class Vocabulary;
}

namespace casebook::ui {

/// A checkable list of a vocabulary's items (verticals, SDGs, regions, connectivity...). The checked
/// ids keep the order in which they were loaded or checked, so a record reads back unchanged.
/// Optionally holds free entries that are not in the vocabulary (connectivity "Other: ...").
class VocabularyCheckModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    enum class LabelStyle {
        Label, ///< "Smart city services"
        NumberAndLabel ///< "11 Sustainable cities and communities" (SDGs)
    };

    VocabularyCheckModel(const Vocabulary &vocabulary, LabelStyle style, bool allowFree,
                         QObject *parent = nullptr);

    /// Checks exactly these ids, in this order; unknown ones become free entries when allowed.
    void setCheckedIds(const QStringList &ids);
    QStringList checkedIds() const { return m_checked; }
    bool isChecked(const QString &id) const { return m_checked.contains(id); }
    void setChecked(const QString &id, bool checked);

    /// Adds a free entry (or checks the matching vocabulary item) and returns its row, or -1.
    int addFreeEntry(const QString &text);
    bool allowsFree() const { return m_allowFree; }
    int rowOf(const QString &id) const { return int(m_ids.indexOf(id)); }

    void setReadOnly(bool readOnly);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const Vocabulary &m_vocabulary;
    LabelStyle m_style;
    bool m_allowFree;
    bool m_readOnly = false;
    QStringList m_ids; ///< vocabulary ids, then free entries
    int m_vocabularyCount = 0;
    QStringList m_checked;
};

} // namespace casebook::ui
