// File > Report... (issue 12): the dialog drives the same writer as casebook-cli report; the cover
// fields it is given are editable, the file's extension follows the format, restricted use cases stay
// out unless checked.
#include "FixedCatalogue.h"
#include "ScriptedPrompts.h"
#include "TestSupport.h"

#include "bundle/SafeZipReader.h"
#include "report/ReportActions.h"
#include "report/ReportDialog.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace casebook;
using namespace casebook::ui;

class tst_ReportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void coverAndFormat();
    void writesOdtWithoutRestricted();
    void actionReportsWhatItWrote();
    void cancelLeavesNoFile();
    void screenshots();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ScriptedPrompts> m_prompts;
    QStringList m_selected;
    QString m_secretTitle;
    QString m_openTitle;
};

void tst_ReportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ReportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(path(QStringLiteral("gui.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
    m_prompts = std::make_unique<test::ScriptedPrompts>();
    UseCaseRepository repo(*m_db);
    UseCase secret = repo.get(QStringLiteral("UC-EX-002")).value();
    secret.sharingLevel = QStringLiteral("restricted");
    QVERIFY(repo.update(secret));
    const UseCase open = repo.get(QStringLiteral("UC-EX-001")).value();
    m_selected = {open.uuid, secret.uuid};
    m_secretTitle = secret.title;
    m_openTitle = open.title;
}

void tst_ReportDialog::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_ReportDialog::coverAndFormat()
{
    ContributionCover cover;
    cover.contactName = QStringLiteral("Amina Diallo");
    cover.contactEmail = QStringLiteral("amina@example.org");
    ReportDialog dialog(*m_db, *m_prompts, m_selected, {}, cover);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("contactNameEdit"));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(name && title);
    QCOMPARE(name->text(), cover.contactName);
    title->setText(QStringLiteral("  Smart water <draft>  "));
    QCOMPARE(dialog.cover().title, QStringLiteral("Smart water <draft>"));
    QCOMPARE(dialog.cover().contactEmail, cover.contactEmail);

    dialog.setFilePath(path(QStringLiteral("out.pdf")));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    auto *pageSize = dialog.findChild<QComboBox *>(QStringLiteral("pageSizeCombo"));
    QVERIFY(format && pageSize);
    format->setCurrentIndex(format->findData(int(ReportFormat::Odt)));
    QCOMPARE(dialog.filePath(), path(QStringLiteral("out.odt")));
    QVERIFY(pageSize->isEnabled()); // an ODT has pages too
    format->setCurrentIndex(format->findData(int(ReportFormat::Html)));
    QVERIFY(!pageSize->isEnabled()); // a web page has none
    format->setCurrentIndex(format->findData(int(ReportFormat::Pdf)));
    QVERIFY(pageSize->isEnabled());
    auto *count = dialog.findChild<QLabel *>(QStringLiteral("reportCountLabel"));
    QVERIFY(count->text().contains(QLatin1String("1 restricted use case(s) left out")));
}

void tst_ReportDialog::writesOdtWithoutRestricted()
{
    ReportDialog dialog(*m_db, *m_prompts, m_selected, {}, {});
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    format->setCurrentIndex(format->findData(int(ReportFormat::Odt)));
    const QString file = path(QStringLiteral("report.odt"));
    dialog.setFilePath(file);
    QVERIFY(dialog.writeNow());
    QCOMPARE(dialog.written(), 1);
    QCOMPARE(dialog.restrictedLeftOut().size(), 1);
    auto entries = SafeZipReader().readAll(file);
    QVERIFY(entries.ok());
    QByteArray content;
    for (const SafeZipReader::Entry &e : std::as_const(*entries)) {
        if (e.name == QLatin1String("content.xml"))
            content = e.data;
    }
    QVERIFY(content.contains(m_openTitle.toHtmlEscaped().toUtf8()) || content.contains(m_openTitle.toUtf8()));
    QVERIFY(!content.contains(m_secretTitle.toUtf8()));

    // With the box checked, the restricted one is in, and replacing the file is asked first.
    auto *include = dialog.findChild<QCheckBox *>(QStringLiteral("includeRestrictedCheckBox"));
    include->setChecked(true);
    m_prompts->confirmWith(true);
    QVERIFY(dialog.writeNow());
    QCOMPARE(dialog.written(), 2);
    QCOMPARE(m_prompts->pending(), 0);
}

void tst_ReportDialog::actionReportsWhatItWrote()
{
    const QString file = path(QStringLiteral("report.html"));
    m_prompts->dialogWith([&](QDialog &d) {
        auto &dialog = static_cast<ReportDialog &>(d);
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
        format->setCurrentIndex(format->findData(int(ReportFormat::Html)));
        dialog.setFilePath(file);
        return dialog.writeNow() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    QWidget parent;
    test::FixedCatalogue catalogue(*m_db);
    catalogue.selection = m_selected;
    ReportActions actions(&parent, *m_prompts, catalogue);
    QVERIFY(actions.writeReport());
    QCOMPARE(m_prompts->pending(), 0);
    const QStringList infos = m_prompts->texts(test::ScriptedPrompts::Message::Info);
    QCOMPARE(infos.size(), 1);
    QVERIFY2(infos.first().contains(QLatin1String("1 restricted use case(s) were left out")),
             qPrintable(infos.first()));
    QVERIFY(test::readAll(file).contains(m_openTitle.toHtmlEscaped().toUtf8()));
}

void tst_ReportDialog::cancelLeavesNoFile()
{
    ReportDialog dialog(*m_db, *m_prompts, {}, {}, {});
    const QString file = path(QStringLiteral("cancelled.pdf"));
    dialog.setFilePath(file);
    // The member presses Cancel as soon as the progress dialog takes events.
    bool cancelled = false;
    QTimer timer;
    timer.setInterval(0);
    connect(&timer, &QTimer::timeout, &dialog, [&] {
        if (auto *progress = dialog.findChild<QProgressDialog *>(QStringLiteral("reportProgress"))) {
            progress->cancel();
            cancelled = true;
        }
    });
    timer.start();
    QVERIFY(!dialog.writeNow());
    QVERIFY(cancelled);
    QVERIFY(!QFile::exists(file));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden),
             QStringList());
    QVERIFY(m_prompts->errorTexts().isEmpty()); // a cancel is no error
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_ReportDialog::screenshots()
{
    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set CASEBOOK_SCREENSHOT_DIR to keep pictures of the dialog");
    ContributionCover cover;
    cover.title = QStringLiteral("Use cases and standardization gaps");
    cover.contactName = QStringLiteral("Amina Diallo");
    ReportDialog dialog(*m_db, *m_prompts, m_selected, QStringLiteral("water"), cover);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("report-dialog.png"))));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("reportTabs"));
    tabs->setCurrentIndex(1);
    QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("report-dialog-cover.png"))));
}

QTEST_MAIN(tst_ReportDialog)
#include "tst_ReportDialog.moc"
