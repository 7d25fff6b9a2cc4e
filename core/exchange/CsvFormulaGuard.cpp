#include "exchange/CsvFormulaGuard.h"

namespace casebook {

namespace {

/// True when `cell` is zero or more quotes followed by a trigger character.
bool quotesThenTrigger(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return i < cell.size() && CsvFormulaGuard::isTrigger(cell.at(i));
}

} // namespace

bool CsvFormulaGuard::isTrigger(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r': return true;
    default: return false;
    }
}

QString CsvFormulaGuard::neutralise(const QString &cell)
{
    return quotesThenTrigger(cell) ? QLatin1Char('\'') + cell : cell;
}

QString CsvFormulaGuard::restore(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && quotesThenTrigger(cell))
        return cell.mid(1);
    return cell;
}

} // namespace casebook
