#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace casebook {

/// Passwords of team repositories in the desktop keychain (the Secret Service of GNOME or KDE,
/// macOS Keychain, Windows Credential Manager, through QtKeychain), under the service "Casebook
/// team repository" and keyed by the connection string without any password
/// (PgConnection::withoutPassword). Each call waits for the keychain in a local event loop, so it
/// runs on a thread with an event dispatcher (the GUI thread, the CLI's main thread). A password
/// never goes into settings, messages or logs.
class ServerPasswords
{
    Q_DECLARE_TR_FUNCTIONS(ServerPasswords)
public:
    static QString serviceName();
    /// The key of `address` in the keychain.
    static QString keyFor(const QString &address);

    /// The stored password of `address`; nullopt when none is stored. Fails when the keychain
    /// cannot be reached (no Secret Service on the session bus...).
    static Result<std::optional<QString>> read(const QString &address);
    /// Stores (or replaces) the password of `address`.
    static Status write(const QString &address, const QString &password);
    /// Removes the stored password of `address`; succeeds when none was stored.
    static Status forget(const QString &address);
    /// The password to try first for `address`: none when the address carries its own (that one
    /// wins), else the stored one (read()).
    static Result<std::optional<QString>> forAddress(const QString &address);
};

} // namespace casebook
