// casebook-cli workshop round NAME open|reveal|close|score|status (docs/cli.md, docs/workshops.md).
#include "cli/CliSupport.h"
#include "model/AssessmentJson.h"
#include "model/WorkshopJson.h"
#include "storage/RoundSheetRepository.h"
#include "storage/UseCaseRepository.h"
#include "workshop/RoundAgreement.h"
#include "workshop/RoundDistribution.h"
#include "workshop/WorkshopRounds.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace casebook::cli {

namespace {

/// Who scores: --assessor, else $CASEBOOK_CONTRIBUTOR; the identity as `assess` files it.
Result<QPair<QString, QString>> assessorOf(Database &db, const QCommandLineParser &p)
{
    const QString name = p.isSet(QStringLiteral("assessor")) ? p.value(QStringLiteral("assessor")).trimmed()
                                                             : db.contributor().trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::Usage, tr("Say who scores: --assessor NAME or $CASEBOOK_CONTRIBUTOR."));
    return qMakePair(db.assessorIdFor(name), name);
}

Result<RoundScore> scoreFrom(Database &db, const QCommandLineParser &p)
{
    for (const char *option : {"use-case", "criterion", "level"}) {
        if (p.value(QString::fromLatin1(option)).trimmed().isEmpty())
            return makeError(ErrorCode::Usage,
                             tr("workshop round NAME score needs --use-case, --criterion and "
                                "--level."));
    }
    auto u = UseCaseRepository(db).get(p.value(QStringLiteral("use-case")).trimmed());
    if (!u)
        return u.error();
    RoundScore s{u->uuid, p.value(QStringLiteral("criterion")).trimmed(), ScoreState::Level, 0,
                 p.value(QStringLiteral("reason")).trimmed()};
    const QString level = p.value(QStringLiteral("level")).trimmed().toLower();
    bool ok = false;
    s.level = level.toInt(&ok);
    if (level == QLatin1String("na") || level == QLatin1String("n/a"))
        s.state = ScoreState::NotApplicable;
    else if (level == QLatin1String("unknown"))
        s.state = ScoreState::Unknown;
    else if (!ok)
        return makeError(ErrorCode::Usage,
                         tr("--level '%1' is not a level; use a whole number, na or unknown.").arg(level));
    return s;
}

int roundScore(const Context &ctx, const QCommandLineParser &p, const QString &name)
{
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto who = assessorOf(**db, p);
    if (!who)
        return fail(ctx, who.error());
    auto score = scoreFrom(**db, p);
    if (!score)
        return fail(ctx, score.error());
    auto sheet = WorkshopRounds(**db).score(name, who->first, who->second, {*score});
    if (!sheet)
        return fail(ctx, sheet.error());
    out() << tr("Round %1: %2 scored %3 of %4 (%5 score(s) in this round).")
                 .arg(sheet->round)
                 .arg(who->second, score->criterionId, p.value(QStringLiteral("use-case")).trimmed())
                 .arg(sheet->scores.size())
          << Qt::endl;
    return Success;
}

int roundState(const Context &ctx, const QString &name, const QString &action)
{
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    WorkshopRounds rounds(**db);
    auto w = action == QLatin1String("open") ? rounds.openRound(name)
        : action == QLatin1String("reveal")  ? rounds.reveal(name)
                                             : rounds.close(name);
    if (!w)
        return fail(ctx, w.error());
    const WorkshopRound *r = w->currentRound();
    out() << tr("Workshop \"%1\": round %2 is %3.").arg(w->name).arg(r->number).arg(roundStateName(r->state))
          << Qt::endl;
    return Success;
}

/// `{workshop, round, state, assessors, own, distribution?, agreement}`: what the member may see.
Result<QJsonObject> statusJson(Database &db, const ResolvedWorkshop &r, const QString &assessorId)
{
    const WorkshopRound *round = r.workshop.currentRound();
    QJsonObject o{{QStringLiteral("workshop"), r.workshop.name},
                  {QStringLiteral("round"), round ? round->number : 0},
                  {QStringLiteral("state"), round ? roundStateName(round->state) : QString()}};
    if (!round)
        return o;
    RoundSheetRepository sheets(db);
    auto inRound = sheets.sheets(r.workshop.uuid, round->number);
    if (!inRound)
        return inRound.error();
    o.insert(QStringLiteral("assessors"), int(inRound->size()));
    auto own = sheets.find(r.workshop.uuid, round->number, assessorId);
    if (!own)
        return own.error();
    o.insert(QStringLiteral("own"), *own ? QJsonValue(WorkshopJson::sheetToJson(**own)) : QJsonValue());
    if (round->state != RoundState::Open) {
        auto distribution = RoundDistribution::of(db, r.workshop.uuid, round->number);
        if (!distribution)
            return distribution.error();
        QJsonObject shown = distribution->toJson();
        QJsonArray cells = shown.value(QStringLiteral("cells")).toArray();
        for (int i = 0; i < cells.size(); ++i) {
            QJsonObject cell = cells[i].toObject();
            auto u =
                UseCaseRepository(db).findExisting(cell.value(QStringLiteral("use_case_uuid")).toString());
            cell.insert(QStringLiteral("use_case_code"), u && *u ? (*u)->code : QString());
            cells[i] = cell;
        }
        shown.insert(QStringLiteral("cells"), cells);
        o.insert(QStringLiteral("distribution"), shown);
    }
    auto agreement = WorkshopScope::revealedAgreement(db, r);
    if (!agreement)
        return agreement.error();
    o.insert(QStringLiteral("agreement"), RoundAgreement::toJson(*agreement));
    return o;
}

