#include "model/Vocabulary.h"

#include "model/CountryList.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace casebook {

namespace {

QString fold(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s.trimmed().toCaseFolded()) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

Vocabulary readList(const QJsonObject &root, const QString &key)
{
    QList<VocabularyItem> items;
    const QJsonArray array = root.value(key).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QJsonValue id = o.value(QStringLiteral("id"));
        items.append({id.isDouble() ? QString::number(id.toInt()) : id.toString(),
                      o.value(QStringLiteral("label")).toString(),
                      o.value(QStringLiteral("description")).toString(),
                      {}});
    }
    return Vocabulary(key, items);
}

/// The UI language's keys for names a vocabulary carries: "zh_CN" and then "zh".
QStringList uiLanguageKeys()
{
    const QString name = QLocale().name();
    return {name, name.section(QLatin1Char('_'), 0, 0)};
}

} // namespace

int editDistance(const QString &a, const QString &b)
{
    // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours.
    const int n = int(b.size());
    QList<int> before(n + 1), prev(n + 1), cur(n + 1);
    for (int j = 0; j <= n; ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= n; ++j) {
            const int subst = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], before[j - 2] + 1);
        }
        before = prev;
        std::swap(prev, cur);
    }
    return prev[n];
}

Vocabulary::Vocabulary(QString name, QList<VocabularyItem> items)
    : m_name(std::move(name))
    , m_items(std::move(items))
{
    for (int i = 0; i < m_items.size(); ++i) {
        m_index.insert(m_items[i].id, i);
        for (const QString &alias : std::as_const(m_items[i].aliases)) {
            if (const QString key = fold(alias); !key.isEmpty() && !m_aliases.contains(key))
                m_aliases.insert(key, m_items[i].id);
        }
    }
}

QStringList Vocabulary::ids() const
{
    QStringList out;
    out.reserve(m_items.size());
    for (const auto &item : m_items)
        out.append(item.id);
    return out;
}

QString Vocabulary::label(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? id : m_items[*it].label;
}

QString Vocabulary::displayLabel(const QString &id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return id;
    if (!m_translations.isEmpty()) {
        for (const QString &language : uiLanguageKeys()) {
            if (const QString name = m_translations.value(language).value(id); !name.isEmpty())
                return name;
        }
    }
    const QByteArray source = m_items[*it].label.toUtf8();
    return QCoreApplication::translate("casebook::Vocabulary", source.constData());
}

QString Vocabulary::displayDescription(const QString &id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend() || m_items[*it].description.isEmpty())
        return {};
    const QByteArray source = m_items[*it].description.toUtf8();
    return QCoreApplication::translate("casebook::Vocabulary", source.constData());
}

QString Vocabulary::refusal(const QString &id) const
{
    const QString reason = m_refusals.value(id);
    if (reason.isEmpty())
        return {};
    const QByteArray source = reason.toUtf8();
    return QCoreApplication::translate("casebook::Vocabulary", source.constData());
}

void Vocabulary::addTranslations(const QString &language, const QHash<QString, QString> &labelsById)
{
    m_translations.insert(language, labelsById);
}

QString Vocabulary::match(const QString &input) const
{
    const QString key = fold(input);
    if (key.isEmpty())
        return {};
    for (const auto &item : m_items) {
        if (fold(item.id) == key || fold(item.label) == key)
            return item.id;
    }
    return m_aliases.value(key);
}

QString Vocabulary::suggest(const QString &input) const
{
    if (const QString exact = match(input); !exact.isEmpty())
        return exact;
    const QString key = fold(input);
    if (key.size() < 2)
        return {};
    // A unique item that starts with, or contains, what was typed.
    QStringList starts, contains;
    for (const auto &item : m_items) {
        const QString id = fold(item.id), label = fold(item.label);
        if (id.startsWith(key) || label.startsWith(key) || key.startsWith(id))
            starts.append(item.id);
        else if (id.contains(key) || label.contains(key))
            contains.append(item.id);
    }
    if (starts.size() == 1)
        return starts.first();
    if (starts.isEmpty() && contains.size() == 1)
        return contains.first();
    // Otherwise the nearest by edit distance, if it is close enough to be a typo.
    int best = 3;
    QString bestId;
    for (const auto &item : m_items) {
        const int d = std::min(editDistance(key, fold(item.id)), editDistance(key, fold(item.label)));
        if (d < best) {
            best = d;
            bestId = item.id;
        }
    }
    return bestId;
}

const Vocabularies &Vocabularies::instance()
{
    static const Vocabularies vocabularies;
    return vocabularies;
}

const Vocabulary &Vocabularies::countries() const
{
    std::call_once(m_countriesRead, [this] { m_countries = CountryList::load(); });
    return m_countries;
}

Vocabularies::Vocabularies()
{
    QFile file(QStringLiteral(":/casebook/vocabularies/vocabularies.json"));
    QJsonObject root;
    if (file.open(QIODevice::ReadOnly))
        root = QJsonDocument::fromJson(file.readAll()).object();
    Q_ASSERT_X(!root.isEmpty(), "Vocabularies", "the vocabulary resource is missing from the build");
    m_verticals = readList(root, QStringLiteral("verticals"));
    m_sdgs = readList(root, QStringLiteral("sdgs"));
    m_regions = readList(root, QStringLiteral("itu_regions"));
    m_contexts = readList(root, QStringLiteral("development_contexts"));
    m_relations = readList(root, QStringLiteral("relations"));
    m_stages = readList(root, QStringLiteral("deployment_stages"));
    m_approval = readList(root, QStringLiteral("approval_statuses"));
    m_sharing = readList(root, QStringLiteral("sharing_levels"));
    m_connectivity = readList(root, QStringLiteral("connectivity"));
    m_onboarding = readList(root, QStringLiteral("onboarding_methods"));
    m_facets = readList(root, QStringLiteral("interoperability_facets"));
    m_bodies = readList(root, QStringLiteral("standards_bodies"));
    m_gapStatuses = readList(root, QStringLiteral("gap_statuses"));
    m_priorities = readList(root, QStringLiteral("priorities"));
    m_confidence = readList(root, QStringLiteral("confidence_levels"));
    m_actorTypes = readList(root, QStringLiteral("actor_types"));
    m_relationKinds = readList(root, QStringLiteral("relation_kinds"));
    m_identifierTargets = readList(root, QStringLiteral("identifier_targets"));
    m_stepServices = readList(root, QStringLiteral("step_services"));
    const QJsonArray res98 = root.value(QStringLiteral("sdgs_named_in_resolution_98")).toArray();
    for (const QJsonValue &v : res98)
        m_res98Sdgs.append(v.toInt());
    m_res98Source = root.value(QStringLiteral("sdgs_named_in_resolution_98_source")).toString();
}

} // namespace casebook
