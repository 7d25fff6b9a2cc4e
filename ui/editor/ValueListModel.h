#pragma once

#include <QAbstractListModel>
#include <QStringList>

#include <functional>

namespace casebook::ui {

/// An ordered list of text values (countries, KPI codes, platforms...), shown through an optional
/// display function, e.g. "Kenya (KE)" for the stored "KE".
class ValueListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int ValueRole = Qt::UserRole + 1;
    using DisplayFunction = std::function<QString(const QString &)>;

    explicit ValueListModel(DisplayFunction display = {}, QObject *parent = nullptr);

    void setValues(const QStringList &values);
    const QStringList &values() const { return m_values; }
    /// Appends a value unless it is already listed; returns its row.
    int addValue(const QString &value);
    void removeValueAt(int row);
    bool moveValue(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    DisplayFunction m_display;
    QStringList m_values;
};

} // namespace casebook::ui
