#!/usr/bin/env bash
# Runs the whole suite (after scripts/test.sh built it) once more with the
# /etc/hosts a fresh Debian 12 installation writes, where localhost is ::1 as
# well as 127.0.0.1: bind-mounted over the machine's own in a mount namespace
# of this run only, so a test that depends on this machine's hosts file fails
# here. Needs root (CI runs as root).
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
    rm -f build/dev/test-results/*.xml
    status=0
    ctest --preset dev -LE store || status=$? # no name in the store tests (label store)
    python3 scripts/list-skips.py build/dev/test-results
    exit "$status"
' stock-hosts "$hosts"
