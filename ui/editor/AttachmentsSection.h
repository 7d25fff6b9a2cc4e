#pragma once

#include "model/UseCase.h"
#include "support/Result.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QTemporaryDir;

namespace casebook {
class AttachmentStore;
class Clock;
} // namespace casebook

namespace casebook::ui {

class AttachmentListModel;
class Desktop;
class Prompts;

/// The editor's attachments tab: the files of one use case, added to the content-addressed store at
/// once, opened with the system viewer (after a warning for programs), removed after asking.
class AttachmentsSection : public QWidget
{
    Q_OBJECT
public:
    /// Questions go to `prompts`, files open through `desktop`; both outlive the section.
    AttachmentsSection(Prompts &prompts, Desktop &desktop, QWidget *parent = nullptr);
    ~AttachmentsSection() override;

    /// Where added attachments are stored and opened from. Not owned; nullptr disables both.
    void setAttachmentStore(casebook::AttachmentStore *store);
    /// The clock that stamps added attachments; nullptr: the system clock.
    void setClock(const casebook::Clock *clock);
    void setReadOnly(bool readOnly);

    /// Shows a record's attachments (not an edit).
    void setAttachments(const QList<casebook::AttachmentRef> &attachments);
    QList<casebook::AttachmentRef> attachments() const;

    /// Attaches files: their bytes go into the store at once. Returns how many were added.
    int addFiles(const QStringList &paths);
    /// Writes the attachment to a private temporary folder and opens it with the system viewer,
    /// after a warning for programs and scripts. False when it was not opened.
    bool open(int row);
    /// Removes the selected attachments from the record (after asking).
    void removeSelected();

signals:
    /// The member changed the attachments (added, removed, described).
    void edited();

private:
    void updateButtons();
    void showError(const Error &error);

    Prompts &m_prompts;
    Desktop &m_desktop;
    casebook::AttachmentStore *m_store = nullptr;
    const casebook::Clock *m_clock = nullptr;
    std::unique_ptr<QTemporaryDir> m_openDir;
    bool m_readOnly = false;
    bool m_loading = false;
    AttachmentListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_storeLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace casebook::ui
