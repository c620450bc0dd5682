#!/usr/bin/env bash
# Takes the README screenshot (docs/screenshot.png): the real window under Xvfb,
# scanning listeners that this script starts in a private network namespace of its
# own: the daemons of the service detection lab (tests/lab/servicelab.sh). Needs root
# (unshare -n, the daemons), xvfb-run and imagemagick's import.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshot.png}
exec unshare -n bash -s "$PWD" "$out" <<'INNER'
set -euo pipefail
cd "$1"; out=$2
ip link set lo up
ip addr add 127.0.0.2/8 dev lo 2>/dev/null || true
# Real daemons, as the service detection tests run them (no hostile stand-ins).
lab=$(mktemp -d)
PORTOLAN_LAB_HOSTILE=0 tests/lab/servicelab.sh start "$lab" >/dev/null
# A port that drops SYNs, to show a filtered row.
iptables -A INPUT -p tcp --syn --dport 8443 -j DROP 2>/dev/null || true
sleep 0.5
export XDG_RUNTIME_DIR=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d)
# Fresh settings (service detection on, as by default), the options shown.
mkdir -p "$XDG_CONFIG_HOME/Portolan"
printf '[window]\noptionsExpanded=true\n' > "$XDG_CONFIG_HOME/Portolan/portolan.conf"
xvfb-run -a -s "-screen 0 1180x740x24" bash -c '
    ./build/release/app/portolan localhost -p well-known,1883,3306,5432,6379,8443,40379 --start &
    app=$!
    sleep 11
    import -window root "'"$out"'"
    kill $app'
tests/lab/servicelab.sh stop "$lab"
INNER
