#!/usr/bin/env bash
# A lab of real daemons for service detection, on 127.0.0.1 of the network namespace
# this runs in (the tests' and benchmarks' own, never the machine's). Every daemon
# listens on its usual port and on an unusual one (40000 and up), where detection has
# no port number to go by. DIR/versions gets one line per port, "port package product":
# the Debian package whose version the test asks dpkg-query for (or the .deb it was
# unpacked from, see scripts/deps.sh), the product detection must name.
#
#   unshare --pid --fork --kill-child=SIGKILL servicelab.sh run DIR
#       The lab's keeper, PID 1 of a PID namespace of its own: starts the daemons,
#       prints one line on stdout, "ready N ports" or "failed: " and what did not
#       come up, then reads its stdin until EOF (or a line "stop") and exits, and the kernel
#       kills every process left in the namespace. Whoever holds the other end of
#       its stdin holds the lab: when that process ends, however it ends, so does the
#       lab. Daemons that fork, double-fork or setsid stay in the namespace.
#   servicelab.sh start DIR
#       The same for scripts that cannot hold a pipe: the keeper in the background,
#       its stdin a FIFO in DIR; prints nothing and exits 0 once the lab is ready, else
#       prints the failure, ends the lab and exits 1.
#   servicelab.sh stop DIR
#       Ends a lab that start started and waits until its processes are gone.
#
# Environment: PORTOLAN_LAB_ONLY="redis memcached" starts only the daemons named
# (sshd nginx redis vsftpd pure-ftpd postfix exim mariadb postgres dovecot memcached
# mosquitto smbd hostile); PORTOLAN_LAB_DEADLINE, seconds for the whole lab to come up
# (default 120; 0 fails at once, which the test of a failed start uses);
# PORTOLAN_LAB_HOSTILE=0 leaves out the hostile stand-ins.
# Needs root (privileged ports, daemons that drop privileges) and the Debian packages
# scripts/deps.sh installs. A daemon that is not installed is left out of versions.
set -uo pipefail
cmd=${1:?run, start or stop}
dir=${2:?directory}
here="$(cd "$(dirname "$0")" && pwd)"
self="$here/$(basename "$0")"
deadline=${PORTOLAN_LAB_DEADLINE:-120}

# The keeper: run, start and stop, as above; it returns only for up, the keeper's
# own call, to build the lab below, inside the lab's namespaces.
unshare_flags=()
# shellcheck source=labkeeper.sh
source "$here/labkeeper.sh"
lab_keeper "$cmd"

