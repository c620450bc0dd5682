#!/usr/bin/env bash
# A lab of real daemons for service detection, on 127.0.0.1 of the network namespace
# this runs in (the tests' and benchmarks' own, never the machine's):
#   servicelab.sh start DIR   starts them, writes DIR/versions (port product version)
#   servicelab.sh stop DIR    stops them
# Needs root (privileged ports, daemons that drop privileges) and the Debian packages
# scripts/test.sh installs. A daemon that is not installed is left out of versions.
set -uo pipefail
cmd=${1:?start or stop}
dir=${2:?directory}
here="$(cd "$(dirname "$0")" && pwd)"

if [[ $cmd == stop ]]; then
    for f in "$dir"/*.pid; do
        [[ -f $f ]] && kill "$(cat "$f" 2>/dev/null)" 2>/dev/null
    done
    sleep 0.3
    for f in "$dir"/*.pid; do
        [[ -f $f ]] && kill -9 "$(cat "$f" 2>/dev/null)" 2>/dev/null
    done
    exit 0
fi

mkdir -p "$dir" && chmod 755 "$dir"
: >"$dir/versions"
log="$dir/lab.log"
ip link set lo up 2>/dev/null
have() { command -v "$1" >/dev/null 2>&1 || [[ -x $1 ]]; }
# Runs a daemon in the foreground of a background shell; its pid goes to NAME.pid.
spawn() {
    local name=$1; shift
    "$@" >>"$log" 2>&1 &
    echo $! >"$dir/$name.pid"
}
waitport() { # port: up to 15 s
    for _ in $(seq 150); do
        (exec 3<>/dev/tcp/127.0.0.1/$1) 2>/dev/null && return 0
        sleep 0.1
    done
    echo "port $1 did not open" >>"$log"
    return 1
}
version() { echo "$1 $2 $3" >>"$dir/versions"; }

# A certificate for the TLS services: CN lab.test, two names, 30 days.
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=lab.test/O=Portolan Lab" \
    -addext "subjectAltName=DNS:lab.test,DNS:www.lab.test" \
    -keyout "$dir/key.pem" -out "$dir/cert.pem" >>"$log" 2>&1
chmod 644 "$dir/key.pem" "$dir/cert.pem"

if have /usr/sbin/sshd; then
    ssh-keygen -q -t ed25519 -N '' -f "$dir/ssh_host_key" >>"$log" 2>&1
    mkdir -p /run/sshd
    spawn sshd /usr/sbin/sshd -D -e -f /dev/null -h "$dir/ssh_host_key" -p 22 \
        -o ListenAddress=127.0.0.1 -o PidFile=none
    waitport 22 && version 22 OpenSSH "$(/usr/sbin/sshd -V 2>&1 | sed -n 's/^OpenSSH_\([^, ]*\).*/\1/p')"
fi

if have nginx; then
    mkdir -p "$dir/nginx/html"
    echo '<html><head><title>Portolan lab</title></head><body>lab</body></html>' >"$dir/nginx/html/index.html"
    cat >"$dir/nginx.conf" <<CONF
pid $dir/nginx.pid;
error_log stderr;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $dir/nginx/body; proxy_temp_path $dir/nginx/proxy;
    fastcgi_temp_path $dir/nginx/fcgi; uwsgi_temp_path $dir/nginx/uwsgi; scgi_temp_path $dir/nginx/scgi;
    server { listen 127.0.0.1:80; root $dir/nginx/html; location = /old { return 301 /; } }
    server { listen 127.0.0.1:443 ssl; root $dir/nginx/html;
             ssl_certificate $dir/cert.pem; ssl_certificate_key $dir/key.pem; }
}
CONF
    nginx -c "$dir/nginx.conf" -g 'daemon off;' >>"$log" 2>&1 &
    echo $! >"$dir/nginx-master.pid"
    v=$(nginx -v 2>&1 | sed -n 's|.*nginx/||p')
    waitport 80 && version 80 nginx "$v"
    waitport 443 && version 443 nginx "$v"
