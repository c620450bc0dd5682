#pragma once

#include <QObject>

class AppSettings;
class QActionGroup;
class QMenu;
class Translator;

// View > Language: the languages Portolan ships; picking one switches the running
// window at once (through QEvent::LanguageChange) and is remembered.
class LanguageMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    LanguageMenu(QMenu *parentMenu, AppSettings *settings, Translator *translator,
        QObject *parent = nullptr);

    void retranslate();

private:
    QMenu *m_menu;
    QActionGroup *m_group;
};
