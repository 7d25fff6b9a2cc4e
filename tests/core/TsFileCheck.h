#pragma once

#include <QList>
#include <QString>

namespace casebook::test {

/// Checks a Qt Linguist .ts file for a release: every message translated (not unfinished, not
/// empty), every translation keeping its source's placeholders (%1, %L1, %n) and accelerator (&),
/// and every plural message with as many forms as the language has.
class TsFileCheck
{
public:
    enum class Kind { Unreadable, Unfinished, Empty, Placeholder, Accelerator, PluralForms };
    struct Problem
    {
        Kind kind;
        QString context;
        QString source;
        QString detail;
        QString toString() const;
    };

    /// The problems of the file at `path`; none for a complete file.
    static QList<Problem> check(const QString &path);
    /// How many plural forms Qt's rules give the language of a .ts header ("ar", "ru_RU", "zh_CN"):
    /// Arabic 6, Russian 3, Chinese 1, English, French and Spanish 2; 0 for a language not listed.
    static int pluralForms(const QString &language);
};

} // namespace casebook::test
