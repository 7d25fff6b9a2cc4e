#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace casebook::test {

/// A desktop keychain of a test's own: a private D-Bus session bus (no activatable services, so
/// nothing of the machine's starts on it) and, on request, gnome-keyring-daemon's Secret Service
/// on it with an unlocked login keyring in a temporary folder. The test process talks to that bus
/// (DBUS_SESSION_BUS_ADDRESS is set for it): start it before anything uses the session bus.
/// Both processes are stopped by the destructor.
class KeychainTestSession
{
public:
    KeychainTestSession();
    ~KeychainTestSession();
    KeychainTestSession(const KeychainTestSession &) = delete;
    KeychainTestSession &operator=(const KeychainTestSession &) = delete;

    /// The programs this needs that are not installed (empty: all are).
    static QStringList missingPrograms();

    /// Starts the session bus alone (a desktop without a keychain).
    bool startBus();
    /// Starts the bus if needed, then gnome-keyring-daemon, and waits until it answers.
    bool startKeyring();
    QString error() const { return m_error; }

private:
    bool waitForKeyring();

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    QString m_error;
};

} // namespace casebook::test

/// Starts `session`'s keychain in a test function (`startKeyring` or `startBus`), skipping with a
/// clear message when dbus-daemon or gnome-keyring-daemon is missing.
#define CASEBOOK_START_KEYCHAIN(session, start) \
    do { \
        if (const QStringList missing = casebook::test::KeychainTestSession::missingPrograms(); \
            !missing.isEmpty()) \
            QSKIP(qPrintable(QStringLiteral("%1 not found (install dbus and gnome-keyring)") \
                                 .arg(missing.join(QStringLiteral(", "))))); \
        QVERIFY2((session).start(), qPrintable((session).error())); \
    } while (false)
