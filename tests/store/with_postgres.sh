#!/usr/bin/env bash
# Runs a command with a PostgreSQL server of its own: a cluster in a temporary folder,
# listening only on a socket there (no TCP port at all), stopped and removed afterwards.
# As root, the cluster runs as the unprivileged `postgres` user (PostgreSQL refuses root).
# The command sees MATURITY_TEST_POSTGRES_HOST, _PORT and _USER, and
# MATURITY_TEST_POSTGRES (a URL to the database `maturity_test`, created empty).
# Usage: with_postgres.sh COMMAND [ARGS...]
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with_postgres: PostgreSQL is not installed (scripts/install-dependencies.sh --test)" >&2
  exit 1
fi
folder=$(mktemp -d /tmp/maturity-postgres-XXXXXX)
port=$((20000 + RANDOM % 20000))
if [ "$(id -u)" -eq 0 ]; then
  user=postgres
  as_user=(runuser -u postgres --)
  chown postgres "$folder"
else
  user=$(id -un)
  as_user=()
fi
stop() {
  "${as_user[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT
"${as_user[@]}" "$bin/initdb" -D "$folder/data" -U "$user" --auth=trust -E UTF8 \
  --locale=C.UTF-8 >/dev/null
"${as_user[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/log" -w \
  -o "-c listen_addresses='' -k $folder -p $port -c fsync=on" start >/dev/null
"$bin/createdb" -h "$folder" -p "$port" -U "$user" maturity_test
export MATURITY_TEST_POSTGRES_HOST="$folder" MATURITY_TEST_POSTGRES_PORT="$port"
export MATURITY_TEST_POSTGRES_USER="$user" MATURITY_TEST_POSTGRES_BIN="$bin"
export MATURITY_TEST_POSTGRES="postgresql://$user@/maturity_test?host=$folder&port=$port"
"$@"
