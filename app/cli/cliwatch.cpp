#include "cli/cliwatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include "cli/clihistory.h"
#include "cli/clioptions.h"
#include "cli/cliscan.h"
#include "core/history/historystore.h"
#include "core/services/openercommand.h"
#include "core/spec/scanoptionsjson.h"
#include "core/watch/watchrunner.h"
#include "core/watch/watchstore.h"

namespace CliWatch {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliWatch", text);
}

int fail(const QString &message, int code = CliOptions::usageExit)
{
    return CliOptions::fail(QStringLiteral("watch"), message, code);
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QStringLiteral("-");
}

// The options only "watch add" takes, taken out of args (the rest are the scan's).
struct AddOptions
{
    QString every;
    QString onChange;
    bool noNotify = false;
    QString goneAfter;
    QString certDays;
    QString alertOn;
};

bool takeAddOptions(QStringList *args, AddOptions *add, QString *error)
{
    const QList<std::pair<QString, QString *>> valued { { QStringLiteral("--every"), &add->every },
        { QStringLiteral("--on-change"), &add->onChange },
        { QStringLiteral("--gone-after"), &add->goneAfter },
        { QStringLiteral("--cert-days"), &add->certDays },
        { QStringLiteral("--alert-on"), &add->alertOn } };
    QStringList rest;
    for (qsizetype i = 0; i < args->size(); ++i) {
        const QString &a = args->at(i);
        if (a == QLatin1String("--no-notify")) {
            add->noNotify = true;
            continue;
        }
        bool taken = false;
        for (const auto &[name, value] : valued) {
            if (a == name) {
                if (i + 1 >= args->size()) {
                    *error = tr("%1 needs a value").arg(name);
                    return false;
                }
                *value = args->at(++i);
                taken = true;
            } else if (a.startsWith(name + QLatin1Char('='))) {
                *value = a.mid(name.size() + 1);
                taken = true;
            }
        }
        if (!taken)
            rest.append(a);
    }
    *args = rest;
    return true;
}

bool wholeNumber(
    const QString &text, const QString &option, int min, int max, int *value, QString *error)
{
    bool ok = false;
    *value = text.toInt(&ok);
    if (ok && *value >= min && *value <= max)
        return true;
    *error
        = tr("invalid value \"%1\" for %2: expected %3 to %4").arg(text, option).arg(min).arg(max);
    return false;
}

bool readAdd(const QStringList &args, Watch *w, QString *error)
{
    if (args.isEmpty() || args.first().startsWith(QLatin1Char('-'))) {
        *error = tr("add needs a name first: watch add NAME --every DURATION TARGET...");
        return false;
    }
    w->name = args.first();
    QStringList rest = args.mid(1);
    AddOptions add;
    if (!takeAddOptions(&rest, &add, error))
        return false;
    if (add.every.isEmpty()) {
        *error = tr("add needs --every DURATION (15m, 2h, 1d; at least 1m)");
        return false;
    }
    if (!Watch::parseInterval(add.every, &w->everySeconds)) {
        *error = tr("invalid interval \"%1\": expected 15m, 2h, 1d and the like, at least 1m")
                     .arg(add.every);
        return false;
    }
    if (!add.onChange.isEmpty() && !OpenerCommand::splitWords(add.onChange, &w->onChange, error)) {
        *error = tr("--on-change: %1").arg(*error);
        return false;
    }
    w->notify = !add.noNotify;
    if ((!add.goneAfter.isEmpty()
            && !wholeNumber(
                add.goneAfter, QStringLiteral("--gone-after"), 1, 100, &w->goneAfter, error))
        || (!add.certDays.isEmpty()
            && !wholeNumber(
                add.certDays, QStringLiteral("--cert-days"), 0, 3650, &w->certificateDays, error)))
        return false;
    if (!add.alertOn.isEmpty()) {
        for (const QString &kind : add.alertOn.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!WatchEvent::kinds().contains(kind.trimmed())) {
                *error = tr("unknown event kind \"%1\" for --alert-on: expected %2")
                             .arg(kind, WatchEvent::kinds().join(QStringLiteral(", ")));
                return false;
            }
            w->alertOn.append(kind.trimmed());
        }
    }
    CliRunner::Settings scan;
    if (!CliScan::readScan(rest, &scan, error))
        return false;
    w->targets = scan.typedTargets;
    w->targetFile = scan.targetFile;
    w->ports = scan.portsText;
    w->options = ScanOptionsJson::toJson(scan.options);
    return true;
}

