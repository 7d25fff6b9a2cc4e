#pragma once

#include "model/UseCase.h"
#include "report/GapRegister.h"
#include "scoring/ScoreReport.h"
#include "search/ExportSelection.h"
#include "support/Result.h"

#include <QCoreApplication>

#include <optional>

namespace casebook {

class Database;

/// The cover page of a contribution to an ITU-T study-group meeting. Empty fields are left out.
struct ContributionCover
{
    QString questions; ///< "Q2/20, Q4/20"
    QString studyGroup; ///< "Study Group 20"
    QString meeting; ///< place and date: "Geneva, 3-12 March 2027"
    QString source; ///< the organization(s) submitting it
    QString title;
    QString purpose; ///< "Discussion", "Information", "Proposal"
    QString contactName;
    QString contactOrganization;
    QString contactEmail;
    QString keywords;
    QString abstract;
};

/// Everything a report shows, gathered once: the chosen use cases in code order, their scores
/// against one rubric version (when any are assessed) and their gaps.
struct ContributionReport
{
    ContributionCover cover;
    QList<UseCase> useCases;
    std::optional<ScoreReport> scores; ///< only the chosen use cases; nullopt when none is assessed
    QList<Assessment> assessments; ///< behind `scores`: the rationales and evidence of each assessor
    QList<GapEntry> gaps;
    QStringList restrictedLeftOut; ///< codes of restricted use cases the selection left out
};

/// Reads a report's content from the repository (the same selection rule as every export,
/// restricted use cases included only when the selection says so).
class ContributionReportLoader
{
    Q_DECLARE_TR_FUNCTIONS(ContributionReportLoader)
public:
    static Result<ContributionReport> load(Database &db, const ExportSelection &selection,
                                           const QString &rubricIdOrName, const ContributionCover &cover);
};

} // namespace casebook