fi

if have redis-server; then
    spawn redis redis-server --port 6379 --bind 127.0.0.1 --save '' --appendonly no --dir "$dir"
    waitport 6379 && version 6379 "Redis key-value store" "$(redis-server --version | sed -n 's/.* v=\([^ ]*\).*/\1/p')"
fi

if have vsftpd; then
    mkdir -p /var/run/vsftpd/empty
    cat >"$dir/vsftpd.conf" <<CONF
listen=YES
listen_address=127.0.0.1
listen_port=21
background=NO
anonymous_enable=NO
local_enable=YES
seccomp_sandbox=NO
secure_chroot_dir=/var/run/vsftpd/empty
CONF
    spawn vsftpd vsftpd "$dir/vsftpd.conf"
    waitport 21 && version 21 vsftpd "$(vsftpd -v 0>&1 | sed -n 's/.*version //p')"
fi

if have exim4; then
    spawn exim exim4 -bdf -oX 25 -oP "$dir/exim-daemon.pid"
    waitport 25 && version 25 "Exim smtpd" "$(exim4 -bV 2>/dev/null | sed -n '1s/^Exim version \([^ ]*\).*/\1/p')"
fi

if have mariadbd; then
    mkdir -p "$dir/mysql" && chmod 777 "$dir/mysql"
    mariadb-install-db --no-defaults --datadir="$dir/mysql" --user=root \
        --auth-root-authentication-method=normal --skip-test-db >>"$log" 2>&1
    spawn mariadb mariadbd --no-defaults --user=root --datadir="$dir/mysql" \
        --socket="$dir/mysql.sock" --pid-file="$dir/mysql/mariadb.pid" \
        --bind-address=127.0.0.1 --port=3306 --skip-log-error
    waitport 3306 && version 3306 MariaDB "$(mariadbd --version | sed -n 's/.*Ver \([0-9.]*\)-MariaDB.*/\1/p')"
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -n $pgbin && -x $pgbin/postgres ]] && id postgres >/dev/null 2>&1; then
    mkdir -p "$dir/pg" && chown postgres "$dir/pg" && chmod 700 "$dir/pg"
    echo lab >"$dir/pg/password" && chown postgres "$dir/pg/password"
    runuser -u postgres -- "$pgbin/initdb" -D "$dir/pg/data" -A md5 --pwfile="$dir/pg/password" >>"$log" 2>&1
    spawn postgres runuser -u postgres -- "$pgbin/postgres" -D "$dir/pg/data" -k "$dir/pg" \
        -c listen_addresses=127.0.0.1 -p 5432
    waitport 5432 && version 5432 "PostgreSQL DB" ""
fi

if have dovecot; then
    mkdir -p "$dir/dovecot"
    cat >"$dir/dovecot.conf" <<CONF
protocols = imap pop3
listen = 127.0.0.1
base_dir = $dir/dovecot
state_dir = $dir/dovecot
log_path = /dev/stderr
ssl = yes
ssl_cert = <$dir/cert.pem
ssl_key = <$dir/key.pem
passdb {
  driver = static
  args = nopassword=y
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=/nonexistent
}
CONF
    spawn dovecot dovecot -F -c "$dir/dovecot.conf"
    waitport 143 && version 143 "Dovecot imapd" ""
    waitport 110 && version 110 "Dovecot pop3d" ""
    waitport 993 && version 993 "Dovecot imapd" ""
fi

# Hostile stand-ins: endless data, a slow drip, binary garbage, huge HTTP headers
# (left out with PORTOLAN_LAB_HOSTILE=0).
if [[ ${PORTOLAN_LAB_HOSTILE:-1} != 0 ]]; then
    spawn hostile python3 "$here/hostile.py" 127.0.0.1 7001
    for p in 7001 7002 7003 7004; do waitport $p; done
fi
exit 0
