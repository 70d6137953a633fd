#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster on 127.0.0.1, then deletes it.
#
#   Backends/AgencyKitPostgres/Scripts/with-postgres.sh swift test --package-path Backends/AgencyKitPostgres
#
# Installs Debian's `postgresql` package when no server is installed, initialises a cluster
# under a temporary folder (C.UTF-8 locale, trust authentication on loopback only), starts
# it on a free port and exports the libpq variables PGHOST, PGPORT, PGUSER, PGDATABASE plus
# AGENCYKIT_PG_CONTROL, a script the fault tests use to stop and start the server
# (`$AGENCYKIT_PG_CONTROL stop|start`). The cluster is stopped and removed on exit, however
# the command ends. The command's exit status is the script's.
set -euo pipefail

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
PG_BIN="$(find_bin || true)"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "with-postgres: no PostgreSQL server installed; installing Debian's postgresql (apt-get)" >&2
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null; then
        echo "with-postgres: error: PostgreSQL could not be installed (apt-get failed)" >&2
        exit 1
    fi
    PG_BIN="$(find_bin || true)"
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
        echo "with-postgres: error: postgresql was installed but no initdb was found under /usr/lib/postgresql" >&2
        exit 1
    fi
fi

# The server refuses to run as root: use the package's `postgres` account then.
RUN_AS=()
if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql --shell /bin/bash postgres
    RUN_AS=(runuser -u postgres --)
fi

WORK="$(mktemp -d /tmp/agencykit-postgres.XXXXXX)"
chmod 755 "$WORK"
[ ${#RUN_AS[@]} -gt 0 ] && chown postgres "$WORK"
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

cat > "$WORK/control.sh" <<CONTROL
#!/usr/bin/env bash
# stop | start | restart the throwaway cluster (used by the fault tests).
set -euo pipefail
case "\${1:-}" in
    stop) ${RUN_AS[*]} "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast -w stop </dev/null >/dev/null 2>&1 ;;
    kill) ${RUN_AS[*]} "$PG_BIN/pg_ctl" -D "$WORK/data" -m immediate -w stop </dev/null >/dev/null 2>&1 ;;
    start) ${RUN_AS[*]} "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w \
        -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c full_page_writes=off -c log_lock_waits=on" start </dev/null >/dev/null 2>&1 ;;
    *) echo "usage: \$0 stop|kill|start" >&2; exit 2 ;;
esac
CONTROL
chmod 755 "$WORK/control.sh"

cleanup() {
    "$WORK/control.sh" kill 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$WORK/data" --locale=C.UTF-8 --encoding=UTF8 -U agencykit \
    --auth-local=trust --auth-host=trust >/dev/null
"$WORK/control.sh" start
"${RUN_AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U agencykit agencykit

export PGHOST=127.0.0.1 PGPORT="$PORT" PGUSER=agencykit PGDATABASE=agencykit
export AGENCYKIT_PG_CONTROL="$WORK/control.sh" AGENCYKIT_PG_BIN="$PG_BIN"
echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2
set +e
"$@"
status=$?
set -e
if [ $status -ne 0 ] && [ -f "$WORK/server.log" ]; then
    # What the server saw, for a failed run: errors other than the ones tests provoke, lock waits.
    echo "with-postgres: the command failed ($status); server log (lock waits, fatal errors, last lines):" >&2
    grep -E "still waiting|deadlock|FATAL|PANIC|terminat" "$WORK/server.log" | tail -40 >&2 || true
    tail -20 "$WORK/server.log" >&2
fi
exit $status
