#include "preferences/Preferences.h"

#include "model/AssessorIdentity.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace casebook::ui {

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.name = s.value(QStringLiteral("identity/name")).toString();
    p.organization = s.value(QStringLiteral("identity/organization")).toString();
    p.email = s.value(QStringLiteral("identity/email")).toString();
    p.assessorId = AssessorIdentity::normalized(s.value(QStringLiteral("identity/assessorId")).toString());
    if (p.assessorId.isEmpty()) {
        p.assessorId = AssessorIdentity::create();
        s.setValue(QStringLiteral("identity/assessorId"), p.assessorId);
    }
    p.language = s.value(QStringLiteral("ui/language")).toString();
    p.defaultRepository = s.value(QStringLiteral("repository/default")).toString();
    p.recentRepositories = s.value(QStringLiteral("repository/recent")).toStringList();
    p.welcomeDismissed = s.value(QStringLiteral("ui/welcomeDismissed"), false).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("identity/name"), name.trimmed());
    s.setValue(QStringLiteral("identity/organization"), organization.trimmed());
    s.setValue(QStringLiteral("identity/email"), email.trimmed());
    if (!AssessorIdentity::normalized(assessorId).isEmpty())
        s.setValue(QStringLiteral("identity/assessorId"), AssessorIdentity::normalized(assessorId));
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("repository/default"), defaultRepository);
    s.setValue(QStringLiteral("repository/recent"), recentRepositories);
    s.setValue(QStringLiteral("ui/welcomeDismissed"), welcomeDismissed);
}

void Preferences::addRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recentRepositories.removeAll(absolute);
    recentRepositories.prepend(absolute);
    QStringList kept;
    for (const QString &p : recentRepositories) {
        if (QFileInfo::exists(p) && kept.size() < 8)
            kept.append(p);
    }
    recentRepositories = kept;
}

QList<QPair<QString, QString>> Preferences::languages()
{
    // Native names, so a member can find their language whatever the current one is.
    return {
        {QStringLiteral("ar"), QStringLiteral("العربية")}, {QStringLiteral("zh_CN"), QStringLiteral("中文")},
        {QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ru"), QStringLiteral("Русский")}, {QStringLiteral("es"), QStringLiteral("Español")}};
}

} // namespace casebook::ui
