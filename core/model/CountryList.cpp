#include "model/CountryList.h"

#include "support/MoCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace casebook {

namespace {

const QString kIsoCodesDir = QStringLiteral(":/casebook/iso-codes");
const QString kCatalogPrefix = QStringLiteral("iso_3166-1_");

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readResource(path)).object();
}

/// One country of iso_3166-1.json: its code, the ISO short name (the gettext message id of its
/// translations) and the other names iso-codes gives it.
struct IsoCountry
{
    QString code;
    QString name;
    QStringList otherNames;
};

QList<IsoCountry> isoCountries()
{
    QList<IsoCountry> out;
    const QJsonArray entries =
        readJson(kIsoCodesDir + QStringLiteral("/iso_3166-1.json")).value(QStringLiteral("3166-1")).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        IsoCountry c{
            o.value(QStringLiteral("alpha_2")).toString(), o.value(QStringLiteral("name")).toString(), {}};
        for (const char *key : {"common_name", "official_name"}) {
            if (const QString other = o.value(QLatin1String(key)).toString(); !other.isEmpty())
                c.otherNames.append(other);
        }
        if (c.code.size() == 2 && !c.name.isEmpty())
            out.append(c);
    }
    std::sort(out.begin(), out.end(),
              [](const IsoCountry &a, const IsoCountry &b) { return a.code < b.code; });
    return out;
}

/// The iso-codes catalogues the build embedded, by language ("fr", "zh_CN").
QHash<QString, MoCatalog> catalogues()
{
    QHash<QString, MoCatalog> out;
    const QStringList files =
        QDir(kIsoCodesDir).entryList({kCatalogPrefix + QStringLiteral("*.mo")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        auto catalog = MoCatalog::parse(readResource(kIsoCodesDir + QLatin1Char('/') + file));
        Q_ASSERT_X(catalog.ok(), "CountryList", "an embedded iso-codes catalogue is damaged");
        if (catalog)
            out.insert(file.mid(kCatalogPrefix.size()).chopped(3), *catalog);
    }
    return out;
}

/// "code" → "text field" of one list of the override resource.
QHash<QString, QString> codeTable(const QJsonObject &root, const QString &list, const QString &field)
{
    QHash<QString, QString> out;
    const QJsonArray entries = root.value(list).toObject().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        out.insert(o.value(QStringLiteral("code")).toString(), o.value(field).toString());
    }
    return out;
}

/// language → code → the UN's name (M49) of `country-names-un.json`.
QHash<QString, QHash<QString, QString>> unNamesByLanguage()
{
    QHash<QString, QHash<QString, QString>> out;
    const QJsonObject names = readJson(QStringLiteral(":/casebook/vocabularies/country-names-un.json"))
                                  .value(QStringLiteral("names"))
                                  .toObject();
    for (auto lang = names.constBegin(); lang != names.constEnd(); ++lang) {
        const QJsonObject byCode = lang.value().toObject();
        for (auto it = byCode.constBegin(); it != byCode.constEnd(); ++it)
            out[lang.key()].insert(it.key(), it.value().toString());
    }
    return out;
}

/// The names of `c` by language: the UN's (M49) where it has one, else iso-codes' translation.
QHash<QString, QString> localNames(const IsoCountry &c, const QHash<QString, QHash<QString, QString>> &un,
                                   const QHash<QString, MoCatalog> &translations)
{
    QHash<QString, QString> out;
    for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
        if (const QString name = it->translate(c.name); !name.isEmpty())
            out.insert(it.key(), name);
    }
    for (auto it = un.cbegin(); it != un.cend(); ++it) {
        if (const QString name = it->value(c.code); !name.isEmpty())
            out.insert(it.key(), name);
    }
    return out;
}

} // namespace

Vocabulary CountryList::load()
{
    const QList<IsoCountry> iso = isoCountries();
    Q_ASSERT_X(!iso.isEmpty(), "CountryList", "iso_3166-1.json is missing from the build");
    const QJsonObject overrides = readJson(QStringLiteral(":/casebook/vocabularies/countries.json"));
    const QHash<QString, QString> unNames =
        codeTable(overrides, QStringLiteral("un_short_names"), QStringLiteral("name"));
    const QHash<QString, MoCatalog> translations = catalogues();
    const QHash<QString, QHash<QString, QString>> unLocal = unNamesByLanguage();
    Q_ASSERT_X(!unLocal.isEmpty(), "CountryList", "country-names-un.json is missing from the build");

    QList<VocabularyItem> items;
    QHash<QString, QHash<QString, QString>> byLanguage;
    for (const IsoCountry &c : iso) {
        VocabularyItem item{c.code, unNames.value(c.code, c.name), {}, c.otherNames};
        if (item.label != c.name)
            item.aliases.prepend(c.name);
        // iso-codes' translations stay aliases where the UN's name replaces them, so what a person
        // typed from an ISO list still matches.
        for (const MoCatalog &catalog : translations) {
            if (const QString name = catalog.translate(c.name); !name.isEmpty())
                item.aliases.append(name);
        }
        const QHash<QString, QString> names = localNames(c, unLocal, translations);
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            byLanguage[it.key()].insert(c.code, *it);
            if (!item.aliases.contains(*it))
                item.aliases.append(*it);
        }
        items.append(item);
    }
    Vocabulary countries(QStringLiteral("countries"), items);
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        countries.addTranslations(it.key(), *it);
    countries.setRefusals(
        codeTable(overrides, QStringLiteral("not_in_iso_3166_1"), QStringLiteral("reason")));
    return countries;
}

} // namespace casebook
