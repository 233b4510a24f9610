#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on 127.0.0.1 only, with nothing kept.
#   tests/postgres.sh start DIR PORT   creates and starts a cluster in DIR; prints the connection string for HUB_TEST_POSTGRES
#   tests/postgres.sh stop DIR         stops it and removes DIR
# As root the server runs as the postgres user (PostgreSQL refuses to run as root).
set -euo pipefail

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed (apt-get install postgresql)." >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    dir="${2:?give the folder}"; port="${3:?give the port}"
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    # Locale C sorts text by bytes as SQLite does; trust is safe because the server listens on 127.0.0.1 only.
    as_owner "$bin/initdb" -D "$dir/data" -U hub --auth=trust -E UTF8 --locale=C >"$dir/initdb.log"
    # Durability settings are off: the cluster lives for one test run, and the tests are faster without fsync.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-k $dir -h 127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=hub;Database=postgres"
    ;;
  stop)
    dir="${2:?give the folder}"
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "Usage: tests/postgres.sh start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
