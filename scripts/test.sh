#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test,
# with the poll() and the epoll backend.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
portolan_install_deps
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
cmake --preset dev
cmake --build --preset dev
# The whole suite once with each poller backend; epoll (the default) last. With
# CI set a test that cannot run here fails; without it, it may skip, and each
# run ends with what was skipped and why. The PostgreSQL store's tests (label
# "store") run with the first: no poller is in them.
for poller in poll epoll; do
    rm -f build/dev/test-results/*.xml
    echo "== the whole suite with PORTOLAN_POLLER=$poller"
    status=0
    once=()
    [ "$poller" = poll ] || once=(-LE store)
    PORTOLAN_POLLER=$poller ctest --preset dev "${once[@]}" || status=$?
    python3 scripts/list-skips.py build/dev/test-results
    [ "$status" -eq 0 ] || exit "$status"
done
