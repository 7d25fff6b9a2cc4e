#pragma once

#include <QString>

namespace casebook {

/// Keeps spreadsheets from running cell text as a formula ("CSV injection"), reversibly.
///
/// The rule: a cell whose first character is one of  =  +  -  @  TAB  CR  is written with a single
/// quote (') in front of it. So is a cell that starts with one or more quotes followed by one of those
/// characters, so that text which already looks neutralised survives the round trip too. Numbers are
/// no exception: "-5" is written as "'-5" (safer than guessing what is a number; spreadsheets then show
/// it as text). restore() removes exactly one leading quote from exactly those cells, so
/// restore(neutralise(s)) == s for every string s.
class CsvFormulaGuard
{
public:
    /// True for the characters that make a spreadsheet evaluate a cell: = + - @ TAB CR.
    static bool isTrigger(QChar c);
    /// The text to write for `cell`: with a leading quote when the rule above asks for one.
    static QString neutralise(const QString &cell);
    /// The original text of a cell written by neutralise(): one leading quote removed where the rule
    /// added one; every other cell unchanged.
    static QString restore(const QString &cell);
};

} // namespace casebook
