#include "storage/Seeder.h"

#include "model/RubricJson.h"
#include "model/UseCaseJson.h"
#include "model/UseCaseValidator.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"
#include "storage/UseCaseRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace casebook {

namespace {

Result<QList<UseCase>> exampleUseCases()
{
    QFile file(QStringLiteral(":/casebook/examples/example-usecases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Storage,
                         Seeder::tr("The example use cases are missing from this build."));
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("use_cases")).toArray();
    // Read as stored records are (types only): every start compares them with the stored examples,
    // and the rules (which load the country list) are applied to an example only when it is written.
    UseCaseJson::ParseOptions types;
    types.applyRules = false;
    QList<UseCase> out;
    for (const QJsonValue &v : list) {
        auto parsed = UseCaseJson::fromJson(v.toObject(), types);
        if (!parsed)
            return makeError(ErrorCode::Storage, Seeder::tr("An example use case is invalid."),
                             parsed.error().message);
        out.append(*parsed);
    }
    return out;
}

/// The rules every written example follows (tst_Seeder: all ten shipped examples are written).
Status checkExample(const UseCase &example)
{
    if (Status valid = UseCaseValidator::check(example); !valid)
        return makeError(ErrorCode::Storage, Seeder::tr("An example use case is invalid."),
                         valid.error().message);
    return {};
}

/// A stored example that nobody has edited (its editor is still the examples' own) and whose text
/// this version corrects: written again as the next revision, the earlier one kept in history.
Result<bool> refreshUntouched(Database &db, UseCaseRepository &repo, const UseCase &example)
{
    auto stored = repo.findExisting(example.uuid);
    if (!stored)
        return stored.error();
    if (!*stored || (*stored)->modifiedBy != example.modifiedBy)
        return false;
    const UseCase &old = **stored;
    UseCase next = example; // the example's text with the stored record's bookkeeping
    next.id = old.id;
    next.tags = old.tags;
    next.revision = old.revision;
    next.createdAt = old.createdAt;
    next.modifiedAt = old.modifiedAt;
    if (next.sameContent(old))
        return false;
    next.revision = old.revision + 1;
    next.modifiedAt = db.clock().nowUtc();
    if (Status valid = checkExample(next); !valid)
        return valid.error();
    if (auto written = repo.update(next, UseCaseRepository::WriteMode::Preserve); !written)
        return written.error();
    return true;
}

} // namespace

Result<Seeder::Counts> Seeder::seed(Database &db, bool examples)
{
    Counts counts;
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();

    RubricRepository rubrics(db);
    const Rubric rubric = RubricJson::defaultRubric();
    if (!rubrics.get(rubric.uuid)) {
        if (auto r = rubrics.insert(rubric); !r)
            return r.error();
        ++counts.rubrics;
    }

    auto list = exampleUseCases();
    if (!list)
        return list.error();
    UseCaseRepository useCases(db);
    for (const UseCase &example : std::as_const(*list)) {
        auto refreshed = refreshUntouched(db, useCases, example);
        if (!refreshed)
            return refreshed.error();
        counts.refreshed += *refreshed ? 1 : 0;
        if (!examples || *refreshed)
            continue;
        auto existing = useCases.findExisting(example.uuid);
        if (!existing)
            return existing.error();
        if (*existing)
            continue;
        if (Status valid = checkExample(example); !valid)
            return valid.error();
        if (auto stored = useCases.insert(example, UseCaseRepository::WriteMode::Preserve); !stored)
            return stored.error();
        ++counts.useCases;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return counts;
}

} // namespace casebook
