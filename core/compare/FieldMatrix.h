#pragma once

#include "model/UseCase.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

/// One fact compared across use cases: its label, its value in each use case (plain text, in the
/// UI language), and whether the values differ.
struct FieldRow
{
    QString label;
    QStringList values; ///< one per use case, in the comparison's order
    bool differs = false; ///< not every value is the same
};

/// The facts of several use cases side by side (use cases as columns, facts as rows): classification,
/// context, technology and outcomes, so a room sees at once where they differ.
class FieldMatrix
{
    Q_DECLARE_TR_FUNCTIONS(FieldMatrix)
public:
    static QList<FieldRow> build(const QList<UseCase> &useCases);
};

} // namespace casebook
