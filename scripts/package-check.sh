#!/usr/bin/env bash
# Builds the .deb and .rpm from the release build, validates them, installs the
# .deb, uses the installed programs, and purges it again. Needs root (or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
PORTOLAN_PACKAGES+=(netcat-openbsd systemd)
portolan_install_deps
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

cmake --preset release -DPORTOLAN_BUILD_TESTS=OFF
cmake --build --preset release
rm -f build/release/portolan_*.deb build/release/portolan-*.rpm
(cd build/release && cpack -G DEB && cpack -G RPM)
deb=$(ls build/release/portolan_*.deb)
rpm=$(ls build/release/portolan-*.rpm)

echo "== desktop entry and metainfo"
desktop-file-validate packaging/linux/io.github.portolan.Portolan.desktop
appstreamcli validate --no-net packaging/linux/io.github.portolan.Portolan.metainfo.xml

echo "== systemd user units"
units=(packaging/linux/portolan-watch.service packaging/linux/portolan-watch.timer)
runtime=$(mktemp -d)
# verify checks ExecStart= against this machine: portolan-cli is installed only
# later, so that one complaint is expected here (and checked after the install).
XDG_RUNTIME_DIR=$runtime systemd-analyze verify --user --man=no "${units[@]}" > "$runtime/out" 2>&1 || true
cat "$runtime/out"
! grep -v "Command /usr/bin/portolan-cli is not executable" "$runtime/out" | grep -q .

echo "== Windows and macOS icons"
icotool -l packaging/windows/portolan.ico | grep -q -- '--width=16 ' && \
    icotool -l packaging/windows/portolan.ico | grep -q -- '--width=256 ' || { echo "portolan.ico lacks 16 or 256"; exit 1; }
icns2png -l packaging/macos/portolan.icns | grep -q "512x512" || { echo "portolan.icns lacks 512x512"; exit 1; }

echo "== lintian $deb"
lintian --fail-on error,warning --display-info "$deb"

echo "== rpm file list"
files=$(rpm -qlp "$rpm")
for f in /usr/bin/portolan /usr/bin/portolan-cli /usr/share/applications/io.github.portolan.Portolan.desktop \
         /usr/share/metainfo/io.github.portolan.Portolan.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.portolan.Portolan.svg \
         /usr/share/man/man1/portolan-cli.1.gz /usr/lib/systemd/user/portolan-watch.service \
         /usr/lib/systemd/user/portolan-watch.timer; do
    grep -qx "$f" <<<"$files" || { echo "missing from the rpm: $f"; exit 1; }
done

echo "== install $deb"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb"
test "$(/usr/bin/portolan-cli --version)" = "portolan-cli $(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt)"
XDG_RUNTIME_DIR=$(mktemp -d) QT_QPA_PLATFORM=offscreen /usr/bin/portolan --version
# A loopback scan against a listener started here, in a private network namespace.
"${sudo[@]}" unshare -n sh -c '
    ip link set lo up
    nc -l 127.0.0.1 25555 & sleep 0.3
    out=$(/usr/bin/portolan-cli -p 25550-25560 127.0.0.1)
    kill %1 2>/dev/null || true
    echo "$out"
    echo "$out" | grep -q "^25555/tcp *open" && echo "$out" | grep -q "Not shown: 10 closed ports"'

echo "== installed systemd user units"
XDG_RUNTIME_DIR=$runtime systemd-analyze verify --user --man=no \
    /usr/lib/systemd/user/portolan-watch.service /usr/lib/systemd/user/portolan-watch.timer

echo "== purge"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q portolan
! dpkg -s portolan >/dev/null 2>&1
test ! -e /usr/bin/portolan-cli
echo "package check passed"
