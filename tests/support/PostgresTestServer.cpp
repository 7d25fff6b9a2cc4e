#include "PostgresTestServer.h"

#include "storage/PgConnection.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace casebook::test {

namespace {

const QString kSuperuser = QStringLiteral("casebook_admin");

} // namespace

PostgresTestServer::PostgresTestServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/cbpg-XXXXXX"))
{ }

PostgresTestServer::~PostgresTestServer()
{
    if (m_started)
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PostgresTestServer::binDir()
{
    const QString env = qEnvironmentVariable("CASEBOOK_PG_BINDIR");
    return env.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : env;
}

bool PostgresTestServer::available()
{
    return QFileInfo(binDir() + QStringLiteral("/initdb")).isExecutable()
        && QFileInfo(binDir() + QStringLiteral("/pg_ctl")).isExecutable()
        && QFileInfo(binDir() + QStringLiteral("/postgres")).isExecutable();
}

bool PostgresTestServer::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    QString exe = binDir() + QLatin1Char('/') + program;
    QStringList args = arguments;
    if (!m_runAs.isEmpty()) {
        args.prepend(exe);
        args.prepend(QStringLiteral("--"));
        args.prepend(m_runAs);
        args.prepend(QStringLiteral("-u"));
        exe = QStringLiteral("runuser");
    }
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(exe, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PostgresTestServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (::geteuid() == 0) {
        // PostgreSQL refuses root: hand the folder to an unprivileged user and run the server as it.
        const passwd *pw = ::getpwnam("nobody");
        if (!pw || ::chown(m_dir.path().toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = QStringLiteral("running as root, and the user nobody cannot own %1").arg(m_dir.path());
            return false;
        }
        m_runAs = QStringLiteral("nobody");
    }
    ::chmod(m_dir.path().toLocal8Bit().constData(), 0700);
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), kSuperuser, QStringLiteral("--auth=trust"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"),
              QStringLiteral("--no-sync")}))
        return false;
    const QString options =
        QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off -c max_connections=40").arg(m_dir.path());
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
              QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("start")}))
        return false;
    m_started = true;
    auto admin = PgConnection::open(conninfo({}, QStringLiteral("postgres")));
    if (!admin) {
        m_error = admin.error().detail;
        return false;
    }
    if (auto r = (*admin)->exec(QStringLiteral("CREATE DATABASE casebook")); !r) {
        m_error = r.error().detail;
        return false;
    }
    return true;
}

bool PostgresTestServer::requirePassword(const QString &user)
{
    QFile hba(m_dir.filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::ReadWrite)) {
        m_error = hba.errorString();
        return false;
    }
    const QByteArray rules = "local all " + user.toUtf8() + " scram-sha-256\n" + hba.readAll();
    hba.seek(0);
    hba.write(rules);
    hba.close();
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("reload")}))
        return false;
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        auto attempt = PgConnection::open(conninfo(user));
        if (!attempt && attempt.error().detail.contains(QLatin1String("password")))
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("the server still lets %1 in without a password").arg(user);
    return false;
}

QString PostgresTestServer::conninfo(const QString &user, const QString &dbname) const
{
    return QStringLiteral("host=%1 dbname=%2 user=%3")
        .arg(m_dir.path(), dbname, user.isEmpty() ? kSuperuser : user);
}

} // namespace casebook::test
