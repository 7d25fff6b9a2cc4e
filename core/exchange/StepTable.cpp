#include "exchange/StepTable.h"

#include "exchange/SheetImporter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace casebook {

namespace {

const QString kScenarioPrefix = QStringLiteral("scenario.");
const QString kStepPrefix = QStringLiteral("step.");

/// Scenario keys of the use-case JSON form, filled from "scenario.<key>" columns (name aside).
const QStringList &scenarioKeys()
{
    static const QStringList keys = {QStringLiteral("description"), QStringLiteral("primary_actor"),
                                     QStringLiteral("triggering_event"), QStringLiteral("preconditions"),
                                     QStringLiteral("postconditions")};
    return keys;
}

/// "step.<column>" -> the key of the step in the use-case JSON form. Producer and receiver are read
/// as the free text of the earlier form ("from", "to"), which LegacyRecordForm turns into actor
/// references where the name matches one of the record's actors.
const QHash<QString, QString> &stepKeys()
{
    static const QHash<QString, QString> keys = {
        {QStringLiteral("number"), QStringLiteral("number")},
        {QStringLiteral("event"), QStringLiteral("event")},
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("description"), QStringLiteral("description")},
        {QStringLiteral("service"), QStringLiteral("service")},
        {QStringLiteral("producer"), QStringLiteral("from")},
        {QStringLiteral("receiver"), QStringLiteral("to")},
        {QStringLiteral("information"), QStringLiteral("information")},
        {QStringLiteral("requirements"), QStringLiteral("requirements")},
    };
    return keys;
}

bool isBlank(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed().isEmpty();
    if (v.isArray())
        return v.toArray().isEmpty();
    if (v.isObject())
        return v.toObject().isEmpty();
    return v.isNull() || v.isUndefined();
}

bool hasValues(const QJsonObject &o)
{
    return std::any_of(o.constBegin(), o.constEnd(), [](const QJsonValue &v) { return !isBlank(v); });
}

/// The step of one row in the use-case JSON form, or an empty object when the row gives none.
QJsonObject stepOf(const QJsonObject &cells)
{
    QJsonObject step;
    for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
        if (!it.key().startsWith(kStepPrefix) || isBlank(it.value()))
            continue;
        const QString key = stepKeys().value(it.key().mid(kStepPrefix.size()));
        step.insert(key, it.value().isString() ? QJsonValue(it.value().toString().trimmed()) : it.value());
    }
    return step;
}

/// The identity a row gives its use case: which index it is looked up in, and the folded value.
struct Identity
{
    QString uuid;
    QString code;
    QString title;
    bool isEmpty() const { return uuid.isEmpty() && code.isEmpty() && title.isEmpty(); }
};

Identity identityOf(const QJsonObject &fields)
{
    Identity id;
    const QString uuid = fields.value(QStringLiteral("uuid")).toString().trimmed();
    const QUuid parsed = QUuid::fromString(uuid);
    id.uuid = parsed.isNull() ? uuid.toCaseFolded() : parsed.toString(QUuid::WithoutBraces);
    id.code = fields.value(QStringLiteral("code")).toString().trimmed().toCaseFolded();
    id.title = fields.value(QStringLiteral("title")).toString().simplified().toCaseFolded();
    return id;
}

/// One use case being put together from its rows.
struct Group
{
    IncomingRow row;
    QJsonArray scenarios;
    int current = -1; ///< the scenario of the group's last row
    bool hasSteps = false;
};

class Assembler
{
public:
    QList<IncomingRow> run(QList<IncomingRow> &rows)
    {
        for (IncomingRow &row : rows) {
            int g = groupOf(identityOf(row.fields));
            if (g < 0) {
                Group group;
                group.row = row;
                group.scenarios = row.fields.value(QStringLiteral("scenarios")).toArray();
                m_groups.append(group);
                g = int(m_groups.size()) - 1;
            } else {
                merge(m_groups[g], row);
            }
            addStep(m_groups[g], row);
            remember(g, identityOf(row.fields));
            m_last = g;
        }
        QList<IncomingRow> out;
        out.reserve(m_groups.size());
        for (Group &group : m_groups) {
            if (group.hasSteps)
                group.row.fields.insert(QStringLiteral("scenarios"), group.scenarios);
            group.row.step = QJsonObject();
            group.row.index = int(out.size());
            out.append(std::move(group.row));
        }
        return out;
    }

private:
    /// The group a row belongs to: by UUID, else code, else title; a row naming none belongs to the
    /// group of the row above. -1 for a use case not seen yet.
    int groupOf(const Identity &id) const
    {
        if (!id.uuid.isEmpty())
            return m_byUuid.value(id.uuid, -1);
        if (!id.code.isEmpty())
            return m_byCode.value(id.code, -1);
        if (!id.title.isEmpty())
            return m_byTitle.value(id.title, -1);
        return m_last;
    }

