#!/usr/bin/env bash
# Takes the README's devices screenshot (docs/devices.png): portolan-cli scans three
# loopback "devices", two of them are labelled and one marked known, then the window
# scans them again with the Devices dock (Ctrl+D) open: labels beside the addresses in
# the table and hosts pane. Listeners run in a private network namespace of its own; a
# history and settings of their own. Needs root (unshare -n), xvfb-run, imagemagick's
# import and xdotool.   scripts/screenshot-devices.sh [OUT.png] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/devices.png}
build=${2:-build/release}
exec unshare -n bash -s "$PWD" "$out" "$build" <<'INNER'
set -euo pipefail
cd "$1"; out=$2; build=$3
ip link set lo up
listen=tests/lab/listeners.py
python3 "$listen" --seconds 60 127.0.0.1:22 127.0.0.1:80 127.0.0.2:631 127.0.0.2:9100 127.0.0.3:445 &
l1=$!
sleep 0.5
export XDG_RUNTIME_DIR=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d)
chmod 700 $XDG_RUNTIME_DIR
cli=./$build/app/cli/portolan-cli
$cli 127.0.0.1-3 -p common > /dev/null
$cli devices label 127.0.0.1 "Build server" > /dev/null
$cli devices label 127.0.0.2 "Printer upstairs" > /dev/null
$cli devices known 127.0.0.1 > /dev/null
xvfb-run -a -s "-screen 0 1180x760x24" bash -c '
    ./'"$build"'/app/portolan 127.0.0.1-3 -p common --start &
    app=$!
    sleep 4
    wid=$(xdotool search --sync --name "^Portolan\$" | head -1)
    xdotool windowfocus --sync $wid
    xdotool key ctrl+d
    sleep 1.5
    import -window root "'"$out"'"
    kill $app'
kill $l1 2>/dev/null || true
INNER
