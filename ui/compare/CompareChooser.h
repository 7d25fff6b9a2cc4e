#pragma once

#include "search/ExportSelection.h"

#include <QCoreApplication>
#include <QWidget>

class QComboBox;
class QPushButton;

namespace casebook {
class Database;
}

namespace casebook::ui {

/// What to compare: the use cases selected in the catalogue, a tag, a saved view or a search, and the
/// rubric version to score them with. Emits compareRequested when the member asks.
class CompareChooser : public QWidget
{
    Q_OBJECT
public:
    enum class Source { Selection, Tag, SavedView, Search };

    explicit CompareChooser(QWidget *parent = nullptr);

    /// Fills the lists (tags, saved views, rubric versions) from `db`; `selected` and `search` are the
    /// catalogue's selection and search text when the workspace opened. The rubric is preselected
    /// as `casebook-cli scores` would choose it.
    void load(Database &db, const QStringList &selected, const QString &search);
    void setSource(Source source, const QString &value = {});
    /// The UUIDs of the use cases chosen, in code order (restricted ones included: nothing leaves the
    /// machine); an error when a tag, view or search is needed and none is given.
    Result<QStringList> resolve(Database &db) const;
    /// The rubric version UUID chosen (empty: none in the repository).
    QString rubricUuid() const;
    void setRubricUuid(const QString &uuid);

signals:
    void compareRequested();

private:
    void sourceChanged();

    QStringList m_selected;
    QString m_search;
    QStringList m_tags;
    QList<QPair<QString, QString>> m_views; ///< name, query
    QComboBox *m_source = nullptr;
    QComboBox *m_value = nullptr;
    QComboBox *m_rubric = nullptr;
    QPushButton *m_compare = nullptr;
};

} // namespace casebook::ui
