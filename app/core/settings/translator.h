#pragma once

#include <memory>

#include <QList>
#include <QString>

class QTranslator;

// Loads Portolan's catalogue (embedded under :/i18n) together with Qt's own
// qtbase catalogue, and switches them at run time. Under them, always, the English
// catalogue, which holds only plural forms ("1 port", "2 ports"): the source texts
// say "port(s)", and any language without a catalogue of its own shows English.
class Translator final
{
public:
    struct Language
    {
        QString code; // "de", "zh_CN"; empty for the system's language
        QString nativeName;
    };

    Translator();
    ~Translator();
    Translator(const Translator &) = delete;
    Translator &operator=(const Translator &) = delete;

    // The languages Portolan ships, English first.
    static QList<Language> languages();
    // Installs the catalogues for code (empty: the system locale) into the
    // application, replacing what this object installed before.
    void setLanguage(const QString &code);
    QString language() const { return m_code; }

private:
    std::unique_ptr<QTranslator> m_plurals;
    std::unique_ptr<QTranslator> m_portolan;
    std::unique_ptr<QTranslator> m_qt;
    QString m_code;
};
