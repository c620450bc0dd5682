#!/usr/bin/env bash
# Takes the README's watches screenshot (docs/watches.png): portolan-cli keeps a watch of
# three loopback "devices", runs its baseline, then a port opens, one device goes quiet
# (iptables), and two more runs find it; the window shows the Watches and Events docks.
# Private network namespace, history and settings of its own. Needs root (unshare -n),
# iptables, xvfb-run, imagemagick's import and xdotool.
#   scripts/screenshot-watches.sh [OUT.png] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/watches.png}
build=${2:-build/release}
exec unshare -n bash -s "$PWD" "$out" "$build" <<'INNER'
set -euo pipefail
cd "$1"; out=$2; build=$3
ip link set lo up
listen=tests/lab/listeners.py
python3 "$listen" --seconds 60 127.0.0.1:22 127.0.0.2:631 127.0.0.3:445 &
l1=$!
sleep 0.5
export XDG_RUNTIME_DIR=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d)
chmod 700 $XDG_RUNTIME_DIR
cli=./$build/app/cli/portolan-cli
$cli watch add "loopback lab" --every 15m -p 22,80,445,631,8080 --gone-after 1 127.0.0.1-3 > /dev/null
$cli watch run "loopback lab" > /dev/null
$cli devices label 127.0.0.2 "Printer upstairs" > /dev/null
python3 "$listen" --seconds 60 127.0.0.1:8080 &
l2=$!
sleep 0.3
iptables -A INPUT -d 127.0.0.3 -j DROP
$cli watch run "loopback lab" > /dev/null || true
xvfb-run -a -s "-screen 0 1180x760x24" bash -c '
    ./'"$build"'/app/portolan 127.0.0.1-3 -p 22,80,445,631,8080 --start &
    app=$!
    sleep 3
    wid=$(xdotool search --sync --name "^Portolan\$" | head -1)
    xdotool windowfocus --sync $wid
    xdotool key ctrl+shift+j
    sleep 1.5
    import -window root "'"$out"'"
    kill $app'
kill $l1 $l2 2>/dev/null || true
INNER
