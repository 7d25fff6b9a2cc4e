#pragma once

#include "search/SearchCompletion.h"

#include <QHash>
#include <QObject>

class QCompleter;
class QLineEdit;
class QModelIndex;
class QStandardItemModel;

namespace casebook::ui {

class CatalogueContext;

/// Completion in the search box: shows SearchCompletion's proposals for the word at the cursor in a
/// QCompleter popup while the member types (Ctrl+Space shows every filter key), and replaces only
/// that word with the one chosen (Enter, Tab or a click). Enter with nothing chosen runs the search.
class SearchCompleter : public QObject
{
    Q_OBJECT
public:
    /// `values` gives the tags, SDOs and Questions present; they are read again each time the box
    /// gets the focus.
    SearchCompleter(QLineEdit *edit, SearchCompletion::ValueSource values);

    /// The values present in the open repository (all use cases, not only the current search).
    static SearchCompletion::ValueSource repositoryValues(const CatalogueContext &context);

    QCompleter *completer() const { return m_completer; }
    /// Shows the proposals for the word at the cursor, or hides the popup when there are none.
    void propose(bool evenWhenEmpty = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList cachedValues(SearchFilter::Field field);
    void insert(const QModelIndex &index);
    bool popupKey(int key);

    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStandardItemModel *m_items;
    SearchCompletion::ValueSource m_values;
    QHash<int, QStringList> m_cache; ///< values per field since the box got the focus
    CompletionProposal m_proposal;
};

} // namespace casebook::ui
