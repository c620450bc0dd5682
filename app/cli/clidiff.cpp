#include "cli/clidiff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include "cli/clihistory.h"
#include "cli/clioptions.h"
#include "core/formats/scanfile.h"
#include "core/results/scandiff.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliDiff", text);
}

int fail(const QString &message)
{
    return CliOptions::fail(QStringLiteral("diff"), message);
}

} // namespace

namespace CliDiff {

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("What changed between two saved scans: hosts that came up or went away, ports that "
           "opened, closed or changed state, banners that changed.\nExit status: 0 when nothing "
           "changed, 3 when something did, 2 on bad input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("old"),
        tr("The earlier scan: a Portolan JSON export, an nmap XML file, or the id of a scan in "
           "the history (portolan-cli history list)."),
        QStringLiteral("OLD"));
    parser.addPositionalArgument(
        QStringLiteral("new"), tr("The later scan, likewise."), QStringLiteral("NEW"));
    const QCommandLineOption format(QStringLiteral("format"),
        tr("Output format: text or json (default text)."), QStringLiteral("FORMAT"),
        QStringLiteral("text"));
    parser.addOption(format);
    if (const auto exit = CliOptions::parse(&parser, QStringLiteral("diff"), args))
        return *exit;
    const QString kind = parser.value(format).toLower();
    if (kind != QLatin1String("text") && kind != QLatin1String("json"))
        return fail(tr("invalid format \"%1\": expected text or json").arg(parser.value(format)));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return fail(tr("give two scans to compare, OLD and NEW (try --help)"));
    ScanReport reports[2];
    for (int i = 0; i < 2; ++i) {
        QStringList notes;
        QString error;
        // A number that names no file is a scan in the history.
        bool isId = false;
        const qint64 id = files[i].toLongLong(&isId);
        const bool fromHistory = isId && id > 0 && !QFile::exists(files[i]);
        if (fromHistory ? !CliHistory::load(id, &reports[i], &error)
                        : !ScanFile::readFile(files[i], &reports[i], &notes, &error))
            return fail(error);
        for (const QString &note : std::as_const(notes))
            QTextStream(stderr) << "portolan-cli diff: " << files[i] << ": " << note << '\n';
    }
    const ScanDiff diff = ScanDiff::compare(reports[0], reports[1]);
    const QByteArray out = kind == QLatin1String("json") ? diff.toJson() : diff.toText().toUtf8();
    CliOptions::print(out);
    return diff.changeCount() > 0 ? changedExit : 0;
}

} // namespace CliDiff
