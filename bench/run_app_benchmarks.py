#!/usr/bin/env python3
"""The application's own benchmarks: the window, the results model, the history.

    sudo python3 bench/run_app_benchmarks.py [--build build/release] [--runs 3]
        [--only wmhvdt] [--markdown FILE]

Runs each benchmark program of bench/ (built with the project) --runs times and
prints one table per program: each measure's value in every run and its median.
w: bench_window (127.0.0.1 ports 1-65535 through the real window, offscreen, in a
private network namespace) alternated with portolan-cli on the same scan, because
this kind of machine drifts between batches of runs; m: bench_model (one million
rows); h: bench_history (saving and reading back 100,000 and 1,000,000 rows,
listing 1,000 scans); v: bench_historyview (the History view with 1,000 scans);
d: bench_devicesview (the Devices view with 10,000 devices); t: bench_watch (a
watch of the /24 TUN lab run 1,000 times, the history keeping 100 scans: the
database's size and rows and the memory after 100 runs and after 1,000), run
once whatever --runs says: a thousand runs twice add nothing.
Each program prints "measure value" lines; a program that fails, or prints no
figure, stops the run with its output. With --markdown the tables go to FILE too,
with the date and the command, ready for docs/BENCHMARKS.md.
"""
import argparse
import datetime
import os
import statistics
import subprocess
import sys
import time


def figures(text):
    """The "measure value" lines of a benchmark's output, in order."""
    out = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        try:
            out[parts[0]] = float(parts[1])
        except ValueError:
            continue
    return out