# The status line goes to the keeper's stdout (fd 8), everything else to the log.
log="$dir/lab.log"
exec 8>&1 >>"$log" 2>&1
: >"$dir/versions"
ip link set lo up
failed=()
have() { command -v "$1" >/dev/null 2>&1 || [[ -x $1 ]]; }
want() { # name: in PORTOLAN_LAB_ONLY, or that is unset
    [[ -z ${PORTOLAN_LAB_ONLY:-} || " ${PORTOLAN_LAB_ONLY//,/ } " == *" $1 "* ]]
}
# Runs a daemon in the foreground of a background shell, its output to the log;
# $pid is its process, for waitport to tell a daemon that died from a slow one (a
# child of this shell, in the lab's PID namespace: no other process can have it).
spawn() {
    "$@" </dev/null 8>&- &
    pid=$!
}
waitport() { # port name [pid]: until it opens, the daemon exits or the deadline passes
    local why
    while :; do
        if ((SECONDS >= deadline)); then
            why="not open after the lab's ${deadline} s"
            break
        fi
        (exec 5<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        if [[ -n ${3:-} ]] && ! kill -0 "$3" 2>/dev/null; then
            why="the daemon exited"
            break
        fi
        sleep 0.1
    done
    echo "$2: port $1 $why"
    failed+=("$2 $1 ($why)")
    return 1
}
version() { echo "$1 $2 $3" >>"$dir/versions"; } # port package product

# A certificate for the TLS services: CN lab.test, two names, 30 days.
if want nginx || want dovecot; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=lab.test/O=Portolan Lab" \
        -addext "subjectAltName=DNS:lab.test,DNS:www.lab.test" \
        -keyout "$dir/key.pem" -out "$dir/cert.pem"
    chmod 644 "$dir/key.pem" "$dir/cert.pem"
    # A lab CA and a certificate it issued that has expired (2024), for a second TLS site.
    mkdir -p "$dir/ca" && : >"$dir/ca/index.txt" && echo 01 >"$dir/ca/serial"
    cat >"$dir/ca/ca.cnf" <<CONF
[ ca ]
default_ca = lab
[ lab ]
database = $dir/ca/index.txt
new_certs_dir = $dir/ca
serial = $dir/ca/serial
default_md = sha256
policy = any
copy_extensions = copy
[ any ]
commonName = supplied
CONF
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=Portolan Lab CA" \
        -keyout "$dir/ca/ca.key" -out "$dir/ca/ca.pem"
    openssl req -newkey rsa:2048 -nodes -subj "/CN=expired.lab.test" \
        -keyout "$dir/expired.key" -out "$dir/ca/expired.csr"
    openssl ca -batch -notext -config "$dir/ca/ca.cnf" -cert "$dir/ca/ca.pem" -keyfile "$dir/ca/ca.key" \
        -startdate 20240101000000Z -enddate 20241231000000Z \
        -in "$dir/ca/expired.csr" -out "$dir/expired.pem"
    chmod 644 "$dir/expired.key" "$dir/expired.pem"
    [[ -s $dir/cert.pem && -s $dir/expired.pem ]] || failed+=("openssl (the lab's certificates)")
fi

if want sshd && have /usr/sbin/sshd; then
    ssh-keygen -q -t ed25519 -N '' -f "$dir/ssh_host_key"
    mkdir -p /run/sshd
    spawn /usr/sbin/sshd -D -e -f /dev/null -h "$dir/ssh_host_key" -p 22 -p 40022 \
        -o ListenAddress=127.0.0.1 -o PidFile=none
    for p in 22 40022; do waitport $p sshd $pid && version $p openssh-server OpenSSH; done
fi

if want nginx && have nginx; then
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
    server { listen 127.0.0.1:80; listen 127.0.0.1:40080; root $dir/nginx/html;
             location = /old { return 301 /; } }
    server { listen 127.0.0.1:40444 ssl; root $dir/nginx/html;
             ssl_certificate $dir/expired.pem; ssl_certificate_key $dir/expired.key; }
    server { listen 127.0.0.1:443 ssl; listen 127.0.0.1:40443 ssl; root $dir/nginx/html;
             ssl_certificate $dir/cert.pem; ssl_certificate_key $dir/key.pem; }
}
CONF
    spawn nginx -c "$dir/nginx.conf" -g 'daemon off;'
    for p in 80 443 40080 40443 40444; do waitport $p nginx $pid && version $p nginx-light nginx; done
fi

if want redis && have redis-server; then
    for p in 6379 40379; do
        spawn redis-server --port $p --bind 127.0.0.1 --save '' --appendonly no --dir "$dir"
        waitport $p redis-server $pid && version $p redis-server Redis
    done
fi

if want vsftpd && have vsftpd; then
    mkdir -p /var/run/vsftpd/empty
    for p in 21 40021; do
    cat >"$dir/vsftpd-$p.conf" <<CONF
listen=YES
listen_address=127.0.0.1
listen_port=$p
background=NO
anonymous_enable=NO
local_enable=YES
seccomp_sandbox=NO
secure_chroot_dir=/var/run/vsftpd/empty
CONF
    spawn vsftpd "$dir/vsftpd-$p.conf"
    waitport $p vsftpd $pid && version $p vsftpd vsftpd
    done
fi

