// casebook-cli report: a contribution report to PDF, ODT or HTML (docs/cli.md).
#include "cli/CliSupport.h"
#include "print/ReportFileWriter.h"
#include "print/ReportFonts.h"
#include "report/ContributionReport.h"

#include <QFileInfo>
#include <QSettings>

namespace casebook::cli {

namespace {

/// The cover fields and their options: option name, help, and the field.
struct CoverOption
{
    const char *name;
    const char *help;
    QString ContributionCover::*field;
};

const QList<CoverOption> &coverOptions()
{
    static const QList<CoverOption> options{
        {"question", QT_TRANSLATE_NOOP("casebook::cli", "The Question(s) of the cover page, e.g. Q2/20."),
         &ContributionCover::questions},
        {"study-group", QT_TRANSLATE_NOOP("casebook::cli", "The study group, e.g. \"Study Group 20\"."),
         &ContributionCover::studyGroup},
        {"meeting", QT_TRANSLATE_NOOP("casebook::cli", "The meeting's place and date."),
         &ContributionCover::meeting},
        {"source",
         QT_TRANSLATE_NOOP("casebook::cli", "The source (default: your organization in Preferences)."),
         &ContributionCover::source},
        {"purpose", QT_TRANSLATE_NOOP("casebook::cli", "The purpose: Discussion, Information, Proposal..."),
         &ContributionCover::purpose},
        {"contact-name",
         QT_TRANSLATE_NOOP("casebook::cli", "The contact's name (default: from Preferences)."),
         &ContributionCover::contactName},
        {"contact-organization",
         QT_TRANSLATE_NOOP("casebook::cli", "The contact's organization (default: from Preferences)."),
         &ContributionCover::contactOrganization},
        {"contact-email",
         QT_TRANSLATE_NOOP("casebook::cli", "The contact's email (default: from Preferences)."),
         &ContributionCover::contactEmail},
        {"keywords", QT_TRANSLATE_NOOP("casebook::cli", "The keywords of the cover page."),
         &ContributionCover::keywords},
        {"abstract", QT_TRANSLATE_NOOP("casebook::cli", "The abstract of the cover page."),
         &ContributionCover::abstract},
    };
    return options;
}

/// The member's identity as the window's Preferences keep it (the same settings file).
ContributionCover coverDefaults()
{
    const QSettings s;
    ContributionCover c;
    c.title = tr("Use cases and standardization gaps");
    c.contactName = s.value(QStringLiteral("identity/name")).toString();
    c.contactOrganization = s.value(QStringLiteral("identity/organization")).toString();
    c.contactEmail = s.value(QStringLiteral("identity/email")).toString();
    c.source = c.contactOrganization;
    return c;
}

ContributionCover coverFrom(const QCommandLineParser &p)
{
    ContributionCover c = coverDefaults();
    if (p.isSet(QStringLiteral("title")))
        c.title = p.value(QStringLiteral("title"));
    for (const CoverOption &o : coverOptions()) {
        if (p.isSet(QString::fromLatin1(o.name)))
            c.*o.field = p.value(QString::fromLatin1(o.name));
    }
    return c;
}

std::optional<QPageSize::PageSizeId> pageSizeFrom(const QString &value)
{
    if (value.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (value.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    return std::nullopt;
}

/// Tells on standard error which scripts of the report no installed font can print.
void warnUncoveredScripts(const ContributionReport &report, ReportFormat format)
{
    if (format != ReportFormat::Pdf)
        return;
    QString text = report.cover.title + report.cover.abstract;
    for (const UseCase &u : report.useCases)
        text += u.title + u.summary + u.description;
    for (const GapEntry &g : report.gaps)
        text += g.gap.description;
    for (const QString &script : ReportFonts::uncoveredScripts(text))
        err() << tr("Warning: no installed font covers %1; the PDF will show empty boxes for it.").arg(script)
              << Qt::endl;
}

int cmdReport(const Context &ctx, const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("out"));
    if (path.isEmpty())
        return usage(tr("report needs --out FILE.pdf, FILE.odt or FILE.html."));
    const auto format = ReportFileWriter::formatFor(path);
    if (!format)
        return usage(tr("cannot tell the report's format from '%1'; name it .pdf, .odt or .html.").arg(path));
    if (QFileInfo::exists(path) && !p.isSet(QStringLiteral("force")))
        return usage(tr("%1 exists; use --force to replace it.").arg(path));
    const auto pageSize = pageSizeFrom(p.value(QStringLiteral("page-size")));
    if (!pageSize)
        return usage(
            tr("unknown page size '%1'; use a4 or letter.").arg(p.value(QStringLiteral("page-size"))));
    auto selection = selectionFrom(p);
    if (!selection)
        return fail(ctx, selection.error());
    const QString words = p.positionalArguments().join(QLatin1Char(' '));
    if (!words.trimmed().isEmpty()) {
        noteIgnored(SearchQuery::parse(words));
        selection->query = QString(selection->query + QLatin1Char(' ') + words).trimmed();
    }
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    QString rubric = p.value(QStringLiteral("rubric"));
    if (p.isSet(QStringLiteral("workshop"))) {
        auto w = workshopSelection(**db, p, *selection);
        if (!w)
            return fail(ctx, w.error());
        if (rubric.isEmpty())
            rubric = w->rubric.uuid;
    }
    auto report = ContributionReportLoader::load(**db, *selection, rubric, coverFrom(p));
    if (!report)
        return fail(ctx, report.error());
    warnUncoveredScripts(*report, *format);
    ReportWriteOptions options;
    options.pageSize = *pageSize;
    auto pages = ReportFileWriter::write(*report, path, *format, options);
    if (!pages)
        return fail(ctx, pages.error());
    noteRestrictedLeftOut(*selection, report->restrictedLeftOut);
    if (*format == ReportFormat::Pdf)
        out() << tr("Wrote %1: %2, %3.")
                     .arg(QFileInfo(path).fileName(),
                          tr("%n use case(s)", nullptr, int(report->useCases.size())),
                          tr("%n page(s)", nullptr, *pages))
              << Qt::endl;
    else
        out() << tr("Wrote %1: %n use case(s).", nullptr, int(report->useCases.size()))
                     .arg(QFileInfo(path).fileName())
              << Qt::endl;
    return Success;
}

} // namespace

Command reportCommand()
{
    return {QStringLiteral("report"),
            QStringLiteral(
                "report --out FILE.pdf|FILE.odt|FILE.html [QUERY | selection options | --workshop NAME] "
                "[--rubric R] [--title TEXT] [cover options] [--page-size a4|letter] [--force]"),
            tr("A contribution report: cover page, method, ranking, charts, gap register by facet and one "
               "section per use case. Works without a display."),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("out"), tr("The report file: .pdf, .odt or .html."), tr("file")});
                p.addOption({QStringLiteral("force"), tr("Replace FILE if it exists.")});
                addSelectionOptions(p);
                p.addOption({QStringLiteral("workshop"),
                             tr("The use cases of this workshop, scored against its rubric unless --rubric."),
                             tr("name")});
                p.addOption({QStringLiteral("rubric"),
                             tr("The rubric (UUID or name) of the scores (default: the most used)."),
                             tr("rubric")});
                p.addOption({QStringLiteral("title"), tr("The title of the report."), tr("text")});
                for (const CoverOption &o : coverOptions())
                    p.addOption({QString::fromLatin1(o.name), tr(o.help), tr("text")});
                p.addOption({QStringLiteral("page-size"), tr("a4 (default) or letter."), tr("size"),
                             QStringLiteral("a4")});
                p.addPositionalArgument(QStringLiteral("QUERY"),
                                        tr("Only use cases that match this search (as --query)."));
            },
            cmdReport,
            true};
}

} // namespace casebook::cli