    void remember(int g, const Identity &id)
    {
        if (!id.uuid.isEmpty())
            m_byUuid.insert(id.uuid, g);
        if (!id.code.isEmpty())
            m_byCode.insert(id.code, g);
        if (!id.title.isEmpty())
            m_byTitle.insert(id.title, g);
    }

    static void addConflict(Group &g, const IncomingRow &row, const QString &field)
    {
        SheetIssue issue;
        issue.line = row.line;
        issue.field = field;
        issue.message = StepTable::tr("differs from line %1, where this use case is given first; leave it "
                                      "empty on the rows of its further steps or repeat the same value")
                            .arg(g.row.line);
        g.row.issues.append(issue);
    }

    /// Takes the cells of a further row of the use case: an empty cell gives nothing, the same value
    /// is fine, a different one is a problem of that row.
    static void merge(Group &g, const IncomingRow &row)
    {
        g.row.issues.append(row.issues);
        for (auto it = row.fields.constBegin(); it != row.fields.constEnd(); ++it) {
            const QJsonValue mine = g.row.fields.value(it.key());
            if (isBlank(it.value()) || mine == it.value())
                continue;
            if (isBlank(mine)) {
                g.row.fields.insert(it.key(), it.value());
                if (it.key() == QLatin1String("scenarios") && !g.hasSteps)
                    g.scenarios = it.value().toArray();
            } else {
                addConflict(g, row, it.key());
            }
        }
    }

    static int scenarioNamed(Group &g, const QString &name)
    {
        for (int i = 0; i < g.scenarios.size(); ++i) {
            const QString n = g.scenarios[i].toObject().value(QStringLiteral("name")).toString();
            if (n.simplified().compare(name.simplified(), Qt::CaseInsensitive) == 0)
                return i;
        }
        g.scenarios.append(QJsonObject{{QStringLiteral("name"), name}});
        return int(g.scenarios.size()) - 1;
    }

    static void addStep(Group &g, const IncomingRow &row)
    {
        if (!hasValues(row.step))
            return;
        const QString name = row.step.value(kScenarioPrefix + QStringLiteral("name")).toString().trimmed();
        if (!name.isEmpty() || g.current < 0)
            g.current = scenarioNamed(g, name);
        QJsonObject scenario = g.scenarios[g.current].toObject();
        for (const QString &key : scenarioKeys()) {
            const QJsonValue value = row.step.value(kScenarioPrefix + key);
            const QJsonValue mine = scenario.value(key);
            if (isBlank(value) || mine == value)
                continue;
            if (isBlank(mine))
                scenario.insert(key, value);
            else
                addConflict(g, row, kScenarioPrefix + key);
        }
        const QJsonObject step = stepOf(row.step);
        if (!step.isEmpty()) {
            QJsonArray steps = scenario.value(QStringLiteral("steps")).toArray();
            steps.append(step);
            scenario.insert(QStringLiteral("steps"), steps);
        }
        g.scenarios[g.current] = scenario;
        g.hasSteps = true;
    }

    QList<Group> m_groups;
    QHash<QString, int> m_byUuid, m_byCode, m_byTitle;
    int m_last = -1;
};

} // namespace

const QStringList &StepTable::fieldKeys()
{
    static const QStringList keys = {QStringLiteral("scenario.name"),
                                     QStringLiteral("scenario.description"),
                                     QStringLiteral("scenario.primary_actor"),
                                     QStringLiteral("scenario.triggering_event"),
                                     QStringLiteral("scenario.preconditions"),
                                     QStringLiteral("scenario.postconditions"),
                                     QStringLiteral("step.number"),
                                     QStringLiteral("step.event"),
                                     QStringLiteral("step.name"),
                                     QStringLiteral("step.description"),
                                     QStringLiteral("step.service"),
                                     QStringLiteral("step.producer"),
                                     QStringLiteral("step.receiver"),
                                     QStringLiteral("step.information"),
                                     QStringLiteral("step.requirements")};
    return keys;
}

bool StepTable::isField(const QString &key)
{
    return (key.startsWith(kScenarioPrefix) || key.startsWith(kStepPrefix)) && fieldKeys().contains(key);
}

bool StepTable::isList(const QString &key)
{
    return key == QLatin1String("step.information") || key == QLatin1String("step.requirements");
}

QStringList StepTable::recordFields(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields) {
        const QString field = isField(f) ? QStringLiteral("scenarios") : f;
        if (!field.isEmpty() && !out.contains(field))
            out.append(field);
    }
    return out;
}

void StepTable::assemble(QList<IncomingRow> &rows)
{
    const bool stepLayout =
        std::any_of(rows.cbegin(), rows.cend(), [](const IncomingRow &r) { return !r.step.isEmpty(); });
    if (stepLayout)
        rows = Assembler().run(rows);
}

} // namespace casebook
