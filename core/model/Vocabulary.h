#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <mutex>

namespace casebook {

/// How many single-character edits (insert, delete, replace, swap two neighbours) turn `a` into `b`.
int editDistance(const QString &a, const QString &b);

struct VocabularyItem
{
    QString id;
    QString label; ///< English label from the resource; use Vocabulary::displayLabel() to show it
    QString description; ///< English definition, may be empty; use Vocabulary::displayDescription()
    QStringList aliases; ///< other names that match() accepts (official or translated names)
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
    /// The label in the UI language (the default QLocale's): a name the vocabulary carries for that
    /// language (countries), else Casebook's translation of the label, else the English label.
    QString displayLabel(const QString &id) const;
    /// The definition of `id` in the UI language, or an empty string when it has none.
    QString displayDescription(const QString &id) const;
    /// Why `id`, which looks like a value of this vocabulary, is refused (translated), or an empty
    /// string: e.g. a code that ISO 3166 reserves but does not assign to a country.
    QString refusal(const QString &id) const;

    /// Labels of items in one language ("fr", "zh_CN"), by id; displayLabel() prefers them.
    void addTranslations(const QString &language, const QHash<QString, QString> &labelsById);
    /// Ids that are refused with a reason (English, translated when shown).
    void setRefusals(const QHash<QString, QString> &reasonsById) { m_refusals = reasonsById; }

    /// Maps what a person typed ("Smart city", "SMART-CITY-SERVICES", a label) to an id when it
    /// matches an id, a label or an alias exactly, ignoring case, spaces and punctuation. Empty when
    /// no match; ids and labels win over aliases.
    QString match(const QString &input) const;
    /// The id a person most likely meant (prefix, containment or a small typo); empty if none.
    QString suggest(const QString &input) const;

private:
    QString m_name;
    QList<VocabularyItem> m_items;
    QHash<QString, int> m_index;
    QHash<QString, QString> m_aliases; ///< folded alias → id, the first item's where two share one
    QHash<QString, QHash<QString, QString>> m_translations; ///< language → id → label
    QHash<QString, QString> m_refusals;
};

/// All controlled vocabularies of the product, from `:/casebook/vocabularies/vocabularies.json`.
class Vocabularies
{
public:
    static const Vocabularies &instance();

    const Vocabulary &verticals() const { return m_verticals; }
    const Vocabulary &sdgs() const { return m_sdgs; } ///< ids are "1" to "17"
    /// The six ITU-D (Telecommunication Development Sector) regions; each item's description
    /// says how they differ from ITU's administrative regions A–E and the ITU-R Regions 1–3.
    const Vocabulary &ituRegions() const { return m_regions; }
    const Vocabulary &developmentContexts() const { return m_contexts; }
    /// The scope of a use case as IEC 62559-2 defines it (generic, regional, national, local), each
    /// with its definition as the item's description.
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
    /// ISO 3166-1 alpha-2 codes with the names the UN uses, shown in the UI language; codes that
    /// are reserved or user-assigned but not countries of ISO 3166-1 are refused (see CountryList).
    /// Read on first use (iso-codes and its translations take milliseconds; start-up needs none).
    const Vocabulary &countries() const;
    /// SDGs that the proposal for revising ITU-T Resolution 98 names (an APT proposal to WTSA, not
    /// adopted text); sdgsNamedInResolution98Source() says which document.
    const QList<int> &sdgsNamedInResolution98() const { return m_res98Sdgs; }
    /// Where the list of sdgsNamedInResolution98() comes from, as the vocabulary resource states it.
    const QString &sdgsNamedInResolution98Source() const { return m_res98Source; }

private:
    Vocabularies();
    Vocabulary m_verticals, m_sdgs, m_regions, m_contexts, m_relations, m_stages, m_approval, m_sharing,
        m_connectivity, m_onboarding, m_facets, m_bodies, m_gapStatuses, m_priorities, m_confidence,
        m_actorTypes, m_relationKinds, m_identifierTargets, m_stepServices;
    mutable Vocabulary m_countries;
    mutable std::once_flag m_countriesRead;
    QList<int> m_res98Sdgs;
    QString m_res98Source;
};

} // namespace casebook
