#pragma once

#include <QString>

namespace casebook::ui {

/// What the windows hand to the rest of the desktop: the mail client, the file manager, the viewer
/// for a file's type. Behind an interface so that tests never start another program.
class Desktop
{
public:
    virtual ~Desktop() = default;
    /// Opens a new mail with `attachment` attached; false when the platform cannot.
    virtual bool composeMail(const QString &subject, const QString &attachment) = 0;
    /// Shows the folder that holds `path` in the file manager; false when none opened.
    virtual bool showInFileManager(const QString &path) = 0;
    /// Hands a local file to the system's viewer for its type; false when none could open it.
    virtual bool openWithSystemViewer(const QString &path) = 0;
};

} // namespace casebook::ui
