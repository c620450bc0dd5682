#!/usr/bin/env bash
# Takes the README's history screenshot (docs/history.png): one scan by portolan-cli,
# one by the window, then a service starts and Rescan and Compare (Ctrl+R) shows it,
# with the History dock (Ctrl+H) open. Listeners run in a private network namespace
# of its own; a history and settings of their own. Needs root (unshare -n), xvfb-run,
# imagemagick's import and xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/history.png}
exec unshare -n bash -s "$PWD" "$out" <<'INNER'
set -euo pipefail
cd "$1"; out=$2
ip link set lo up
ip addr add 127.0.0.2/8 dev lo 2>/dev/null || true
listen=tests/lab/listeners.py; export listen
python3 "$listen" --seconds 90 127.0.0.1:22 127.0.0.1:80 127.0.0.1:443 127.0.0.2:631 127.0.0.1:6379 &
l1=$!
sleep 0.5
export XDG_RUNTIME_DIR=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d)
chmod 700 $XDG_RUNTIME_DIR
mkdir -p "$XDG_CONFIG_HOME/Portolan"
printf '[scan]\nbanners=true\n' > "$XDG_CONFIG_HOME/Portolan/portolan.conf"
./build/release/app/cli/portolan-cli 127.0.0.1 127.0.0.2 -p well-known,6379,8080 > /dev/null
python3 "$listen" --seconds 90 127.0.0.1:8080 &
l2=$!
sleep 0.3
xvfb-run -a -s "-screen 0 1180x740x24" bash -c '
    ./build/release/app/portolan 127.0.0.1 127.0.0.2 -p well-known,6379,8080 --start &
    app=$!
    sleep 4
    wid=$(xdotool search --sync --name "^Portolan\$" | head -1)
    xdotool windowfocus --sync $wid
    xdotool key ctrl+h
    sleep 1
    python3 "$listen" --seconds 90 127.0.0.1:993 &
    sleep 1.5
    xdotool windowfocus --sync $wid
    xdotool key ctrl+r
    sleep 4
    import -window root "'"$out"'"
    kill $app'
kill $l1 $l2 2>/dev/null || true
INNER
