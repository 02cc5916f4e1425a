#include "languages.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

Languages::Languages(QObject *parent)
    : QObject(parent), m_ours(new QTranslator(this)), m_qt(new QTranslator(this)), m_locale(QLocale::English)
{
}

Languages::~Languages()
{
    QCoreApplication::removeTranslator(m_ours);
    QCoreApplication::removeTranslator(m_qt);
}

void Languages::apply(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Remove first: installing sends LanguageChange, and widgets must then see only the new language.
    QCoreApplication::removeTranslator(m_ours);
    QCoreApplication::removeTranslator(m_qt);
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    // QTranslator tries the locale's UI languages in order ("pt_BR", "pt", …). Embedded files first;
    // beside the program and in share/ for a translation dropped in without a rebuild.
    const QStringList dirs = {QStringLiteral(":/i18n"), QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
                              QCoreApplication::applicationDirPath() + QStringLiteral("/../share/coap-explorer/translations")};
    m_locale = QLocale(QLocale::English);
    bool loaded = false;
    for (const QString &dir : dirs) {
        if (m_ours->load(locale, QStringLiteral("coap-explorer"), QStringLiteral("_"), dir)) {
            loaded = true;
            m_locale = QLocale(m_ours->language());
            break;
        }
    }
    // No translation for this language: English, whose plural forms ("1 device", "5 devices")
    // also come from a translation file.
    if (!loaded)
        loaded = m_ours->load(QStringLiteral(":/i18n/coap-explorer_en"));
    if (loaded)
        QCoreApplication::installTranslator(m_ours);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "CoAP Explorer"));
}
