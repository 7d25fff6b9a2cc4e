#include "storage/Seeder.h"

#include "model/RubricJson.h"
#include "model/UseCaseJson.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"
#include "storage/UseCaseRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace casebook {

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

    if (examples) {
        QFile file(QStringLiteral(":/casebook/examples/example-usecases.json"));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Storage, tr("The example use cases are missing from this build."));
        const QJsonArray list =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("use_cases")).toArray();
        UseCaseRepository useCases(db);
        for (const QJsonValue &v : list) {
            auto parsed = UseCaseJson::fromJson(v.toObject());
            if (!parsed)
                return makeError(ErrorCode::Storage, tr("An example use case is invalid."),
                                 parsed.error().message);
            if (useCases.get(parsed->uuid))
                continue;
            if (auto stored = useCases.insert(*parsed, UseCaseRepository::WriteMode::Preserve); !stored)
                return stored.error();
            ++counts.useCases;
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return counts;
}

} // namespace casebook
