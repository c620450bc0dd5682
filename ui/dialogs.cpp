#include "dialogs.h"

#include "watchdialog.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>

QString Dialogs::openFileName(
    QWidget *parent, const QString &title, const QString &directory, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &directory,
    const QString &filter, QString *selectedFilter)
{
    return QFileDialog::getSaveFileName(parent, title, directory, filter, selectedFilter);
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void Dialogs::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText); // the text can quote file names and network input
    box.exec();
}

void Dialogs::about(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::about(parent, title, text);
}

bool Dialogs::openUrl(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

bool Dialogs::startProgram(const QString &program, const QStringList &arguments, QString *error)
{
    if (QProcess::startDetached(program, arguments))
        return true;
    *error = QObject::tr("%1 could not be started (is it installed?)").arg(program);
    return false;
}

bool Dialogs::editText(QWidget *parent, const QString &title, const QString &label, QString *text)
{
    bool ok = false;
    const QString edited = QInputDialog::getMultiLineText(parent, title, label, *text, &ok);
    if (ok)
        *text = edited;
    return ok;
}

bool Dialogs::askText(QWidget *parent, const QString &title, const QString &label, QString *text)
{
    bool ok = false;
    const QString edited
        = QInputDialog::getText(parent, title, label, QLineEdit::Normal, *text, &ok);
    if (ok)
        *text = edited;
    return ok;
}

bool Dialogs::editWatch(QWidget *parent, Watch *watch, const QStringList &taken, bool editing)
{
    WatchDialog dialog(*watch, taken, editing, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *watch = dialog.watch();
    return true;
}
