#pragma once

#include <QString>
#include <QStringList>

namespace casebook::ui {

/// The member's settings, kept with QSettings: identity (used as editor and assessor), UI language,
/// default repository and recent repositories.
struct Preferences
{
    QString name;
    QString organization;
    QString email;
    /// The member's assessor identity (AssessorIdentity): created once, on the first load(), and
    /// kept; assessments are keyed by it, the name is their label.
    QString assessorId;
    QString language; ///< "" for the system language, else "ar", "en", "es", "fr", "ru", "zh_CN"
    QString defaultRepository; ///< "" for the standard location
    QStringList recentRepositories;
    bool welcomeDismissed = false;

    static Preferences load();
    void save() const;
    /// Puts `path` first in the recent list (at most 8, existing files only).
    void addRecent(const QString &path);
    /// The languages the UI offers: code and native name.
    static QList<QPair<QString, QString>> languages();
};

} // namespace casebook::ui
