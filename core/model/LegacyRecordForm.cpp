#include "model/LegacyRecordForm.h"

#include <QSet>

#include <algorithm>

namespace casebook {

namespace {

QString key(const QString &text)
{
    return text.simplified().toCaseFolded();
}

/// The next "<prefix>n" not yet taken, n counting from 1.
QString nextFreeId(const QString &prefix, QSet<QString> &taken)
{
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (!taken.contains(key(id))) {
            taken.insert(key(id));
            return id;
        }
    }
}

template<typename T> void fillIds(QList<T> &items, const QString &prefix)
{
    QSet<QString> taken;
    for (const T &item : items)
        taken.insert(key(item.id));
    for (T &item : items) {
        if (item.id.isEmpty())
            item.id = nextFreeId(prefix, taken);
    }
}

QString actorNamed(const UseCase &u, const QString &text)
{
    for (const Actor &a : u.actors) {
        if (!a.name.isEmpty() && key(a.name) == key(text))
            return a.name;
    }
    return {};
}

QString informationNamed(const UseCase &u, const QString &text)
{
    for (const InformationExchange &i : u.informationExchanged) {
        if ((!i.name.isEmpty() && key(i.name) == key(text)) || (!i.id.isEmpty() && key(i.id) == key(text)))
            return i.id;
    }
    return {};
}

/// Moves legacy text into the reference when it names something of the record.
void resolveActor(const UseCase &u, QString &reference, QString &legacy)
{
    if (legacy.trimmed().isEmpty() || !reference.isEmpty())
        return;
    const QString name = actorNamed(u, legacy);
    if (name.isEmpty())
        return;
    reference = name;
    legacy.clear();
}

/// A reference to an actor spelt with other case or spaces becomes the actor's own spelling.
void canonicalActor(const UseCase &u, QString &reference)
{
    if (reference.isEmpty())
        return;
    const QString name = actorNamed(u, reference);
    if (!name.isEmpty())
        reference = name;
}

} // namespace

void LegacyRecordForm::upgrade(UseCase &useCase, const QString &legacyDevelopmentContext)
{
    spreadContext(useCase, legacyDevelopmentContext);
    assignIds(useCase);
    resolveSteps(useCase);
}

bool LegacyRecordForm::isLegacyKey(const QString &k)
{
    return k == QLatin1String("development_context");
}

void LegacyRecordForm::spreadContext(UseCase &u, const QString &context)
{
    if (context.isEmpty() || !u.developmentContexts.isEmpty())
        return;
    if (u.countries.isEmpty())
        u.developmentContexts.append({QString(), context});
    for (const QString &country : std::as_const(u.countries))
        u.developmentContexts.append({country, context});
}

void LegacyRecordForm::assignIds(UseCase &u)
{
    fillIds(u.informationExchanged, QStringLiteral("I-"));
    fillIds(u.requirements, QStringLiteral("R-"));
}

void LegacyRecordForm::resolveSteps(UseCase &u)
{
    for (Scenario &s : u.scenarios) {
        canonicalActor(u, s.primaryActor);
        const bool unnumbered = std::all_of(s.steps.cbegin(), s.steps.cend(),
                                            [](const ScenarioStep &st) { return st.number.isEmpty(); });
        for (qsizetype i = 0; i < s.steps.size(); ++i) {
            ScenarioStep &st = s.steps[i];
            if (unnumbered)
                st.number = QString::number(i + 1);
            canonicalActor(u, st.producer);
            canonicalActor(u, st.receiver);
            resolveActor(u, st.producer, st.legacy.producer);
            resolveActor(u, st.receiver, st.legacy.receiver);
            if (!st.legacy.information.trimmed().isEmpty() && st.information.isEmpty()) {
                const QString id = informationNamed(u, st.legacy.information);
                if (!id.isEmpty()) {
                    st.information = QStringList{id};
                    st.legacy.information.clear();
                }
            }
            if (st.legacy.producer.trimmed().isEmpty())
                st.legacy.producer.clear();
            if (st.legacy.receiver.trimmed().isEmpty())
                st.legacy.receiver.clear();
            if (st.legacy.information.trimmed().isEmpty())
                st.legacy.information.clear();
        }
    }
}

} // namespace casebook
