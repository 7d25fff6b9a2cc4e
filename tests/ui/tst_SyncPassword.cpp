// The team repository's password in the window: asked for when the server wants one, tried from the
// system keychain first, asked again when refused, remembered or forgotten as the member chooses;
// against a real server that needs the password and a real Secret Service (gnome-keyring-daemon).
#include "mainwindow/MainWindow.h"

#include "KeychainTestSession.h"
#include "PostgresTestServer.h"
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "TestSupport.h"

#include "Screenshots.h"
#include "model/AssessorIdentity.h"
#include "storage/Database.h"
#include "storage/PgConnection.h"
#include "storage/ServerSchema.h"
#include "storage/UseCaseRepository.h"
#include "sync/PasswordDialog.h"
#include "sync/ServerPasswords.h"

#include <QAction>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_SyncPassword : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void askedWhenWantedAndAgainWhenRefused();
    void theStoredPasswordIsTriedFirst();
    void aRefusedStoredPasswordIsAskedAgainAndForgotten();
    void cancellingThePasswordShowsNothing();
    void withoutAKeychainNothingIsRemembered();

private:
    /// Answers the next password dialog: checks whether it says the last password was refused and
    /// how the check box starts, then types `password` and sets the check box to `remember`.
    void answerPassword(const QString &password, bool remember, bool refusedBefore, bool rememberedBefore);
    /// Whether any file under the test's settings folder, or the repository, holds `text`.
    bool writtenDown(const QString &text) const;
    void syncFromTheMenu();

    test::KeychainTestSession m_keychain;
    test::PostgresTestServer m_server;
    std::unique_ptr<PgConnection> m_admin;
    QTemporaryDir m_dir;
    test::ScriptedPrompts m_prompts;
    test::ScriptedDesktop m_desktop;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_address;
};

void tst_SyncPassword::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CASEBOOK_START_KEYCHAIN(m_keychain, startKeyring); // before anything talks to the session bus
    CASEBOOK_START_POSTGRES(m_server);
    auto admin = PgConnection::open(m_server.conninfo());
    QVERIFY(admin);
    m_admin = std::move(*admin);
    QVERIFY(ServerSchema::init(*m_admin));
    QVERIFY(ServerSchema::addMember(*m_admin, QStringLiteral("dora"), MemberRole::Editor,
                                    AssessorIdentity::fromName(QStringLiteral("dora")),
                                    QStringLiteral("first secret")));
    QVERIFY2(m_server.requirePassword(QStringLiteral("dora")), qPrintable(m_server.error()));
    m_address = m_server.conninfo(QStringLiteral("dora"));
    auto db = Database::open(m_dir.filePath(QStringLiteral("dora.sqlite")));
    QVERIFY(db);
    UseCase u;
    u.title = QStringLiteral("Flood warnings");
    QVERIFY(UseCaseRepository(**db).insert(u));
    m_window = std::make_unique<ui::MainWindow>(std::move(*db), m_prompts, m_desktop);
}

void tst_SyncPassword::answerPassword(const QString &password, bool remember, bool refusedBefore,
                                      bool rememberedBefore)
{
    m_prompts.dialogWith([=](QDialog &dialog) {
        if (!qobject_cast<ui::PasswordDialog *>(&dialog))
            return int(QDialog::Rejected);
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheck"));
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("passwordLabel"));
        if (field->echoMode() != QLineEdit::Password || !label->text().contains(QLatin1String("user=dora"))
            || label->text().contains(QLatin1String("refused")) != refusedBefore
            || check->isChecked() != rememberedBefore || !check->isEnabled())
            return int(QDialog::Rejected);
        field->setText(password);
        check->setChecked(remember);
        dialog.adjustSize(); // for a look at it: CASEBOOK_SCREENSHOT_DIR
        (void)test::screenshot(
            dialog, refusedBefore ? QStringLiteral("password-refused") : QStringLiteral("password"));
        return int(QDialog::Accepted);
    });
}

bool tst_SyncPassword::writtenDown(const QString &text) const
{
    QStringList files{m_dir.filePath(QStringLiteral("dora.sqlite"))};
    QDirIterator it(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    for (const QString &f : std::as_const(files)) {
        if (test::readAll(f).contains(text.toUtf8()))
            return true;
    }
    return false;
}

void tst_SyncPassword::syncFromTheMenu()
{
    m_prompts.shown.clear();
    m_prompts.errors.clear();
    m_window->findChild<QAction *>(QStringLiteral("syncAction"))->trigger();
    QCOMPARE(m_prompts.pending(), 0);
}

void tst_SyncPassword::askedWhenWantedAndAgainWhenRefused()
{
    m_prompts.textWith(m_address);
    answerPassword(QStringLiteral("not it"), true, false, false);
    answerPassword(QStringLiteral("first secret"), true, true, false);
    syncFromTheMenu();
    QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errorTexts().join(QLatin1Char('\n'))));
    QCOMPARE(m_prompts.shown.last().title, QStringLiteral("Synced"));
    auto stored = ServerPasswords::read(m_address);
    QVERIFY(stored && stored->has_value());
    QCOMPARE(**stored, QStringLiteral("first secret"));
    QVERIFY(!writtenDown(QStringLiteral("first secret")));
}

void tst_SyncPassword::theStoredPasswordIsTriedFirst()
{
    m_prompts.textWith(m_address);
    syncFromTheMenu(); // no dialog
    QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errorTexts().join(QLatin1Char('\n'))));
    QCOMPARE(m_prompts.shown.last().title, QStringLiteral("Synced"));
}

void tst_SyncPassword::aRefusedStoredPasswordIsAskedAgainAndForgotten()
{
    QVERIFY(m_admin->exec(QStringLiteral("ALTER ROLE dora PASSWORD 'second secret'")));
    m_prompts.textWith(m_address);
    answerPassword(QStringLiteral("second secret"), false, true, true);
    syncFromTheMenu();
    QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errorTexts().join(QLatin1Char('\n'))));
    QCOMPARE(m_prompts.shown.last().title, QStringLiteral("Synced"));
    auto stored = ServerPasswords::read(m_address);
    QVERIFY(stored && !stored->has_value());
}

void tst_SyncPassword::cancellingThePasswordShowsNothing()
{
    m_prompts.textWith(m_address).dialogWith([](QDialog &) { return int(QDialog::Rejected); });
    syncFromTheMenu();
    QVERIFY(m_prompts.shown.isEmpty());
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    QVERIFY2(!status->text().contains(QLatin1String("unreachable")), qPrintable(status->text()));
}

void tst_SyncPassword::withoutAKeychainNothingIsRemembered()
{
    ui::PasswordDialog::Setup setup;
    setup.address = m_address;
    setup.remember = true;
    setup.keychainProblem = QStringLiteral("The system keychain is not available.");
    ui::PasswordDialog dialog(setup, nullptr);
    auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheck"));
    QVERIFY(!check->isEnabled());
    QVERIFY(!check->isChecked());
    QCOMPARE(check->toolTip(), setup.keychainProblem);
}

QTEST_MAIN(tst_SyncPassword)
#include "tst_SyncPassword.moc"
