#include "preferences/UiLanguage.h"

#include <QApplication>
#include <QLibraryInfo>

namespace casebook::ui {

QLocale UiLanguage::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

UiLanguage::UiLanguage(const QString &language)
    : m_locale(localeFor(language))
{
    QLocale::setDefault(m_locale);
    m_qtInstalled = m_qt.load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(&m_qt);
    // English (the source language) has a translation too: its plural forms ("1 use case").
    m_appInstalled =
        (m_app.load(m_locale, QStringLiteral("casebook"), QStringLiteral("_"), QStringLiteral(":/i18n"))
         || m_app.load(QStringLiteral(":/i18n/casebook_en")))
        && QCoreApplication::installTranslator(&m_app);
    // From the locale, not from the translation: the layout mirrors for Arabic even where a string
    // is still untranslated.
    QApplication::setLayoutDirection(m_locale.textDirection());
}

UiLanguage::~UiLanguage()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
}

} // namespace casebook::ui
