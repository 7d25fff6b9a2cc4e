#pragma once

#include "model/UseCase.h"
#include "storage/Database.h"
#include "storage/UseCaseRepository.h"

#include <QHash>

namespace casebook::test {

/// Hand-made use cases with known gaps, for the gap register and the search completion:
/// UC-T-001 Street lights (semantic, ETSI, Q2/20, high), UC-T-002 Water meters (the same gap in
/// other words; behavioural, oneM2M, Q4/20, low, liaised), UC-T-003 Parking (policy, no SDO, a
/// description with markup and line breaks), UC-T-004 Air quality (no gap). Returns code -> uuid.
inline QHash<QString, QString> addGapUseCases(Database &db)
{
    auto gap = [](const QString &description, const QString &facet, const QString &sdo,
                  const QString &question, const QString &priority, const QString &status) {
        return StandardizationGap{description, facet, sdo, question, priority, status};
    };
    const QString semantic = QStringLiteral("semantic");
    const QString etsi = QStringLiteral("ETSI");
    struct Record
    {
        QString code;
        QString title;
        QList<StandardizationGap> gaps;
    };
    const QList<Record> records{
        {QStringLiteral("UC-T-001"),
         QStringLiteral("Street lights"),
         {gap(QStringLiteral("No common data model for meter readings of lamps"), semantic, etsi,
              QStringLiteral("Q2/20"), QStringLiteral("high"), QStringLiteral("identified"))}},
        {QStringLiteral("UC-T-002"),
         QStringLiteral("Water meters"),
         {gap(QStringLiteral("No common data model for water meter readings"), semantic, etsi,
              QStringLiteral("Q2/20"), QStringLiteral("medium"), QStringLiteral("identified")),
          gap(QStringLiteral("Device onboarding differs per vendor"), QStringLiteral("behavioural"),
              QStringLiteral("oneM2M"), QStringLiteral("Q4/20"), QStringLiteral("low"),
              QStringLiteral("liaised"))}},
        {QStringLiteral("UC-T-003"),
         QStringLiteral("Parking"),
         {gap(QStringLiteral("<b>Tariff</b> data\nis not published"), QStringLiteral("policy"), QString(),
              QString(), QStringLiteral("high"), QStringLiteral("identified"))}},
        {QStringLiteral("UC-T-004"), QStringLiteral("Air quality"), {}},
    };
    QHash<QString, QString> uuids;
    UseCaseRepository repo(db);
    for (const Record &r : records) {
        UseCase u;
        u.code = r.code;
        u.title = r.title;
        u.gaps = r.gaps;
        if (auto stored = repo.insert(u))
            uuids.insert(r.code, stored->uuid);
    }
    return uuids;
}

} // namespace casebook::test
