#include "bundle/ZipNameRules.h"

#include <QList>

namespace casebook {

bool ZipNameRules::isAllowedChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
        || c == '-' || c == '/';
}

ZipNameRules::Violation ZipNameRules::check(const QByteArray &name, int maxLength)
{
    if (name.isEmpty())
        return Violation::Empty;
    if (name.size() > maxLength)
        return Violation::TooLong;
    if (name.contains('\\'))
        return Violation::Backslash;
    const char first = name.at(0);
    if (name.size() >= 2 && name.at(1) == ':'
        && ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')))
        return Violation::DriveLetter;
    if (first == '/')
        return Violation::Absolute;
    const QList<QByteArray> segments = name.split('/');
    for (const QByteArray &segment : segments) {
        if (segment == "..")
            return Violation::Traversal;
    }
    for (const QByteArray &segment : segments) {
        if (segment.isEmpty() || segment == ".")
            return Violation::EmptySegment;
    }
    for (const char c : name) {
        if (!isAllowedChar(c))
            return Violation::Characters;
    }
    return Violation::None;
}

} // namespace casebook
