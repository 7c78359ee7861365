#!/usr/bin/env bash
# A private PostgreSQL 15 cluster for the tests (issue 16): `bash scripts/test-postgres.sh` installs
# postgresql-15 from Debian if it is missing, initialises a fresh cluster as the postgres user in
# /tmp/hackpath-pg-<port> (wiped first, so running it again starts over), listening on 127.0.0.1
# only, port 55432 or $PG_TEST_PORT, trust authentication, fsync off (throwaway data), and creates
# the database hackpath_test. Progress goes to stderr; the one line on stdout is
#   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:<port>/hackpath_test
# `bash scripts/test-postgres.sh stop` stops that cluster and removes its folder. A system cluster
# (Debian's 15/main on 5432) is left alone: this one has its own folder, port and no socket file.
# Needs root (apt-get, runuser).
set -euo pipefail

PORT="${PG_TEST_PORT:-55432}"
if ! [[ "${PORT}" =~ ^[0-9]{2,5}$ ]]; then
  echo "--- postgres: PG_TEST_PORT must be a port number, not '${PORT}'" >&2
  exit 2
fi
BIN=/usr/lib/postgresql/15/bin
DIR="/tmp/hackpath-pg-${PORT}"
DATA="${DIR}/data"
LOG="${DIR}/server.log"
DATABASE=hackpath_test
WAIT_SECONDS=30

say() { echo "--- postgres: $*" >&2; }
# As the postgres user, from a folder it can read (not the checkout).
as_pg() { (cd / && runuser -u postgres -- "$@"); }

server_failed() {
  echo "--- postgres: $1; the server log (${LOG}):" >&2
  cat "${LOG}" >&2 || true
  exit 1
}

stop_cluster() {
  if [ -f "${DATA}/postmaster.pid" ] && [ -x "${BIN}/pg_ctl" ]; then
    say "stopping the cluster in ${DIR}"
    as_pg "${BIN}/pg_ctl" -D "${DATA}" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "${DIR}"
}

if [ "${1:-}" = "stop" ]; then
  stop_cluster
  exit 0
elif [ -n "${1:-}" ]; then
  echo "usage: bash scripts/test-postgres.sh [stop]" >&2
  exit 2
fi

if [ ! -x "${BIN}/initdb" ]; then
  say "installing postgresql-15 from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql-15 >/dev/null
fi
if ! id postgres >/dev/null 2>&1; then
  echo "--- postgres: there is no postgres user (the postgresql-15 package creates it)" >&2
  exit 1
fi

# A cluster left by an earlier run (or one still running) goes first.
stop_cluster
install -d -o postgres -g postgres -m 700 "${DIR}"

say "initdb in ${DATA}"
if ! as_pg "${BIN}/initdb" -D "${DATA}" -U postgres -E UTF8 --no-locale --auth=trust --no-sync \
  >"${DIR}/initdb.log" 2>&1; then
  cat "${DIR}/initdb.log" >&2
  exit 1
fi
# Trust on 127.0.0.1 only: no socket file, no other addresses.
echo "host all all 127.0.0.1/32 trust" >"${DATA}/pg_hba.conf"
cat >>"${DATA}/postgresql.conf" <<EOF

# scripts/test-postgres.sh: a throwaway cluster for tests
listen_addresses = '127.0.0.1'
port = ${PORT}
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
chown postgres:postgres "${DATA}/pg_hba.conf" "${DATA}/postgresql.conf"

say "starting on 127.0.0.1:${PORT}"
# pg_ctl -w waits for this server (its pid file says "ready"), not for whatever answers on the port,
# and gives up at once if the server exits (the port is taken, say).
as_pg "${BIN}/pg_ctl" -D "${DATA}" -l "${LOG}" -w -t "${WAIT_SECONDS}" start >/dev/null ||
  server_failed "the server did not start (pg_ctl waits up to ${WAIT_SECONDS} s)"
ready=no
for _ in $(seq 1 $((WAIT_SECONDS * 4))); do
  if "${BIN}/pg_isready" -q -t 1 -h 127.0.0.1 -p "${PORT}"; then
    ready=yes
    break
  fi
  sleep 0.25
done
[ "${ready}" = yes ] || server_failed "pg_isready did not say yes within ${WAIT_SECONDS} s"

"${BIN}/createdb" -h 127.0.0.1 -p "${PORT}" -U postgres "${DATABASE}"
say "ready, database ${DATABASE}"
echo "TEST_DATABASE_URL=postgres://postgres@127.0.0.1:${PORT}/${DATABASE}"