QByteArray listText(const QList<Watch> &watches)
{
    QString out = QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                      .arg(tr("NAME"), -16)
                      .arg(tr("SCANNER"), -12)
                      .arg(tr("EVERY"), -7)
                      .arg(tr("LAST RUN"), -16)
                      .arg(tr("NEXT RUN"), -16)
                      .arg(tr("CHANGES"), 7)
                      .arg(tr("TARGETS (PORTS)"));
    for (const Watch &w : watches) {
        QString state;
        if (w.paused)
            state = tr(", paused");
        if (w.runningSince.isValid())
            state += tr(", running");
        if (!w.lastError.isEmpty())
            state += tr(", last run: %1").arg(w.lastError);
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 (%8)%9\n")
                   .arg(w.name, -16)
                   .arg(w.scanner, -12)
                   .arg(Watch::intervalText(w.everySeconds), -7)
                   .arg(localTime(w.lastRun), -16)
                   .arg(w.paused ? QStringLiteral("-") : localTime(w.nextRun), -16)
                   .arg(w.lastChanges, 7)
                   .arg(w.targetFile.isEmpty()
                           ? w.targets
                           : (w.targets + QStringLiteral(" -iL ") + w.targetFile).trimmed(),
                       w.ports, state);
    }
    if (watches.isEmpty())
        out += tr("No watches (add one: portolan-cli watch add NAME --every 1h TARGET...).\n");
    return out.toUtf8();
}

QJsonObject watchJson(const Watch &w)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return QJsonObject { { QStringLiteral("name"), w.name },
        { QStringLiteral("targets"), w.targets }, { QStringLiteral("target_file"), w.targetFile },
        { QStringLiteral("ports"), w.ports }, { QStringLiteral("options"), w.options },
        { QStringLiteral("every_seconds"), w.everySeconds },
        { QStringLiteral("every"), Watch::intervalText(w.everySeconds) },
        { QStringLiteral("on_change"), QJsonArray::fromStringList(w.onChange) },
        { QStringLiteral("notify"), w.notify }, { QStringLiteral("gone_after"), w.goneAfter },
        { QStringLiteral("certificate_days"), w.certificateDays },
        { QStringLiteral("alert_on"), QJsonArray::fromStringList(w.alertOn) },
        { QStringLiteral("paused"), w.paused }, { QStringLiteral("created"), time(w.created) },
        { QStringLiteral("last_run"), time(w.lastRun) },
        { QStringLiteral("next_run"), time(w.nextRun) }, { QStringLiteral("runs"), w.runs },
        { QStringLiteral("last_changes"), w.lastChanges },
        { QStringLiteral("last_error"), w.lastError },
        { QStringLiteral("running"), w.runningSince.isValid() },
        { QStringLiteral("scanner"), w.scanner } };
}

QByteArray eventsText(const QList<WatchEvent> &events)
{
    QString out;
    for (const WatchEvent &e : events)
        out += QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(localTime(e.time), e.watch, e.scanner, e.kind, e.text());
    return out.toUtf8();
}

