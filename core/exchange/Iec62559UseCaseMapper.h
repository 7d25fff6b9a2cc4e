#pragma once

#include "exchange/SafeXmlReader.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebook {

/// The repository-level libraries of an IEC 62559-3 file, by technicalId.
struct Iec62559Libraries
{
    QHash<QString, const XmlElement *> actors;
    QHash<QString, const XmlElement *> requirements;
    QHash<QString, QString> requirementCategory; ///< requirement technicalId -> category name
    QHash<QString, const XmlElement *> businessObjects;
    QHash<QString, QString> businessObjectByName; ///< nameKey(name) -> technicalId, the first in the file
    /// technicalIds some use case refers to (what is left over is reported).
    mutable QSet<QString> used;

    /// How names are compared when a reference is resolved by name: trimmed, case-folded.
    static QString nameKey(const QString &name) { return name.trimmed().toCaseFolded(); }
};

/// Maps one `UseCase` element of an IEC 62559-3 file to the JSON form of a record
/// (docs/usecase-json.md), resolving its references against the libraries: the elements first,
/// then Casebook's "casebook:<field>" custom information over them. Content with no record field
/// is collected in `unmapped` (element path -> the element as JSON). A reference is resolved by its
/// technicalId, else by its name (actors: those of the use case too; business objects: those of the
/// library too, or one only named); a reference that names nothing in the file is kept unmapped:
/// the schema has no key references, so such a file validates and is not refused.
class Iec62559UseCaseMapper
{
    Q_DECLARE_TR_FUNCTIONS(Iec62559UseCaseMapper)
public:
    Iec62559UseCaseMapper(const Iec62559Libraries &libraries, const QString &fileName)
        : m_lib(libraries)
        , m_file(fileName)
    { }

    /// The record's JSON, or the error; `unmapped` receives what was kept rather than mapped.
    Result<QJsonObject> map(const XmlElement &useCase, QJsonObject *unmapped);

    /// An element as JSON: its text, or an object of its children (repeated names as arrays).
    static QJsonValue elementJson(const XmlElement &e);

private:
    Error error(const XmlElement &e, const QString &what) const;
    void keep(const QString &path, const XmlElement &e);
    QString actorName(const XmlElement &ref, const QString &path);
    QString namedActor(const QString &name, const QString &role);
    void keepActorTechnicalId(const QString &actor, const QString &tid);
    QString libraryActor(const QString &tid, const XmlElement &actor, const QString &furtherInformation);
    QString requirementId(const XmlElement &ref, const QString &path);
    QString newRequirementId(const QString &tid, const QString &identifier);
    QString informationTid(const XmlElement &ref);
    QString informationId(const XmlElement &ref, const QString &path);
    void mapActors(const XmlElement &uc);
    void mapNarrative(const XmlElement &uc);
    void mapConditionsAndKpis(const XmlElement &uc);
    void mapVersion(const XmlElement &uc);
    void mapCustom(const XmlElement &uc);
    QJsonObject mapScenario(const XmlElement &s, const QString &path);
    void collectSteps(const XmlElement &macro, const QString &path, QJsonArray *steps);
    QJsonObject mapStep(const XmlElement &st, const QString &path);
    QJsonArray references(const XmlElement &parent, const char *element, const QString &path);
    void finishLists();
    void keepUnknownChildren(const XmlElement &uc);
    void applyOverlay();

    const Iec62559Libraries &m_lib;
    QString m_file;
    QJsonObject m_json;
    QJsonObject m_unmapped;
    QJsonObject m_overlay;
    QSet<QString> m_libraryActors; ///< technicalIds of the ActorLibrary the record's actors come from
    QHash<QString, QString> m_actorNames; ///< nameKey(name) -> the record's actor name
    QHash<QString, QString> m_groupedActors; ///< technicalId -> name, of the use case's own actors
    QJsonArray m_actors;
    QStringList m_requirementTids; ///< in the record's order
    QHash<QString, QString> m_requirementIds; ///< technicalId -> record id
    QStringList m_informationTids; ///< library technicalId, or "name:" + name for one only named
    QHash<QString, QString> m_informationIds;
    QHash<QString, QString> m_namedInformation; ///< "name:" key -> the name, of those only named
    QHash<QString, QString> m_dataModels;
    QString m_uuid;
    std::optional<Error> m_error;
};

} // namespace casebook
