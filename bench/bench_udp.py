#!/usr/bin/env python3
"""UDP benchmark: portolan-cli -sU (as nobody) beside nmap -sU (as root) on the UDP lab
the tests use (tests/lab/udplab.sh): real daemons behind a veth, so the target's
kernel ICMP rate limit applies, REJECT and DROP rules and closed ports, IPv4 and IPv6.
Runs alternate, N of each per target, with a pause between runs long enough for the
target's ICMP token bucket to fill again (every run starts as the first would).

For each tool and target: wrong states, and wrong reasons where the state is right
(the worst run of each), against the table the lab
wrote when it built the ports (DIR/expected), in every run; the time to the last open
port; the whole time; and the floor the target's ICMP limit sets: a reply for each
closed or rejected port, the first 6 at once (the kernel's burst), then one per
icmp_ratelimit (IPv6: the limit is shifted right by (128 - prefix) / 32 for a route
shorter than /128, a quarter of it for the lab's /64). Read from the lab's own sysctls.

The time to the last open port: nmap's from -v's "Discovered open port" lines, Portolan's
from its progress line's open count (stderr on a terminal: a pty here), each stamped
as it arrives. Prints a Markdown report (also to --markdown FILE, with the date, the
command and the commit).

    sudo bench/bench_udp.py [--build build/release] [--runs 3] [--markdown FILE]
"""
import argparse
import datetime
import json
import os
import pty
import re
import select
import shutil
import statistics
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, ".."))
LAB = os.path.join(ROOT, "tests", "lab", "udplab.sh")
TARGETS = {"4": "198.18.1.2", "6": "2001:db8:1::2"}
BURST = 6  # the kernel's XRLIM_BURST_FACTOR: replies a quiet peer gets at once
RUN_LIMIT_S = 600  # one run's bound


def stamped(cmd, pty_stderr):
    """Runs cmd; returns (seconds, stdout, [(t, chunk of the watched stream)]). The
    watched stream is stdout, or stderr on a pty when pty_stderr (progress lines)."""
    master = slave = None
    if pty_stderr:
        master, slave = pty.openpty()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                            stderr=slave if pty_stderr else subprocess.DEVNULL)
    if slave is not None:
        os.close(slave)
    out, events = b"", []
    fds = [proc.stdout.fileno()] + ([master] if master is not None else [])
    while fds and time.perf_counter() - start < RUN_LIMIT_S:
        ready, _, _ = select.select(fds, [], [], 1.0)
        for fd in ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # a pty's end gives EIO once the writer is gone
                chunk = b""
            if not chunk:
                fds.remove(fd)
                continue
            now = time.perf_counter() - start
            if fd == proc.stdout.fileno():
                out += chunk
            if (fd == master) == pty_stderr:
                events.append((now, chunk.decode(errors="replace")))
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    elapsed = time.perf_counter() - start
    if master is not None:
        os.close(master)
    return elapsed, out.decode(errors="replace"), events


def last_open_nmap(events):
    """(time of the last "Discovered open port" line, how many ports it named)."""
    last, seen, text = None, set(), ""
    for t, chunk in events:
        text += chunk
        for m in re.finditer(r"Discovered open port (\d+)/udp", text):
            if m.group(1) not in seen:
                seen.add(m.group(1))
                last = t
        text = text[text.rfind("\n") + 1:]
    return last, len(seen)


def last_open_portolan(events):
    """(time the progress line's open count reached its highest, that count)."""
    last, most = None, 0
    for t, chunk in events:
        for m in re.finditer(r"(\d+) open\s", chunk):  # not "open|filtered"
            if int(m.group(1)) > most:
                last, most = t, int(m.group(1))
    return last, most


def nmap_states(xml_text):
    states = {}
    root = ET.fromstring(xml_text)
    for port in root.iter("port"):
        s = port.find("state")
        states[int(port.get("portid"))] = (s.get("state"), s.get("reason"))
    return states


def portolan_states(json_text):
    states = {}
    for row in json.loads(json_text).get("results", []):
        states[int(row["port"])] = (row["state"], row["reason"])
    return states


def wrong(states, expected):
    bad_state = sum(1 for p, (s, _r, _sv) in expected.items() if states.get(p, ("", ""))[0] != s)
    bad_reason = sum(1 for p, (s, r, _sv) in expected.items() if states.get(p, ("", "")) != (s, r))
    return bad_state, bad_reason - bad_state


def read_lab(lab_dir):
    expected = {"4": {}, "6": {}}
    with open(os.path.join(lab_dir, "expected")) as f:
        for line in f:
            family, port, state, reason, service = line.split()
            if family in expected:
                expected[family][int(port)] = (state, reason, service)
    limits = {}
    with open(os.path.join(lab_dir, "icmp-limits")) as f:
        for line in f:
            key, value = line.split()
            limits[key] = int(value)
    with open(os.path.join(lab_dir, "scanner.pid")) as f:
        scanner = int(f.read())
    return expected, limits, scanner


def floor_seconds(family, expected, limits):
    replies = sum(1 for s, _r, _sv in expected.values() if s in ("closed", "filtered"))
    if family == "4":
        per_reply_ms = limits["net.ipv4.icmp_ratelimit"]
    else:  # icmpv6_xrlim_allow: wider prefixes get more; the lab's route is a /64
        per_reply_ms = limits["net.ipv6.icmp.ratelimit"] >> ((128 - 64) >> 5)
    return replies, max(0, replies - BURST) * per_reply_ms / 1000.0


