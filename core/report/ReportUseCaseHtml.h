#pragma once

#include "model/UseCase.h"
#include "report/HtmlWriter.h"
#include "scoring/ScoreReport.h"

#include <QCoreApplication>

namespace casebook {

/// One use case's section of a report, in the order of the IEC 62559-2 template: description
/// (name, scope and objectives, narrative, KPIs, conditions, further information), actors and
/// references, scenarios with their steps, information exchanged, requirements; then its scores
/// and its standardization gaps.
class ReportUseCaseHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportUseCaseHtml)
public:
    /// `score` is null when the use case is not assessed against the report's rubric; `assessments`
    /// are the use case's own (their rationales and evidence are listed).
    static void write(HtmlWriter &h, const UseCase &useCase, const UseCaseScore *score,
                      const QList<Assessment> &assessments, int index);

private:
    static void description(HtmlWriter &h, const UseCase &u);
    static void kpis(HtmlWriter &h, const UseCase &u);
    static void actorsAndReferences(HtmlWriter &h, const UseCase &u);
    static void scenarios(HtmlWriter &h, const UseCase &u);
    static void informationAndRequirements(HtmlWriter &h, const UseCase &u);
    static void scores(HtmlWriter &h, const UseCaseScore *score);
    static void rationales(HtmlWriter &h, const QList<Assessment> &assessments);
    static void gaps(HtmlWriter &h, const UseCase &u);
};

} // namespace casebook
