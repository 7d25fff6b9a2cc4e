#include "widgets/SearchCompleter.h"

#include "mainwindow/CatalogueContext.h"
#include "storage/UseCaseRepository.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTimer>

namespace casebook::ui {

namespace {
constexpr int kItemRole = Qt::UserRole + 1; ///< the item's place in the proposal
}

SearchCompleter::SearchCompleter(QLineEdit *edit, SearchCompletion::ValueSource values)
    : QObject(edit)
    , m_edit(edit)
    , m_completer(new QCompleter(this))
    , m_items(new QStandardItemModel(this))
    , m_values(std::move(values))
{
    m_completer->setObjectName(QStringLiteral("searchCompleter"));
    m_completer->setModel(m_items);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion); // core has filtered
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(m_edit);
    // The completer filters the popup's keys first; this filter, installed after it, runs before it.
    m_completer->popup()->installEventFilter(this);
    m_edit->installEventFilter(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &SearchCompleter::insert);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { propose(); });
}

SearchCompletion::ValueSource SearchCompleter::repositoryValues(const CatalogueContext &context)
{
    return [&context](SearchFilter::Field field) {
        QStringList out;
        if (const auto counts = UseCaseRepository(context.database()).facetCounts(field, SearchQuery())) {
            for (const FacetCount &c : *counts)
                out.append(c.value);
        }
        return out;
    };
}

QStringList SearchCompleter::cachedValues(SearchFilter::Field field)
{
    auto it = m_cache.constFind(int(field));
    if (it == m_cache.cend())
        it = m_cache.insert(int(field), m_values ? m_values(field) : QStringList());
    return *it;
}

void SearchCompleter::propose(bool evenWhenEmpty)
{
    m_proposal = SearchCompletion::propose(
        m_edit->text(), m_edit->cursorPosition(),
        [this](SearchFilter::Field field) { return cachedValues(field); }, evenWhenEmpty);
    QAbstractItemView *popup = m_completer->popup();
    if (m_proposal.isEmpty()) {
        popup->hide();
        return;
    }
    m_items->clear();
    for (int i = 0; i < m_proposal.items.size(); ++i) {
        auto *item = new QStandardItem(m_proposal.items.at(i).display);
        item->setData(i, kItemRole);
        item->setEditable(false);
        m_items->appendRow(item);
    }
    // Below the word being completed, as far as the box allows.
    int width = 220;
    for (const CompletionItem &item : std::as_const(m_proposal.items))
        width = qMax(width,
                     popup->fontMetrics().horizontalAdvance(item.display) + 24
                         + popup->verticalScrollBar()->sizeHint().width());
    width = qMin(width, qMax(220, m_edit->width()));
    const int wordX = m_edit->fontMetrics().horizontalAdvance(m_edit->text().left(m_proposal.start));
    const int x = qBound(0, wordX, qMax(0, m_edit->width() - width));
    m_completer->complete(QRect(x, 0, width, m_edit->height()));
    popup->setCurrentIndex({}); // nothing chosen until the member moves into the list
}

void SearchCompleter::insert(const QModelIndex &index)
{
    const int i = index.data(kItemRole).toInt();
    if (!index.isValid() || i < 0 || i >= m_proposal.items.size())
        return;
    int cursor = 0;
    const bool wasKey = m_proposal.forKey;
    m_edit->setText(SearchCompletion::apply(m_edit->text(), m_proposal, m_proposal.items.at(i), &cursor));
    m_edit->setCursorPosition(cursor);
    m_proposal = {};
    if (wasKey) // after "gap:" come its values
        QTimer::singleShot(0, this, [this] { propose(); });
}

bool SearchCompleter::popupKey(int key)
{
    QAbstractItemView *popup = m_completer->popup();
    if (!popup->isVisible())
        return false;
    const QModelIndex current = popup->currentIndex();
    if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab) {
        if (!current.isValid() && key != Qt::Key_Tab)
            return false; // nothing chosen: Enter runs the search
        popup->hide();
        if (current.isValid())
            insert(current);
        return true;
    }
    return false;
}

bool SearchCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusIn) {
        m_cache.clear(); // the repository may have changed while the box was left
    } else if (event->type() == QEvent::ShortcutOverride && m_completer->popup()->isVisible()
               && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept(); // Esc closes the list; it must not trigger "Clear Search"
        return true;
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_edit && key->key() == Qt::Key_Space && key->modifiers() == Qt::ControlModifier) {
            propose(true);
            return true;
        }
        if (watched == m_completer->popup() && popupKey(key->key()))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace casebook::ui
