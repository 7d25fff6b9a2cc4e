#pragma once

#include <QStringList>

namespace casebook {

/// Splits an SQL script into statements for drivers that run one statement at a time.
/// Statements end with ';' at the end of a line; a CREATE TRIGGER body runs to a line "END;".
/// Lines that hold only a comment are dropped.
class SqlScript
{
public:
    static QStringList split(const QString &script);
};

} // namespace casebook
