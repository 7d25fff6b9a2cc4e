#include "editor/AttachmentsSection.h"

#include "editor/AttachmentListModel.h"
#include "model/AttachmentSafety.h"
#include "model/UseCaseValidator.h"
#include "storage/AttachmentStore.h"
#include "support/Clock.h"
#include "widgets/Desktop.h"
#include "widgets/Prompts.h"
#include "widgets/SelectedRows.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook::ui {

AttachmentsSection::AttachmentsSection(Prompts &prompts, Desktop &desktop, QWidget *parent)
    : QWidget(parent)
    , m_prompts(prompts)
    , m_desktop(desktop)
{
    QWidget *page = this;
    setObjectName(QStringLiteral("attachmentsPage"));
    m_model = new AttachmentListModel(this);
    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("attachmentsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(AttachmentListModel::Column::Name), QHeaderView::Stretch);
    header->setSectionResizeMode(int(AttachmentListModel::Column::Description), QHeaderView::Stretch);

    auto *label = new QLabel(tr("Files attached to this use case:"), page);
    label->setBuddy(m_view);
    m_emptyLabel = new QLabel(tr("No attachments. Add contributions, diagrams or data files: each is "
                                 "stored once in the repository, whatever uses it."),
                              page);
    m_emptyLabel->setObjectName(QStringLiteral("attachmentsEmptyLabel"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_storeLabel = new QLabel(tr("Attachments can be added and opened once the use case is in a "
                                 "repository."),
                              page);
    m_storeLabel->setObjectName(QStringLiteral("attachmentsStoreLabel"));
    m_storeLabel->setTextFormat(Qt::PlainText);
    m_storeLabel->setWordWrap(true);

    m_addButton = new QPushButton(tr("&Add Files…"), page);
    m_addButton->setObjectName(QStringLiteral("addAttachmentButton"));
    m_openButton = new QPushButton(tr("&Open"), page);
    m_openButton->setObjectName(QStringLiteral("openAttachmentButton"));
    m_removeButton = new QPushButton(tr("&Remove"), page);
    m_removeButton->setObjectName(QStringLiteral("removeAttachmentButton"));
    for (QPushButton *b : {m_addButton, m_openButton, m_removeButton})
        b->setAutoDefault(false);

    const auto tableAction = [this](const QString &text, const QKeySequence &key, QPushButton *button) {
        auto *action = new QAction(text, m_view);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        button->setToolTip(tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        return action;
    };
    tableAction(tr("Add Files"), QKeySequence(Qt::Key_Insert), m_addButton);
    tableAction(tr("Open"), QKeySequence(Qt::Key_Return), m_openButton);
    tableAction(tr("Remove"), QKeySequence(QKeySequence::Delete), m_removeButton);
    m_view->setAccessibleDescription(
        tr("%1 adds files, %2 opens the selected one, %3 removes it")
            .arg(QKeySequence(Qt::Key_Insert).toString(QKeySequence::NativeText),
                 QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText),
                 QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const QStringList files = m_prompts.chooseOpenFiles(this, tr("Attach Files"), QString(), QString());
        if (!files.isEmpty())
            addFiles(files);
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            open(current.row());
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (AttachmentListModel::Column(index.column()) != AttachmentListModel::Column::Description
            || m_readOnly)
            open(index.row());
    });
    connect(m_removeButton, &QPushButton::clicked, this, &AttachmentsSection::removeSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &AttachmentsSection::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentsSection::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AttachmentsSection::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_storeLabel);
    layout->addLayout(buttons);
}

AttachmentsSection::~AttachmentsSection() = default;

void AttachmentsSection::setAttachmentStore(AttachmentStore *store)
{
    m_store = store;
    updateButtons();
}

void AttachmentsSection::setClock(const Clock *clock)
{
    m_clock = clock;
}

void AttachmentsSection::setAttachments(const QList<AttachmentRef> &attachments)
{
    m_loading = true;
    m_model->setAttachments(attachments);
    m_loading = false;
    updateButtons();
}

QList<AttachmentRef> AttachmentsSection::attachments() const
{
    return m_model->attachments();
}

void AttachmentsSection::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    m_addButton->setVisible(!readOnly);
    m_removeButton->setVisible(!readOnly);
    updateButtons();
}

void AttachmentsSection::updateButtons()
{
    const bool empty = m_model->rowCount() == 0;
    const bool current = m_view->currentIndex().isValid();
    m_emptyLabel->setVisible(empty);
    m_storeLabel->setVisible(!m_store);
    m_addButton->setEnabled(m_store && !m_readOnly);
    m_openButton->setEnabled(m_store && current);
    m_removeButton->setEnabled(!m_readOnly && current);
}

int AttachmentsSection::addFiles(const QStringList &paths)
{
    if (!m_store || m_readOnly)
        return 0;
    const Clock &clock = m_clock ? *m_clock : Clock::system();
    QMimeDatabase mimes;
    int added = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.size() > AttachmentStore::kMaxAttachmentBytes) {
            showError(makeError(ErrorCode::InputRejected,
                                tr("%1 is larger than %2, the limit for an attachment.")
                                    .arg(info.fileName(),
                                         QLocale().formattedDataSize(AttachmentStore::kMaxAttachmentBytes))));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showError(makeError(ErrorCode::NotFound, tr("%1 could not be read.").arg(info.fileName()),
                                file.errorString()));
            continue;
        }
        const QByteArray bytes = file.readAll();
        const auto hash = m_store->put(bytes);
        if (!hash) {
            showError(hash.error());
            continue;
        }
        AttachmentRef ref;
        ref.sha256 = *hash;
        ref.fileName = info.fileName().left(UseCaseLimits::kFileNameChars);
        ref.mediaType = mimes.mimeTypeForFileNameAndData(info.fileName(), bytes).name();
        ref.size = bytes.size();
        ref.addedAt = clock.nowUtc();
        const bool already = std::any_of(
            m_model->attachments().cbegin(), m_model->attachments().cend(),
            [&ref](const AttachmentRef &a) { return a.sha256 == ref.sha256 && a.fileName == ref.fileName; });
        if (already)
            continue;
        m_model->append(ref);
        m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
        ++added;
    }
    if (added > 0)
        emit edited();
    return added;
}

