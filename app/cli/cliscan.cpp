#include "cli/cliscan.h"

#include <algorithm>
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "cli/clioptions.h"
#include "cli/clirunner.h"
#include "core/platform/pollerfactory.h"
#include "core/spec/timingpreset.h"

namespace {

// nmap spells the target-file option "-iL"; QCommandLineParser would read it as -i -L.
QStringList normalisedArguments(const QStringList &args)
{
    QStringList out;
    for (const QString &a : args) {
        if (a == QLatin1String("-iL"))
            out.append(QStringLiteral("--input-list"));
        else if (a == QLatin1String("-Pn"))
            out.append(QStringLiteral("--skip-discovery"));
        else if (a == QLatin1String("-sn"))
            out.append(QStringLiteral("--discovery-only"));
        else if (a == QLatin1String("-sV"))
            out.append(QStringLiteral("--service-version"));
        else if (a == QLatin1String("-sU"))
            out.append(QStringLiteral("--udp"));
        else if (a == QLatin1String("-sT"))
            out.append(QStringLiteral("--tcp"));
        else
            out.append(a);
    }
    return out;
}

// The scan's options, and what it reads from each group of them into the
// runner's settings. Every reader returns false with *error on bad input.
struct ScanCommand
{
    const QCommandLineOption ports { { QStringLiteral("p"), QStringLiteral("ports") },
        QCoreApplication::translate("portolan-cli",
            "Ports: 22, 1-1024, 22,80,443, http,ssh, - or all, common, well-known (default: "
            "common); U: and T: mark UDP and TCP ports (U:53,161,T:22)."),
        QStringLiteral("SPEC"), QStringLiteral("common") };
    const QCommandLineOption udp { QStringLiteral("udp"),
        QCoreApplication::translate("portolan-cli",
            "Scan UDP ports (also -sU). Alone it scans only UDP; with --tcp both.") };
    const QCommandLineOption tcp { QStringLiteral("tcp"),
        QCoreApplication::translate("portolan-cli",
            "Scan TCP ports by connecting (also -sT; the default without --udp).") };
    const QCommandLineOption snmpCommunity { QStringLiteral("snmp-community"),
        QCoreApplication::translate("portolan-cli",
            "The community the UDP SNMP probes offer (default public; none: only SNMPv3 "
            "discovery, which needs none)."),
        QStringLiteral("NAME"), QStringLiteral("public") };
    const QCommandLineOption inputList { QStringLiteral("input-list"),
        QCoreApplication::translate("portolan-cli",
            "Read targets from FILE, one or more per line, # starts a comment (also -iL)."),
        QStringLiteral("FILE") };
    const QCommandLineOption timeout { QStringLiteral("timeout"),
        QCoreApplication::translate("portolan-cli",
            "The longest a connect attempt waits, in ms (default %1); less for hosts that "
            "answer faster.")
            .arg(ScanOptions::defaultTimeoutMs),
        QStringLiteral("MS"), QString::number(ScanOptions::defaultTimeoutMs) };
    const QCommandLineOption minTimeout { QStringLiteral("min-timeout"),
        QCoreApplication::translate("portolan-cli",
            "The shortest a connect attempt waits, in ms, however fast the host answers "
            "(default %1; 0: always the full timeout).")
            .arg(ScanOptions::defaultFloorTimeoutMs),
        QStringLiteral("MS"), QString::number(ScanOptions::defaultFloorTimeoutMs) };
    const QCommandLineOption timing { { QStringLiteral("T"), QStringLiteral("timing") },
        QCoreApplication::translate("portolan-cli",
            "Timing preset: 0-5 or paranoid, sneaky, polite, normal (default), aggressive, "
            "insane. Options given beside it win."),
        QStringLiteral("PRESET") };
    const QCommandLineOption retries { QStringLiteral("retries"),
        QCoreApplication::translate(
            "portolan-cli", "Extra attempts for a port that does not answer (default %1).")
            .arg(ScanOptions::defaultRetries),
        QStringLiteral("N"), QString::number(ScanOptions::defaultRetries) };
    const QCommandLineOption concurrency { QStringLiteral("concurrency"),
        QCoreApplication::translate(
            "portolan-cli", "Connects in flight at once; 0 or auto: automatic (default)."),
        QStringLiteral("N"), QStringLiteral("auto") };
    const QCommandLineOption banners { QStringLiteral("banners"),
        QCoreApplication::translate(
            "portolan-cli", "Read up to 512 bytes from each open port for up to 1 s.") };
    const QCommandLineOption serviceVersion { QStringLiteral("service-version"),
        QCoreApplication::translate("portolan-cli",
            "Detect the service, product and version of each open port by what it says, and "
            "the TLS certificate it offers (also -sV).") };
    const QCommandLineOption serviceTimeout { QStringLiteral("service-timeout"),
        QCoreApplication::translate(
            "portolan-cli", "The most time detection spends on one port, in ms (default %1).")
            .arg(ScanOptions {}.serviceTimeoutMs),
        QStringLiteral("MS"), QString::number(ScanOptions {}.serviceTimeoutMs) };
    const QCommandLineOption serviceConnections { QStringLiteral("service-connections"),
        QCoreApplication::translate("portolan-cli",
            "The most connections detection opens to one host at once (default %1).")
            .arg(ScanOptions {}.serviceConnections),
        QStringLiteral("N"), QString::number(ScanOptions {}.serviceConnections) };
    const QCommandLineOption resolveAll { QStringLiteral("resolve-all"),
        QCoreApplication::translate(
            "portolan-cli", "Scan every address of a host name, not only the first.") };
    const QCommandLineOption ipv6 { QStringLiteral("6"),
        QCoreApplication::translate(
            "portolan-cli", "A host name means its first IPv6 address, not its first IPv4 one.") };
    const QCommandLineOption showClosed { QStringLiteral("show-closed"),
        QCoreApplication::translate("portolan-cli", "List closed ports too.") };
    const QCommandLineOption skipDiscovery { QStringLiteral("skip-discovery"),
        QCoreApplication::translate("portolan-cli",
            "Scan every address of blocks, ranges and target files, up or not (also -Pn).") };
    const QCommandLineOption discoveryOnly { QStringLiteral("discovery-only"),
        QCoreApplication::translate(
            "portolan-cli", "Find the live hosts, scan no ports (also -sn).") };
    const QCommandLineOption discoveryPorts { QStringLiteral("discovery-ports"),
        QCoreApplication::translate("portolan-cli",
            "TCP ports that discovery connects to (default %1; \"none\": ICMP echo alone).")
            .arg(QStringLiteral("22,80,135,139,443,445,3389")),
        QStringLiteral("PORTS") };
    const QCommandLineOption noPing { QStringLiteral("no-ping"),
        QCoreApplication::translate(
            "portolan-cli", "Discovery sends no ICMP echo, only TCP connects.") };
    const QCommandLineOption noDns { { QStringLiteral("n"), QStringLiteral("no-dns") },
        QCoreApplication::translate("portolan-cli",
            "Do not look up the names of live hosts (reverse DNS, mDNS, NetBIOS).") };
    const QCommandLineOption hostsCsv { QStringLiteral("hosts-csv"),
        QCoreApplication::translate("portolan-cli",
            "Also write every host's status to FILE as CSV: "
            "host,address,status,reason,latency_ms,names,mac,vendor."),
        QStringLiteral("FILE") };
    const QCommandLineOption format { QStringLiteral("format"),
        QCoreApplication::translate(
            "portolan-cli", "Output format: text, csv, json or xml (nmap's XML; default text)."),
        QStringLiteral("FORMAT"), QStringLiteral("text") };
    const QCommandLineOption output { { QStringLiteral("o"), QStringLiteral("output") },
        QCoreApplication::translate(
            "portolan-cli", "Write the report to FILE instead of standard output."),
        QStringLiteral("FILE") };
    const QCommandLineOption noHistory { QStringLiteral("no-history"),
        QCoreApplication::translate(
            "portolan-cli", "Do not keep this scan in the history (portolan-cli history).") };

