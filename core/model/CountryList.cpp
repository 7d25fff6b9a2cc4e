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

} // namespace

Vocabulary CountryList::load()
{
    const QList<IsoCountry> iso = isoCountries();
    Q_ASSERT_X(!iso.isEmpty(), "CountryList", "iso_3166-1.json is missing from the build");
    const QJsonObject overrides = readJson(QStringLiteral(":/casebook/vocabularies/countries.json"));
    const QHash<QString, QString> unNames =
        codeTable(overrides, QStringLiteral("un_short_names"), QStringLiteral("name"));
    const QHash<QString, MoCatalog> translations = catalogues();

    QList<VocabularyItem> items;
    QHash<QString, QHash<QString, QString>> byLanguage;
    for (const IsoCountry &c : iso) {
        VocabularyItem item{c.code, unNames.value(c.code, c.name), {}, c.otherNames};
        if (item.label != c.name)
            item.aliases.prepend(c.name);
        for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
            if (const QString name = it->translate(c.name); !name.isEmpty()) {
                byLanguage[it.key()].insert(c.code, name);
                item.aliases.append(name);
            }
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
