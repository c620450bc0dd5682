#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QWidget;
struct Watch;

// The thin seam between the window and modal dialogs or the desktop: tests
// install a subclass that answers without showing anything.
class Dialogs
{
public:
    Dialogs() = default;
    virtual ~Dialogs() = default;
    Dialogs(const Dialogs &) = delete;
    Dialogs &operator=(const Dialogs &) = delete;

    virtual QString openFileName(
        QWidget *parent, const QString &title, const QString &directory, const QString &filter);
    // *selectedFilter carries the filter in and the chosen one out.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &directory,
        const QString &filter, QString *selectedFilter);
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text);
    virtual void warn(QWidget *parent, const QString &title, const QString &text);
    virtual void about(QWidget *parent, const QString &title, const QString &text);
    virtual bool openUrl(const QUrl &url);
    // Starts a program with its arguments, no shell, not waiting for it.
    virtual bool startProgram(const QString &program, const QStringList &arguments, QString *error);
    // A multi-line text to edit; false when cancelled.
    virtual bool editText(
        QWidget *parent, const QString &title, const QString &label, QString *text);
    // A watch to name and set up (WatchDialog); false when cancelled. taken: the
    // names in use; editing: an existing watch (its name stays).
    virtual bool editWatch(QWidget *parent, Watch *watch, const QStringList &taken, bool editing);
    // One line of text to edit; false when cancelled.
    virtual bool askText(
        QWidget *parent, const QString &title, const QString &label, QString *text);
};
