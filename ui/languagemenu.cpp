#include "languagemenu.h"

#include <QActionGroup>
#include <QMenu>

#include "core/settings/appsettings.h"
#include "core/settings/translator.h"

LanguageMenu::LanguageMenu(
    QMenu *parentMenu, AppSettings *settings, Translator *translator, QObject *parent)
    : QObject(parent)
    , m_menu(parentMenu->addMenu(tr("&Language")))
    , m_group(new QActionGroup(this))
{
    QList<Translator::Language> languages = Translator::languages();
    languages.prepend({ QString(), QString() }); // the system's language
    const QString current = settings->language();
    for (const Translator::Language &language : std::as_const(languages)) {
        QAction *action = m_menu->addAction(
            language.code.isEmpty() ? tr("System Default") : language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        action->setChecked(language.code == current);
        m_group->addAction(action);
        if (language.code.isEmpty())
            m_menu->addSeparator();
    }
    connect(m_group, &QActionGroup::triggered, this, [settings, translator](QAction *action) {
        const QString code = action->data().toString();
        settings->setLanguage(code);
        translator->setLanguage(code); // LanguageChange reaches the windows
    });
}

void LanguageMenu::retranslate()
{
    m_menu->setTitle(tr("&Language"));
    m_group->actions().constFirst()->setText(tr("System Default"));
}
