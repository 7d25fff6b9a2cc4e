#include "merge/StoredFormsAhead.h"

namespace casebook {

namespace {

constexpr int kChunk = 256;

} // namespace

StoredFormsAhead::StoredFormsAhead(const QList<ImportAction> &actions)
    : m_actions(actions)
{ }

StoredFormsAhead::~StoredFormsAhead()
{
    if (m_next.valid())
        m_next.wait(); // the chunk in flight reads the actions
}

StoredFormsAhead::Chunk StoredFormsAhead::compute(int chunk) const
{
    const qsizetype first = qsizetype(chunk) * kChunk;
    const qsizetype end = std::min(m_actions.size(), first + kChunk);
    Chunk out(size_t(std::max<qsizetype>(0, end - first)));
    for (qsizetype i = first; i < end; ++i) {
        const ImportAction &a = m_actions[i];
        const bool writesUseCase =
            a.type == ImportAction::Type::InsertUseCase || a.type == ImportAction::Type::UpdateUseCase;
        if (writesUseCase && !a.useCase.code.trimmed().isEmpty())
            out[size_t(i - first)] = UseCaseStoredForm::of(a.useCase);
    }
    return out;
}

const UseCaseStoredForm *StoredFormsAhead::at(int index)
{
    const int chunk = index / kChunk;
    while (m_current < chunk) {
        ++m_current;
        m_ready = m_next.valid() ? m_next.get() : compute(m_current);
        if (qsizetype(m_current + 1) * kChunk < m_actions.size())
            m_next = std::async(std::launch::async, [this, next = m_current + 1] { return compute(next); });
    }
    std::optional<UseCaseStoredForm> &form = m_ready[size_t(index - chunk * kChunk)];
    return form ? &*form : nullptr;
}

} // namespace casebook
