#!/bin/sh
# with-postgres.sh COMMAND…: runs COMMAND with a throwaway PostgreSQL cluster (DESIGN.md §4) in a
# temp dir, its URL in TOKENDESK_TEST_DATABASE_URL (user tokendesk, a random password: TCP
# connections need it), and stops and removes the cluster afterwards.
# As root the cluster runs as the postgres user (initdb refuses root); otherwise as the caller.
# Exits 77 (ctest: skipped) when postgresql-15 or Qt's PostgreSQL driver is not installed.
#
# Also exported, for tests that stop and start the database under a running server:
#   TOKENDESK_TEST_PG_CONTROL  a script: `$TOKENDESK_TEST_PG_CONTROL stop` (pg_ctl -m fast) and
#                              `… start` (same port and socket; waits until it accepts connections)
#   TOKENDESK_TEST_PG_DATA     the cluster's data directory (its postgresql.conf holds the port)
#   TOKENDESK_TEST_PG_BIN      the folder with pg_ctl
#   TOKENDESK_TEST_PG_RUNAS    the command prefix that runs pg_ctl as the cluster's owner
#                              ("runuser -u postgres --" as root, empty otherwise)
set -eu
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || { echo "with-postgres.sh: skipped: install postgresql-15" >&2; exit 77; }
ls /usr/lib/*/qt6/plugins/sqldrivers/libqsqlpsql.so >/dev/null 2>&1 ||
    { echo "with-postgres.sh: skipped: install libqt6sql6-psql" >&2; exit 77; }
dir=$(mktemp -d /tmp/tokendesk-pg.XXXXXX)
runas=""
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir"
    runas="runuser -u postgres --"
fi
as() { $runas "$@"; }
# A free port: ask the kernel for one.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cleanup() {
    as "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM
# --no-sync: a throwaway cluster need not reach the disk (saves seconds on a busy machine).
# TCP connections (the only kind the server makes) need the password, so that the tests also
# prove that --database-password-file works and that the password never reaches any output.
password=$(python3 -c 'import secrets; print("pw-" + secrets.token_hex(12))')
printf '%s\n' "$password" >"$dir/password"
[ -z "$runas" ] || chown postgres: "$dir/password"
as "$bin/initdb" -D "$dir/data" -U tokendesk --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$dir/password" --no-sync >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
# In postgresql.conf, so that a plain `pg_ctl start` after a stop comes back the same. A
# throwaway cluster needs no durability: no fsync keeps CREATE DATABASE and commits cheap.
as sh -c "cat >>'$dir/data/postgresql.conf'" <<CONF
port = $port
unix_socket_directories = '$dir'
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
cat >"$dir/pgctl" <<SCRIPT
#!/bin/sh
case "\$1" in
stop) exec $runas "$bin/pg_ctl" -D "$dir/data" -m fast -w stop ;;
start) exec $runas "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start ;;
*) echo "usage: \$0 stop|start" >&2; exit 2 ;;
esac
SCRIPT
chmod 755 "$dir/pgctl"
as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
export TOKENDESK_TEST_DATABASE=postgres
export TOKENDESK_TEST_DATABASE_URL="postgres://tokendesk:$password@127.0.0.1:$port/postgres"
export TOKENDESK_TEST_PG_CONTROL="$dir/pgctl"
export TOKENDESK_TEST_PG_DATA="$dir/data"
export TOKENDESK_TEST_PG_BIN="$bin"
export TOKENDESK_TEST_PG_RUNAS="$runas"
"$@"
