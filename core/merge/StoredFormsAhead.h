#pragma once

#include "merge/ImportAction.h"
#include "storage/UseCaseStoredForm.h"

#include <QHash>
#include <QList>
#include <QString>

#include <future>
#include <optional>
#include <vector>

namespace casebook {

/// The stored forms of the use cases an import writes, computed on another core a chunk ahead of
/// the writer (issue 13): while ImportWriter writes the records of one chunk of actions, the next
/// chunk's documents and full-text rows are built. At most two chunks are held at a time, each of
/// at most 64 actions and about 256 KB of text.
class StoredFormsAhead
{
public:
    /// `codes`: the codes given to the actions (by index) that write a use case without one.
    StoredFormsAhead(const QList<ImportAction> &actions, const QHash<int, QString> &codes);
    ~StoredFormsAhead();
    StoredFormsAhead(const StoredFormsAhead &) = delete;
    StoredFormsAhead &operator=(const StoredFormsAhead &) = delete;

    /// UseCaseStoredForm::of() the use case action `index` writes (with the code given to it, if
    /// any), or the version it keeps in history; nullptr when it writes none. Call with rising
    /// indexes.
    const UseCaseStoredForm *at(int index);

private:
    /// The forms of the actions from `first` on, as many as one chunk takes.
    struct Chunk
    {
        qsizetype first = 0;
        std::vector<std::optional<UseCaseStoredForm>> forms; ///< one per action, none where no use case
        qsizetype end() const { return first + qsizetype(forms.size()); }
    };
    Chunk compute(qsizetype first) const;

    const QList<ImportAction> &m_actions;
    const QHash<int, QString> &m_codes;
    Chunk m_ready;
    std::future<Chunk> m_next;
};

} // namespace casebook
