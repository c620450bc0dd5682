#!/usr/bin/env bash
# Installs what is missing, builds the release configuration and starts Portolan.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
portolan_install_deps "${PORTOLAN_BUILD_PACKAGES[@]}"
cmake --preset release -DPORTOLAN_BUILD_TESTS=OFF
cmake --build --preset release
exec ./build/release/app/portolan "$@"
