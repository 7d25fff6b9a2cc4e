#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QString>

namespace casebook::ui {

/// How an import that did not happen is told, for every import path (bundle, spreadsheet, JSON,
/// IEC 62559-3 XML): the first line says nothing was changed, then why in words; the technical
/// detail keeps only printable text, so bytes of a broken file never reach "Show Details".
class ImportFailure
{
    Q_DECLARE_TR_FUNCTIONS(ImportFailure)
public:
    /// `error` told as a refused import: "Nothing was changed." on the first line, then its message.
    static Error told(const Error &error);
    /// The first line alone and `why` after it, for messages shown in a window's status line.
    static QString sentence(const QString &why);
    /// `detail` without control characters, unassigned or private code points or replacement
    /// characters (each run becomes "…"), at most a few thousand characters.
    static QString readableDetail(const QString &detail);
};

} // namespace casebook::ui
