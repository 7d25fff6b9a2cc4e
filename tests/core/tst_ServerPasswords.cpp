// Passwords of team repositories in the desktop keychain, against a real Secret Service
// (gnome-keyring-daemon on a private session bus): stored, read, replaced and forgotten under the
// connection string without any password, and a plain error where no keychain is running.
#include "KeychainTestSession.h"

#include "storage/PgConnection.h"
#include "sync/ServerPasswords.h"

#include <QTest>

using namespace casebook;

class tst_ServerPasswords : public QObject
{
    Q_OBJECT
private slots:
    void withoutAKeychainTheErrorIsPlain();
    void storesReadsReplacesAndForgets();
    void keyedByTheAddressWithoutPassword();
    void recognisesAServerThatWantsAPassword_data();
    void recognisesAServerThatWantsAPassword();

private:
    test::KeychainTestSession m_session;
    const QString m_address = QStringLiteral("host=db.example.org dbname=casebook user=amina");
};

void tst_ServerPasswords::withoutAKeychainTheErrorIsPlain()
{
    CASEBOOK_START_KEYCHAIN(m_session, startBus);
    auto read = ServerPasswords::read(m_address);
    QVERIFY(!read);
    QCOMPARE(read.error().message,
             QStringLiteral("The system keychain is not available, so the password "
                            "cannot be remembered or read there."));
    QVERIFY(!read.error().detail.isEmpty());
    Status written = ServerPasswords::write(m_address, QStringLiteral("s3cret-Value"));
    QVERIFY(!written);
    QVERIFY(!written.error().message.contains(QLatin1String("s3cret")));
    QVERIFY(!written.error().detail.contains(QLatin1String("s3cret")));
}

void tst_ServerPasswords::storesReadsReplacesAndForgets()
{
    CASEBOOK_START_KEYCHAIN(m_session, startKeyring);
    auto none = ServerPasswords::read(m_address);
    QVERIFY2(none, qPrintable(none.error().detail));
    QVERIFY(!none->has_value());

    QVERIFY(ServerPasswords::write(m_address, QStringLiteral("first 'pass' \\ word")));
    auto first = ServerPasswords::read(m_address);
    QVERIFY(first && first->has_value());
    QCOMPARE(**first, QStringLiteral("first 'pass' \\ word"));

    QVERIFY(ServerPasswords::write(m_address, QStringLiteral("second")));
    QCOMPARE(**ServerPasswords::read(m_address), QStringLiteral("second"));
    auto other = ServerPasswords::read(QStringLiteral("host=db.example.org dbname=casebook user=lee"));
    QVERIFY(other && !other->has_value());

    QVERIFY(ServerPasswords::forget(m_address));
    auto gone = ServerPasswords::read(m_address);
    QVERIFY(gone && !gone->has_value());
    QVERIFY(ServerPasswords::forget(m_address)); // nothing stored: still fine
}

void tst_ServerPasswords::keyedByTheAddressWithoutPassword()
{
    CASEBOOK_START_KEYCHAIN(m_session, startKeyring);
    QCOMPARE(ServerPasswords::keyFor(m_address + QStringLiteral(" password='old one'")), m_address);
    QVERIFY(ServerPasswords::write(m_address + QStringLiteral(" password=typed"), QStringLiteral("kept")));
    QCOMPARE(**ServerPasswords::read(QStringLiteral("  ") + m_address), QStringLiteral("kept"));
    QVERIFY(ServerPasswords::forget(m_address));
}

void tst_ServerPasswords::recognisesAServerThatWantsAPassword_data()
{
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("wants");
    QTest::newRow("none given") << QStringLiteral("connection to server on socket \"/tmp/x/.s.PGSQL.5432\" "
                                                  "failed: fe_sendauth: no password supplied")
                                << true;
    QTest::newRow("wrong one") << QStringLiteral("connection to server on socket \"/tmp/x/.s.PGSQL.5432\" "
                                                 "failed: FATAL:  password authentication failed for user "
                                                 "\"amina\"")
                               << true;
    QTest::newRow("sqlstate") << QStringLiteral("28P01 FATAL: authentication failed") << true;
    QTest::newRow("pg_hba") << QStringLiteral("FATAL:  no pg_hba.conf entry for host \"[local]\"") << false;
    QTest::newRow("no server") << QStringLiteral("could not connect to server: No such file or directory")
                               << false;
}

void tst_ServerPasswords::recognisesAServerThatWantsAPassword()
{
    QFETCH(QString, detail);
    QFETCH(bool, wants);
    QCOMPARE(PgConnection::wantsPassword(makeError(ErrorCode::Storage, QStringLiteral("x"), detail)), wants);
}

QTEST_GUILESS_MAIN(tst_ServerPasswords)
#include "tst_ServerPasswords.moc"
