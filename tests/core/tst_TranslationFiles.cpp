// The .ts files of a release: complete, with their sources' placeholders and accelerators, and the
// plural forms each language has. The checker itself is proved on hand-made files and on the
// English plural forms (always run); the six shipped files are checked by the `translations` test,
// which is enabled once the translations are written (tests/CMakeLists.txt).
#include "TsFileCheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;
using test::TsFileCheck;
using K = TsFileCheck::Kind;

Q_DECLARE_METATYPE(TsFileCheck::Kind)

namespace {

/// A Russian .ts whose one plain and one plural message are given as their <translation> elements.
QByteArray russianTs(const QByteArray &plain, const QByteArray &plural)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                             "<TS version=\"2.1\" language=\"ru_RU\">\n<context>\n<name>MainWindow</name>\n"
                             "<message>\n<source>&amp;Open %1 of %L2</source>\n")
        + plain
        + QByteArrayLiteral(
               "\n</message>\n<message numerus=\"yes\">\n<source>%n use case(s) in %1</source>\n")
        + plural + QByteArrayLiteral("\n</message>\n</context>\n</TS>\n");
}

const QByteArray kPlain = QByteArrayLiteral("<translation>&amp;Открыть %1 из %L2</translation>");
const QByteArray kPlural = QByteArrayLiteral(
    "<translation><numerusform>%n вариант в %1</numerusform>"
    "<numerusform>%n варианта в %1</numerusform><numerusform>%n вариантов в %1</numerusform>"
    "</translation>");

QStringList describe(const QList<TsFileCheck::Problem> &problems)
{
    QStringList out;
    for (const auto &p : problems)
        out.append(p.toString());
    return out;
}

} // namespace

class tst_TranslationFiles : public QObject
{
    Q_OBJECT
private slots:
    void completeFilePasses();
    void eachProblemIsFound_data();
    void eachProblemIsFound();
    void pluralFormsPerLanguage();
    void englishPluralsAreComplete();
    void shippedFilesAreComplete_data();
    void shippedFilesAreComplete();

private:
    QString write(const QByteArray &content);
    QTemporaryDir m_dir;
    int m_count = 0;
};

QString tst_TranslationFiles::write(const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("casebook_%1.ts").arg(++m_count));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

void tst_TranslationFiles::completeFilePasses()
{
    const QString path = write(russianTs(kPlain, kPlural));
    const auto problems = TsFileCheck::check(path);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems).join(QLatin1Char('\n'))));
    // A plural form may leave the number out ("one use case"), as long as one form shows it.
    const QByteArray noNumberInOne = QByteArray(kPlural).replace("%n вариант в", "один вариант в");
    QVERIFY(TsFileCheck::check(write(russianTs(kPlain, noNumberInOne))).isEmpty());
}

void tst_TranslationFiles::eachProblemIsFound_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("plural");
    QTest::addColumn<TsFileCheck::Kind>("kind");
    QTest::newRow("unfinished") << QByteArray(kPlain).replace("<translation>",
                                                              "<translation type=\"unfinished\">")
                                << kPlural << K::Unfinished;
    QTest::newRow("empty") << QByteArrayLiteral("<translation></translation>") << kPlural << K::Empty;
    QTest::newRow("empty plural form")
        << kPlain << QByteArray(kPlural).replace("%n вариантов в %1", "") << K::Empty;
    QTest::newRow("lost %1") << QByteArray(kPlain).replace("%1", "X") << kPlural << K::Placeholder;
    QTest::newRow("%L2 as %2") << QByteArray(kPlain).replace("%L2", "%2") << kPlural << K::Placeholder;
    QTest::newRow("added %3") << QByteArray(kPlain).replace("%L2", "%L2 %3") << kPlural << K::Placeholder;
    QTest::newRow("lost %1 in a plural form")
        << kPlain << QByteArray(kPlural).replace("%n варианта в %1", "%n варианта") << K::Placeholder;
    QTest::newRow("no plural form shows %n")
        << kPlain << QByteArray(kPlural).replace("%n ", "") << K::Placeholder;
    QTest::newRow("lost accelerator") << QByteArray(kPlain).replace("&amp;", "") << kPlural << K::Accelerator;
    QTest::newRow("&& is no accelerator")
        << QByteArray(kPlain).replace("&amp;", "&amp;&amp;") << kPlural << K::Accelerator;
    QTest::newRow("two plural forms for Russian")
        << kPlain << QByteArray(kPlural).replace("<numerusform>%n вариантов в %1</numerusform>", "")
        << K::PluralForms;
}

void tst_TranslationFiles::eachProblemIsFound()
{
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, plural);
    QFETCH(TsFileCheck::Kind, kind);
    const auto problems = TsFileCheck::check(write(russianTs(plain, plural)));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, kind);
    QCOMPARE(problems.first().context, QStringLiteral("MainWindow"));
}

void tst_TranslationFiles::pluralFormsPerLanguage()
{
    QCOMPARE(TsFileCheck::pluralForms(QStringLiteral("ar_EG")), 6);
    QCOMPARE(TsFileCheck::pluralForms(QStringLiteral("ru")), 3);
    QCOMPARE(TsFileCheck::pluralForms(QStringLiteral("zh_CN")), 1);
    QCOMPARE(TsFileCheck::pluralForms(QStringLiteral("fr_FR")), 2);
    QCOMPARE(TsFileCheck::pluralForms(QStringLiteral("es")), 2);
    QCOMPARE(TsFileCheck::pluralForms(QStringLiteral("en")), 2);
    // Each shipped file's header names a language with known rules.
    for (const QString &path : QString::fromUtf8(CASEBOOK_TS_FILES).split(QLatin1Char('|'))) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray head = f.read(200);
        const int at = head.indexOf("language=\"");
        QVERIFY2(at > 0, qPrintable(path));
        const QByteArray language = head.mid(at + 10, head.indexOf('"', at + 10) - at - 10);
        QVERIFY2(TsFileCheck::pluralForms(QString::fromLatin1(language)) > 0, qPrintable(path));
    }
}

void tst_TranslationFiles::englishPluralsAreComplete()
{
    const auto problems = TsFileCheck::check(QStringLiteral(CASEBOOK_EN_TS));
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems).join(QLatin1Char('\n'))));
}

void tst_TranslationFiles::shippedFilesAreComplete_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : QString::fromUtf8(CASEBOOK_TS_FILES).split(QLatin1Char('|')))
        QTest::newRow(qPrintable(path.section(QLatin1Char('/'), -1))) << path;
}

void tst_TranslationFiles::shippedFilesAreComplete()
{
    QFETCH(QString, path);
    const QStringList problems = describe(TsFileCheck::check(path));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, the first ones:\n").arg(problems.size())
                        + problems.mid(0, 20).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_TranslationFiles)
#include "tst_TranslationFiles.moc"
