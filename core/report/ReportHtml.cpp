#include "report/ReportHtml.h"

#include "model/Vocabulary.h"
#include "report/HtmlWriter.h"
#include "report/ReportUseCaseHtml.h"
#include "scoring/AlphaBootstrap.h"

#include <QLocale>

namespace casebook {

namespace {

QString cell(const QString &label, const QString &value, int span = 1)
{
    return QStringLiteral("<th align=\"left\" valign=\"top\" width=\"20%\">%1</th><td dir=\"auto\" "
                          "colspan=\"%2\">%3</td>")
        .arg(HtmlWriter::escape(label))
        .arg(span)
        .arg(HtmlWriter::escape(value.trimmed()));
}

/// The cover page as an ITU-T contribution lays it out: the sector and study group above a table of
/// Question(s) and meeting, source, title, purpose, contact, keywords and abstract.
void cover(HtmlWriter &h, const ContributionCover &c)
{
    if (!c.studyGroup.trimmed().isEmpty() || !c.questions.trimmed().isEmpty())
        h.text += QStringLiteral(
                      "<table width=\"100%\" border=\"0\" cellpadding=\"4\"><tr><td><b>%1</b><br/>%2</td>"
                      "<td align=\"right\" dir=\"auto\"><span style=\"font-size:16pt\"><b>%3</b></span>"
                      "</td></tr></table>\n")
                      .arg(HtmlWriter::escape(ReportHtml::tr("INTERNATIONAL TELECOMMUNICATION UNION")),
                           HtmlWriter::escape(ReportHtml::tr("TELECOMMUNICATION STANDARDIZATION SECTOR")),
                           HtmlWriter::escape(c.studyGroup.trimmed()));
    h.text += QStringLiteral(
        "<table class=\"cover\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\">\n");
    auto row = [&h](const QString &cells) {
        h.text += QStringLiteral("<tr>") + cells + QStringLiteral("</tr>\n");
    };
    if (!c.questions.trimmed().isEmpty() || !c.meeting.trimmed().isEmpty())
        row(cell(ReportHtml::tr("Question(s):"), c.questions)
            + cell(ReportHtml::tr("Meeting, date:"), c.meeting));
    const QList<QPair<QString, QString>> rows{{ReportHtml::tr("Study Group:"), c.studyGroup},
                                              {ReportHtml::tr("Source:"), c.source},
                                              {ReportHtml::tr("Title:"), c.title},
                                              {ReportHtml::tr("Purpose:"), c.purpose}};
    for (const auto &r : rows) {
        if (!r.second.trimmed().isEmpty())
            row(cell(r.first, r.second, 3));
    }
    const QString contact =
        QStringList{c.contactName, c.contactOrganization}.join(QLatin1Char('\n')).trimmed();
    if (!contact.isEmpty() || !c.contactEmail.trimmed().isEmpty())
        row(cell(ReportHtml::tr("Contact:"), contact) + cell(ReportHtml::tr("E-mail:"), c.contactEmail));
    for (const auto &r : QList<QPair<QString, QString>>{{ReportHtml::tr("Keywords:"), c.keywords},
                                                        {ReportHtml::tr("Abstract:"), c.abstract}}) {
        if (!r.second.trimmed().isEmpty())
            row(cell(r.first, r.second, 3));
    }
    h.text += QStringLiteral("</table>\n");
}

/// The sections the contents list: anchor and title, in the order of the report.
QList<QPair<QString, QString>> sections(const ContributionReport &r, const ReportHtmlOptions &o)
{
    QList<QPair<QString, QString>> out;
    if (r.scores) {
        out.append({QStringLiteral("method"), ReportHtml::tr("Method")});
        out.append({QStringLiteral("ranking"), ReportHtml::tr("Comparison and ranking")});
    }
    if (!o.figures.isEmpty())
        out.append({QStringLiteral("charts"), ReportHtml::tr("Charts")});
    out.append({QStringLiteral("gaps"), ReportHtml::tr("Standardization gaps")});
    for (qsizetype i = 0; i < r.useCases.size(); ++i)
        out.append(
            {QStringLiteral("uc%1").arg(i), r.useCases[i].code + QStringLiteral(" ") + r.useCases[i].title});
    return out;
}

void contents(HtmlWriter &h, const ContributionReport &r, const ReportHtmlOptions &o)
{
    h.heading(1, QStringLiteral("contents"), ReportHtml::tr("Contents"), true);
    h.text += QStringLiteral("<table class=\"contents\" border=\"0\" cellpadding=\"2\" width=\"100%\">\n");
    int number = 0;
    for (const auto &s : sections(r, o)) {
        const int page = o.pages.value(s.first, 0);
        h.text +=
            QStringLiteral("<tr><td width=\"6%\">%1.</td><td dir=\"auto\"><a href=\"#%2\">%3</a></td>"
                           "<td width=\"8%\" align=\"right\">%4</td></tr>\n")
                .arg(++number)
                .arg(s.first, HtmlWriter::escape(s.second), page > 0 ? QString::number(page) : QString());
    }
    h.text += QStringLiteral("</table>\n");
}

void charts(HtmlWriter &h, const QList<ReportFigure> &figures)
{
    if (figures.isEmpty())
        return;
    h.heading(1, QStringLiteral("charts"), ReportHtml::tr("Charts"), true);
    for (const ReportFigure &f : figures) {
        h.heading(2, f.anchor, f.title);
        h.text += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"/></p>\n")
                      .arg(f.source.toHtmlEscaped())
                      .arg(f.widthPt)
                      .arg(f.heightPt)
                      .arg(f.title.toHtmlEscaped());
        h.para(f.description);
    }
}

QString alphaText(const AlphaEstimate &a)
{
    if (!a.result.alpha)
        return ReportHtml::tr("not computable (too few paired scores)");
    QString s = QString::number(*a.result.alpha, 'f', 3);
    if (a.low && a.high)
        s += ReportHtml::tr(" (95% interval %1 to %2)").arg(*a.low, 0, 'f', 3).arg(*a.high, 0, 'f', 3);
    return s + QStringLiteral(": ") + AlphaBootstrap::readingName(AlphaBootstrap::reading(a.result.alpha));
}

void method(HtmlWriter &h, const ScoreReport &s)
{
    h.heading(1, QStringLiteral("method"), ReportHtml::tr("Method"), true);
    h.labelled(ReportHtml::tr("Rubric"),
               ReportHtml::tr("%1, version %2").arg(s.rubric.name).arg(s.rubric.version));
    h.para(s.rubric.description);
    QList<QStringList> rows;
    for (const RubricDimension &d : s.rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria)
            rows.append({d.name, c.id, c.name, QString::number(c.weight, 'g', 4)});
    }
    h.table({ReportHtml::tr("Dimension"), ReportHtml::tr("Criterion"), ReportHtml::tr("Name"),
             ReportHtml::tr("Weight")},
            rows);
    h.para(ReportHtml::tr(
               "Each criterion is scored from %1 to %2 by each assessor. A use case's index (0 to 100) "
               "is the weighted mean of the per-criterion medians across assessors; criteria not "
               "applicable are left out and the other weights renormalised. Coverage is the share of "
               "the rubric's weight that was scored; use cases below the minimum coverage are listed "
               "but not ranked.")
               .arg(s.rubric.scaleMin)
               .arg(s.rubric.scaleMax));
    QStringList knockouts;
    for (const KnockoutRule &k : s.rubric.knockouts)
        knockouts.append(
            ReportHtml::tr("%1 at level %2 or below: %3").arg(k.criterionId).arg(k.whenScore).arg(k.flag));
    h.list(ReportHtml::tr("Knock-out rules (they fire when any assessor scores at or below the level)"),
           knockouts);
    h.labelled(ReportHtml::tr("Agreement between assessors (Krippendorff's alpha, interval)"),
               alphaText(s.alphaInterval));
    h.labelled(ReportHtml::tr("Agreement between assessors (Krippendorff's alpha, ordinal)"),
               alphaText(s.alphaOrdinal));
}

