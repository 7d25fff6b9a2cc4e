#pragma once

#include "model/UseCase.h"

#include <QCoreApplication>

namespace casebook {

class Vocabulary;

/// A readable plain-text rendering of a use case, shared by `casebook-cli show` and the window's
/// detail pane. Plain text only: nothing from the record is ever interpreted as markup.
class UseCaseText
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseText)
public:
    static QString toPlainText(const UseCase &useCase);
    /// The labels of vocabulary ids in the UI language, joined with ", ".
    static QString labels(const QStringList &ids, const Vocabulary &vocabulary);
    /// The development context of each country, e.g. "Kenya: Developing country; Rwanda: Least
    /// developed country", in the UI language.
    static QString developmentContexts(const UseCase &useCase);
    /// A KPI's dated measurements as one line, oldest first: "2023: 12 → 2024: 9 → 2025-06: 5".
    static QString measuredOverTime(const QList<KpiMeasurement> &measurements);
    /// The scenarios with their primary actor, triggering event, conditions and numbered steps.
    static QString scenarios(const UseCase &useCase);
    /// One line per KPI: name, baseline, target, measured and the measurements over time.
    static QString kpis(const UseCase &useCase);
};

} // namespace casebook