# Pure-FTPd, unpacked by scripts/deps.sh (Debian will not install it beside vsftpd):
# FTP's common alternative port and an unusual one. Its package word is the .deb the
# test reads the version from; the greeting tells none.
extras=${PORTOLAN_LAB_EXTRAS:-/var/cache/portolan-lab}
if want pure-ftpd && have "$extras/pure-ftpd/usr/sbin/pure-ftpd"; then
    for p in 2121 40121; do
        spawn "$extras/pure-ftpd/usr/sbin/pure-ftpd" -S 127.0.0.1,$p -E
        waitport $p pure-ftpd $pid && version $p "$extras/pure-ftpd.deb" Pure-FTPd
    done
fi

# Postfix, unpacked the same way (Debian will not install it beside Exim): its master
# in the foreground with a configuration of the lab's own, SMTP on the submission port
# and an unusual one. Mail owner nobody, no mail is ever taken: the test only connects.
if want postfix && have "$extras/postfix/usr/lib/postfix/sbin/master"; then
    px="$extras/postfix"
    mkdir -p "$dir/postfix/queue/pid" "$dir/postfix/queue/public" "$dir/postfix/queue/private" \
        "$dir/postfix/data"
    chown nobody "$dir/postfix/queue/public" "$dir/postfix/queue/private" "$dir/postfix/data"
    cat >"$dir/postfix/main.cf" <<CONF
compatibility_level = 3.6
queue_directory = $dir/postfix/queue
data_directory = $dir/postfix/data
daemon_directory = $px/usr/lib/postfix/sbin
command_directory = $px/usr/sbin
shlib_directory = $px/usr/lib/postfix
meta_directory = $dir/postfix
mail_owner = nobody
default_privs = daemon
setgid_group = mail
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = lab.test
mydestination =
alias_maps =
alias_database =
local_recipient_maps =
smtpd_banner = \$myhostname ESMTP \$mail_name (Debian/GNU)
maillog_file = $dir/postfix/maillog
maillog_file_prefixes = $dir
import_environment = MAIL_CONFIG MAIL_DEBUG MAIL_LOGTAG TZ LANG=C LD_LIBRARY_PATH
CONF
    cat >"$dir/postfix/master.cf" <<CONF
127.0.0.1:587 inet n - n - - smtpd
127.0.0.1:40587 inet n - n - - smtpd
proxymap unix - - n - - proxymap
anvil unix - - n - 1 anvil
postlog unix-dgram n - n - 1 postlogd
CONF
    cp "$px/usr/share/postfix/dynamicmaps.cf" "$dir/postfix/"
    spawn env LD_LIBRARY_PATH="$px/usr/lib/postfix" \
        "$px/usr/lib/postfix/sbin/master" -c "$dir/postfix" -d
    for p in 587 40587; do waitport $p postfix $pid && version $p "$extras/postfix.deb" Postfix; done
fi

if want exim && have exim4; then
    spawn exim4 -bdf -oX 25:40025 -oP "$dir/exim-daemon.pid"
    for p in 25 40025; do waitport $p exim4 $pid && version $p exim4-daemon-light Exim; done
fi

