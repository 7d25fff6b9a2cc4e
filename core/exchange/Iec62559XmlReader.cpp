#include "exchange/Iec62559XmlReader.h"

#include "bundle/ZipLimits.h"
#include "exchange/Iec62559UseCaseMapper.h"
#include "exchange/Iec62559Xml.h"
#include "model/UseCaseJson.h"
#include "model/UseCaseValidator.h"
#include "support/Sha256.h"

#include <QFileInfo>

namespace casebook {

namespace {

/// The file's own texts (names, technicalIds, titles) are quoted in messages: kept on one line, so
/// that a file cannot fake lines of output or hide their order.
Error structureError(const QString &file, const XmlElement &e, const QString &what)
{
    return Error{
        ErrorCode::InputRejected,
        UseCaseValidator::asSingleLine(Iec62559XmlReader::tr("%1, line %2: <%3> %4; nothing was imported.")
                                           .arg(file)
                                           .arg(e.line)
                                           .arg(e.name, what)),
        {}};
}

/// Indexes the library `libraryName`'s `itemName` elements (inside `groupName` ones if given) by
/// technicalId; an item without one, or with one already used, is an error.
std::optional<Error> indexLibrary(const XmlElement &root, const QString &file, const char *libraryName,
                                  const char *groupName, const char *itemName,
                                  QHash<QString, const XmlElement *> *index, QHash<QString, QString> *groupOf)
{
    for (const XmlElement *library : root.all(QLatin1String(libraryName))) {
        QList<const XmlElement *> groups{library};
        if (groupName)
            groups = library->all(QLatin1String(groupName));
        for (const XmlElement *group : std::as_const(groups)) {
            for (const XmlElement *item : group->all(QLatin1String(itemName))) {
                const QString tid = item->childText(QStringLiteral("technicalId"));
                if (tid.isEmpty())
                    return structureError(
                        file, *item,
                        Iec62559XmlReader::tr("has no <technicalId>, which the schema requires"));
                if (index->contains(tid))
                    return structureError(
                        file, *item,
                        Iec62559XmlReader::tr("has the technicalId '%1' of another element").arg(tid));
                index->insert(tid, item);
                if (groupOf)
                    groupOf->insert(tid, group->childText(QStringLiteral("name")));
            }
        }
    }
    return std::nullopt;
}

/// Whether `root` is the root of a document the reader takes: a UseCaseRepository (IEC62559-3.xsd)
/// or a CPSFramework (cpsframework.xsd, which IEC62559-3.xsd includes), in the schema's namespace.
bool isKnownRoot(const XmlElement &root)
{
    return (root.name == QLatin1String("UseCaseRepository") || root.name == QLatin1String("CPSFramework"))
        && (root.namespaceUri.isEmpty() || root.namespaceUri == Iec62559Xml::namespaceUri());
}

/// The UseCase elements: those of the UseCaseLibrary; in a CPSFramework, the root's own.
QList<const XmlElement *> useCasesOf(const XmlElement &root)
{
    if (root.name == QLatin1String("CPSFramework"))
        return root.all(QStringLiteral("UseCase"));
    QList<const XmlElement *> useCases;
    for (const XmlElement *library : root.all(QStringLiteral("UseCaseLibrary")))
        useCases += library->all(QStringLiteral("UseCase"));
    return useCases;
}

/// The library's business objects by name (Iec62559Libraries::nameKey), the first of a name in the
/// file: references from tools that name a business object without its technicalId resolve by it.
void indexByName(const XmlElement &root, Iec62559Libraries *lib)
{
    for (const XmlElement *library : root.all(QStringLiteral("BusinessObjectLibrary"))) {
        for (const XmlElement *item : library->all(QStringLiteral("BusinessObject"))) {
            const QString key = Iec62559Libraries::nameKey(item->childText(QStringLiteral("name")));
            if (!key.isEmpty() && !lib->businessObjectByName.contains(key))
                lib->businessObjectByName.insert(key, item->childText(QStringLiteral("technicalId")));
        }
    }
}

/// Warnings for what the file holds outside its use cases that no use case refers to.
QStringList leftOver(const XmlElement &root, const Iec62559Libraries &lib)
{
    static const QStringList read{QStringLiteral("name"),
                                  QStringLiteral("technicalId"),
                                  QStringLiteral("ActorLibrary"),
                                  QStringLiteral("RequirementLibrary"),
                                  QStringLiteral("BusinessObjectLibrary"),
                                  QStringLiteral("UseCaseLibrary")};
    const bool framework = root.name == QLatin1String("CPSFramework");
    QStringList parts;
    for (const XmlElement &e : root.children) {
        if (!read.contains(e.name) && !(framework && e.name == QLatin1String("UseCase"))
            && (!e.children.empty() || !e.text.trimmed().isEmpty()) && !parts.contains(e.name))
            parts.append(e.name);
    }
    QStringList unused;
    for (const auto *index : {&lib.actors, &lib.requirements, &lib.businessObjects}) {
        for (auto it = index->constBegin(); it != index->constEnd(); ++it) {
            if (!lib.used.contains(it.key()))
                unused.append(QStringLiteral("%1 '%2'").arg(it.value()->name, it.key()));
        }
    }
    unused.sort();
    parts += unused;
    if (parts.isEmpty())
        return {};
    return {UseCaseValidator::asSingleLine(
        Iec62559XmlReader::tr("not imported, because no use case of the file refers to them: %1.")
            .arg(parts.join(QLatin1String(", "))))};
}

} // namespace

Result<Iec62559XmlReader::Document> Iec62559XmlReader::read(const QString &path) const
{
    auto bytes = SafeXmlReader(m_limits).readBytes(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, QFileInfo(path).fileName());
}

Result<Iec62559XmlReader::Document> Iec62559XmlReader::parse(const QByteArray &bytes,
                                                             const QString &fileName) const
{
    auto root = SafeXmlReader(m_limits).parse(bytes, fileName);
    if (!root)
        return root.error();
    auto document = map(*root, fileName);
    if (document)
        document->records.sourceSha256 = sha256Hex(bytes);
    return document;
}

Result<Iec62559XmlReader::Document> Iec62559XmlReader::map(const XmlElement &root, const QString &fileName)
{
    if (!isKnownRoot(root))
        return structureError(fileName, root,
                              tr("is not the root of an IEC 62559-3 document (<UseCaseRepository> or "
                                 "<CPSFramework> in the namespace \"cpsframework\")"));
    Iec62559Libraries lib;
    for (auto e : {indexLibrary(root, fileName, "ActorLibrary", nullptr, "Actor", &lib.actors, nullptr),
                   indexLibrary(root, fileName, "RequirementLibrary", "RequirementCategory", "Requirement",
                                &lib.requirements, &lib.requirementCategory),
                   indexLibrary(root, fileName, "BusinessObjectLibrary", nullptr, "BusinessObject",
                                &lib.businessObjects, nullptr)}) {
        if (e)
            return *e;
    }
    indexByName(root, &lib);
    Document doc;
    doc.repositoryName = UseCaseValidator::asSingleLine(root.childText(QStringLiteral("name")));
    doc.records.sourceName = fileName;
    doc.records.sourceKind = QStringLiteral("xml");
    doc.records.creator = doc.repositoryName;
    // XML carries attachment references, never their bytes (bundles do): like a lean bundle's.
    doc.records.attachmentsMayBeMissing = true;
    const QList<const XmlElement *> useCases = useCasesOf(root);
    if (useCases.size() > ZipLimits().maxRecords)
        return structureError(
            fileName, root,
            tr("holds more than %1 use cases, the most one import takes").arg(ZipLimits().maxRecords));
    for (const XmlElement *element : std::as_const(useCases)) {
        QJsonObject unmapped;
        auto json = Iec62559UseCaseMapper(lib, fileName).map(*element, &unmapped);
        if (!json)
            return json.error();
        auto useCase = UseCaseJson::fromJson(*json);
        if (!useCase)
            return structureError(
                fileName, *element,
                tr("'%1' cannot be read: %2")
                    .arg(json->value(QStringLiteral("title")).toString(), useCase.error().message));
        if (!unmapped.isEmpty())
            doc.warnings.append(UseCaseValidator::asSingleLine(
                tr("'%1' (line %2): kept with the record, under \"%3\", what Casebook has no "
                   "field for: %4.")
                    .arg(useCase->title)
                    .arg(element->line)
                    .arg(Iec62559Xml::unmappedKey(), unmapped.keys().join(QLatin1String(", ")))));
        IncomingUseCase incoming;
        incoming.useCase = *useCase;
        doc.records.useCases.append(incoming);
    }
    doc.warnings += leftOver(root, lib);
    return doc;
}

} // namespace casebook
