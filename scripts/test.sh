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
# The whole suite once with each poller backend; epoll (the default) last.
PORTOLAN_POLLER=poll ctest --preset dev
PORTOLAN_POLLER=epoll ctest --preset dev
