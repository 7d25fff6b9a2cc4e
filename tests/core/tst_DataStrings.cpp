#include "model/DataStrings.h"
#include "model/RubricJson.h"
#include "model/RubricText.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QtTest>

using namespace casebook;

namespace {

/// A translator that knows one text of one context, as a .qm file would.
class OneText : public QTranslator
{
public:
    OneText(QString context, QString source, QString target)
        : m_context(std::move(context))
        , m_source(std::move(source))
        , m_target(std::move(target))
    { }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (m_context == QLatin1String(context) && m_source == QString::fromUtf8(source))
            return m_target;
        return {};
    }

private:
    QString m_context, m_source, m_target;
};

QStringList rubricTexts(const Rubric &rubric)
{
    QStringList texts{rubric.name, rubric.description};
    texts += rubric.scaleLabels;
    for (const KnockoutRule &rule : rubric.knockouts)
        texts << rule.flag;
    for (const RubricDimension &dimension : rubric.dimensions) {
        texts << dimension.name;
        for (const RubricCriterion &criterion : dimension.criteria)
            texts << criterion.name << criterion.description << criterion.levels;
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class tst_DataStrings : public QObject
{
    Q_OBJECT

private slots:
    void everyVocabularyTextIsMarkedForTranslation()
    {
        const Vocabularies &v = Vocabularies::instance();
        const QList<const Vocabulary *> vocabularies{&v.verticals(),
                                                     &v.sdgs(),
                                                     &v.ituRegions(),
                                                     &v.developmentContexts(),
                                                     &v.relations(),
                                                     &v.deploymentStages(),
                                                     &v.approvalStatuses(),
                                                     &v.sharingLevels(),
                                                     &v.connectivity(),
                                                     &v.onboardingMethods(),
                                                     &v.interoperabilityFacets(),
                                                     &v.standardsBodies(),
                                                     &v.gapStatuses(),
                                                     &v.priorities(),
                                                     &v.confidenceLevels(),
                                                     &v.actorTypes(),
                                                     &v.relationKinds(),
                                                     &v.identifierTargets(),
                                                     &v.stepServices()};
        const QStringList marked = DataStrings::vocabularyTexts();
        for (const Vocabulary *vocabulary : vocabularies) {
            for (const VocabularyItem &item : vocabulary->items()) {
                QVERIFY2(marked.contains(item.label), qPrintable(vocabulary->name() + u": " + item.label));
                if (!item.description.isEmpty())
                    QVERIFY2(marked.contains(item.description), qPrintable(item.description));
            }
        }
        QVERIFY(marked.contains(v.sdgsNamedInResolution98Source()));
    }

    void everyDefaultRubricTextIsMarkedForTranslation()
    {
        const QStringList marked = DataStrings::defaultRubricTexts();
        const QStringList texts = rubricTexts(RubricJson::defaultRubric());
        QVERIFY(texts.size() > 60);
        for (const QString &text : texts)
            QVERIFY2(marked.contains(text), qPrintable(text + u" (run scripts/data_strings.py)"));
    }

    void theDefaultRubricIsShownInTheUiLanguage()
    {
        const Rubric shipped = RubricJson::defaultRubric();
        const QString name = shipped.dimensions.first().criteria.first().name;
        OneText french(QStringLiteral("casebook::DefaultRubric"), name,
                       QStringLiteral("Transport et connectivité"));
        QCoreApplication::installTranslator(&french);
        QCOMPARE(RubricText(shipped)(name), QStringLiteral("Transport et connectivité"));
        QCOMPARE(RubricText(shipped)(QStringLiteral("a text no translation knows")),
                 QStringLiteral("a text no translation knows"));

        Rubric own = shipped; // a member's rubric with the same words is theirs: shown as written
        own.uuid = QStringLiteral("0b7a3c8e-2f0d-4c1e-9a55-1d2f3e4a5b6c");
        QCOMPARE(RubricText(own)(name), name);
        const Rubric shown = RubricText::forDisplay(shipped);
        QCOMPARE(shown.dimensions.first().criteria.first().name, QStringLiteral("Transport et connectivité"));
        QCOMPARE(shown.uuid, shipped.uuid);
        QCOMPARE(shown.dimensions.first().criteria.first().weight,
                 shipped.dimensions.first().criteria.first().weight);
        QCOMPARE(shown.dimensions.last().name, shipped.dimensions.last().name); // not translated here
        QCOMPARE(RubricText::forDisplay(own).dimensions.first().criteria.first().name, name);
        QCoreApplication::removeTranslator(&french);
        QCOMPARE(RubricText(shipped)(name), name);
    }
};

QTEST_GUILESS_MAIN(tst_DataStrings)
#include "tst_DataStrings.moc"
