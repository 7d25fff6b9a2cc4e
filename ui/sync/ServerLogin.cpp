#include "sync/ServerLogin.h"

#include "storage/PgConnection.h"
#include "sync/BackgroundSync.h"
#include "sync/PasswordDialog.h"
#include "sync/ServerPasswords.h"
#include "widgets/Prompts.h"

namespace casebook::ui {

ServerLogin::ServerLogin(BackgroundSync &background, Prompts &prompts, QWidget *parent)
    : m_background(background)
    , m_prompts(prompts)
    , m_parent(parent)
{ }

Result<ServerAccess> ServerLogin::login(const QString &address)
{
    QString password;
    // The keychain's password is tried first, unless the address carries one.
    auto stored = ServerPasswords::forAddress(address);
    if (!stored)
        m_keychainProblem = stored.error().message;
    m_stored = stored && stored->has_value();
    if (m_stored)
        password = **stored;
    std::optional<Typed> typed;
    for (;;) {
        const Status pg = m_background.connect({address, password});
        if (!pg && PgConnection::wantsPassword(pg.error())) {
            typed = ask(address, !password.isEmpty());
            if (!typed)
                return makeError(ErrorCode::Cancelled, tr("No password was given."));
            password = typed->password;
            continue;
        }
        if (!pg)
            return pg.error();
        if (typed)
            keep(address, *typed);
        return ServerAccess{address, password};
    }
}

std::optional<ServerLogin::Typed> ServerLogin::ask(const QString &address, bool refused)
{
    PasswordDialog::Setup setup;
    setup.address = PgConnection::withoutPassword(address);
    setup.refused = refused;
    setup.remember = m_stored;
    setup.keychainProblem = m_keychainProblem;
    PasswordDialog dialog(setup, m_parent);
    if (m_prompts.exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    return Typed{dialog.password(), dialog.remember()};
}

void ServerLogin::keep(const QString &address, const Typed &typed)
{
    if (!typed.remember && !m_stored)
        return;
    Status kept =
        typed.remember ? ServerPasswords::write(address, typed.password) : ServerPasswords::forget(address);
    if (!kept)
        m_prompts.warning(m_parent, tr("System Keychain"), kept.error().message);
}

} // namespace casebook::ui
