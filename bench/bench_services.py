#!/usr/bin/env python3
"""Service detection benchmark: portolan-cli -sV against nmap -sT -sV on the lab of
real daemons the tests use (tests/lab/servicelab.sh), in a network namespace this
script creates. Runs alternate; medians of N; every run of each tool is checked, and
a tool counts as right on a port only where it was right in every run. The truth: the
product the lab started on the port, and the version of the Debian package installed
(dpkg-query, epoch and Debian revision left out); where the daemon discloses no
version before a login, the product alone. Prints a Markdown report (also to
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


# The Debian package behind each port of the lab (tests/lab/servicelab.sh).
PACKAGES = {21: "vsftpd", 22: "openssh-server", 25: "exim4-daemon-light", 80: "nginx-light",
            443: "nginx-light", 110: "dovecot-core", 143: "dovecot-core", 993: "dovecot-core",
            995: "dovecot-core", 3306: "mariadb-server", 5432: "postgresql", 6379: "redis-server"}


def package_version(package):
    """The upstream part of an installed package's version: 1:9.2p1-2+deb12u3 -> 9.2p1."""
    out = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
    version = out.split(":", 1)[-1]
    return version.rsplit("-", 1)[0]


def read_versions(lab_dir):
    truth = {}
    with open(os.path.join(lab_dir, "versions")) as f:
        for line in f:
            words = line.split()
            if len(words) < 2:
                continue
            versioned = not words[-1][0].isalpha()
            port = int(words[0])
            product = " ".join(words[1:-1] if versioned else words[1:])
            # The lab says whether the daemon discloses its version; the package says which.
            disclosed = versioned and port in PACKAGES
            truth[port] = (product, package_version(PACKAGES[port]) if disclosed else "")
    return truth


def ours(out):
    found = {}
    for r in json.loads(out)["results"]:
        found[r["port"]] = (r.get("service", ""), r.get("product", ""), r.get("version", ""))
    return found


def theirs(out):
    found = {}
    for port in ET.fromstring(out).iter("port"):
        s = port.find("service")
        name = "" if s is None else (("ssl/" if s.get("tunnel") == "ssl" else "") + s.get("name", ""))
        found[int(port.get("portid"))] = ("" if s is None else name,
                                          "" if s is None else s.get("product", ""),
                                          "" if s is None else s.get("version", ""))
    return found


def agrees(found, truth):
    product, version = truth
    return found[1] == product and found[2].startswith(version)


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
        none = ("", "", "")
        # Right on a port only when right in every run; the last run's findings shown.
        found_p, found_n = runs_p[-1], runs_n[-1]
        every_p = {p: all(agrees(r.get(p, none), truth[p]) for r in runs_p) for p in truth}
        every_n = {p: all(agrees(r.get(p, none), truth[p]) for r in runs_n) for p in truth}
        mp, mn = statistics.median(times["portolan"]), statistics.median(times["nmap"])
        say(f"Measured {datetime.date.today().isoformat()} with "
            f"`sudo python3 bench/bench_services.py --build {args.build} --runs {args.runs}`.\n")
        say(f"{len(truth)} services on 127.0.0.1 of a private namespace; medians of {args.runs} runs; "
            f"right means right in every run.\n")
        say("| tool | wall time (s) | products and versions right in every run |")
        say("| --- | --- | --- |")
        say(f"| portolan-cli -sV | {mp:.2f} | {sum(every_p.values())}/{len(truth)} |")
        say(f"| nmap -sT -sV | {mn:.2f} | {sum(every_n.values())}/{len(truth)} |")
        say(f"\nPortolan's time is {mp / mn:.3f}x nmap's.\n")
        say("| port | installed package (version) | portolan | nmap | portolan right | nmap right |")
        say("| --- | --- | --- | --- | --- | --- |")
        for p in sorted(truth):
            a, b = found_p.get(p, none), found_n.get(p, none)
            package = f"{PACKAGES.get(p, '?')} ({truth[p][1] or 'not disclosed'})"
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