def git(*args):
    return subprocess.run(["git", "-C", ROOT, *args], capture_output=True, text=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build", "release"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--markdown")
    args = parser.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("bench_udp.py: needs root (the lab's namespaces; nmap -sU)")
    work = tempfile.mkdtemp(prefix="portolan-udp-bench-")
    os.chmod(work, 0o755)
    cli = os.path.join(work, "portolan-cli")  # nobody must be able to run it
    shutil.copy(os.path.join(args.build, "app", "cli", "portolan-cli"), cli)
    os.chmod(cli, 0o755)
    home = os.path.join(work, "home")
    os.mkdir(home)
    os.chmod(home, 0o777)
    lab_dir = os.path.join(work, "lab")
    if subprocess.run([LAB, "start", lab_dir]).returncode != 0:
        raise SystemExit("bench_udp.py: the lab did not start (see %s/lab.log)" % lab_dir)
    try:
        report = run(args, cli, home, lab_dir)
    finally:
        subprocess.run([LAB, "stop", lab_dir])
    print(report)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(report + "\n")
    shutil.rmtree(work, ignore_errors=True)


def run(args, cli, home, lab_dir):
    expected, limits, scanner = read_lab(lab_dir)
    enter = ["nsenter", "--net=/proc/%d/ns/net" % scanner]
    env_home = ["env", "HOME=" + home, "XDG_CONFIG_HOME=" + home, "XDG_DATA_HOME=" + home,
                "XDG_CACHE_HOME=" + home, "XDG_STATE_HOME=" + home]
    pause = BURST * limits["net.ipv4.icmp_ratelimit"] / 1000.0 + 1
    rows = []
    for family, target in TARGETS.items():
        ports = ",".join(str(p) for p in sorted(expected[family]))
        want = {p: v for p, v in expected[family].items()}
        n_open = sum(1 for s, _r, _sv in want.values() if s == "open")
        commands = {
            "portolan-cli": enter + ["setpriv", "--reuid=nobody", "--regid=nogroup",
                                     "--clear-groups"] + env_home
            + [cli, "-sU", "-Pn", "-n", "--show-closed", "--no-history", "--format", "json",
               "-p", "U:" + ports, target],
            "nmap": enter + ["nmap", "-sU", "-n", "-Pn", "-v", "--reason", "-p", "U:" + ports,
                             "-oX", os.path.join(lab_dir, "nmap.xml")]
            + (["-6"] if family == "6" else []) + [target],
        }
        results = {tool: [] for tool in commands}
        for _ in range(args.runs):
            for tool, cmd in commands.items():
                time.sleep(pause)  # the target's ICMP bucket full again
                if tool == "nmap":
                    elapsed, _out, events = stamped(cmd, False)
                    with open(os.path.join(lab_dir, "nmap.xml")) as f:
                        states = nmap_states(f.read())
                    last = last_open_nmap(events)
                else:
                    elapsed, out, events = stamped(cmd, True)
                    states = portolan_states(out) if out.strip() else {}
                    last = last_open_portolan(events)
                results[tool].append((elapsed, last, *wrong(states, want)))
        replies, floor = floor_seconds(family, want, limits)
        for tool, runs in results.items():
            lasts = [r[1][0] for r in runs if r[1][0] is not None]
            rows.append((family, target, len(want), n_open, replies, floor, tool,
                         max(r[2] for r in runs), max(r[3] for r in runs),
                         statistics.median(lasts) if len(lasts) == len(runs) else None,
                         min(r[1][1] for r in runs), statistics.median(r[0] for r in runs),
                         ", ".join("%.2f s (%d)" % (r[0], r[2]) for r in runs)))
    return markdown(args, rows, limits)


def markdown(args, rows, limits):
    head = git("rev-parse", "--short", "HEAD")
    nmap_version = subprocess.run(["nmap", "--version"], capture_output=True,
                                  text=True).stdout.splitlines()[0]
    lines = [
        "### UDP lab (%s), commit %s, %s, medians of %d runs"
        % (datetime.date.today().isoformat(), head, nmap_version, args.runs),
        "",
        "Command: `sudo bench/bench_udp.py --build %s --runs %d`. Target ICMP limits: "
        "icmp_ratelimit %d ms, icmp_msgs_per_sec %d (burst %d), IPv6 ratelimit %d ms."
        % (os.path.relpath(args.build, ROOT), args.runs, limits["net.ipv4.icmp_ratelimit"],
           limits["net.ipv4.icmp_msgs_per_sec"], limits["net.ipv4.icmp_msgs_burst"],
           limits["net.ipv6.icmp.ratelimit"]),
        "",
        "| target | ports (open) | ICMP replies | floor | tool | wrong states | wrong reasons "
        "| last open port (fewest found) | whole | whole / floor | each run (wrong states) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for (family, target, n, n_open, replies, floor, tool, bad_state, bad_reason, last,
         found, whole, each) in rows:
        lines.append("| %s | %d (%d) | %d | %.2f s | %s | %d | %d | %s | %.2f s | %s | %s |" % (
            target, n, n_open, replies, floor, tool, bad_state, bad_reason,
            "%.2f s (%d found)" % (last, found) if last is not None else "none seen",
            whole, "%.2fx" % (whole / floor) if floor > 0 else "-", each))
    return "\n".join(lines)


if __name__ == "__main__":
    main()
