#pragma once

#include "model/UseCase.h"
#include "search/SearchQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

/// One standardization gap with the use case that raises it.
struct GapEntry
{
    QString useCaseUuid;
    QString useCaseCode;
    QString useCaseTitle;
    StandardizationGap gap;
};

/// Gaps with one value of the grouping (a facet, an SDO, a Question or a status).
struct GapGroup
{
    QString key; ///< as stored (a facet id, an SDO as first written...); empty: gaps without one
    QList<GapEntry> gaps;
};

/// Gaps of several use cases that look like one: same facet, same SDO (ignoring case) and similar
/// words. The study group's strongest signal: the same gap found in different deployments.
struct SharedGap
{
    QString facet;
    QString candidateSdo;
    QList<GapEntry> gaps; ///< one or more per use case, at least two use cases
    QStringList useCaseCodes() const;
};

/// The gap register: every gap of the chosen use cases, filtered, grouped and shaped for the CLI,
/// the window and reports (`casebook-cli gaps`, docs/cli.md).
class GapRegister
{
    Q_DECLARE_TR_FUNCTIONS(GapRegister)
public:
    enum class Grouping { None, Facet, Sdo, Question, Status };

    /// Reads "facet", "sdo", "question", "status" or "none".
    static std::optional<Grouping> groupingFrom(const QString &name);

    /// Keeps the gaps that themselves satisfy the query's gap filters (gap:, sdo:, question:), so
    /// `question:Q2/20` lists the gaps for Q2/20 and not every gap of a use case that names it.
    static QList<GapEntry> filtered(const QList<GapEntry> &gaps, const SearchQuery &query);
    /// Groups in order of their key (ignoring case), gaps without a value last; the gaps keep their order.
    static QList<GapGroup> grouped(const QList<GapEntry> &gaps, Grouping grouping);
    /// Gaps raised by at least two use cases (see SharedGap), largest first.
    static QList<SharedGap> shared(const QList<GapEntry> &gaps);
    /// True when two gap descriptions share most of their words (or, in scripts without spaces,
    /// their character pairs).
    static bool similar(const QString &a, const QString &b);

    /// `{use_case: {uuid, code, title}, description, facet, candidate_sdo, question, priority, status}`.
    static QJsonObject toJson(const GapEntry &gap);
    static QJsonArray toJson(const QList<GapEntry> &gaps);
    /// `[{group, count, gaps: [...]}]`.
    static QJsonArray toJson(const QList<GapGroup> &groups);
    /// The header and rows of the CSV form: one row per gap; a first column "group" when grouped.
    static QStringList csvHeader(bool grouped);
    static QList<QStringList> csvRows(const QList<GapGroup> &groups, bool grouped);
};

} // namespace casebook
