// Exports stay the same in every UI language: the window shows numbers and dates in the member's
// locale, but CSV, JSON and IEC 62559-3 XML carry them in one form ("62.5", ISO 8601), whichever
// language Casebook runs in, so files from Cairo, Beijing and Paris read back alike.
#include "exchange/Iec62559XmlWriter.h"
#include "exchange/SpreadsheetExport.h"
#include "model/RubricJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_ExportLocale : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void exportsAreTheSameInEveryLanguage_data();
    void exportsAreTheSameInEveryLanguage();

private:
    /// Every export of the whole repository, in the current default locale.
    QByteArray exports();
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QByteArray m_reference;
};

void tst_ExportLocale::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(m_dir.filePath(QStringLiteral("locale.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
    UseCaseRepository repo(*m_db);
    Assessment a;
    a.useCaseUuid = repo.get(QStringLiteral("UC-EX-001"))->uuid;
    a.rubricUuid = RubricJson::defaultRubric().uuid;
    a.assessorName = QStringLiteral("Ana");
    a.scores = {{QStringLiteral("A1"), ScoreState::Level, 3, {}, {}, Confidence::High},
                {QStringLiteral("A2"), ScoreState::Level, 2, {}, {}, {}},
                {QStringLiteral("B1"), ScoreState::Level, 1, {}, {}, {}}};
    QVERIFY(AssessmentRepository(*m_db).save(a));
    QLocale::setDefault(QLocale::c());
    m_reference = exports();
    QVERIFY(m_reference.contains('.')); // a decimal index in the score sheet
}

void tst_ExportLocale::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

QByteArray tst_ExportLocale::exports()
{
    UseCaseRepository repo(*m_db);
    const QStringList uuids = repo.allUuids().value();
    QByteArray out;
    for (const auto &sheet :
         {SpreadsheetExport::useCaseSheet(*m_db, uuids), SpreadsheetExport::scoreSheet(*m_db, uuids)}) {
        if (!sheet)
            return {};
        out += sheet->header.join(QLatin1Char(',')).toUtf8() + '\n';
        for (const QStringList &record : sheet->records)
            out += record.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    out += SpreadsheetExport::useCaseJson(*m_db, uuids).value();
    QList<UseCase> useCases;
    for (const QString &uuid : uuids)
        useCases.append(repo.get(uuid).value());
    out += Iec62559XmlWriter::write(useCases);
    return out;
}

void tst_ExportLocale::exportsAreTheSameInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"ar", "zh_CN", "fr", "ru", "es", "de"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void tst_ExportLocale::exportsAreTheSameInEveryLanguage()
{
    QFETCH(QString, language);
    QLocale::setDefault(QLocale(language));
    QVERIFY(QLocale().toString(62.5) != QLatin1String("62.5") || language == QLatin1String("zh_CN"));
    QCOMPARE(exports(), m_reference);
}

QTEST_GUILESS_MAIN(tst_ExportLocale)
#include "tst_ExportLocale.moc"
