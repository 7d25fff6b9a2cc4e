#include "sync/ServerPasswords.h"

#include "storage/PgConnection.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace casebook {

namespace {

/// Runs `job` to its end in a local event loop; the keychain's error, or none.
QKeychain::Error runJob(QKeychain::Job &job, const QString &address)
{
    job.setAutoDelete(false);
    job.setKey(ServerPasswords::keyFor(address));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error();
}

Error unavailable(const QKeychain::Job &job)
{
    return makeError(ErrorCode::Storage,
                     ServerPasswords::tr("The system keychain is not available, so the password cannot be "
                                         "remembered or read there."),
                     QStringLiteral("QtKeychain error %1: %2").arg(int(job.error())).arg(job.errorString()));
}

} // namespace

QString ServerPasswords::serviceName()
{
    return QStringLiteral("Casebook team repository");
}

QString ServerPasswords::keyFor(const QString &address)
{
    return PgConnection::withoutPassword(address);
}

Result<std::optional<QString>> ServerPasswords::read(const QString &address)
{
    QKeychain::ReadPasswordJob job(serviceName());
    const QKeychain::Error error = runJob(job, address);
    if (error == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (error != QKeychain::NoError)
        return unavailable(job);
    return std::optional<QString>(job.textData());
}

Status ServerPasswords::write(const QString &address, const QString &password)
{
    QKeychain::WritePasswordJob job(serviceName());
    job.setTextData(password);
    if (runJob(job, address) != QKeychain::NoError)
        return unavailable(job);
    return {};
}

Status ServerPasswords::forget(const QString &address)
{
    QKeychain::DeletePasswordJob job(serviceName());
    const QKeychain::Error error = runJob(job, address);
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        return unavailable(job);
    return {};
}

Result<std::optional<QString>> ServerPasswords::forAddress(const QString &address)
{
    if (PgConnection::withoutPassword(address) != address.trimmed())
        return std::optional<QString>(); // the password written in the address wins
    return read(address);
}

} // namespace casebook
