#!/usr/bin/env bash
# A lab of real UDP daemons behind a veth link, so that the target's kernel ICMP
# rate limit applies (loopback is exempt from it). Two network namespaces of the
# lab's own, never the machine's:
#   target   the keeper's: the daemons on 198.18.1.2 and 2001:db8:1::2, iptables
#            rules that reject and drop, closed ports (nothing listening), and a
#            router to 198.18.2.0/24 and 2001:db8:2::/64 that refuses to forward
#            (net-unreachable from 198.18.1.2, not from the address scanned);
#   scanner  198.18.1.1 and 2001:db8:1::1 on the other end of the veth: where a
#            scanner runs, through nsenter (DIR/scanner.pid).
# DIR/expected gets one line per port, "family port state reason service": what
# a scan of that address must say, known by construction.
#
#   unshare --pid --fork --kill-child=SIGKILL --net --mount udplab.sh run DIR
#       The lab's keeper, PID 1 of a PID namespace of its own: makes the lab,
#       prints one line on stdout, "ready N ports" or "failed: " and what did not
#       come up, then reads its stdin until EOF (or a line "stop") and exits; the
#       kernel kills every process left in the PID namespace, and with the last of
#       them both network namespaces and the veth go. Whoever holds the other end
#       of its stdin holds the lab.
#   udplab.sh start DIR
#       The same for scripts that cannot hold a pipe (the keeper's stdin a FIFO in
#       DIR); exits 0 once the lab is ready, else prints the failure and exits 1.
#   udplab.sh stop DIR
#       Ends a lab that start started and waits until its processes are gone.
#
# DIR/icmp-limits: the target's ICMP rate limit sysctls, "name value" a line.
# DIR/scanner.pid: a process in the scanner namespace, as the machine numbers it
# (nsenter --net=/proc/PID/ns/net ...), alive while the lab is.
# Environment: PORTOLAN_LAB_DEADLINE, seconds for the lab to come up (default 60;
# 0 fails at once); PORTOLAN_LAB_ONLY="dnsmasq snmpd" starts only the daemons named
# (dnsmasq tftpd rpcbind chronyd nmbd snmpd miniupnpd coturn avahi memcached).
# Needs root and the Debian packages scripts/deps.sh installs; a daemon that is not
# installed fails the lab (the expected table would be wrong without it).
set -uo pipefail
cmd=${1:?run, start or stop}
dir=${2:?directory}
here="$(cd "$(dirname "$0")" && pwd)"
self="$here/$(basename "$0")"
deadline=${PORTOLAN_LAB_DEADLINE:-60}

# The keeper: run, start and stop, as above; it returns only for up, the keeper's
# own call, to build the lab below, inside the lab's namespaces.
unshare_flags=(--net --mount)
# shellcheck source=labkeeper.sh
source "$here/labkeeper.sh"
lab_keeper "$cmd"

# The status line goes to the keeper's stdout (fd 8), everything else to the log.
exec 8>&1 >>"$dir/lab.log" 2>&1
set -x
v4=198.18.1.2
v6=2001:db8:1::2
scan4=198.18.1.1
scan6=2001:db8:1::1
failed=()
fail() { failed+=("$*"); }
want() { [[ -z ${PORTOLAN_LAB_ONLY:-} || " ${PORTOLAN_LAB_ONLY//,/ } " == *" $1 "* ]]; }
expect() { echo "$*" >>"$dir/expected"; } # family port state reason service
: >"$dir/expected"

# Private /run, /var/lib and /var/cache for the daemons' pid files, state and
# sockets (a mount namespace of the keeper's own: the machine's stay untouched).
for d in /run /var/lib/misc /var/cache/samba /var/lib/samba /var/lib/snmp; do
    mkdir -p "$d" && mount -t tmpfs lab "$d" || fail "tmpfs on $d"
done

