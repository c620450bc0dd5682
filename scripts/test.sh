#!/usr/bin/env bash
# Installs what is missing, builds the tests under AddressSanitizer and
# UndefinedBehaviorSanitizer (debug, warnings as errors) and runs every test once,
# then the tests of the scan engine (ctest label "poller") again with the other
# poller backend.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
portolan_install_deps
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
cmake --preset asan
cmake --build --preset asan
# With CI set a test that cannot run here fails; without it, it may skip, and each
# pass ends with what was skipped and why. Tests run two at a time: most of their
# time is spent waiting on the network labs, not on a core.
pass() { # POLLER [ctest options]
    local poller=$1
    shift
    rm -f build/asan/test-results/*.xml
    echo "== the suite with PORTOLAN_POLLER=$poller ${*:-(every test)}"
    local status=0
    PORTOLAN_POLLER=$poller ctest --preset asan -j "$(nproc)" "$@" || status=$?
    python3 scripts/list-skips.py build/asan/test-results
    return "$status"
}
pass epoll
pass poll -L poller
