// IEC 62559-3 XML in the window: the export dialog's format choice and the import through the
// bundles' preview, driven offscreen by object name with scripted prompts.
#include "DatabaseDump.h"
#include "bundle/BundleActions.h"
#include "bundle/ImportPreviewDialog.h"
#include "exchange/ExportDialog.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QLabel>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "FixedCatalogue.h"
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "TestSupport.h"

using namespace casebook;

class tst_XmlExchange : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportDialogWritesXml();
    void importShowsThePreviewWithWhatWasKept();
    void refusedXmlIsReportedAndChangesNothing();

private:
    std::unique_ptr<Database> open(const QString &name, bool examples);
    QTemporaryDir m_dir;
};

void tst_XmlExchange::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_XmlExchange::open(const QString &name, bool examples)
{
    Database::OpenOptions o;
    o.contributor = QStringLiteral("Tester");
    auto db = Database::open(m_dir.filePath(name), o);
    if (!db || !Seeder::seed(**db, examples))
        return nullptr;
    return std::move(*db);
}

void tst_XmlExchange::exportDialogWritesXml()
{
    auto db = open(QStringLiteral("export.sqlite"), true);
    QVERIFY(db);
    test::ScriptedPrompts prompts;
    ui::ExportDialog dialog(*db, prompts, {}, {});
    dialog.setFilePath(m_dir.filePath(QStringLiteral("use-cases.csv")));
    auto *xml = dialog.findChild<QRadioButton *>(QStringLiteral("xmlRadio"));
    QVERIFY(xml);
    xml->setChecked(true);
    QCOMPARE(dialog.kind(), ExportKind::UseCasesXml);
    QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("use-cases.xml"))); // the extension follows
    QVERIFY(dialog.exportNow());
    QCOMPARE(dialog.written(), 10);
    QVERIFY(test::readAll(dialog.filePath()).contains("<cps:UseCaseRepository xmlns:cps=\"cpsframework\">"));
}

void tst_XmlExchange::importShowsThePreviewWithWhatWasKept()
{
    auto db = open(QStringLiteral("import.sqlite"), false);
    QVERIFY(db);
    test::ScriptedPrompts prompts;
    test::ScriptedDesktop desktop;
    QWidget parent;
    test::FixedCatalogue catalogue(*db);
    ui::BundleActions actions(&parent, prompts, desktop, catalogue);
    QString header, warnings;
    prompts.dialogWith([&](QDialog &dialog) {
        auto *preview = qobject_cast<ui::ImportPreviewDialog *>(&dialog);
        if (!preview)
            return int(QDialog::Rejected);
        header = preview->findChild<QLabel *>(QStringLiteral("previewHeaderLabel"))->text();
        warnings = preview->findChild<QLabel *>(QStringLiteral("planWarningsLabel"))->text();
        return int(QDialog::Accepted);
    });
    QVERIFY(actions.importXml(*db, test::dataPath(QStringLiteral("xml/foreign-repository.xml"))));
    QCOMPARE(prompts.pending(), 0);
    QVERIFY2(header.contains(QLatin1String("IEC 62559-3")) && header.contains(QLatin1String("Smart grid")),
             qPrintable(header));
    QVERIFY2(warnings.contains(QLatin1String("nature[1]")), qPrintable(warnings));
    QVERIFY(actions.lastImportResult().changed);
    QCOMPARE(UseCaseRepository(*db).get(QStringLiteral("SG-AMI-1"))->actors.size(), 3);
}

void tst_XmlExchange::refusedXmlIsReportedAndChangesNothing()
{
    auto db = open(QStringLiteral("refuse.sqlite"), true);
    QVERIFY(db);
    const QStringList before = test::dumpDatabase(*db, true);
    const QString path = m_dir.filePath(QStringLiteral("laughs.xml"));
    QVERIFY(test::writeAll(path, "<!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><r>&b;</r>"));
    test::ScriptedPrompts prompts; // no preview is scripted: showing one fails the test
    test::ScriptedDesktop desktop;
    QWidget parent;
    test::FixedCatalogue catalogue(*db);
    ui::BundleActions actions(&parent, prompts, desktop, catalogue);
    QVERIFY(!actions.importXml(*db, path));
    QCOMPARE(prompts.errors.size(), 1);
    QVERIFY2(prompts.errors.first().message.startsWith(
                 QLatin1String("Nothing was changed: the import did not happen.\nlaughs.xml, line 1:")),
             qPrintable(prompts.errors.first().message));
    QVERIFY(prompts.errors.first().message.contains(QLatin1String("document type declaration")));
    QCOMPARE(test::dumpDatabase(*db, true), before);
}

QTEST_MAIN(tst_XmlExchange)
#include "tst_XmlExchange.moc"
