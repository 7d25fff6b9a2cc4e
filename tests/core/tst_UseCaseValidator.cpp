#include "model/Revision.h"
#include "model/UseCaseJson.h"
#include "model/UseCaseValidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace casebook;

class tst_UseCaseValidator : public QObject
{
    Q_OBJECT
private slots:
    void singleLine_data();
    void singleLine();
    void multiLineKeepsLineBreaks();
    void problemsPerFieldWithPaths();
    void jsonReaderAppliesTheSameRules();
    void validRecordHasNoProblems();
};

void tst_UseCaseValidator::singleLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("plain") << QStringLiteral("Smart water metering in Amman") << true;
    QTest::newRow("accents and scripts") << QStringLiteral("Genève — 智慧城市 — عمّان") << true;
    QTest::newRow("LRM and RLM marks") << QStringLiteral("abc\u200Edef\u200F") << true;
    QTest::newRow("LF") << QStringLiteral("a\nb") << false;
    QTest::newRow("CR") << QStringLiteral("a\rb") << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << false;
    QTest::newRow("escape") << QStringLiteral("a\u001b[2Kb") << false;
    QTest::newRow("DEL") << QStringLiteral("a\u007fb") << false;
    QTest::newRow("C1 NEL") << QStringLiteral("a\u0085b") << false;
    QTest::newRow("C1 CSI") << QStringLiteral("a\u009bb") << false;
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << false;
    QTest::newRow("paragraph separator") << QStringLiteral("a\u2029b") << false;
    for (const char16_t c : {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
        QTest::newRow(qPrintable(QStringLiteral("bidi U+%1").arg(int(c), 4, 16)))
            << (QStringLiteral("a") + QChar(c) + QStringLiteral("b")) << false;
}

void tst_UseCaseValidator::singleLine()
{
    QFETCH(QString, text);
    QFETCH(bool, allowed);
    QCOMPARE(UseCaseValidator::isSingleLine(text), allowed);
    UseCase u;
    u.title = text;
    const QList<FieldProblem> problems = UseCaseValidator::validate(u);
    QCOMPARE(problems.isEmpty(), allowed);
    if (!allowed)
        QCOMPARE(problems.first().text(),
                 QStringLiteral("title: must be one line without control characters"));
    // Tags are single-line too (white space such as a line break is folded to a space first).
    if (text.simplified() == text)
        QCOMPARE(bool(UseCaseJson::validateTag(text)), allowed);
}

void tst_UseCaseValidator::multiLineKeepsLineBreaks()
{
    UseCase u;
    u.title = QStringLiteral("T");
    u.summary = QStringLiteral("First line\r\nSecond\tline");
    u.description = QStringLiteral("a\nb");
    QVERIFY(UseCaseValidator::validate(u).isEmpty());
    u.summary = QStringLiteral("bell \u0007");
    QCOMPARE(
        UseCaseValidator::validate(u),
        (QList<FieldProblem>{{QStringLiteral("summary"), QStringLiteral("contains control characters")}}));
}

void tst_UseCaseValidator::problemsPerFieldWithPaths()
{
    UseCase u;
    u.title = QString(UseCaseLimits::kTitleChars + 1, QLatin1Char('x'));
    u.code = QStringLiteral("UC\n1");
    u.submitters = {Person{}, Person{QStringLiteral("Ann"), {}, QStringLiteral("ann at example"), {}}};
    u.countries = {QStringLiteral("KE"), QStringLiteral("XX"), QStringLiteral("KE")};
    Scenario s;
    ScenarioStep bad;
    bad.producer = QStringLiteral("a\u202Eb");
    bad.description = QStringLiteral("multi\nline");
    s.steps = {ScenarioStep{}, bad};
    u.scenarios = {s};
    u.sdgs = {11, 18};
    u.language = QStringLiteral("English (UK)");
    u.revision = Revision::kMax + 1;
    QStringList got;
    for (const FieldProblem &p : UseCaseValidator::validate(u))
        got.append(p.field);
    QCOMPARE(
        got,
        (QStringList{QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("submitters[1].email"),
                     QStringLiteral("revision"), QStringLiteral("language"), QStringLiteral("sdgs[1]"),
                     QStringLiteral("countries[1]"), QStringLiteral("countries[2]"),
                     QStringLiteral("scenarios[0].steps[1].producer")}));
    QVERIFY(!UseCaseValidator::check(u));
    QCOMPARE(UseCaseValidator::check(u).error().message,
             QStringLiteral("code: must be one line without control characters"));
}

void tst_UseCaseValidator::jsonReaderAppliesTheSameRules()
{
    const QJsonObject json{
        {QStringLiteral("title"), QStringLiteral("Fine")},
        {QStringLiteral("actors"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Meter\u202E")}}}}};
    const auto parsed = UseCaseJson::fromJson(json);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InputRejected);
    QCOMPARE(parsed.error().message,
             QStringLiteral("actors[0].name: must be one line without control characters"));
    // Multi-line fields keep their line breaks through the reader.
    const auto summary = UseCaseJson::fromJson(QJsonObject{
        {QStringLiteral("title"), QStringLiteral("T")}, {QStringLiteral("summary"), QStringLiteral("a\nb")}});
    QVERIFY(summary);
}

void tst_UseCaseValidator::validRecordHasNoProblems()
{
    UseCase u;
    u.title = QStringLiteral("Valid");
    u.verticals = {QStringLiteral("energy")};
    u.countries = {QStringLiteral("KE")};
    u.sdgs = {7, 11};
    u.tags = {QStringLiteral("sdo/ITU-T")};
    u.submitters = {
        Person{QStringLiteral("Ann"), QStringLiteral("ITU"), QStringLiteral("ann@example.org"), {}}};
    const QList<FieldProblem> problems = UseCaseValidator::validate(u);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().text()));
}

QTEST_GUILESS_MAIN(tst_UseCaseValidator)
#include "tst_UseCaseValidator.moc"
