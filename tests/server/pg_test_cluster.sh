#!/bin/sh
# A throw-away PostgreSQL cluster for the practice-server tests: initdb and pg_ctl in a folder of
# its own, listening on a Unix socket only (no TCP), trusted role "kt", database "postgres".
#
#   pg_test_cluster.sh start SOCKET_DIR   prints the libpq connection string
#   pg_test_cluster.sh stop SOCKET_DIR    stops the server and deletes the cluster
#   pg_test_cluster.sh crash SOCKET_DIR   stops the server at once, as a power cut would
#                                         (pg_ctl -m immediate), keeping the cluster
#   pg_test_cluster.sh resume SOCKET_DIR  starts the kept cluster again
#
# PostgreSQL refuses to run as root, and CI runs as root: then the server runs as nobody (as
# tests/robustness/run_unprivileged.sh drops root). SOCKET_DIR must be short: a socket path
# has at most 107 bytes. The cluster's files live in SOCKET_DIR too, so stop deletes all of it.
set -eu

action=${1:-}
dir=${2:-}
[ -n "$dir" ] || { echo "usage: pg_test_cluster.sh start|stop|crash|resume SOCKET_DIR" >&2; exit 2; }

bin=${KT_PG_BIN:-/usr/lib/postgresql/15/bin}
port=5432
run_as=""
if [ "$(id -u)" -eq 0 ]; then
    if setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
        run_as="setpriv --reuid=nobody --regid=nogroup --clear-groups"
    elif runuser -u nobody -- true 2>/dev/null; then
        run_as="runuser -u nobody --"
    else
        echo "pg_test_cluster.sh: running as root and cannot become nobody" >&2
        exit 1
    fi
fi

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        # shellcheck disable=SC2086 # run_as is a command and its arguments
        $run_as "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
}

launch() {
    # fsync off: a test cluster never outlives its run, and the tests stay fast.
    # shellcheck disable=SC2086
    $run_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $dir -p $port -c fsync=off" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
}

case "$action" in
start)
    # A cluster left by an interrupted run would hold the socket: start afresh.
    stop
    mkdir -p "$dir"
    chmod 0755 "$dir"
    [ -z "$run_as" ] || chown nobody "$dir"
    # shellcheck disable=SC2086
    $run_as "$bin/initdb" -D "$dir/data" -U kt --auth=trust --no-sync -E UTF8 --locale=C \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    launch
    echo "host=$dir port=$port dbname=postgres user=kt"
    ;;
crash)
    # shellcheck disable=SC2086
    $run_as "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
resume)
    launch
    ;;
stop)
    stop
    ;;
*)
    echo "usage: pg_test_cluster.sh start|stop|crash|resume SOCKET_DIR" >&2
    exit 2
    ;;
esac
