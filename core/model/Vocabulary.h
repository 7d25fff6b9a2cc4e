#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

struct VocabularyItem
{
    QString id;
    QString label; ///< English label from the resource; use Vocabulary::displayLabel() to show it
};

/// One controlled list (verticals, stages, regions...), loaded from resources, never hard-coded.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
public:
    Vocabulary() = default;
    Vocabulary(QString name, QList<VocabularyItem> items);

    const QString &name() const { return m_name; }
    const QList<VocabularyItem> &items() const { return m_items; }
    QStringList ids() const;
    bool contains(const QString &id) const { return m_index.contains(id); }
    /// The English label of `id`, or `id` itself when unknown.
    QString label(const QString &id) const;
    /// The label translated into the UI language where a translation exists.
    QString displayLabel(const QString &id) const;

    /// Maps what a person typed ("Smart city", "SMART-CITY-SERVICES", a label) to an id when it
    /// matches an id or a label exactly, ignoring case, spaces, '-' and '_'. Empty when no match.
    QString match(const QString &input) const;
    /// The id a person most likely meant (prefix, containment or a small typo); empty if none.
    QString suggest(const QString &input) const;

private:
    QString m_name;
    QList<VocabularyItem> m_items;
    QHash<QString, int> m_index;
};

/// All controlled vocabularies of the product, from `:/casebook/vocabularies/vocabularies.json`.
class Vocabularies
{
public:
    static const Vocabularies &instance();

    const Vocabulary &verticals() const { return m_verticals; }
    const Vocabulary &sdgs() const { return m_sdgs; } ///< ids are "1" to "17"
    const Vocabulary &ituRegions() const { return m_regions; }
    const Vocabulary &developmentContexts() const { return m_contexts; }
    const Vocabulary &relations() const { return m_relations; }
    const Vocabulary &deploymentStages() const { return m_stages; }
    const Vocabulary &approvalStatuses() const { return m_approval; }
    const Vocabulary &sharingLevels() const { return m_sharing; }
    const Vocabulary &connectivity() const { return m_connectivity; }
    const Vocabulary &onboardingMethods() const { return m_onboarding; }
    const Vocabulary &interoperabilityFacets() const { return m_facets; }
    const Vocabulary &standardsBodies() const { return m_bodies; }
    const Vocabulary &gapStatuses() const { return m_gapStatuses; }
    const Vocabulary &priorities() const { return m_priorities; }
    const Vocabulary &confidenceLevels() const { return m_confidence; }
    const Vocabulary &actorTypes() const { return m_actorTypes; }
    const Vocabulary &relationKinds() const { return m_relationKinds; }
    const Vocabulary &identifierTargets() const { return m_identifierTargets; }
    /// The services of a scenario step in IEC 62559-2 (CREATE, GET, CHANGE... REPEAT).
    const Vocabulary &stepServices() const { return m_stepServices; }
    /// ISO 3166-1 alpha-2 codes with English names, from Qt's CLDR locale data.
    const Vocabulary &countries() const { return m_countries; }
    /// SDGs that ITU-T Resolution 98 names explicitly.
    const QList<int> &sdgsNamedInResolution98() const { return m_res98Sdgs; }

private:
    Vocabularies();
    Vocabulary m_verticals, m_sdgs, m_regions, m_contexts, m_relations, m_stages, m_approval, m_sharing,
        m_connectivity, m_onboarding, m_facets, m_bodies, m_gapStatuses, m_priorities, m_confidence,
        m_actorTypes, m_relationKinds, m_identifierTargets, m_stepServices, m_countries;
    QList<int> m_res98Sdgs;
};

} // namespace casebook