QByteArray eventsJson(const QList<WatchEvent> &events)
{
    QJsonArray array;
    for (const WatchEvent &e : events)
        array.append(e.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// --since: an ISO 8601 date or time (local unless it says), or a duration ago.
bool readSince(const QString &text, QDateTime *since, QString *error)
{
    int seconds = 0;
    if (Watch::parseInterval(text, &seconds)) {
        *since = QDateTime::currentDateTimeUtc().addSecs(-seconds);
        return true;
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            t = day.startOfDay();
    }
    if (!t.isValid()) {
        *error = tr("invalid --since \"%1\": expected a date (2026-12-01), a time "
                    "(2026-12-01T08:00) or a duration ago (2h, 1d)")
                     .arg(text);
        return false;
    }
    *since = t;
    return true;
}

// Runs one watch and waits for it; what it printed and its exit status.
int runOne(const QString &name, bool dueOnly, bool json, bool *changed)
{
    WatchRunner runner(HistoryStore::defaultLocation(), HistoryStore::defaultKeep);
    WatchRunner::Result result;
    QEventLoop loop;
    QObject::connect(&runner, &WatchRunner::finished, &loop, [&](const WatchRunner::Result &r) {
        result = r;
        loop.quit();
    });
    runner.run(name, dueOnly, QDateTime::currentDateTimeUtc());
    if (runner.isRunning())
        loop.exec();
    if (!result.error.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(name, result.error));
    if (!result.ran) {
        if (!dueOnly)
            return fail(tr("%1 is running in another Portolan now").arg(name));
        return 0; // not due, or another runner has it
    }
    if (!result.alertError.isEmpty())
        QTextStream(stderr) << "portolan-cli watch: " << name << ": " << result.alertError << '\n';
    *changed = *changed || !result.events.isEmpty();
    if (json) {
        CliOptions::print(eventsJson(result.events));
    } else if (result.baseline) {
        CliOptions::print(
            tr("%1: first run, the baseline: nothing to compare with yet.\n").arg(name).toUtf8());
    } else if (result.events.isEmpty()) {
        CliOptions::print(tr("%1: nothing changed.\n").arg(name).toUtf8());
    } else {
        CliOptions::print(QCoreApplication::translate("CliWatch", "%1: %n change(s)\n", nullptr,
                              static_cast<int>(result.events.size()))
                              .arg(name)
                              .toUtf8()
            + eventsText(result.events));
    }
    return 0;
}

int add(const QStringList &args)
{
    Watch w;
    QString error;
    if (!readAdd(args, &w, &error))
        return fail(error);
    HistoryStore store;
    if (!CliHistory::open(&store, &error))
        return fail(error, CliHistory::exitFor(store, error));
    if (!WatchStore(store).add(&w, &error))
        return fail(error);
    CliOptions::print(tr("Watch %1 added: every %2; its first run (the baseline) is due now.\n")
                          .arg(w.name, Watch::intervalText(w.everySeconds))
                          .toUtf8());
    return 0;
}

// "run NAME", or with due every watch whose time has come.
int runWatches(const QString &name, bool due, bool json)
{
    bool changed = false;
    if (!due) {
        const int code = runOne(name, false, json, &changed);
        return code != 0 ? code : (changed ? CliWatch::changedExit : 0);
    }
    HistoryStore store;
    QString error;
    if (!CliHistory::open(&store, &error))
        return fail(error, CliHistory::exitFor(store, error));
    QStringList names;
    if (!WatchStore(store).due(QDateTime::currentDateTimeUtc(), &names, &error))
        return fail(error, CliHistory::exitFor(store, error));
    int worst = 0;
    for (const QString &each : std::as_const(names))
        worst = qMax(worst, runOne(each, true, json, &changed));
    return worst != 0 ? worst : (changed ? CliWatch::changedExit : 0);
}

// list, events, remove, pause, resume: what needs the store and no scan.
int onStore(const QString &what, const QString &name, const QDateTime &from, bool json)
{
    HistoryStore store;
    QString error;
    if (!CliHistory::open(&store, &error))
        return fail(error, CliHistory::exitFor(store, error));
    WatchStore watches(store);
    if (what == QLatin1String("list")) {
        QList<Watch> all;
        if (!watches.list(&all, &error))
            return fail(error, CliHistory::exitFor(store, error));
        QJsonArray array;
        for (const Watch &w : std::as_const(all))
            array.append(watchJson(w));
        CliOptions::print(
            json ? QJsonDocument(array).toJson(QJsonDocument::Indented) : listText(all));
        return 0;
    }
    if (what == QLatin1String("events")) {
        Watch w;
        QList<WatchEvent> events;
        if (!name.isEmpty() && !watches.get(name, &w, &error))
            return fail(error);
        if (!watches.events(name, from, &events, &error))
            return fail(error, CliHistory::exitFor(store, error));
        CliOptions::print(json ? eventsJson(events) : eventsText(events));
        return 0;
    }
    const bool ok = what == QLatin1String("remove")
        ? watches.remove(name, &error)
        : watches.setPaused(name, what == QLatin1String("pause"), &error);
    if (!ok)
        return fail(error);
    CliOptions::print((what == QLatin1String("remove") ? tr("Watch %1 removed.\n")
            : what == QLatin1String("pause")           ? tr("Watch %1 paused.\n")
                                                       : tr("Watch %1 resumed.\n"))
                          .arg(name)
                          .toUtf8());
    return 0;
}

void describe(QCommandLineParser *parser)
{
    parser->setApplicationDescription(
        tr("Scans that run again every interval and say what changed.\n"
           "  add NAME --every DURATION [scan options] [--on-change COMMAND] [--no-notify]\n"
           "      [--gone-after N] [--cert-days N] [--alert-on KINDS] TARGET...\n"
           "                      a new watch (DURATION: 15m, 2h, 1d; at least 1m)\n"
           "  list                the watches\n"
           "  remove NAME         forget a watch and its events\n"
           "  pause NAME, resume NAME\n"
           "  run NAME            run it now: exit 0 when nothing changed, 3 when something did\n"
           "  run --due           run every watch whose time has come (the systemd timer does)\n"
           "  events [NAME]       what the runs found changed\n"
           "Event kinds: %1.")
            .arg(WatchEvent::kinds().join(QStringLiteral(", "))));
    parser->addHelpOption();
    parser->addPositionalArgument(
        QStringLiteral("command"), tr("add, list, remove, pause, resume, run or events"));
}

} // namespace

int run(const QStringList &args)
{
    if (args.value(0) == QLatin1String("add") && !args.contains(QStringLiteral("--help"))
        && !args.contains(QStringLiteral("-h")))
        return add(args.mid(1));
    QCommandLineParser parser;
    describe(&parser);
    const QCommandLineOption format(QStringLiteral("format"),
        tr("Output of list, run and events: text or json (default text)."),
        QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption due(
        QStringLiteral("due"), tr("run: every watch whose time has come."));
    const QCommandLineOption since(QStringLiteral("since"),
        tr("events: only those since WHEN (2026-12-01, 2026-12-01T08:00, or 2h, 1d ago)."),
        QStringLiteral("WHEN"));
    parser.addOptions({ format, due, since });
    if (const auto exit = CliOptions::parse(&parser, QStringLiteral("watch"), args))
        return *exit;
    const QStringList words = parser.positionalArguments();
    const QString kind = parser.value(format).toLower();
    if (kind != QLatin1String("text") && kind != QLatin1String("json"))
        return fail(tr("invalid format \"%1\": expected text or json").arg(parser.value(format)));
    const QString what = words.value(0);
    const QStringList known { QStringLiteral("list"), QStringLiteral("remove"),
        QStringLiteral("pause"), QStringLiteral("resume"), QStringLiteral("run"),
        QStringLiteral("events") };
    if (!known.contains(what))
        return fail(what.isEmpty()
                ? tr("give add, list, remove, pause, resume, run or events (try --help)")
                : tr("unknown command \"%1\": expected add, list, remove, pause, "
                     "resume, run or events")
                      .arg(what));
    const bool named = what == QLatin1String("remove") || what == QLatin1String("pause")
        || what == QLatin1String("resume") || (what == QLatin1String("run") && !parser.isSet(due));
    if (named && words.size() != 2)
        return fail(tr("%1 needs the name of a watch (see portolan-cli watch list)").arg(what));
    if (!named && words.size() > (what == QLatin1String("events") ? 2 : 1))
        return fail(tr("%1 takes no more arguments").arg(what));
    QDateTime from;
    QString error;
    if (parser.isSet(since) && !readSince(parser.value(since), &from, &error))
        return fail(error);
    const bool json = kind == QLatin1String("json");
    if (what == QLatin1String("run"))
        return runWatches(words.value(1), parser.isSet(due), json);
    return onStore(what, words.value(1), from, json);
}

} // namespace CliWatch
