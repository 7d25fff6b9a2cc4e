#include "KeychainTestSession.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

namespace casebook::test {

namespace {

const char kBusConfig[] = R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=%1</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";

void stop(QProcess &p)
{
    if (p.state() == QProcess::NotRunning)
        return;
    p.terminate();
    if (!p.waitForFinished(3000)) {
        p.kill();
        p.waitForFinished(3000);
    }
}

} // namespace

KeychainTestSession::KeychainTestSession()
    : m_dir(QDir::tempPath() + QStringLiteral("/cbkeys-XXXXXX"))
{ }

KeychainTestSession::~KeychainTestSession()
{
    stop(m_keyring);
    stop(m_bus);
}

QStringList KeychainTestSession::missingPrograms()
{
    QStringList missing;
    for (const QString &program : {QStringLiteral("dbus-daemon"), QStringLiteral("dbus-send"),
                                   QStringLiteral("gnome-keyring-daemon")}) {
        if (QStandardPaths::findExecutable(program).isEmpty())
            missing.append(program);
    }
    return missing;
}

bool KeychainTestSession::startBus()
{
    if (!m_address.isEmpty())
        return true;
    QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
    if (!m_dir.isValid() || !config.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write the bus configuration in %1").arg(m_dir.path());
        return false;
    }
    config.write(QString::fromLatin1(kBusConfig).arg(m_dir.path()).toUtf8());
    config.close();
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--print-address=1"),
                 QStringLiteral("--nofork")});
    if (!m_bus.waitForStarted(5000) || !m_bus.waitForReadyRead(10000)) {
        m_error = QStringLiteral("dbus-daemon did not start: %1")
                      .arg(QString::fromLocal8Bit(m_bus.readAllStandardError()));
        return false;
    }
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    return true;
}

bool KeychainTestSession::startKeyring()
{
    if (m_keyring.state() == QProcess::Running)
        return true;
    if (!startBus())
        return false;
    QDir(m_dir.path()).mkpath(QStringLiteral("data"));
    QDir(m_dir.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
    m_keyring.setProcessEnvironment(env);
    m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // --unlock reads the login keyring's password from standard input (and creates the keyring).
    m_keyring.start(
        QStringLiteral("gnome-keyring-daemon"),
        {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"), QStringLiteral("--foreground")});
    if (!m_keyring.waitForStarted(5000)) {
        m_error = QStringLiteral("gnome-keyring-daemon did not start");
        return false;
    }
    m_keyring.write("keyring-of-the-test");
    m_keyring.waitForBytesWritten(5000);
    m_keyring.closeWriteChannel();
    return waitForKeyring();
}

bool KeychainTestSession::waitForKeyring()
{
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        QProcess ask;
        ask.start(QStringLiteral("dbus-send"),
                  {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                   QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                   QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                   QStringLiteral("string:org.freedesktop.secrets")});
        ask.waitForFinished(5000);
        if (ask.readAllStandardOutput().contains("boolean true"))
            return true;
        if (m_keyring.state() == QProcess::NotRunning)
            break;
        QThread::msleep(100);
    }
    m_error = QStringLiteral("gnome-keyring-daemon did not offer the Secret Service on the test's bus");
    return false;
}

} // namespace casebook::test
