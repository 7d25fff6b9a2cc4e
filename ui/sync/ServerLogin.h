#pragma once

#include "support/Result.h"
#include "sync/BackgroundSync.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace casebook::ui {

class Prompts;

/// Logs a member in to a team repository: the password stored in the system keychain first
/// (ServerPasswords), else libpq's own sources; when the server wants a password, or refuses the
/// one tried, asks for it (PasswordDialog) until it is accepted or the member cancels. After a
/// typed password is accepted, the keychain keeps it or forgets it as the member chose.
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)
public:
    ServerLogin(BackgroundSync &background, Prompts &prompts, QWidget *parent);

    /// The access the server took (the address, and the password that opened it);
    /// ErrorCode::Cancelled when the member cancelled.
    Result<ServerAccess> login(const QString &address);

private:
    struct Typed
    {
        QString password;
        bool remember = false;
    };
    std::optional<Typed> ask(const QString &address, bool refused);
    void keep(const QString &address, const Typed &typed);

    BackgroundSync &m_background;
    Prompts &m_prompts;
    QWidget *m_parent;
    bool m_stored = false; ///< the keychain held a password for the address
    QString m_keychainProblem;
};

} // namespace casebook::ui
