#!/usr/bin/env bash
# Runs the tests that resolve host names (ctest label "names"; after
# scripts/test.sh built them) once more with the /etc/hosts a fresh Debian 12
# installation writes, where localhost is ::1 as well as 127.0.0.1: bind-mounted
# over the machine's own in a mount namespace of this run only, so a test that
# depends on this machine's hosts file fails here. Needs root (CI runs as root).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then
    echo "test-stock-hosts: needs root for a mount namespace" >&2
    exit 1
fi
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
hosts="$PWD/tests/stock-hosts"
unshare --mount --propagation private bash -c '
    set -euo pipefail
    mount --bind "$1" /etc/hosts
    getent ahosts localhost | awk "{print \$1}" | sort -u | tr "\n" " "
    echo "<- localhost with the stock /etc/hosts"
    rm -f build/asan/test-results/*.xml
    status=0
    ctest --preset asan -j "$(nproc)" -L names || status=$?
    python3 scripts/list-skips.py build/asan/test-results
    exit "$status"
' stock-hosts "$hosts"