QString numberText(const QJsonValue &v, int decimals = 3)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'f', decimals) : QStringLiteral("-");
}

void printAgreement(const QJsonArray &rounds)
{
    for (const QJsonValue &round : rounds) {
        out()
            << tr("Round %1 agreement (criterion: spread, alpha interval, change since the previous round):")
                   .arg(round[QStringLiteral("round")].toInt())
            << "\n";
        const QJsonObject criteria = round[QStringLiteral("criteria")].toObject();
        for (auto it = criteria.constBegin(); it != criteria.constEnd(); ++it) {
            const QJsonObject c = it.value().toObject();
            if (c[QStringLiteral("assessors")].toInt() == 0)
                continue;
            out() << QStringLiteral("  %1  %2 (%3)  %4 (%5)  %6\n")
                         .arg(it.key(), -4)
                         .arg(numberText(c[QStringLiteral("spread")], 2),
                              numberText(c[QStringLiteral("spread_change")], 2),
                              numberText(c[QStringLiteral("alpha_interval")][QStringLiteral("value")]),
                              numberText(c[QStringLiteral("alpha_interval_change")]),
                              c[QStringLiteral("alpha_interval")][QStringLiteral("reading")].toString());
        }
    }
}

void printStatus(const QJsonObject &o)
{
    if (o.value(QStringLiteral("round")).toInt() == 0) {
        out()
            << tr("The workshop \"%1\" has no round yet.").arg(o.value(QStringLiteral("workshop")).toString())
            << Qt::endl;
        return;
    }
    out() << tr("Workshop \"%1\": round %2 is %3; %4.")
                 .arg(o.value(QStringLiteral("workshop")).toString())
                 .arg(o.value(QStringLiteral("round")).toInt())
                 .arg(o.value(QStringLiteral("state")).toString(),
                      tr("%n assessor(s) scored", nullptr, o.value(QStringLiteral("assessors")).toInt()))
          << "\n";
    const QJsonArray own = o.value(QStringLiteral("own"))[QStringLiteral("scores")].toArray();
    out() << tr("Your scores in this round: %1.").arg(own.size()) << "\n";
    if (o.contains(QStringLiteral("distribution")))
        for (const QJsonValue &cell :
             o.value(QStringLiteral("distribution"))[QStringLiteral("cells")].toArray()) {
            QStringList answers;
            for (const QJsonValue &s : cell[QStringLiteral("scores")].toArray())
                answers.append(s[QStringLiteral("assessor")].toString() + QLatin1Char('=')
                               + (s[QStringLiteral("level")].isDouble()
                                      ? QString::number(s[QStringLiteral("level")].toInt())
                                      : s[QStringLiteral("state")].toString()));
            out() << QStringLiteral("  %1 %2: %3\n")
                         .arg(cell[QStringLiteral("use_case_code")].toString(),
                              cell[QStringLiteral("criterion")].toString(),
                              answers.join(QLatin1String(", ")));
        }
    else
        out() << tr("The others' scores are hidden until the facilitator reveals the round.") << "\n";
    printAgreement(o.value(QStringLiteral("agreement")).toArray());
    out().flush();
}

int roundStatus(const Context &ctx, const QCommandLineParser &p, const QString &name)
{
    QString message;
    if (!formatAllowed(p.value(QStringLiteral("format")), {QStringLiteral("table"), QStringLiteral("json")},
                       &message))
        return usage(message);
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto resolved = WorkshopScope::resolve(**db, name);
    if (!resolved)
        return fail(ctx, resolved.error());
    auto who = assessorOf(**db, p);
    auto status = statusJson(**db, *resolved, who ? who->first : QString());
    if (!status)
        return fail(ctx, status.error());
    if (p.value(QStringLiteral("format")) == QLatin1String("json")) {
        out() << QString::fromUtf8(QJsonDocument(*status).toJson(QJsonDocument::Indented));
        out().flush();
    } else {
        printStatus(*status);
    }
    return Success;
}

} // namespace

int workshopRound(const Context &ctx, const QCommandLineParser &p, const QString &name, const QString &action)
{
    if (p.positionalArguments().size() > 3)
        return usage(tr("workshop round takes one name and one action; quote a name with spaces."));
    if (action == QLatin1String("open") || action == QLatin1String("reveal")
        || action == QLatin1String("close"))
        return roundState(ctx, name, action);
    if (action == QLatin1String("score"))
        return roundScore(ctx, p, name);
    if (action == QLatin1String("status"))
        return roundStatus(ctx, p, name);
    return usage(
        action.isEmpty()
            ? tr("workshop round NAME needs an action: open, reveal, close, score or status.")
            : tr("unknown round action '%1'; use open, reveal, close, score or status.").arg(action));
}

} // namespace casebook::cli
