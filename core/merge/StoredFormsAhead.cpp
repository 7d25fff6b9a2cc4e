#include "merge/StoredFormsAhead.h"

namespace casebook {

namespace {

/// A chunk ends after this many actions, or once its forms hold this many bytes of text, whichever
/// comes first: large records (a hostile bundle's) then keep few forms ahead.
constexpr qsizetype kMaxActions = 64;
constexpr qint64 kMaxBytes = 256 * 1024;

} // namespace

StoredFormsAhead::StoredFormsAhead(const QList<ImportAction> &actions, const QHash<int, QString> &codes)
    : m_actions(actions)
    , m_codes(codes)
{ }

StoredFormsAhead::~StoredFormsAhead()
{
    if (m_next.valid())
        m_next.wait(); // the chunk in flight reads the actions
}

StoredFormsAhead::Chunk StoredFormsAhead::compute(qsizetype first) const
{
    Chunk chunk;
    chunk.first = first;
    qint64 bytes = 0;
    for (qsizetype i = first; i < m_actions.size(); ++i) {
        if (!chunk.forms.empty() && (qsizetype(chunk.forms.size()) >= kMaxActions || bytes >= kMaxBytes))
            break;
        const ImportAction &a = m_actions[i];
        std::optional<UseCaseStoredForm> form;
        if (const auto given = m_codes.constFind(int(i)); given != m_codes.constEnd()) {
            UseCase coded = a.useCase;
            coded.code = *given;
            form = UseCaseStoredForm::of(coded);
        } else if (a.writesUseCaseUnderItsCode() || a.type == ImportAction::Type::KeepUseCaseVersion) {
            form = UseCaseStoredForm::of(a.useCase);
        }
        if (form)
            bytes += form->text.size() + form->summary.size() + form->body.size();
        chunk.forms.push_back(std::move(form));
    }
    return chunk;
}

const UseCaseStoredForm *StoredFormsAhead::at(int index)
{
    while (index >= m_ready.end()) {
        m_ready = m_next.valid() ? m_next.get() : compute(m_ready.end());
        if (m_ready.end() < m_actions.size())
            m_next = std::async(std::launch::async, [this, next = m_ready.end()] { return compute(next); });
    }
    std::optional<UseCaseStoredForm> &form = m_ready.forms[size_t(index - m_ready.first)];
    return form ? &*form : nullptr;
}

} // namespace casebook
