#!/usr/bin/env bash
# Each libFuzzer harness (clang, ASan + UBSan) for a bounded time over its seed
# corpus, two at a time. The test suite itself runs under the sanitizers in
# scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
portolan_install_deps
cmake --preset fuzz
cmake --build --preset fuzz --target fuzzers
ctest --preset fuzz -j "$(nproc)"