# The network: the scanner namespace held by a sleeper; its PID as the machine
# sees it (the first NSpid field: /proc here is still the machine's).
ip link set lo up
unshare --net sh -c 'while read -r k a _; do [ "$k" = NSpid: ] && echo "$a"; done \
    </proc/self/status >"$1/scanner.pid"; exec sleep infinity' sh "$dir" </dev/null 8>&- &
holder=$!
for _ in $(seq 100); do [[ -s $dir/scanner.pid ]] && break; sleep 0.05; done
[[ -s $dir/scanner.pid ]] || fail "no scanner namespace"
# ip takes the holder's PID here (a netlink call, in this PID namespace); nsenter
# a path in /proc, which is the machine's: the PID as the machine numbers it.
scanner=$(cat "$dir/scanner.pid")
ip link add ulab0 type veth peer name ulab1 netns "$holder" || fail "veth"
inscan() { nsenter --net="/proc/$scanner/ns/net" "$@"; }
[[ $(readlink "/proc/$scanner/ns/net") != $(readlink /proc/self/ns/net) ]] &&
    inscan ip link show ulab1 >/dev/null || fail "the scanner namespace is not where it should be"
((${#failed[@]} == 0)) || { echo "failed: ${failed[*]}" >&8; exit 1; }
ip addr add $v4/24 dev ulab0
ip addr add $v6/64 dev ulab0 nodad
ip link set ulab0 up
inscan ip link set lo up
inscan ip addr add $scan4/24 dev ulab1
inscan ip addr add $scan6/64 dev ulab1 nodad
inscan ip link set ulab1 up
inscan ip route add 198.18.2.0/24 via $v4
inscan ip -6 route add 2001:db8:2::/64 via $v6
# The router's far side: a dummy link, and forwarding refused by a rule.
ip link add ulab2 type dummy && ip link set ulab2 up
ip addr add 198.18.2.1/24 dev ulab2
ip addr add 2001:db8:2::1/64 dev ulab2 nodad
# /proc/sys/net is this network namespace's (procps' sysctl may not be installed).
echo 1 >/proc/sys/net/ipv4/ip_forward && echo 1 >/proc/sys/net/ipv6/conf/all/forwarding ||
    fail "forwarding"
iptables -A FORWARD -j REJECT --reject-with icmp-net-unreachable &&
    ip6tables -A FORWARD -j REJECT --reject-with icmp6-no-route || fail "iptables FORWARD"
# The target's ICMP rate limits, as the benchmarks' floor reads them (per
# namespace: these are the lab's own, the kernel's defaults).
for k in net.ipv4.icmp_ratelimit net.ipv4.icmp_msgs_per_sec net.ipv4.icmp_msgs_burst \
    net.ipv6.icmp.ratelimit; do
    echo "$k $(cat "/proc/sys/${k//.//}")"
done >"$dir/icmp-limits"
expect 4r 40000 filtered net-unreach -
expect 6r 40000 filtered net-unreach -

# Rules on the target's own ports: rejected two ways, dropped.
iptables -A INPUT -p udp --dport 40001 -j REJECT --reject-with icmp-admin-prohibited &&
    iptables -A INPUT -p udp --dport 40002 -j REJECT --reject-with icmp-host-unreachable &&
    iptables -A INPUT -p udp --dport 40003 -j DROP &&
    ip6tables -A INPUT -p udp --dport 40001 -j REJECT --reject-with icmp6-adm-prohibited &&
    ip6tables -A INPUT -p udp --dport 40002 -j REJECT --reject-with icmp6-addr-unreachable &&
    ip6tables -A INPUT -p udp --dport 40003 -j DROP || fail "iptables INPUT"
for f in 4 6; do
    expect $f 40001 filtered admin-prohibited -
    expect $f 40002 filtered host-unreach -
    expect $f 40003 open\|filtered no-response -
    for p in $(seq 40010 40029); do expect $f "$p" closed port-unreach -; done
done
# Each end's neighbour entry for the other, fixed: no ARP or neighbour discovery
# in the way of the first probes, nor of the timing.
mac0=$(ip -br link show ulab0 | awk '{print $3}')
mac1=$(inscan ip -br link show ulab1 | awk '{print $3}')
ip neigh replace $scan4 lladdr "$mac1" dev ulab0 nud permanent &&
    ip neigh replace $scan6 lladdr "$mac1" dev ulab0 nud permanent &&
    inscan ip neigh replace $v4 lladdr "$mac0" dev ulab1 nud permanent &&
    inscan ip neigh replace $v6 lladdr "$mac0" dev ulab1 nud permanent || fail "neighbours"

# Runs a daemon in the background, its output to the log; $pid is its process.
spawn() {
    "$@" </dev/null 8>&- &
    pid=$!
}
# Until something listens on UDP port $2 of address family $1 (ss in this
# namespace), the daemon $3 exits or the deadline passes.
waitudp() {
    local why
    while :; do
        if ((SECONDS >= deadline)); then
            why="not listening after the lab's ${deadline} s"
            break
        fi
        ss -H -uln -"$1" "sport = :$2" | grep -q . && return 0
        if [[ -n ${4:-} ]] && ! kill -0 "$4" 2>/dev/null; then
            why="the daemon exited"
            break
        fi
        sleep 0.1
    done
    fail "$3 udp/$2 IPv$1 ($why)"
    return 1
}
# Until the lab's log has a line matching $1 (an extended regex; anchor it with ^, or
# set -x's trace of this call matches), the daemon $2
# (process $3) exits or the deadline passes.
waitlog() {
    local why
    while :; do
        grep -qE "$1" "$dir/lab.log" && return 0
        if ((SECONDS >= deadline)); then
            why="no \"$1\" after the lab's ${deadline} s"
            break
        fi
        if ! kill -0 "$3" 2>/dev/null; then
            why="the daemon exited"
            break
        fi
        sleep 0.1
    done
    fail "$2 ($why)"
    return 1
}
# A daemon on both families: both ports listening, both expected open.
opened() { # port name pid service [families]
    local f
    for f in ${5:-4 6}; do
        waitudp "$f" "$1" "$2" "$3" && expect "$f" "$1" open udp-response "$4"
    done
}

if want dnsmasq; then
    spawn dnsmasq --keep-in-foreground --log-facility=- --conf-file=/dev/null --no-resolv \
        --no-hosts --bind-interfaces --listen-address=$v4,$v6 --except-interface=lo \
        --user=nobody --pid-file="$dir/dnsmasq.pid" --address=/lab.test/$v4
    opened 53 dnsmasq $pid domain
fi

if want tftpd; then
    mkdir -p "$dir/tftp" && echo lab >"$dir/tftp/lab.txt" && chmod -R a+rX "$dir/tftp"
    spawn in.tftpd -L -u nobody --address $v4:69 -s "$dir/tftp"
    waitudp 4 69 in.tftpd $pid && expect 4 69 open udp-response tftp
    spawn in.tftpd -L -u nobody --address "[$v6]:69" -s "$dir/tftp"
    waitudp 6 69 in.tftpd $pid && expect 6 69 open udp-response tftp
fi

if want rpcbind; then
    mkdir -p /run/rpcbind
    spawn rpcbind -f -w -h $v4 -h $v6
    opened 111 rpcbind $pid sunrpc
fi

if want chronyd; then
    cat >"$dir/chrony.conf" <<CONF
# An unsynchronised server that serves its own clock, as a lab's island would.
local stratum 8
allow all
bindaddress $v4
bindaddress $v6
port 123
cmdport 0
pidfile $dir/chronyd.pid
driftfile $dir/chrony.drift
CONF
    spawn chronyd -d -x -u _chrony -f "$dir/chrony.conf"
    opened 123 chronyd $pid ntp
fi

if want nmbd; then
    mkdir -p "$dir/samba" /run/samba
    cat >"$dir/smb.conf" <<CONF
[global]
  netbios name = PORTOLANLAB
  workgroup = LABGROUP
  interfaces = $v4/24
  bind interfaces only = yes
  server role = standalone server
  pid directory = $dir/samba
  lock directory = $dir/samba
  state directory = $dir/samba
  cache directory = $dir/samba
  private dir = $dir/samba
  ncalrpc dir = $dir/samba/ncalrpc
  log file = $dir/samba/log.nmbd
CONF
    # NetBIOS runs over IPv4 only: 137 on the IPv6 address is a closed port.
    # Without --no-process-group: nmbd makes a session of its own (see servicelab.sh).
    spawn nmbd -F --debug-stdout -s "$dir/smb.conf"
    waitudp 4 137 nmbd $pid && expect 4 137 open udp-response netbios-ns
    expect 6 137 closed port-unreach -
fi

if want snmpd; then
    cat >"$dir/snmpd.conf" <<CONF
agentAddress udp:$v4:161,udp6:[$v6]:161
rocommunity public default
rocommunity6 public default
sysName portolan-lab
sysDescr Portolan UDP lab agent
sysLocation lab
sysContact lab@lab.test
CONF
    spawn snmpd -f -Lo -C -c "$dir/snmpd.conf" -p "$dir/snmpd.pid" -u Debian-snmp -g Debian-snmp
    opened 161 snmpd $pid snmp
fi

if want miniupnpd; then
    cat >"$dir/miniupnpd.conf" <<CONF
ext_ifname=ulab2
listening_ip=ulab0
http_port=45000
enable_natpmp=no
enable_upnp=yes
secure_mode=yes
system_uptime=yes
manufacturer_name=Portolan Lab
model_name=Lab Gateway
uuid=3b3f8f2e-5a4c-4c3a-9d59-6c1b0b7a1e01
allow 1024-65535 198.18.1.0/24 1024-65535
deny 0-65535 0.0.0.0/0 0-65535
CONF
    spawn miniupnpd -d -4 -f "$dir/miniupnpd.conf" -P "$dir/miniupnpd.pid"
    waitudp 4 1900 miniupnpd $pid && expect 4 1900 open udp-response ssdp
fi

if want coturn; then
    spawn turnserver -n --no-tls --no-dtls --no-cli --log-file=stdout --simple-log \
        --listening-ip=$v4 --listening-ip=$v6 --listening-port=3478 --relay-ip=$v4 \
        --pidfile="$dir/turnserver.pid" --realm=lab.test --no-auth \
        --db="$dir/turndb"
    opened 3478 turnserver $pid stun
fi

if want avahi; then
    mkdir -p /run/avahi-daemon "$dir/avahi/services"
    cat >"$dir/avahi/avahi-daemon.conf" <<CONF
[server]
host-name=portolan-lab
domain-name=local
use-ipv4=yes
use-ipv6=yes
allow-interfaces=ulab0
enable-dbus=no
[publish]
publish-workstation=no
[reflector]
[rlimits]
CONF
    cat >"$dir/avahi/services/lab.service" <<CONF
<?xml version="1.0" standalone='no'?>
<service-group>
  <name>Portolan lab</name>
  <service><type>_portolan-lab._udp</type><port>40004</port></service>
</service-group>
CONF
    mount --bind "$dir/avahi/services" /etc/avahi/services 2>/dev/null ||
        fail "bind mount over /etc/avahi/services"
    spawn avahi-daemon --no-rlimits --no-chroot --no-drop-root -f "$dir/avahi/avahi-daemon.conf"
    # Listening is not answering: avahi first probes for its host name (about a
    # second), and answers for the service only once it is established.
    waitlog '^Service "Portolan lab" .* successfully established' avahi-daemon $pid &&
        opened 5353 avahi-daemon $pid mdns
fi

if want memcached; then
    spawn memcached -u nobody -l $v4,[$v6] -p 0 -U 11211
    opened 11211 memcached $pid memcache
fi

if ((${#failed[@]} > 0)); then
    printf -v what '%s, ' "${failed[@]}"
    echo "failed: ${what%, }" >&8
    exit 1
fi
echo "ready $(wc -l <"$dir/expected") ports" >&8
exit 0
