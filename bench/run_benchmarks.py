#!/usr/bin/env python3
"""Engine benchmarks: portolan-cli against `nmap -sT -n -Pn -T4` and the
connect()+epoll floor (bench/floor.cpp), in a network namespace this script
creates. Runs alternate; medians of N; peak RSS from GNU time; each run's
findings are checked against the truth the script set up. Needs root.

    sudo bench/run_benchmarks.py [--build build/release] [--runs 5] [--only abcdef] \
        [--markdown FILE]

With --markdown the tables go to FILE too, with the date and the command, ready for
docs/BENCHMARKS.md. nmap's findings are read from its XML (-oX), closed and
filtered ports it did not list one by one included (extraports): where it lists
only counts, it counts as right when its counts match the truth's.

(a)-(c) sweep the loopback. (d)-(f) scan a simulated network: the TUN lab of
the tests as a program (tests/common/netlab_main.cpp, portolan-netlab) plays
198.18.0.0/24 or /16 with live hosts at a distance, loss, jitter, firewalls and
rate limits; there nmap runs unprivileged (-sT --unprivileged), as a user would.

Portolan runs with --no-history: the scan, not the saving (bench_history measures that).

Needs the Debian packages nmap, iproute2, iptables and time.
"""
import argparse
import datetime
import xml.etree.ElementTree as ET
import os
import socket
import statistics
import subprocess
import sys
import time

NS = "portolan-bench"


def sh(*args, check=True):
    return subprocess.run(args, check=check, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def ns(*args):
    return ["ip", "netns", "exec", NS, *args]


def timed(cmd):
    # GNU time reports the peak RSS of the command itself; wait4() here would
    # also count the forked Python child before it exec()s.
    rss_file = "/tmp/portolan-bench-rss"
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss_file, *cmd],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    wall = time.perf_counter() - start
    with open(rss_file) as f:
        rss = int(f.read().split()[-1])
    return wall, rss, proc.stdout, proc.returncode


def parse_portolan(out):
    found = {}
    for line in out.splitlines()[1:]:
        cells = line.split(",")
        if len(cells) >= 5 and cells[4] in ("open", "filtered"):
            found[(cells[1], int(cells[2]))] = cells[4]
    return found


def nmap_xml(truth):
    """A parser of nmap's XML for a scenario: its ports, listed one by one or not."""
    def parse(out):
        found = {}
        try:
            root = ET.fromstring(out)
        except ET.ParseError:
            return found
        for host in root.iter("host"):
            address = next((a.get("addr") for a in host.iter("address")
                            if a.get("addrtype") in ("ipv4", "ipv6")), None)
            if address is None:
                continue
            listed = set()
            for port in host.iter("port"):
                state = port.find("state").get("state")
                number = int(port.get("portid"))
                listed.add(number)
                if state in ("open", "filtered"):
                    found[(address, number)] = state
            # Ports nmap did not list: only their count per state. Right when the
            # truth's unlisted ports of that host have those same counts.
            extra = {e.get("state"): int(e.get("count")) for e in host.iter("extraports")}
            unlisted = {k: v for k, v in truth.items() if k[0] == address and k[1] not in listed}
            for state in ("open", "filtered"):
                mine = {k: v for k, v in unlisted.items() if v == state}
                if mine and extra.get(state, 0) == len(mine):
                    found.update(mine)
        return found
    return parse


def parse_floor(out):
    found = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] in ("open", "filtered"):
            found[(parts[0], int(parts[1]))] = parts[2]
    return found


