#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/results/scanresult.h"

// A user's "open with" command for a port, like Angry IP Scanner's openers: a
// program and its arguments, with {address}, {port} and {host} filled in. Run
// without a shell, so nothing a host name or a service says can become a command.
struct OpenerCommand
{
    QString name;
    QString command; // the template: program and arguments, "..." or '...' quote

    // The program and arguments for a port; false and *error when the template
    // is empty, has an unclosed quote or a placeholder other than the three.
    bool expand(
        const ScanResult &result, QString *program, QStringList *arguments, QString *error) const;
    // Whether the template is usable (as expand() would find it).
    bool isValid(QString *error) const;

    // Splits a command into program and arguments like a shell's words, quotes
    // only: no variables, no globs, no escapes. False for an open quote or nothing.
    static bool splitWords(const QString &text, QStringList *words, QString *error);

    static QList<OpenerCommand> defaults();
    // "name<TAB>command" lines, as settings keep them; lines without both are skipped.
    static QList<OpenerCommand> fromLines(const QStringList &lines);
    static QStringList toLines(const QList<OpenerCommand> &openers);
};
