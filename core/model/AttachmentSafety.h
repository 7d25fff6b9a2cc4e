#pragma once

#include <QString>

namespace casebook {

/// Rules about attachment bytes that come from other people: which ones could run code when
/// opened. The UI warns before handing such a file to the system viewer.
class AttachmentSafety
{
public:
    /// True when opening a file of this name or media type could run a program or script:
    /// executables, installers, shell and Windows scripts, JavaScript, Java archives, Android and
    /// macOS application bundles, Python, PowerShell, shortcuts, desktop entries... The name is
    /// judged by its last extension, ignoring case and trailing dots or spaces ("a.pdf.EXE. ").
    static bool isExecutable(const QString &fileName, const QString &mimeType);
    /// The name rule alone.
    static bool hasExecutableExtension(const QString &fileName);
    /// The media-type rule alone (parameters such as "; charset=" are ignored).
    static bool isExecutableMimeType(const QString &mimeType);
};

} // namespace casebook
