#pragma once

#include <QByteArray>

namespace casebook {

/// The entry-name rules shared by SafeZipReader and ZipWriter: portable, relative, ASCII names
/// such as "usecases/uc-0001.json" that mean the same on every operating system and file system.
class ZipNameRules
{
public:
    /// The first rule a name breaks, in the order they are checked.
    enum class Violation {
        None,
        Empty, ///< no name at all
        TooLong, ///< longer than the limit
        Backslash, ///< contains '\', a separator on Windows
        DriveLetter, ///< starts with "C:" or similar
        Absolute, ///< starts with '/'
        Traversal, ///< has a ".." segment
        EmptySegment, ///< has an empty or "." segment ("a//b", "./a", "a/")
        Characters, ///< has a byte outside A-Z a-z 0-9 . _ - /
    };

    /// Checks a raw entry name (bytes as stored in the archive). A directory name must have its
    /// trailing '/' removed by the caller before the check.
    static Violation check(const QByteArray &name, int maxLength);

    /// True for the bytes a name may contain: ASCII letters, digits, '.', '_', '-' and '/'.
    static bool isAllowedChar(char c);
};

} // namespace casebook
