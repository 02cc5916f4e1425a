#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

// The window's language. Installs our translation (:/i18n/coap-explorer_<lang>.qm) and Qt's own
// (qtbase_<lang>.qm: standard buttons, file dialogs) and swaps them at run time; Qt then sends
// QEvent::LanguageChange to every widget. See docs/translations.md.
class Languages : public QObject
{
    Q_OBJECT
public:
    explicit Languages(QObject *parent = nullptr);
    ~Languages() override; // removes its translators from the application

    // language: a locale name ("de", "pt_BR"), or empty for the system's language. A language
    // we have no translation for gets English (whose plural forms come from coap-explorer_en).
    void apply(const QString &language);

    // The locale whose translation is installed (English when none matched).
    QLocale locale() const { return m_locale; }

private:
    QTranslator *m_ours;
    QTranslator *m_qt;
    QLocale m_locale;
};
