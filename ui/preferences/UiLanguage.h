#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace casebook::ui {

/// The language of the window: installs Qt's own translation (the standard dialogs' buttons, from
/// qt6-translations-l10n) and Casebook's (embedded under :/i18n) for the language chosen in
/// Preferences, or the system's, makes that language's locale the default for numbers and dates,
/// and lays the application out right to left for a right-to-left language (Arabic).
/// The translators stay installed as long as the object lives.
class UiLanguage
{
public:
    /// `language` is a Preferences::language code ("ar", "zh_CN", ...) or "" for the system's.
    explicit UiLanguage(const QString &language);
    ~UiLanguage();
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    QLocale locale() const { return m_locale; }
    /// Whether Qt's own translation for the language was found (English needs none).
    bool hasQtTranslation() const { return m_qtInstalled; }

    /// The locale for a Preferences::language code: the system's for "".
    static QLocale localeFor(const QString &language);

private:
    QLocale m_locale;
    QTranslator m_qt;
    QTranslator m_app;
    bool m_qtInstalled = false;
    bool m_appInstalled = false;
};

} // namespace casebook::ui
