#include "model/AttachmentSafety.h"

#include <QMimeDatabase>
#include <QSet>

#include <algorithm>

namespace casebook {

namespace {

const QSet<QString> &executableExtensions()
{
    static const QSet<QString> extensions = {
        // Windows programs, installers, libraries and shortcuts
        QStringLiteral("exe"),
        QStringLiteral("com"),
        QStringLiteral("scr"),
        QStringLiteral("pif"),
        QStringLiteral("msi"),
        QStringLiteral("msp"),
        QStringLiteral("mst"),
        QStringLiteral("dll"),
        QStringLiteral("cpl"),
        QStringLiteral("ocx"),
        QStringLiteral("sys"),
        QStringLiteral("lnk"),
        QStringLiteral("url"),
        QStringLiteral("scf"),
        QStringLiteral("reg"),
        QStringLiteral("inf"),
        QStringLiteral("application"),
        QStringLiteral("appx"),
        QStringLiteral("msix"),
        QStringLiteral("gadget"),
        QStringLiteral("hta"),
        QStringLiteral("chm"),
        // Windows scripts
        QStringLiteral("bat"),
        QStringLiteral("cmd"),
        QStringLiteral("vbs"),
        QStringLiteral("vbe"),
        QStringLiteral("js"),
        QStringLiteral("jse"),
        QStringLiteral("mjs"),
        QStringLiteral("wsf"),
        QStringLiteral("wsh"),
        QStringLiteral("ws"),
        QStringLiteral("ps1"),
        QStringLiteral("psm1"),
        QStringLiteral("psd1"),
        QStringLiteral("msc"),
        // Unix scripts, programs and packages
        QStringLiteral("sh"),
        QStringLiteral("bash"),
        QStringLiteral("zsh"),
        QStringLiteral("csh"),
        QStringLiteral("ksh"),
        QStringLiteral("fish"),
        QStringLiteral("command"),
        QStringLiteral("run"),
        QStringLiteral("bin"),
        QStringLiteral("elf"),
        QStringLiteral("so"),
        QStringLiteral("out"),
        QStringLiteral("appimage"),
        QStringLiteral("desktop"),
        QStringLiteral("deb"),
        QStringLiteral("rpm"),
        QStringLiteral("snap"),
        QStringLiteral("flatpak"),
        // macOS
        QStringLiteral("app"),
        QStringLiteral("dmg"),
        QStringLiteral("pkg"),
        QStringLiteral("mpkg"),
        QStringLiteral("dylib"),
        QStringLiteral("workflow"),
        QStringLiteral("scpt"),
        QStringLiteral("applescript"),
        // Interpreted languages and archives that run
        QStringLiteral("py"),
        QStringLiteral("pyw"),
        QStringLiteral("pyc"),
        QStringLiteral("pyz"),
        QStringLiteral("pl"),
        QStringLiteral("rb"),
        QStringLiteral("php"),
        QStringLiteral("lua"),
        QStringLiteral("tcl"),
        QStringLiteral("jar"),
        QStringLiteral("class"),
        QStringLiteral("jnlp"),
        QStringLiteral("apk"),
        QStringLiteral("xapk"),
        QStringLiteral("aab"),
        QStringLiteral("ipa"),
        QStringLiteral("xbap"),
    };
    return extensions;
}

const QSet<QString> &executableMimeTypes()
{
    static const QSet<QString> types = {
        QStringLiteral("application/x-executable"),
        QStringLiteral("application/x-pie-executable"),
        QStringLiteral("application/x-sharedlib"),
        QStringLiteral("application/x-elf"),
        QStringLiteral("application/x-mach-binary"),
        QStringLiteral("application/x-msdownload"),
        QStringLiteral("application/x-ms-dos-executable"),
        QStringLiteral("application/x-msdos-program"),
        QStringLiteral("application/x-dosexec"),
        QStringLiteral("application/vnd.microsoft.portable-executable"),
        QStringLiteral("application/x-ms-installer"),
        QStringLiteral("application/x-msi"),
        QStringLiteral("application/x-ms-shortcut"),
        QStringLiteral("application/x-bat"),
        QStringLiteral("application/x-shellscript"),
        QStringLiteral("application/x-sh"),
        QStringLiteral("text/x-shellscript"),
        QStringLiteral("text/x-sh"),
        QStringLiteral("application/x-csh"),
        QStringLiteral("application/javascript"),
        QStringLiteral("application/x-javascript"),
        QStringLiteral("text/javascript"),
        QStringLiteral("application/ecmascript"),
        QStringLiteral("text/vbscript"),
        QStringLiteral("application/x-vbscript"),
        QStringLiteral("application/hta"),
        QStringLiteral("application/x-powershell"),
        QStringLiteral("application/x-python"),
        QStringLiteral("application/x-python-code"),
        QStringLiteral("text/x-python"),
        QStringLiteral("text/x-python3"),
        QStringLiteral("application/x-perl"),
        QStringLiteral("text/x-perl"),
        QStringLiteral("application/x-ruby"),
        QStringLiteral("application/x-php"),
        QStringLiteral("application/java-archive"),
        QStringLiteral("application/x-java-archive"),
        QStringLiteral("application/x-java-jnlp-file"),
        QStringLiteral("application/vnd.android.package-archive"),
        QStringLiteral("application/x-apple-diskimage"),
        QStringLiteral("application/x-desktop"),
        QStringLiteral("application/x-deb"),
        QStringLiteral("application/vnd.debian.binary-package"),
        QStringLiteral("application/x-rpm"),
        QStringLiteral("application/x-msdos-batch"),
    };
    return types;
}

/// Roots whose binary sub-types in the shared MIME database run code too. Text types are judged by
/// the exact list only: the database makes application/json a sub-type of application/x-executable
/// (through ecmascript).
const QSet<QString> &executableRoots()
{
    static const QSet<QString> roots = {
        QStringLiteral("application/x-executable"),        QStringLiteral("application/x-sharedlib"),
        QStringLiteral("application/x-msdownload"),        QStringLiteral("application/x-shellscript"),
        QStringLiteral("application/x-ms-dos-executable"), QStringLiteral("application/x-java-archive"),
    };
    return roots;
}

} // namespace

bool AttachmentSafety::hasExecutableExtension(const QString &fileName)
{
    QString name = fileName;
    // Windows ignores trailing dots and spaces, so "setup.exe. " runs as "setup.exe".
    while (!name.isEmpty() && (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' '))))
        name.chop(1);
    const int slash = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    name = name.mid(slash + 1);
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return false;
    return executableExtensions().contains(name.mid(dot + 1).trimmed().toLower());
}

bool AttachmentSafety::isExecutableMimeType(const QString &mimeType)
{
    const QString type = mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type.isEmpty())
        return false;
    if (executableMimeTypes().contains(type))
        return true;
    // Types the shared MIME database knows as sub-types of an executable one (aliases included).
    const QMimeType known = QMimeDatabase().mimeTypeForName(type);
    if (!known.isValid())
        return false;
    if (executableMimeTypes().contains(known.name()))
        return true;
    const QStringList ancestors = known.allAncestors();
    if (ancestors.contains(QLatin1String("text/plain")))
        return false;
    for (const QString &parent : ancestors) {
        if (executableRoots().contains(parent))
            return true;
    }
    return false;
}

bool AttachmentSafety::isExecutable(const QString &fileName, const QString &mimeType)
{
    return hasExecutableExtension(fileName) || isExecutableMimeType(mimeType);
}

} // namespace casebook