def run(command, env=None, namespace=False):
    """Runs a benchmark program; its figures, or exits with what it said."""
    if namespace:
        # A private network namespace with only its own loopback up: nothing else
        # listens there, and no packet leaves it.
        command = ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$@"', "sh"] + command
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
    found = figures(proc.stdout)
    if proc.returncode != 0 or not found:
        sys.exit(f"{' '.join(command)} failed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return found


def cli_seconds(build):
    """portolan-cli's wall time on the window benchmark's scan, start to exit."""
    cli = os.path.join(build, "app/cli/portolan-cli")
    start = time.monotonic()
    run_cli = ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$@" > /dev/null', "sh",
               cli, "--show-closed", "-p-", "127.0.0.1"]
    proc = subprocess.run(run_cli, capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        sys.exit(f"portolan-cli failed (exit {proc.returncode}): {proc.stderr}")
    return time.monotonic() - start


def table(title, runs, rows):
    """rows: (label, key, unit); runs: one figures dict per run."""
    head = "| measure | " + " | ".join(f"run {i + 1}" for i in range(len(runs))) + " | median |"
    lines = ["", f"### {title}", "", head, "|" + " --- |" * (len(runs) + 2)]
    for label, key, unit in rows:
        values = [r[key] for r in runs if key in r]
        if len(values) != len(runs):
            sys.exit(f"{title}: '{key}' missing from a run")
        shown = [f"{v:g}{unit}" for v in values]
        lines.append(f"| {label} | " + " | ".join(shown)
                     + f" | {statistics.median(values):g}{unit} |")
    return lines


def watch_table(r):
    """bench_watch's figures: after the first tenth of the runs beside the end."""
    lines = ["", f"### A watch of the /24 lab run {r['runs']:g} times (the history keeps "
             f"{r['keep']:g} scans)", "", f"| measure | after {r['early_run']:g} runs | "
             f"after {r['runs']:g} runs |", "| --- | --- | --- |"]
    for label, key, unit in (("scans kept", "scans", ""), ("events kept", "events", ""),
                             ("database and its WAL", "db_kib", " KiB"),
                             ("resident memory", "rss_mib", " MiB")):
        lines.append(f"| {label} | {r['early_' + key]:g}{unit} | {r['end_' + key]:g}{unit} |")
    lines.append(f"| events recorded in all | | {r['events_recorded']:g} |")
    lines.append(f"| median run (discovery of 256 addresses, 4 ports on the live ones) | | "
                 f"{r['median_run_ms']:g} ms |")
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build/release")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", default="wmhvdt")
    ap.add_argument("--markdown", help="also write the tables to this file")
    args = ap.parse_args()
    if args.runs < 1 or args.runs > 50:
        sys.exit("--runs: 1 to 50")
    bench = os.path.join(args.build, "bench")
    offscreen = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = []
    if "w" in args.only:
        runs = []
        for _ in range(args.runs):
            r = run([os.path.join(bench, "bench_window")], env=offscreen, namespace=True)
            r["cli_s"] = cli_seconds(args.build)
            r["scan_s"] = r["scan_ms"] / 1000.0
            r["ratio"] = round(r["scan_s"] / r["cli_s"], 2)
            r["cli_s"] = round(r["cli_s"], 2)
            runs.append(r)
        out += table("Window: 127.0.0.1 ports 1-65535, closed ports listed (65535 rows)", runs, [
            ("rows in the table", "rows", ""),
            ("worst gap of a 10 ms GUI timer", "worst_gap_ms", " ms"),
            ("window scan time", "scan_s", " s"),
            ("portolan-cli, same scan (start and report included)", "cli_s", " s"),
            ("window / CLI", "ratio", ""),
        ])
    if "m" in args.only:
        runs = [run([os.path.join(bench, "bench_model")]) for _ in range(args.runs)]
        out += table("Results model: one million rows behind the window's proxy", runs, [
            ("memory per row (RSS growth / rows)", "bytes_per_row", " B"),
            ("memory per row with the proxy's mapping", "bytes_per_row_with_proxy", " B"),
            ("sort by port", "sort_port_ms", " ms"),
            ("sort by latency", "sort_latency_ms", " ms"),
            ("search (\"https\")", "search_ms", " ms"),
            ("clear the search", "clear_search_ms", " ms"),
        ])
    if "h" in args.only:
        runs = [run([os.path.join(bench, "bench_history")]) for _ in range(args.runs)]
        out += table("Scan history (SQLite)", runs, [
            ("save 100,000 rows", "save_ms_100000", " ms"),
            ("read back 100,000 rows", "load_ms_100000", " ms"),
            ("save 1,000,000 rows", "save_ms_1000000", " ms"),
            ("read back 1,000,000 rows", "load_ms_1000000", " ms"),
            ("memory to hold 1,000,000 rows read back", "load_rss_mib_1000000", " MiB"),
            ("file for 1,000,000 rows", "file_mib_1000000", " MiB"),
            ("list 1,000 saved scans", "list_1000_scans_ms", " ms"),
            ("search 1,000 scans by an address", "search_by_address_ms", " ms"),
        ])
    if "v" in args.only:
        runs = [run([os.path.join(bench, "bench_historyview")], env=offscreen)
                for _ in range(args.runs)]
        out += table("History view: Ctrl+H with 1,000 saved scans (shown, listed, painted)", runs, [
            ("scans listed", "listed", ""),
            ("open + list + paint", "open_ms", " ms"),
            ("worst GUI-thread gap meanwhile", "worst_gap_ms", " ms"),
        ])
    if "d" in args.only:
        runs = [run([os.path.join(bench, "bench_devicesview")], env=offscreen)
                for _ in range(args.runs)]
        out += table("Devices view: Ctrl+D with 10,000 devices (shown, listed, painted)", runs, [
            ("devices listed", "listed", ""),
            ("open + list + paint", "open_ms", " ms"),
            ("worst GUI-thread gap meanwhile", "worst_gap_ms", " ms"),
        ])
    if "t" in args.only:
        r = run([os.path.join(bench, "bench_watch"), "1000", "100"], namespace=True)
        out += watch_table(r)
    text = "\n".join(out) + "\n"
    print(text)
    if args.markdown:
        command = "sudo python3 bench/run_app_benchmarks.py " + " ".join(sys.argv[1:])
        with open(args.markdown, "w") as f:
            f.write(f"Measured {datetime.date.today().isoformat()} with `{command}`.\n{text}")


if __name__ == "__main__":
    main()