if want mariadb && have mariadbd; then
    mkdir -p "$dir/mysql" && chmod 777 "$dir/mysql"
    mariadb-install-db --no-defaults --datadir="$dir/mysql" --user=root \
        --auth-root-authentication-method=normal --skip-test-db
    spawn mariadbd --no-defaults --user=root --datadir="$dir/mysql" \
        --socket="$dir/mysql.sock" --pid-file="$dir/mysql/mariadb.pid" \
        --bind-address=127.0.0.1 --port=3306 --extra-port=40306 --skip-log-error
    for p in 3306 40306; do waitport $p mariadbd $pid && version $p mariadb-server MariaDB; done
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if want postgres && [[ -n $pgbin && -x $pgbin/postgres ]] && id postgres >/dev/null 2>&1; then
    mkdir -p "$dir/pg" && chown postgres "$dir/pg" && chmod 700 "$dir/pg"
    echo lab >"$dir/pg/password" && chown postgres "$dir/pg/password"
    runuser -u postgres -- "$pgbin/initdb" -D "$dir/pg/data" -A md5 --pwfile="$dir/pg/password"
    # A second server on a copy of the cluster: PostgreSQL listens on one port.
    cp -a "$dir/pg/data" "$dir/pg/data2"
    pgpackage=$(dpkg-query -S "$pgbin/postgres" 2>/dev/null | cut -d: -f1)
    for p in 5432 40432; do
        data=$dir/pg/data; [[ $p == 5432 ]] || data=$dir/pg/data2
        spawn runuser -u postgres -- "$pgbin/postgres" -D "$data" -k "$dir/pg" \
            -c listen_addresses=127.0.0.1 -p $p
        waitport $p postgres $pid && version $p "$pgpackage" PostgreSQL
    done
fi

if want dovecot && have dovecot; then
    mkdir -p "$dir/dovecot"
    cat >"$dir/dovecot.conf" <<CONF
protocols = imap pop3
listen = 127.0.0.1
base_dir = $dir/dovecot
state_dir = $dir/dovecot
log_path = /dev/stderr
ssl = yes
service imap-login {
  inet_listener imap {
    port = 143
  }
  inet_listener imap-unusual {
    port = 40143
  }
  inet_listener imaps {
    port = 993
    ssl = yes
  }
  inet_listener imaps-unusual {
    port = 40993
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 110
  }
  inet_listener pop3-unusual {
    port = 40110
  }
}
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
    spawn dovecot -F -c "$dir/dovecot.conf"
    for p in 143 110 993 40143 40110 40993; do waitport $p dovecot $pid && version $p dovecot-core Dovecot; done
fi

if want memcached && have memcached; then
    for p in 11211 40211; do
        spawn memcached -u nobody -l 127.0.0.1 -p $p -U 0
        waitport $p memcached $pid && version $p memcached memcached
    done
fi

if want mosquitto && have mosquitto; then
    cat >"$dir/mosquitto.conf" <<CONF
listener 1883 127.0.0.1
listener 40883 127.0.0.1
allow_anonymous true
persistence false
CONF
    spawn mosquitto -c "$dir/mosquitto.conf"
    for p in 1883 40883; do waitport $p mosquitto $pid && version $p mosquitto Mosquitto; done
fi

if want smbd && have smbd; then
    mkdir -p "$dir/samba/private"
    cat >"$dir/smb.conf" <<CONF
[global]
  server role = standalone server
  smb ports = 445 40445
  interfaces = 127.0.0.1
  bind interfaces only = yes
  disable netbios = yes
  pid directory = $dir/samba
  lock directory = $dir/samba
  state directory = $dir/samba
  cache directory = $dir/samba
  ncalrpc dir = $dir/samba/ncalrpc
  private dir = $dir/samba/private
  log file = $dir/samba/log
CONF
    # Without --no-process-group: smbd makes a session of its own, and the signal it
    # sends its process group when it stops reaches only its own processes.
    spawn smbd --foreground -s "$dir/smb.conf"
    for p in 445 40445; do waitport $p smbd $pid && version $p samba ""; done
fi

# Hostile stand-ins: endless data, a slow drip, binary garbage, huge HTTP headers
# (left out with PORTOLAN_LAB_HOSTILE=0).
if want hostile && [[ ${PORTOLAN_LAB_HOSTILE:-1} != 0 ]]; then
    spawn python3 "$here/hostile.py" 127.0.0.1 7001
    for p in 7001 7002 7003 7004; do waitport $p hostile.py $pid; done
fi

if ((${#failed[@]} > 0)); then
    printf -v what '%s, ' "${failed[@]}"
    echo "failed: ${what%, }" >&8
    exit 1
fi
echo "ready $(wc -l <"$dir/versions") ports" >&8
exit 0
