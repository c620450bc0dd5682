#!/usr/bin/env bash
# Takes the README screenshot (docs/screenshot.png): the real window under Xvfb,
# scanning listeners that this script starts in a private network namespace of its
# own. Needs root (unshare -n), xvfb-run and imagemagick's import.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshot.png}
exec unshare -n bash -s "$PWD" "$out" <<'INNER'
set -euo pipefail
cd "$1"; out=$2
ip link set lo up
ip addr add 127.0.0.2/8 dev lo 2>/dev/null || true
python3 - <<'PY' &
import socket, threading, time
def serve(addr, port, banner):
    s = socket.socket(socket.AF_INET6 if ':' in addr else socket.AF_INET)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, port)); s.listen(64)
    def loop():
        while True:
            c, _ = s.accept()
            if banner: c.sendall(banner)
            time.sleep(0.05); c.close()
    threading.Thread(target=loop, daemon=True).start()
for a, p, b in [("127.0.0.1", 21, b"220 (vsFTPd 3.0.3)\r\n"), ("127.0.0.1", 22, b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n"),
                ("127.0.0.1", 25, b"220 mail.lab.example ESMTP Exim 4.96\r\n"), ("127.0.0.1", 80, b""),
                ("127.0.0.1", 443, b""), ("127.0.0.1", 5432, b""), ("127.0.0.1", 6379, b""),
                ("127.0.0.2", 631, b""), ("::1", 22, b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n"), ("::1", 80, b"")]:
    serve(a, p, b)
time.sleep(120)
PY
listeners=$!
# A port that drops SYNs, to show a filtered row.
iptables -A INPUT -p tcp --dport 8443 -j DROP 2>/dev/null || true
sleep 0.5
export XDG_RUNTIME_DIR=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d)
# Fresh settings, with banners on and the options shown.
mkdir -p "$XDG_CONFIG_HOME/Portolan"
printf '[scan]\nbanners=true\n[window]\noptionsExpanded=true\n' > "$XDG_CONFIG_HOME/Portolan/portolan.conf"
xvfb-run -a -s "-screen 0 1180x740x24" bash -c '
    ./build/release/app/portolan localhost 127.0.0.2 ::1 -p well-known,3306,5432,6379,8443 --start &
    app=$!
    sleep 6
    import -window root "'"$out"'"
    kill $app'
kill $listeners 2>/dev/null || true
INNER
