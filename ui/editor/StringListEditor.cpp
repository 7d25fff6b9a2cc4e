#include "editor/StringListEditor.h"

#include "editor/ValueListModel.h"

#include <QAction>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::ui {

StringListEditor::StringListEditor(ValueListModel *model, const QString &name, const QString &stem,
                                   QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(name + QLatin1String("Editor"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(name + QLatin1String("Edit"));
    m_edit->setClearButtonEnabled(true);
    m_addButton = new QPushButton(tr("Add"), this);
    m_addButton->setObjectName(QLatin1String("add") + stem + QLatin1String("Button"));
    m_addButton->setAutoDefault(false);
    m_addButton->setToolTip(tr("Add what you typed (Enter)"));

    m_list = new QListView(this);
    m_list->setObjectName(name + QLatin1String("List"));
    m_list->setModel(model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setFixedHeight((m_list->fontMetrics().lineSpacing() + 4) * 4 + 2 * m_list->frameWidth());

    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QLatin1String("remove") + stem + QLatin1String("Button"));
    m_removeButton->setAutoDefault(false);

    m_removeAction = new QAction(tr("Remove"), m_list);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_removeAction);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    const QString removeKey = m_removeAction->shortcut().toString(QKeySequence::NativeText);
    m_removeButton->setToolTip(tr("Remove the selected entry (%1)").arg(removeKey));
    m_keysDescription = tr("%1 removes the selected entry").arg(removeKey);
    m_list->setAccessibleDescription(m_keysDescription);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(name + QLatin1String("ErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_edit, 1);
    inputRow->addWidget(m_addButton);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_removeButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(inputRow);
    layout->addWidget(m_errorLabel);
    layout->addLayout(listRow);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::returnPressed, this, &StringListEditor::addFromInput);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { showProblem({}); });
    connect(m_addButton, &QPushButton::clicked, this, &StringListEditor::addFromInput);
    connect(m_removeButton, &QPushButton::clicked, this, &StringListEditor::removeCurrent);
    connect(m_removeAction, &QAction::triggered, this, &StringListEditor::removeCurrent);
    connect(model, &QAbstractItemModel::rowsInserted, this, &StringListEditor::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &StringListEditor::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &StringListEditor::updateState);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StringListEditor::updateState);
    updateState();
}

void StringListEditor::setCompleter(QCompleter *completer)
{
    m_edit->setCompleter(completer);
    // Choosing a completion adds it at once; the queued call sees the completed text.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this] {
        QMetaObject::invokeMethod(this, &StringListEditor::addFromInput, Qt::QueuedConnection);
    });
}

void StringListEditor::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void StringListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_edit->setVisible(!readOnly);
    m_addButton->setVisible(!readOnly);
    m_removeButton->setVisible(!readOnly);
    m_list->setAccessibleDescription(readOnly ? QString() : m_keysDescription);
    setFocusProxy(readOnly ? static_cast<QWidget *>(m_list) : m_edit);
    updateState();
}

bool StringListEditor::addFromInput()
{
    if (m_readOnly)
        return false;
    const QString input = m_edit->text();
    if (input.trimmed().isEmpty())
        return false;
    QString problem;
    const QString value = m_resolver ? m_resolver(input, &problem) : input.trimmed();
    if (value.isEmpty()) {
        showProblem(problem);
        return false;
    }
    const int before = m_model->rowCount();
    const int row = m_model->addValue(value);
    m_list->setCurrentIndex(m_model->index(row));
    m_edit->clear();
    showProblem({});
    if (m_model->rowCount() != before)
        emit edited();
    return true;
}

void StringListEditor::removeCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (m_readOnly || !current.isValid())
        return;
    m_model->removeValueAt(current.row());
    emit edited();
}

void StringListEditor::showProblem(const QString &problem)
{
    m_errorLabel->setText(problem);
    m_errorLabel->setVisible(!problem.isEmpty());
    m_edit->setAccessibleDescription(problem);
}

void StringListEditor::updateState()
{
    m_removeButton->setEnabled(!m_readOnly && m_list->currentIndex().isValid());
    m_removeAction->setEnabled(!m_readOnly);
}

} // namespace casebook::ui
