#!/usr/bin/env python3
"""Service detection benchmark: portolan-cli -sV against nmap -sT -sV on the lab of
real daemons the tests use (tests/lab/servicelab.sh), in a network namespace this
script creates. Runs alternate; medians of N; every run of each tool is checked, and
a tool counts as right on a port only where it was right in every run. The truth: the
product the lab started on the port, and the version of the Debian package installed
(dpkg-query, epoch and Debian revision left out); where the daemon discloses no
version before a login, the product alone. Every daemon runs on its usual port and
on an unusual one, where the port number says nothing. Prints a Markdown report (also to
--markdown FILE, with the date and the command): times, and per port what the
package says, what each tool found, and whether they agree. Then a sweep of 1-65535
on the same host with and without detection. Needs root and the packages
scripts/deps.sh installs.

    sudo bench/bench_services.py [--build build/release] [--runs 5] [--markdown FILE]
"""
import argparse
import datetime
import json
import os
import statistics
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ET

NS = "portolan-sv-bench"
HERE = os.path.dirname(os.path.abspath(__file__))
LAB = os.path.join(HERE, "..", "tests", "lab", "servicelab.sh")


def ns(*args):
    return ["ip", "netns", "exec", NS, *args]


def timed(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return time.perf_counter() - start, proc.stdout


# Daemons that tell a client no version before a login (the lab test's list too).
def discloses_no_version(package):
    return (package in ("dovecot-core", "samba") or package.startswith("postgresql")
            or package.endswith("/pure-ftpd.deb") or package.endswith("/postfix.deb"))


# nmap's product labels and Portolan's names for the same software: the tools are
# compared by what they identified, never by equal strings.
SAME_SOFTWARE = {"OpenSSH": "OpenSSH", "nginx": "nginx", "vsftpd": "vsftpd", "Exim smtpd": "Exim",
                 "Postfix smtpd": "Postfix",
                 "Redis key-value store": "Redis", "PostgreSQL DB": "PostgreSQL",
                 "Dovecot imapd": "Dovecot", "Dovecot pop3d": "Dovecot", "MySQL": "MariaDB",
                 "Memcached": "memcached", "Pure-FTPd": "Pure-FTPd"}


def package_version(package):
    """The upstream part of an installed package's version: 1:9.2p1-2+deb12u3 -> 9.2p1;
    of a .deb unpacked for the lab (scripts/deps.sh): that file's."""
    command = (["dpkg-deb", "--field", package, "Version"] if package.endswith(".deb")
               else ["dpkg-query", "-W", "-f", "${Version}", package])
    out = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         text=True).stdout.strip()
    version = out.split(":", 1)[-1].rsplit("-", 1)[0]
    for c in "+~":
        version = version.split(c, 1)[0]
    return version


def read_versions(lab_dir):
    """port -> (package, product, version) as the lab and dpkg-query say."""
    truth = {}
    with open(os.path.join(lab_dir, "versions")) as f:
        for line in f:
            words = line.split()
            if len(words) < 2:
                continue
            package = words[1]
            version = "" if discloses_no_version(package) else package_version(package)
            truth[int(words[0])] = (package, " ".join(words[2:]), version)
    return truth


def ours(out):
    found = {}
    for r in json.loads(out)["results"]:
        found[r["port"]] = (r.get("service", ""), r.get("product", ""), r.get("version", ""),
                            r.get("service_method") == "probed")
    return found


def theirs(out):
    found = {}
    for port in ET.fromstring(out).iter("port"):
        s = port.find("service")
        if s is None:
            found[int(port.get("portid"))] = ("", "", "", False)
            continue
        name = ("ssl/" if s.get("tunnel") == "ssl" else "") + s.get("name", "")
        found[int(port.get("portid"))] = (name, s.get("product", ""), s.get("version", ""),
                                          s.get("method") == "probed")
    return found


