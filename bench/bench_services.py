#!/usr/bin/env python3
"""Service detection benchmark: portolan-cli -sV against nmap -sT -sV on the lab of
real daemons the tests use (tests/lab/servicelab.sh), in a network namespace this
script creates. Runs alternate; medians of N. Prints a Markdown report: times, and
per port what the package says of itself, what each tool found, and whether they
agree. Then a sweep of 1-65535 on the same host with and without detection.
Needs root and the packages scripts/deps.sh installs.

    sudo bench/bench_services.py [--build build/release] [--runs 5]
"""
import argparse
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


def read_versions(lab_dir):
    truth = {}
    with open(os.path.join(lab_dir, "versions")) as f:
        for line in f:
            words = line.split()
            if len(words) < 2:
                continue
            versioned = not words[-1][0].isalpha()
            truth[int(words[0])] = (" ".join(words[1:-1] if versioned else words[1:]),
                                    words[-1] if versioned else "")
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
    args = ap.parse_args()
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
        for _ in range(args.runs):
            t, out_p = timed(portolan_cmd)
            times["portolan"].append(t)
            t, out_n = timed(nmap_cmd)
            times["nmap"].append(t)
        found_p, found_n = ours(out_p), theirs(out_n)
        mp, mn = statistics.median(times["portolan"]), statistics.median(times["nmap"])
        print(f"Command: `sudo bench/bench_services.py --build {args.build} --runs {args.runs}`\n")
        print(f"{len(truth)} services on 127.0.0.1 of a private namespace; medians of {args.runs} runs.\n")
        print("| tool | wall time (s) | products and versions right |")
        print("| --- | --- | --- |")
        right_p = sum(agrees(found_p[p], truth[p]) for p in truth)
        right_n = sum(agrees(found_n.get(p, ("", "", "")), truth[p]) for p in truth)
        print(f"| portolan-cli -sV | {mp:.2f} | {right_p}/{len(truth)} |")
        print(f"| nmap -sT -sV | {mn:.2f} | {right_n}/{len(truth)} |")
        print(f"\nPortolan's time is {mp / mn:.3f}x nmap's.\n")
        print("| port | the package says | portolan | nmap | same product |")
        print("| --- | --- | --- | --- | --- |")
        for p in sorted(truth):
            a, b = found_p[p], found_n.get(p, ("", "", ""))
            same = "yes" if a[1] == b[1] and b[2].startswith(a[2]) else "no"
            print(f"| {p} | {' '.join(truth[p]).strip()} | {a[0]}: {a[1]} {a[2]} | {b[0]}: {b[1]} {b[2]} | {same} |")
        plain, detect = [], []
        for _ in range(args.runs):
            plain.append(timed(ns(cli, "-p", "1-65535", "--no-history", "127.0.0.1"))[0])
            detect.append(timed(ns(cli, "-sV", "-p", "1-65535", "--no-history", "127.0.0.1"))[0])
        print(f"\nA sweep of 1-65535 on the same host ({len(truth)} open ports): "
              f"{statistics.median(plain):.2f} s plain, {statistics.median(detect):.2f} s with -sV "
              f"(+{statistics.median(detect) - statistics.median(plain):.2f} s).")
    finally:
        subprocess.run(ns(LAB, "stop", lab), stderr=subprocess.DEVNULL)
        subprocess.run(["ip", "netns", "del", NS], stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
