#include "core/settings/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

Translator::Translator() = default;

Translator::~Translator()
{
    for (const auto *t : { &m_portolan, &m_qt, &m_plurals })
        if (*t)
            QCoreApplication::removeTranslator(t->get());
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
    for (auto *t : { &m_portolan, &m_qt, &m_plurals }) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    m_code = code;
    // Installed first, so that it is asked last.
    auto plurals = std::make_unique<QTranslator>();
    if (plurals->load(QStringLiteral(":/i18n/portolan_en.qm"))) {
        QCoreApplication::installTranslator(plurals.get());
        m_plurals = std::move(plurals);
    }
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    auto portolan = std::make_unique<QTranslator>();
    if (locale.language() != QLocale::English
        && portolan->load(
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