void ranking(HtmlWriter &h, const ScoreReport &s)
{
    h.heading(1, QStringLiteral("ranking"), ReportHtml::tr("Comparison and ranking"), true);
    QList<QStringList> rows;
    for (const UseCaseScore &u : s.useCases) {
        QStringList flags;
        for (const ScoreFlag &f : u.flags)
            flags.append(f.toString());
        rows.append({u.rank ? QString::number(*u.rank) : QStringLiteral("–"), u.useCase.code, u.useCase.title,
                     HtmlWriter::number(u.overall), QStringLiteral("%1%").arg(qRound(u.coverage * 100)),
                     QString::number(u.assessors.size()), HtmlWriter::number(u.spread),
                     flags.join(QLatin1String(", "))});
    }
    h.table({ReportHtml::tr("Rank"), ReportHtml::tr("Code"), ReportHtml::tr("Use case"),
             ReportHtml::tr("Index"), ReportHtml::tr("Coverage"), ReportHtml::tr("Assessors"),
             ReportHtml::tr("Spread"), ReportHtml::tr("Flags")},
            rows, {7, 15, 14, 8, 13, 12, 9, 22}); // codes, headings and flags unbroken
}

void gaps(HtmlWriter &h, const QList<GapEntry> &all)
{
    const Vocabularies &v = Vocabularies::instance();
    h.heading(1, QStringLiteral("gaps"), ReportHtml::tr("Standardization gaps"), true);
    if (all.isEmpty())
        h.para(ReportHtml::tr("The use cases of this report record no standardization gap."));
    for (const GapGroup &g : GapRegister::grouped(all, GapRegister::Grouping::Facet)) {
        const QString name = g.key.isEmpty() ? ReportHtml::tr("Facet not given")
                                             : v.interoperabilityFacets().displayLabel(g.key);
        h.heading(2, QStringLiteral("gaps-%1").arg(g.key.isEmpty() ? QStringLiteral("none") : g.key),
                  ReportHtml::tr("%1 (%n gap(s))", nullptr, int(g.gaps.size())).arg(name));
        QList<QStringList> rows;
        for (const GapEntry &e : g.gaps)
            rows.append({e.useCaseCode, e.gap.description, e.gap.candidateSdo, e.gap.question,
                         v.priorities().displayLabel(e.gap.priority),
                         v.gapStatuses().displayLabel(e.gap.status)});
        h.table({ReportHtml::tr("Use case"), ReportHtml::tr("Gap"), ReportHtml::tr("Candidate SDO"),
                 ReportHtml::tr("Question"), ReportHtml::tr("Priority"), ReportHtml::tr("Status")},
                rows, {16, 33, 15, 12, 10, 14});
    }
}

} // namespace

