#!/usr/bin/env bash
# Installs the Debian 12 packages Portolan needs to build, test and package,
# skipping what is already there. Sourced by run.sh and test.sh.
set -euo pipefail

PORTOLAN_PACKAGES=(
    cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-translations-l10n libqt6svg6 xvfb xauth
    iproute2 iptables nmap file dpkg-dev desktop-file-utils appstream lintian rpm
    clang libclang-rt-14-dev
)

portolan_install_deps() {
    local missing=()
    for p in "${PORTOLAN_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}
