#!/usr/bin/env bash
# Installs the Debian 12 packages Portolan needs, skipping what is already there.
# Sourced by the other scripts: run.sh needs only the build set; tests, fuzzers
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
    # The shared store (issue 22): Qt's PostgreSQL driver; the tests start their own
    # server from the postgresql package below.
    libqt6sql6-psql
    # Watches: a private session bus for the notification tests, unit file checks.
    dbus-daemon systemd
    # The service detection lab (tests/lab/servicelab.sh): real daemons, started only
    # by the tests, inside their own network namespace.
    python3 openssl openssh-server nginx-light redis-server vsftpd exim4-daemon-light mariadb-server
    postgresql dovecot-imapd dovecot-pop3d memcached mosquitto samba
    # The UDP lab (tests/lab/udplab.sh): real UDP daemons behind a veth, started only
    # by the tests and benchmarks inside namespaces of their own (memcached and
    # samba's nmbd come from the line above).
    dnsmasq-base chrony snmpd tftpd-hpa rpcbind avahi-daemon miniupnpd coturn
    # What the unpacked lab daemons below link to.
    libsodium23 libdb5.3 libicu72 libnsl2 libsasl2-2
)

# Daemons the lab runs that Debian will not install beside the ones above (Pure-FTPd
# is an ftp-server, as vsftpd is; Postfix a mail-transport-agent, as Exim is): their package is fetched and unpacked under
# PORTOLAN_LAB_EXTRAS, never installed; the lab runs them from there and the tests
# read their version from the .deb kept beside (tests/lab/servicelab.sh).
PORTOLAN_LAB_EXTRAS=/var/cache/portolan-lab
PORTOLAN_LAB_EXTRA_PACKAGES=(pure-ftpd postfix)
portolan_lab_extras() {
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    for p in "${PORTOLAN_LAB_EXTRA_PACKAGES[@]}"; do
        [ -d "$PORTOLAN_LAB_EXTRAS/$p" ] && continue
        echo "Unpacking for the lab: $p"
        local work
        work=$(mktemp -d) || return 1
        chmod 755 "$work"
        (cd "$work" && "${sudo[@]}" apt-get download -q "$p" >/dev/null 2>&1) \
            || { echo "cannot download $p" >&2; "${sudo[@]}" rm -rf "$work"; return 1; }
        "${sudo[@]}" mkdir -p "$PORTOLAN_LAB_EXTRAS"
        "${sudo[@]}" mv "$work"/"$p"_*.deb "$PORTOLAN_LAB_EXTRAS/$p.deb"
        "${sudo[@]}" rm -rf "$work"
        "${sudo[@]}" dpkg-deb -x "$PORTOLAN_LAB_EXTRAS/$p.deb" "$PORTOLAN_LAB_EXTRAS/$p" || return 1
    done
}


# Installs the packages named, or PORTOLAN_PACKAGES when none are.
portolan_install_deps() {
    local wanted=("$@")
    local extras=0
    [ ${#wanted[@]} -gt 0 ] || { wanted=("${PORTOLAN_PACKAGES[@]}"); extras=1; }
    local missing=()
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        [ "$extras" -eq 0 ] || portolan_lab_extras
        return
    fi
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
    [ "$status" -ne 0 ] || [ "$extras" -eq 0 ] || portolan_lab_extras || status=$?
    return "$status"
}
