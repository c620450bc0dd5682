#pragma once

#include "dialogs.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/watch/watch.h"

namespace {

// Answers dialogs from a script and records what was asked.
class ScriptedDialogs final : public Dialogs
{
public:
    QString saveAnswer;
    QString openAnswer;
    bool confirmAnswer = false;
    QStringList asked;
    QStringList warnings;
    QList<QUrl> opened;
    QString suggested; // the path a save dialog was opened with
    QString selectFilter; // the filter the user picks in a save dialog, if any

    QString openFileName(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked.append(title);
        return openAnswer;
    }
    QString saveFileName(QWidget *, const QString &title, const QString &directory, const QString &,
        QString *selectedFilter) override
    {
        asked.append(title);
        suggested = directory;
        if (!selectFilter.isEmpty())
            *selectedFilter = selectFilter;
        return saveAnswer;
    }
    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        asked.append(text);
        return confirmAnswer;
    }
    void warn(QWidget *, const QString &, const QString &text) override { warnings.append(text); }
    void about(QWidget *, const QString &title, const QString &) override { asked.append(title); }
    bool openUrl(const QUrl &url) override
    {
        opened.append(url);
        return true;
    }
    QList<QStringList> started; // program, then arguments
    bool startProgram(const QString &program, const QStringList &arguments, QString *) override
    {
        started.append(QStringList { program } + arguments);
        return true;
    }
    QStringList editAnswers; // one per time asked; none left: cancelled
    QString edited; // the text last offered
    bool editText(QWidget *, const QString &title, const QString &, QString *text) override
    {
        asked.append(title);
        edited = *text;
        if (editAnswers.isEmpty())
            return false;
        *text = editAnswers.takeFirst();
        return true;
    }
    // Watch This Scan / Edit: the answer's name and interval (empty name: cancelled).
    QString watchName;
    int watchEverySeconds = 900;
    Watch offeredWatch; // what the window offered
    bool editWatch(QWidget *, Watch *watch, const QStringList &, bool) override
    {
        asked.append(QStringLiteral("watch"));
        offeredWatch = *watch;
        if (watchName.isEmpty())
            return false;
        watch->name = watchName;
        watch->everySeconds = watchEverySeconds;
        return true;
    }
    bool askText(QWidget *, const QString &title, const QString &, QString *text) override
    {
        asked.append(title);
        edited = *text;
        if (editAnswers.isEmpty())
            return false;
        *text = editAnswers.takeFirst();
        return true;
    }
};

} // namespace
