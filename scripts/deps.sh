#!/usr/bin/env bash
# Installs the Debian 12 packages Portolan needs, skipping what is already there.
# Sourced by the other scripts: run.sh needs only the build set; tests, sanitizers
# and packaging need the rest.
set -euo pipefail

PORTOLAN_BUILD_PACKAGES=(
    cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-translations-l10n libqt6svg6
    libqt6sql6-sqlite netbase
)
PORTOLAN_PACKAGES=(
    "${PORTOLAN_BUILD_PACKAGES[@]}" xvfb xauth
    iproute2 iptables nmap file dpkg-dev desktop-file-utils appstream lintian rpm
    clang libclang-rt-14-dev clang-format clang-tidy icoutils icnsutils ieee-data
    ndiff python3-libnmap libxml2-utils
    # Watches: a private session bus for the notification tests, unit file checks.
    dbus-daemon systemd
    # The service detection lab (tests/lab/servicelab.sh): real daemons, started only
    # by the tests, inside their own network namespace.
    python3 openssl openssh-server nginx-light redis-server vsftpd exim4-daemon-light mariadb-server
    postgresql dovecot-imapd dovecot-pop3d memcached mosquitto samba
)

# Installs the packages named, or PORTOLAN_PACKAGES when none are.
portolan_install_deps() {
    local wanted=("$@")
    [ ${#wanted[@]} -gt 0 ] || wanted=("${PORTOLAN_PACKAGES[@]}")
    local missing=()
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    # The lab's daemons must not start on the machine itself when installed: a
    # policy-rc.d that says no, for the time of the install (unless one is there).
    local policy=/usr/sbin/policy-rc.d added=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
        "${sudo[@]}" chmod 755 "$policy"
        added=1
    fi
    local status=0
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" || status=$?
    [ "$added" -eq 0 ] || "${sudo[@]}" rm -f "$policy"
    return "$status"
}