bool AttachmentsSection::open(int row)
{
    if (!m_store || row < 0 || row >= m_model->rowCount())
        return false;
    const AttachmentRef a = m_model->attachmentAt(row);
    const auto bytes = m_store->get(a.sha256);
    if (!bytes) {
        showError(bytes.error());
        return false;
    }
    // Judge the name, the recorded type and what the bytes really are (a program renamed .pdf).
    const QString sniffed = QMimeDatabase().mimeTypeForData(*bytes).name();
    if (AttachmentSafety::isExecutable(a.fileName, a.mediaType)
        || AttachmentSafety::isExecutableMimeType(sniffed)) {
        const Prompts::Confirmation question{
            tr("Open a Program?"),
            tr("“%1” is a program or script. Opening it may run it on this computer with your permissions.")
                .arg(a.fileName),
            tr("Open it only if you trust where it came from."), tr("Open"), true};
        if (!m_prompts.confirm(this, question))
            return false;
    }
    if (!m_openDir) {
        m_openDir =
            std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("casebook-open-XXXXXX")));
        if (!m_openDir->isValid()) {
            m_openDir.reset();
            showError(makeError(ErrorCode::Storage,
                                tr("A temporary folder to open the attachment in could not be created.")));
            return false;
        }
    }
    // One folder per content, so two attachments with the same name never overwrite each other.
    QString name = QFileInfo(a.fileName).fileName();
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("attachment");
    const QString folder = m_openDir->filePath(a.sha256.left(16));
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = QDir(folder).filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(*bytes) != bytes->size()) {
        showError(makeError(ErrorCode::Storage,
                            tr("%1 could not be written to a temporary folder.").arg(name),
                            out.errorString()));
        return false;
    }
    out.close();
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!m_desktop.openWithSystemViewer(path)) {
        showError(
            makeError(ErrorCode::NotFound, tr("No application on this computer could open %1.").arg(name)));
        return false;
    }
    return true;
}

void AttachmentsSection::showError(const Error &error)
{
    m_prompts.error(this, tr("Attachments"), error);
}

void AttachmentsSection::removeSelected()
{
    if (m_readOnly)
        return;
    const QList<int> rows = selectedRowsDescending(*m_view);
    if (rows.isEmpty())
        return;
    QStringList names;
    for (int row : rows)
        names.prepend(m_model->attachmentAt(row).fileName);
    const Prompts::Confirmation question{
        tr("Remove Attachments"),
        tr("Remove %n attachment(s) from this use case?", nullptr, int(names.size())) + QLatin1String("\n\n")
            + names.join(QLatin1Char('\n')),
        {},
        tr("Remove")};
    if (!m_prompts.confirm(this, question))
        return;
    for (int row : rows)
        m_model->removeAt(row);
    emit edited();
}

} // namespace casebook::ui
