#include "TsFileCheck.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace casebook::test {

namespace {

/// One <message> as read: its source and its translation (one string per plural form).
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    bool obsolete = false;
    QStringList forms;
};

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

/// Whether the text marks a shortcut letter: an ampersand before a letter, not "&&".
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)[^\\s]"));
    return re.match(text).hasMatch();
}

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message m;
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            m.unfinished = type == QLatin1String("unfinished");
            m.obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        m.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.forms.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return m;
}

void checkMessage(const Message &m, int pluralForms, QList<TsFileCheck::Problem> &out)
{
    using K = TsFileCheck::Kind;
    auto add = [&](K kind, const QString &detail) { out.append({kind, m.context, m.source, detail}); };
    if (m.obsolete)
        return;
    if (m.unfinished)
        add(K::Unfinished, QStringLiteral("marked unfinished"));
    if (m.numerus && m.forms.size() != pluralForms)
        add(K::PluralForms,
            QStringLiteral("%1 plural forms, the language has %2").arg(m.forms.size()).arg(pluralForms));
    const QSet<QString> wanted = placeholders(m.source);
    bool anyCount = false;
    for (const QString &form : m.forms) {
        if (form.trimmed().isEmpty()) {
            add(K::Empty, QStringLiteral("empty translation"));
            continue;
        }
        QSet<QString> have = placeholders(form);
        anyCount = anyCount || have.contains(QStringLiteral("%n"));
        // A plural form may leave the number out ("one file"); the others must all be there.
        QSet<QString> need = wanted;
        if (m.numerus) {
            need.remove(QStringLiteral("%n"));
            have.remove(QStringLiteral("%n"));
        }
        if (have != need)
            add(K::Placeholder,
                QStringLiteral("\"%1\" has %2, the source %3")
                    .arg(form, QStringList(have.cbegin(), have.cend()).join(QLatin1Char(' ')),
                         QStringList(need.cbegin(), need.cend()).join(QLatin1Char(' '))));
        if (hasAccelerator(m.source) && !hasAccelerator(form))
            add(K::Accelerator, QStringLiteral("\"%1\" has no & accelerator").arg(form));
    }
    if (m.numerus && wanted.contains(QStringLiteral("%n")) && !m.forms.isEmpty() && !anyCount)
        add(K::Placeholder, QStringLiteral("no plural form shows the number %n"));
}

} // namespace

QString TsFileCheck::Problem::toString() const
{
    return context + QStringLiteral(": \"") + source + QStringLiteral("\": ") + detail;
}

int TsFileCheck::pluralForms(const QString &language)
{
    const QString lang = language.section(QLatin1Char('_'), 0, 0);
    if (lang == QLatin1String("ar"))
        return 6;
    if (lang == QLatin1String("ru"))
        return 3;
    if (lang == QLatin1String("zh"))
        return 1;
    if (lang == QLatin1String("en") || lang == QLatin1String("fr") || lang == QLatin1String("es"))
        return 2;
    return 0;
}

QList<TsFileCheck::Problem> TsFileCheck::check(const QString &path)
{
    QList<Problem> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{Kind::Unreadable, {}, {}, QStringLiteral("cannot open %1").arg(path)}};
    QXmlStreamReader xml(&file);
    int forms = 0;
    QString context;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("TS")) {
            const QString language = xml.attributes().value(QLatin1String("language")).toString();
            forms = pluralForms(language);
            if (forms == 0)
                out.append(
                    {Kind::PluralForms, {}, {}, QStringLiteral("unknown language '%1'").arg(language)});
            continue; // into the contexts
        }
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                checkMessage(readMessage(xml, context), forms, out);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        out.append({Kind::Unreadable, {}, {}, QStringLiteral("%1: %2").arg(path, xml.errorString())});
    return out;
}

} // namespace casebook::test
