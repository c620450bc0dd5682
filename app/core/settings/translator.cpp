#include "core/settings/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

Translator::Translator() = default;

Translator::~Translator()
{
    if (m_portolan)
        QCoreApplication::removeTranslator(m_portolan.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QList<Translator::Language> Translator::languages()
{
    return {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("ja"), QStringLiteral("日本語") },
        { QStringLiteral("zh_CN"), QStringLiteral("简体中文") },
    };
}

void Translator::setLanguage(const QString &code)
{
    if (m_portolan)
        QCoreApplication::removeTranslator(m_portolan.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_portolan.reset();
    m_qt.reset();
    m_code = code;
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    auto portolan = std::make_unique<QTranslator>();
    if (portolan->load(
            locale, QStringLiteral("portolan"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(portolan.get());
        m_portolan = std::move(portolan);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    if (!code.isEmpty())
        QLocale::setDefault(locale);
}
