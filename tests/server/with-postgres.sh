#!/bin/sh
# with-postgres.sh COMMAND…: runs COMMAND with a throwaway PostgreSQL cluster (DESIGN.md §4) in a
# temp dir, its URL in TOKENDESK_TEST_DATABASE_URL, and stops and removes the cluster afterwards.
# As root the cluster runs as the postgres user (initdb refuses root); otherwise as the caller.
set -eu
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || { echo "with-postgres.sh: install postgresql-15" >&2; exit 1; }
dir=$(mktemp -d /tmp/tokendesk-pg.XXXXXX)
as() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir"
    as() { runuser -u postgres -- "$@"; }
fi
# A free port: ask the kernel for one.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cleanup() {
    as "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM
as "$bin/initdb" -D "$dir/data" -A trust -U tokendesk >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -w start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
export TOKENDESK_TEST_DATABASE=postgres
export TOKENDESK_TEST_DATABASE_URL="postgres://tokendesk@127.0.0.1:$port/postgres"
"$@"
