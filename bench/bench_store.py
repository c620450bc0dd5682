#!/usr/bin/env python3
"""The store on SQLite beside PostgreSQL (bench_store): a 65,535-row scan saved and read
back, 1,000 scans saved and listed, ten scanners saving at once. Starts a PostgreSQL
server of its own (Debian's postgresql package: initdb and pg_ctl in a temporary
directory, a Unix socket only, fsync on as a real server has it), runs each engine
--runs times on a fresh store, and prints the medians (and a Markdown table with
--markdown FILE).

    bench/bench_store.py --build build/release [--runs 3] [--markdown out.md]
"""
import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

LABELS = [
    ("save_65535_rows_ms", "save one scan of 65,535 rows (ms)"),
    ("load_65535_rows_ms", "read it back (ms)"),
    ("save_999_scans_ms", "save 999 scans of a /24 (ms)"),
    ("list_1000_scans_ms", "list 1,000 scans (ms)"),
    ("search_by_address_ms", "search 1,000 scans by address (ms)"),
    ("ten_scanners_200_scans_ms", "ten scanners, 20 scans each, at once (ms)"),
    ("ten_scanners_scans_per_s", "ten scanners: scans saved per second"),
    ("ten_scanners_failed", "ten scanners: saves that failed"),
    ("scans_after", "scans in the store after"),
]


def as_postgres(argv):
    return ["runuser", "-u", "postgres", "--"] + argv if os.geteuid() == 0 else argv


def run_bench(binary, location):
    out = subprocess.run([binary, location], capture_output=True, text=True, timeout=1800)
    if out.returncode != 0:
        sys.exit(f"bench_store {location} failed ({out.returncode}): {out.stderr}{out.stdout}")
    values = {}
    for line in out.stdout.splitlines():
        key, value = line.split()
        values[key] = float(value)
    return values


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--markdown")
    args = parser.parse_args()
    binary = os.path.join(args.build, "bench", "bench_store")
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not bins:
        sys.exit("no PostgreSQL server installed (Debian package postgresql)")
    pg = bins[-1]
    tmp = tempfile.mkdtemp(prefix="bench-store-")
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres", "postgres")
    data = os.path.join(tmp, "data")
    subprocess.run(as_postgres([f"{pg}/initdb", "-D", data, "-U", "portolan", "--auth=trust",
                                "-E", "UTF8", "--locale=C.UTF-8"]), check=True,
                   capture_output=True)
    subprocess.run(as_postgres([f"{pg}/pg_ctl", "-D", data, "-o",
                                f"-c listen_addresses='' -k {tmp}", "-l",
                                os.path.join(tmp, "log"), "-w", "start"]), check=True,
                   capture_output=True)
    results = {"SQLite": [], "PostgreSQL": []}
    try:
        version = subprocess.run(["psql", "-h", tmp, "-U", "portolan", "-d", "postgres", "-Atc",
                                  "SHOW server_version"], capture_output=True, text=True,
                                 check=True).stdout.strip()
        for run in range(args.runs):
            path = os.path.join(tmp, f"sqlite-{run}.sqlite")
            results["SQLite"].append(run_bench(binary, path))
            subprocess.run(["psql", "-h", tmp, "-U", "portolan", "-d", "postgres", "-qc",
                            f"CREATE DATABASE bench{run}"], check=True)
            results["PostgreSQL"].append(
                run_bench(binary, f"postgresql://portolan@localhost/bench{run}?host={tmp}"))
    finally:
        subprocess.run(as_postgres([f"{pg}/pg_ctl", "-D", data, "-m", "fast", "-w", "stop"]),
                       capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)
    lines = [f"| measure (median of {args.runs}) | SQLite (WAL, one file) | "
             f"PostgreSQL {version} (Unix socket) |", "|---|---:|---:|"]
    for key, label in LABELS:
        cells = []
        for engine in ("SQLite", "PostgreSQL"):
            value = statistics.median(r[key] for r in results[engine])
            # The quick queries to a tenth of a millisecond, the rest whole.
            cells.append(f"{value:,.1f}" if key.startswith(("list_", "search_"))
                         else f"{value:,.0f}")
        lines.append(f"| {label} | {cells[0]} | {cells[1]} |")
    table = "\n".join(lines) + "\n"
    print(table)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(table)


if __name__ == "__main__":
    main()
