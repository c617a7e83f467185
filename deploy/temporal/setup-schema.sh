#!/bin/sh
# Creates (first run) or upgrades (image bump) Temporal's two databases. Every step is idempotent,
# so the one-shot container can run on each `docker compose up`.
set -eu

SCHEMA_ROOT=/etc/temporal/schema/postgresql/v12

# The password comes from SQL_PASSWORD in the environment, which the tool reads itself.
sql_tool() {
  temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "${DB_PORT:-5432}" -u "$POSTGRES_USER" "$@"
}

for pair in "temporal:temporal" "temporal_visibility:visibility"; do
  db=${pair%%:*}
  schema=${pair#*:}
  # `create` fails when the database exists; that is the normal case after the first run.
  sql_tool --db "$db" create || echo "database $db already exists"
  # `setup-schema -v 0.0` only stamps an empty database; on an initialised one it is a no-op error.
  sql_tool --db "$db" setup-schema -v 0.0 || echo "schema of $db already set up"
  sql_tool --db "$db" update-schema -d "$SCHEMA_ROOT/$schema/versioned"
done
echo "Temporal schema is up to date"