def hold_listeners(pairs):
    """Starts a process in the namespace that listens on (address, port) pairs."""
    code = (
        "import socket,sys,time\n"
        "socks=[]\n"
        "for a,p in [x.split('|') for x in sys.argv[1:]]:\n"
        "    s=socket.socket(socket.AF_INET6 if ':' in a else socket.AF_INET)\n"
        "    s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1)\n"
        "    s.bind((a,int(p))); s.listen(512); socks.append(s)\n"
        "print('ready',flush=True)\n"
        "time.sleep(3600)\n"
    )
    proc = subprocess.Popen(ns(sys.executable, "-c", code, *[f"{a}|{p}" for a, p in pairs]),
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def start_lab(lab, *args):
    """Starts portolan-netlab in the namespace; returns the process once it answers."""
    proc = subprocess.Popen(ns(lab, "--seconds", "3000", *args), stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def stop_lab(proc):
    proc.terminate()
    proc.wait(timeout=10)
    # The TUN device goes with the lab; its addresses with the device.


def lab_truth(hosts, ports, address):
    """Open and filtered ports that the lab hosts (portolan-netlab specs) show on ports."""
    truth = {}
    for spec in hosts:
        f = dict(kv.split("=") for kv in spec.split(","))
        opened = {int(p) for p in f.get("open", "").split(";") if p}
        silent = {int(p) for p in f.get("silent", "").split(";") if p}
        closed = {int(p) for p in f.get("closed", "").split(";") if p}
        firewall = f.get("firewall") == "1"
        for port in ports:
            if port in opened:
                truth[(address(int(f["offset"])), port)] = "open"
            elif port in silent or (firewall and port not in closed):
                truth[(address(int(f["offset"])), port)] = "filtered"
    return truth


def common_ports(cli):
    """The ports of portolan's "common" preset, as the CLI lists them."""
    out = sh(*ns(cli, "-Pn", "-n", "-p", "common", "--show-closed", "--timeout", "100", "--format", "csv", "127.0.0.1")).stdout
    return sorted({int(line.split(",")[2]) for line in out.splitlines()[1:] if line})


def portolan(cli, *args):
    """portolan-cli with each poller backend (PORTOLAN_POLLER), as benchmark tools."""
    return {
        "portolan-cli (epoll)": (ns("env", "PORTOLAN_POLLER=epoll", cli, "--no-history", "--format", "csv", *args), parse_portolan),
        "portolan-cli (poll)": (ns("env", "PORTOLAN_POLLER=poll", cli, "--no-history", "--format", "csv", *args), parse_portolan),
    }


def scenario(name, tools, truth, runs):
    results = {tool: [] for tool in tools}
    for i in range(runs):
        for tool, (cmd, parse) in tools.items():
            wall, rss, out, code = timed(cmd)
            found = parse(out)
            results[tool].append((wall, rss, found == truth, code))
            if found != truth:
                missing = set(truth.items()) - set(found.items())
                extra = set(found.items()) - set(truth.items())
                print(f"  {name} {tool} run {i}: wrong: missing {sorted(missing)[:5]} extra {sorted(extra)[:5]}",
                      file=sys.stderr)
    rows = []
    for tool, rs in results.items():
        walls = [r[0] for r in rs]
        rows.append((tool, statistics.median(walls), min(walls), max(walls), max(r[1] for r in rs),
                     sum(r[2] for r in rs), len(rs)))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build/release")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", default="abcdef")
    ap.add_argument("--markdown", help="also write the tables to this file")
    args = ap.parse_args()
    cli = os.path.abspath(os.path.join(args.build, "app/cli/portolan-cli"))
    floor = os.path.abspath(os.path.join(args.build, "bench/portolan-floor"))
    lab = os.path.abspath(os.path.join(args.build, "tests/portolan-netlab"))
    threads = str(os.cpu_count() or 2)
    sh("ip", "netns", "del", NS, check=False)
    sh("ip", "netns", "add", NS)
    sh(*ns("ip", "link", "set", "lo", "up"))
    report = []
    try:
        if "a" in args.only:
            opens = [22, 80, 443, 3306, 8080, 33000, 45000, 60000]
            holder = hold_listeners([("127.0.0.1", p) for p in opens])
            truth = {("127.0.0.1", p): "open" for p in opens}
            tools = {
                **portolan(cli, "-p", "1-65535", "127.0.0.1"),
                "nmap -sT -T4": (ns("nmap", "-sT", "-n", "-Pn", "-T4", "-p", "1-65535", "-oX", "-", "127.0.0.1"), nmap_xml(truth)),
                "floor": (ns(floor, "127.0.0.1", "1", "65535", threads, "512"), parse_floor),
            }
            report.append(("(a) 127.0.0.1, ports 1-65535", scenario("a", tools, truth, args.runs)))
            holder.kill()
        if "b" in args.only:
            opens = list(range(20001, 20021))
            filtered = list(range(30001, 30201))
            holder = hold_listeners([("127.0.0.1", p) for p in opens])
            # One range rule: 200 single-port rules would slow every packet of the sweep.
            sh(*ns("iptables", "-A", "INPUT", "-p", "tcp", "--syn", "--dport", f"{filtered[0]}:{filtered[-1]}", "-j", "DROP"))
            truth = {("127.0.0.1", p): "open" for p in opens}
            truth.update({("127.0.0.1", p): "filtered" for p in filtered})
            tools = {
                **portolan(cli, "--timeout", "1000", "--retries", "1", "-p", "1-65535", "127.0.0.1"),
                "nmap -sT -T4": (ns("nmap", "-sT", "-n", "-Pn", "-T4", "-p", "1-65535", "-oX", "-", "127.0.0.1"), nmap_xml(truth)),
                "nmap -sT -T4, same limits": (ns("nmap", "-sT", "-n", "-Pn", "-T4", "--max-rtt-timeout", "1000ms", "--max-retries", "1", "-p", "1-65535", "-oX", "-", "127.0.0.1"), nmap_xml(truth)),
                # The floor waits what portolan-cli may wait at the least on a host that
                # answers at once (--min-timeout, 100 ms by default), not its 1000 ms ceiling.
                "floor": (ns(floor, "127.0.0.1", "1", "65535", threads, "512", "100", "1"), parse_floor),
            }
            report.append(("(b) namespace lab: 20 open, 200 filtered (DROP) among 1-65535, timeout 1000 ms, 1 retry",
                           scenario("b", tools, truth, args.runs)))
            holder.kill()
            sh(*ns("iptables", "-F"))
        if "c" in args.only:
            pairs = [("127.0.0.1", 22), ("127.0.0.7", 80), ("127.0.0.100", 443), ("127.0.0.200", 631), ("127.0.0.254", 1000)]
            holder = hold_listeners(pairs)
            truth = {pair: "open" for pair in pairs}
            tools = {
                **portolan(cli, "-p", "1-1000", "127.0.0.1-254"),
                "nmap -sT -T4": (ns("nmap", "-sT", "-n", "-Pn", "-T4", "-p", "1-1000", "-oX", "-", "127.0.0.1-254"), nmap_xml(truth)),
                "floor": (ns(floor, "127.0.0.1-254", "1", "1000", threads, "512"), parse_floor),
            }
            report.append(("(c) 127.0.0.1-127.0.0.254, ports 1-1000", scenario("c", tools, truth, args.runs)))
            holder.kill()
        if "d" in args.only:
            # A home or office /24: eight live hosts among 256 addresses; one drops
            # ping and 80/443, one answers ping only; empty addresses get a late
            # host-unreachable (a failed ARP) after 3 s.
            hosts = ["offset=1,rtt=1,open=22;80;443", "offset=7,rtt=1,open=22;139;445",
                     "offset=20,rtt=2,ping=0,firewall=1,open=22;3389", "offset=33,rtt=1,firewall=1",
                     "offset=50,rtt=1,open=80;443;8080", "offset=99,rtt=1,open=53;80",
                     "offset=120,rtt=1,open=631", "offset=200,rtt=1,open=22;5900"]
            proc = start_lab(lab, "--unreachable-ms", "3000", *hosts)
            ports = common_ports(cli)
            truth = lab_truth(hosts, ports, lambda o: f"198.18.0.{o}")
            spec = ",".join(map(str, ports))
            tools = {
                **portolan(cli, "-n", "-p", "common", "198.18.0.0/24"),
                "nmap -sT --unprivileged -T4": (ns("nmap", "-sT", "--unprivileged", "-n", "-T4", "-p", spec, "-oX", "-", "198.18.0.0/24"), nmap_xml(truth)),
            }
            report.append((f"(d) LAN: 198.18.0.0/24 with 8 live hosts (one drops ping and 80/443, one answers only ping), {len(ports)} common ports",
                           scenario("d", tools, truth, args.runs)))
            stop_lab(proc)
        if "e" in args.only:
            # Servers far away: 30-100 ms with jitter and 1-2 % loss; a fourth host
            # answers at most 200 resets a second. Ports 1-10000, each host typed.
            far = ["offset=11,rtt=30,jitter=5,loss=0.01,open=22;80;443",
                   "offset=12,rtt=60,jitter=10,loss=0.02,open=25;587;993",
                   "offset=13,rtt=100,jitter=10,loss=0.01,open=8080,silent=3389"]
            limited = ["offset=14,rtt=40,jitter=5,resets=200,open=22;443"]
            proc = start_lab(lab, *far, *limited)
            ports = range(1, 10001)
            runs = min(args.runs, 2)  # nmap takes minutes here
            for title, hosts, key in (("far hosts without a rate limit", far, "e1"),
                                      ("a host limited to 200 resets/s (floor: 9998/200 = 50 s)", limited, "e2")):
                targets = [f"198.18.0.{h.split(',')[0].split('=')[1]}" for h in hosts]
                truth = lab_truth(hosts, ports, lambda o: f"198.18.0.{o}")
                tools = {
                    "portolan-cli (epoll)": (ns(cli, "--no-history", "-n", "--format", "csv", "-p", "1-10000", *targets), parse_portolan),
                    "nmap -sT --unprivileged -T4": (ns("nmap", "-sT", "--unprivileged", "-n", "-Pn", "-T4", "-p", "1-10000", "-oX", "-", *targets), nmap_xml(truth)),
                }
                report.append((f"({key}) WAN: {title}, ports 1-10000", scenario(key, tools, truth, runs)))
            stop_lab(proc)
        if "f" in args.only:
            # A /16 with 10 live hosts scattered over it; nmap gets 600 s at most.
            hosts = ["offset=1,rtt=1,open=22;80", "offset=300,rtt=2,open=443", "offset=5000,rtt=1,open=3389",
                     "offset=9000,rtt=5,ping=0,open=80", "offset=17000,rtt=1,open=22",
                     "offset=26000,rtt=3,firewall=1,open=445", "offset=33333,rtt=1,open=8080",
                     "offset=42000,rtt=1,open=53", "offset=50000,rtt=2,open=25", "offset=65000,rtt=1,open=631"]
            proc = start_lab(lab, "--prefix", "16", *hosts)
            ports = common_ports(cli)
            truth = lab_truth(hosts, ports, lambda o: f"198.18.{o >> 8}.{o & 255}")
            spec = ",".join(map(str, ports))
            tools = {
                "portolan-cli (epoll)": (ns(cli, "--no-history", "-n", "--format", "csv", "-p", "common", "198.18.0.0/16"), parse_portolan),
                "nmap -sT --unprivileged -T4 (600 s cap)": (ns("timeout", "600", "nmap", "-sT", "--unprivileged", "-n", "-T4", "-p", spec, "-oX", "-", "198.18.0.0/16"), nmap_xml(truth)),
            }
            report.append((f"(f) 198.18.0.0/16 with 10 live hosts, {len(ports)} common ports", scenario("f", tools, truth, 1)))
            stop_lab(proc)
    finally:
        sh("ip", "netns", "del", NS, check=False)
    text = tables(report)
    print(text)
    if args.markdown:
        command = "sudo python3 bench/run_benchmarks.py " + " ".join(sys.argv[1:])
        with open(args.markdown, "w") as f:
            f.write(f"Measured {datetime.date.today().isoformat()} with `{command}`.\n{text}")


def tables(report):
    lines = []
    for title, rows in report:
        lines += ["", f"### {title}", "",
                  "| tool | median s | min s | max s | peak RSS MiB | runs that found the truth |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for tool, med, lo, hi, rss, ok, n in rows:
            lines.append(f"| {tool} | {med:.2f} | {lo:.2f} | {hi:.2f} | {rss / 1024:.1f} | {ok}/{n} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