QStringList ReportHtml::sectionAnchors(const ContributionReport &report, const ReportHtmlOptions &options)
{
    QStringList out;
    for (const auto &s : sections(report, options))
        out.append(s.first);
    return out;
}

QString ReportHtml::render(const ContributionReport &r, const ReportHtmlOptions &o)
{
    HtmlWriter h;
    const QString title = r.cover.title.isEmpty() ? tr("Use cases") : r.cover.title;
    h.text = QStringLiteral(
                 "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>%1</title>\n"
                 "<style>body{font-family:'Noto Sans','DejaVu Sans','Noto Sans CJK SC','Droid Sans "
                 "Fallback',sans-serif;font-size:10pt} th{background:#e8e8e8;text-align:left;font-size:9pt}"
                 " table{border-collapse:collapse;margin-bottom:8pt} h1{font-size:16pt} h2{font-size:13pt}"
                 " h3{font-size:11pt}</style></head><body>\n")
                 .arg(HtmlWriter::escape(title));
    cover(h, r.cover);
    contents(h, r, o);
    if (r.scores) {
        method(h, *r.scores);
        ranking(h, *r.scores);
    }
    charts(h, o.figures);
    gaps(h, r.gaps);
    for (qsizetype i = 0; i < r.useCases.size(); ++i) {
        const UseCaseScore *score = nullptr;
        if (r.scores) {
            for (const UseCaseScore &s : r.scores->useCases) {
                if (s.useCase.uuid == r.useCases[i].uuid)
                    score = &s;
            }
        }
        QList<Assessment> own;
        for (const Assessment &a : r.assessments) {
            if (a.useCaseUuid == r.useCases[i].uuid)
                own.append(a);
        }
        ReportUseCaseHtml::write(h, r.useCases[i], score, own, int(i));
    }
    h.text += QStringLiteral("</body></html>\n");
    return h.text;
}

} // namespace casebook
