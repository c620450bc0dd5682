# shellcheck shell=bash disable=SC2154 # dir, self, deadline, unshare_flags: the sourcing script's
# The keeper of a lab script (udplab.sh, servicelab.sh), sourced by it: the commands
# run, start and stop that its header describes, one code for both labs so that they
# end the same way. The script sets dir, self, deadline and unshare_flags (the
# namespaces the keeper gets besides its PID namespace) and calls lab_keeper CMD,
# which exits for every command but up: the keeper's own call of "$self up DIR",
# after which the script builds its lab.

lab_keeper() {
    case $1 in
    run)
        if [[ $$ != 1 ]]; then
            echo "failed: the keeper must be PID 1 of a PID namespace of its own" \
                "(unshare --pid --fork --kill-child=SIGKILL ${unshare_flags[*]:+${unshare_flags[*]} }$self run DIR)"
            exit 2
        fi
        mkdir -p "$dir" && chmod 755 "$dir" && : >"$dir/lab.log"
        # The start, under a deadline of its own in case something hangs outside a
        # wait of the lab's; it prints the status line, or this does when it was cut short.
        {
            PORTOLAN_LAB_KEEPER=1 timeout -k 5 $((deadline + 10)) "$self" up "$dir"
            rc=$?
            if ((rc == 124 || rc == 137)); then
                echo "failed: the lab was not up after $((deadline + 10)) s (see lab.log)"
            elif ((rc > 1)); then
                echo "failed: the lab's start ended with status $rc (see lab.log)"
            fi
        } </dev/null &
        while IFS= read -r line; do
            [[ $line == stop ]] && break
        done
        exit 0
        ;;
    start)
        mkdir -p "$dir" && rm -f "$dir/keeper.in" && mkfifo "$dir/keeper.in" || exit 1
        # The FIFO open for reading and writing: the keeper never sees an EOF on it, only
        # the line stop writes. flock holds DIR/keeper.lock until unshare has ended, which
        # is after the last process of the namespace.
        exec 3< <(exec flock -o "$dir/keeper.lock" \
            unshare --pid --fork --kill-child=SIGKILL "${unshare_flags[@]}" \
            "$self" run "$dir" <>"$dir/keeper.in" 2>"$dir/keeper.log")
        IFS= read -r -t $((deadline + 30)) status <&3 ||
            status="failed: no word from the lab's keeper: $(tail -c 500 "$dir/keeper.log")"
        [[ $status == ready* ]] && exit 0
        echo "$status" >&2
        "$self" stop "$dir"
        exit 1
        ;;
    stop)
        [[ -p $dir/keeper.in ]] || exit 0
        exec 3<>"$dir/keeper.in" && echo stop >&3 && exec 3>&-
        flock -w 60 "$dir/keeper.lock" true && exit 0
        echo "the lab in $dir did not end within 60 s" >&2
        exit 1
        ;;
    up) # the keeper's start of the lab, in the script below the call; never outside the lab
        [[ ${PORTOLAN_LAB_KEEPER:-} == 1 ]] || {
            echo "up is run by the keeper (run)" >&2
            exit 2
        }
        ;;
    *)
        echo "usage: $0 run|start|stop DIR" >&2
        exit 2
        ;;
    esac
}
