#pragma once

#include <QString>
#include <QStringList>

// What `portolan [TARGET...] [-p PORTS] [--start]` asks for, so that desktop
// launchers and scripts can open a ready (or running) scan.
struct LaunchOptions
{
    QString targets;
    QString ports; // empty: keep the remembered ports
    bool start = false;
    bool showVersion = false;
    bool showHelp = false;
    QString helpText;
    QString error; // set when the arguments are not understood

    static LaunchOptions parse(const QStringList &arguments);
};
