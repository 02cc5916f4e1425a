#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class Explorer;
class Languages;
class Settings;

// Owns the application window (an Explorer) and builds it anew when the language changes in the
// settings, so that every string of the window — also those set once in a constructor — is in
// the new language at once, without a restart. Widgets that retranslate themselves on
// QEvent::LanguageChange (dialogs such as About) keep working; the rebuild covers the rest.
//
// What the user had comes back: window geometry and docks (the saved layout), the running
// observation and the charts (resumed as on every start), the demo fleet, the URI being edited,
// and the device list by a new discovery when there was one. The message log starts empty.
class ExplorerHost : public QObject
{
    Q_OBJECT
public:
    // settings and languages are not owned and must outlive the host.
    ExplorerHost(Settings *settings, Languages *languages, QObject *parent = nullptr);
    ~ExplorerHost() override;

    Explorer *explorer() const { return m_explorer.get(); }

    // Applies settings->language() and rebuilds a shown window (what a change in Settings does).
    void switchLanguage();

Q_SIGNALS:
    // A new window replaced the old one (which is deleted once control returns to the event loop).
    void rebuilt(Explorer *explorer);

private:
    Settings *m_settings;
    Languages *m_languages;
    std::unique_ptr<Explorer> m_explorer;
    QList<QPointer<Explorer>> m_retired; // replaced, deleted later (or with the host at the latest)
};
