#pragma once

#include "merge/ImportAction.h"
#include "storage/UseCaseStoredForm.h"

#include <QList>

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
    explicit StoredFormsAhead(const QList<ImportAction> &actions);
    ~StoredFormsAhead();
    StoredFormsAhead(const StoredFormsAhead &) = delete;
    StoredFormsAhead &operator=(const StoredFormsAhead &) = delete;

    /// UseCaseStoredForm::of() the use case action `index` writes as it stands, or nullptr when it
    /// writes none (or gets its code only when written). Call with rising indexes.
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
    Chunk m_ready;
    std::future<Chunk> m_next;
};

} // namespace casebook