    QCommandLineParser parser;
    QString error;

    void define();
    bool readTiming(ScanOptions *o);
    bool readDetection(ScanOptions *o);
    bool readDiscovery(ScanOptions *o);
    bool readOutput(CliRunner::Settings *settings);
    bool readTargets(CliRunner::Settings *settings);
    bool readProtocols(CliRunner::Settings *settings);
    bool number(const QCommandLineOption &option, int min, int max, int *value)
    {
        return CliOptions::number(parser, option, min, max, value, &error);
    }
};

void ScanCommand::define()
{
    parser.setApplicationDescription(QCoreApplication::translate("portolan-cli",
        "Portolan port scanner (TCP connect and UDP), without a window.\n"
        "Scan only hosts you are allowed to test.\n"
        "Compare two saved scans: portolan-cli diff OLD NEW (see portolan-cli diff --help).\n"
        "Past scans: portolan-cli history list|show ID|delete ID.\n"
        "Devices the scans have seen: portolan-cli devices (see portolan-cli devices --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("targets"),
        QCoreApplication::translate("portolan-cli",
            "Host names, IPv4 or IPv6 addresses, CIDR blocks (10.0.0.0/24) or ranges "
            "(10.0.0.1-50)."),
        QStringLiteral("TARGET..."));
    parser.addOptions({ ports, udp, tcp, snmpCommunity, inputList, timing, timeout, minTimeout,
        retries, concurrency, banners, serviceVersion, serviceTimeout, serviceConnections,
        resolveAll, ipv6, showClosed, skipDiscovery, discoveryOnly, discoveryPorts, noPing, noDns,
        hostsCsv, format, output, noHistory });
}

bool ScanCommand::readTiming(ScanOptions *o)
{
    // A preset first; any option given beside it wins.
    const bool presetSet = parser.isSet(timing);
    if (presetSet) {
        TimingPreset preset;
        if (!TimingPreset::find(parser.value(timing), &preset)) {
            error = QCoreApplication::translate("portolan-cli",
                "invalid timing \"%1\": expected 0 to 5, paranoid, sneaky, polite, normal, "
                "aggressive or insane")
                        .arg(parser.value(timing));
            return false;
        }
        preset.applyTo(o);
    }
    auto given
        = [&](const QCommandLineOption &option) { return parser.isSet(option) || !presetSet; };
    if (given(concurrency)) {
        if (parser.value(concurrency).compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
            o->concurrency = ScanOptions::automaticConcurrency;
        else if (!number(concurrency, ScanOptions::automaticConcurrency,
                     ScanOptions::maxConcurrency, &o->concurrency))
            return false;
    }
    if ((given(timeout)
            && !number(
                timeout, ScanOptions::minTimeoutMs, ScanOptions::maxTimeoutMs, &o->timeoutMs))
        || (given(minTimeout)
            && !number(minTimeout, 0, ScanOptions::maxTimeoutMs, &o->floorTimeoutMs))
        || (given(retries) && !number(retries, 0, ScanOptions::maxRetries, &o->retries)))
        return false;
    Poller::Kind pollerKind;
    return PollerFactory::kindFromEnvironment(&pollerKind, &error);
}

bool ScanCommand::readDetection(ScanOptions *o)
{
    o->ipv6 = parser.isSet(ipv6);
    o->grabBanners = parser.isSet(banners);
    o->detectServices = parser.isSet(serviceVersion);
    if (!number(serviceTimeout, ScanOptions::minServiceTimeoutMs, ScanOptions::maxServiceTimeoutMs,
            &o->serviceTimeoutMs)
        || !number(
            serviceConnections, 1, ScanOptions::maxServiceConnections, &o->serviceConnections))
        return false;
    o->resolveAll = parser.isSet(resolveAll);
    o->keepClosed = parser.isSet(showClosed);
    return true;
}

bool ScanCommand::readDiscovery(ScanOptions *o)
{
    if (parser.isSet(discoveryOnly) && (parser.isSet(udp) || parser.isSet(tcp))) {
        error = QCoreApplication::translate(
            "portolan-cli", "-sn scans no ports: -sU and -sT contradict it");
        return false;
    }
    if (parser.isSet(skipDiscovery) && parser.isSet(discoveryOnly)) {
        error = QCoreApplication::translate(
            "portolan-cli", "-Pn and -sn contradict each other: give one of them");
        return false;
    }
    if (parser.isSet(skipDiscovery))
        o->discovery = ScanOptions::Discovery::Skip;
    else if (parser.isSet(discoveryOnly))
        o->discovery = ScanOptions::Discovery::Only;
    o->ping = !parser.isSet(noPing);
    o->reverseDns = !parser.isSet(noDns);
    if (!parser.isSet(discoveryPorts))
        return true;
    const QString text = parser.value(discoveryPorts);
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        o->discoveryPorts.clear();
        return true;
    }
    PortSpec spec;
    if (!PortSpec::parse(text, &spec, &error))
        return false;
    if (spec.count() > ScanOptions::maxDiscoveryPorts) {
        error = QCoreApplication::translate(
            "portolan-cli", "too many discovery ports (%1): at most %2")
                    .arg(spec.count())
                    .arg(ScanOptions::maxDiscoveryPorts);
        return false;
    }
    o->discoveryPorts = spec.ports();
    return true;
}

bool ScanCommand::readOutput(CliRunner::Settings *settings)
{
    settings->hostsCsvPath = parser.value(hostsCsv);
    settings->history = !parser.isSet(noHistory);
    const auto chosen = ReportFormats::fromName(parser.value(format).toLower());
    if (!chosen) {
        error = QCoreApplication::translate(
            "portolan-cli", "invalid format \"%1\": expected text, csv, json or xml")
                    .arg(parser.value(format));
        return false;
    }
    settings->format = *chosen;
    settings->outputPath = parser.value(output);
    return true;
}

bool ScanCommand::readTargets(CliRunner::Settings *settings)
{
    ScanOptions &o = settings->options;
    if (!readProtocols(settings))
        return false;
    const QStringList positional = parser.positionalArguments();
    settings->targetsText = positional.join(QLatin1Char(' '));
    settings->typedTargets = settings->targetsText;
    if (!positional.isEmpty() && !TargetSpec::parse(settings->targetsText, &o.targets, &error))
        return false;
    if (parser.isSet(inputList)) {
        TargetSpec fromFile;
        if (!TargetSpec::parseFile(parser.value(inputList), &fromFile, &error))
            return false;
        o.targets.append(fromFile);
        settings->targetFile = parser.value(inputList);
        if (!settings->targetsText.isEmpty())
            settings->targetsText += QLatin1Char(' ');
        settings->targetsText += QStringLiteral("-iL ") + parser.value(inputList);
    }
    if (o.targets.isEmpty()) {
        error = QCoreApplication::translate("portolan-cli", "no targets given (try --help)");
        return false;
    }
    return true;
}

bool ScanCommand::readProtocols(CliRunner::Settings *settings)
{
    using Selection = PortSpec::Selection;
    const bool wantUdp = parser.isSet(udp);
    const bool wantTcp = parser.isSet(tcp);
    const Selection selection = wantUdp ? (wantTcp ? Selection::Both : Selection::Udp)
                                        : (wantTcp ? Selection::Tcp : Selection::Auto);
    ScanOptions &o = settings->options;
    const QString text = parser.value(ports);
    if (!PortSpec::parse(text, &o.ports, &error, selection))
        return false;
    // What the history, watches and Rescan keep: it means the same without the flags.
    settings->portsText = PortSpec::canonicalText(text, selection);
    const QString community = parser.value(snmpCommunity);
    const bool printable = std::all_of(community.cbegin(), community.cend(),
        [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    if (community.isEmpty() || community.size() > 64 || !printable) {
        error = QCoreApplication::translate("portolan-cli",
            "invalid SNMP community: 1 to 64 printable ASCII characters without spaces, "
            "or none");
        return false;
    }
    o.snmpCommunity = community == QLatin1String("none") ? QByteArray() : community.toLatin1();
    if (o.ports.hasTcp())
        return true;
    // Only UDP: options that act on TCP connections have nothing to act on.
    for (const QCommandLineOption *tcpOnly : { &banners, &serviceConnections }) {
        if (parser.isSet(*tcpOnly)) {
            error = QCoreApplication::translate("portolan-cli",
                "--%1 acts on TCP connections and this scan has no TCP ports (add -sT or T: "
                "ports)")
                        .arg(tcpOnly->names().constLast());
            return false;
        }
    }
    return true;
}

} // namespace

namespace CliScan {

bool readScan(const QStringList &args, CliRunner::Settings *settings, QString *error)
{
    ScanCommand command;
    command.define();
    if (!command.parser.parse(
            QStringList { QStringLiteral("portolan-cli") } + normalisedArguments(args))) {
        *error = command.parser.errorText();
        return false;
    }
    ScanOptions &o = settings->options;
    if (!command.readTiming(&o) || !command.readDetection(&o) || !command.readDiscovery(&o)
        || !command.readOutput(settings) || !command.readTargets(settings)) {
        *error = command.error;
        return false;
    }
    return true;
}

int run(const QStringList &args)
{
    ScanCommand command;
    command.define();
    if (const auto exit = CliOptions::parse(&command.parser, QString(), normalisedArguments(args)))
        return *exit;
    CliRunner::Settings settings;
    ScanOptions &o = settings.options;
    if (!command.readTiming(&o) || !command.readDetection(&o) || !command.readDiscovery(&o)
        || !command.readOutput(&settings) || !command.readTargets(&settings))
        return CliOptions::fail(QString(), command.error);
    settings.progress = isatty(STDERR_FILENO) == 1;
    CliRunner runner(settings);
    return runner.exec();
}

} // namespace CliScan