def agrees(found, truth, mapping=None):
    """Right: the same software (through mapping for nmap's labels) and a version that
    holds the package's (MariaDB's sits behind a 5.5.5- prefix)."""
    _, product, version = truth
    if not found[3]:
        return False  # named by the port number alone, or not at all
    named = mapping.get(found[1], None) if mapping is not None else found[1]
    if mapping is not None and found[1] == "MySQL" and "MariaDB" not in found[2]:
        named = "MySQL"  # nmap's MySQL label is MariaDB only where its version says so
    if named != product:
        return False
    return version in found[2] if version else True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build/release")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--markdown", help="also write the report to this file")
    args = ap.parse_args()
    report = []

    def say(line=""):
        print(line)
        report.append(line)
    cli = os.path.abspath(os.path.join(args.build, "app", "cli", "portolan-cli"))
    subprocess.run(["ip", "netns", "del", NS], stderr=subprocess.DEVNULL)
    subprocess.run(["ip", "netns", "add", NS], check=True)
    lab = tempfile.mkdtemp(prefix="portolan-sv-")
    env = dict(os.environ, PORTOLAN_LAB_HOSTILE="0")
    try:
        subprocess.run(ns(LAB, "start", lab), check=True, env=env, stdout=subprocess.DEVNULL)
        truth = read_versions(lab)
        ports = ",".join(str(p) for p in sorted(truth))
        portolan_cmd = ns(cli, "-sV", "-p", ports, "--format", "json", "--no-history", "127.0.0.1")
        nmap_cmd = ns("nmap", "-sT", "-sV", "-Pn", "-n", "-p", ports, "-oX", "-", "127.0.0.1")
        times = {"portolan": [], "nmap": []}
        runs_p, runs_n = [], []
        for _ in range(args.runs):
            t, out_p = timed(portolan_cmd)
            times["portolan"].append(t)
            runs_p.append(ours(out_p))
            t, out_n = timed(nmap_cmd)
            times["nmap"].append(t)
            runs_n.append(theirs(out_n))
        none = ("", "", "", False)
        # Right on a port only when right in every run; the last run's findings shown.
        found_p, found_n = runs_p[-1], runs_n[-1]
        every_p = {p: all(agrees(r.get(p, none), truth[p]) for r in runs_p) for p in truth}
        every_n = {p: all(agrees(r.get(p, none), truth[p], SAME_SOFTWARE) for r in runs_n)
                   for p in truth}
        mp, mn = statistics.median(times["portolan"]), statistics.median(times["nmap"])
        usual = [p for p in truth if p < 40000]
        unusual = [p for p in truth if p >= 40000]
        say(f"Measured {datetime.date.today().isoformat()} with "
            f"`sudo python3 bench/bench_services.py --build {args.build} --runs {args.runs}`.\n")
        say(f"{len(truth)} ports of real daemons on 127.0.0.1 of a private namespace: each "
            f"daemon on its usual port and on an unusual one (40000 and up); medians of "
            f"{args.runs} runs; right means the same software and the package's version in "
            f"every run (nmap's labels mapped to the same software).\n")
        say("| tool | wall time (s) | right, usual ports | right, unusual ports |")
        say("| --- | --- | --- | --- |")
        for name, m, every in (("portolan-cli -sV", mp, every_p), ("nmap -sT -sV", mn, every_n)):
            say(f"| {name} | {m:.2f} | {sum(every[p] for p in usual)}/{len(usual)} | "
                f"{sum(every[p] for p in unusual)}/{len(unusual)} |")
        missed = [p for p in truth if every_n[p] and not every_p[p]]
        more = [p for p in truth if every_p[p] and not every_n[p]]
        say(f"\nPortolan's time is {mp / mn:.3f}x nmap's. Ports nmap got right and Portolan "
            f"did not: {', '.join(map(str, sorted(missed))) or 'none'}. Ports only Portolan got "
            f"right: {', '.join(map(str, sorted(more))) or 'none'}.\n")
        say("| port | installed package (version) | portolan | nmap | portolan right | nmap right |")
        say("| --- | --- | --- | --- | --- | --- |")
        for p in sorted(truth):
            a, b = found_p.get(p, none), found_n.get(p, none)
            name = truth[p][0]
            if name.endswith(".deb"):  # unpacked for the lab, not installed
                name = os.path.basename(name)[:-4] + " (unpacked .deb)"
            package = f"{name} ({truth[p][2] or 'not disclosed'})"
            say(f"| {p} | {package} | {a[0]}: {a[1]} {a[2]} | {b[0]}: {b[1]} {b[2]} | "
                f"{'yes' if every_p[p] else 'no'} | {'yes' if every_n[p] else 'no'} |")
        plain, detect = [], []
        for _ in range(args.runs):
            plain.append(timed(ns(cli, "-p", "1-65535", "--no-history", "127.0.0.1"))[0])
            detect.append(timed(ns(cli, "-sV", "-p", "1-65535", "--no-history", "127.0.0.1"))[0])
        say(f"\nA sweep of 1-65535 on the same host ({len(truth)} open ports): "
            f"{statistics.median(plain):.2f} s plain, {statistics.median(detect):.2f} s with -sV "
            f"(+{statistics.median(detect) - statistics.median(plain):.2f} s).")
        if args.markdown:
            with open(args.markdown, "w") as f:
                f.write("\n".join(report) + "\n")
    finally:
        subprocess.run(ns(LAB, "stop", lab), stderr=subprocess.DEVNULL)
        subprocess.run(["ip", "netns", "del", NS], stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
