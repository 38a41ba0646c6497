#!/bin/sh
# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
#
# A throwaway PostgreSQL cluster for the tests: `pgcluster.sh start DIR` initialises one in DIR and starts it on a
# unix socket in DIR (no TCP port, so parallel runs never collide); `pgcluster.sh stop DIR` stops it and removes DIR.
# Clients connect as the superuser `alerta` without a password: postgres://alerta@/postgres?host=DIR
# Durability settings are off (the tests kill server processes, never the machine) unless PGCLUSTER_DURABLE=1, as
# the benchmarks set it: then every commit is flushed to disk as in production.
# initdb refuses to run as root, so as root the cluster belongs to the `postgres` user of Debian's package.
set -eu
command=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
    echo "pgcluster: PostgreSQL is not installed (Debian package postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U alerta -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    settings="-k $dir -c listen_addresses='' -c max_connections=400"
    if [ "${PGCLUSTER_DURABLE:-0}" != 1 ]; then
        settings="$settings -c fsync=off -c full_page_writes=off"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$settings" start \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "pgcluster: started in $dir"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null || true
    fi
    rm -rf "$dir"
    echo "pgcluster: stopped and removed $dir"
    ;;
*)
    echo "usage: pgcluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
