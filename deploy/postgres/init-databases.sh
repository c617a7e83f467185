#!/bin/sh
# Runs once, when the postgres volume is first initialised: one role per tenant of the server, so
# Kesher cannot touch Temporal's tables and Temporal's schema tool can create only its own databases.
set -eu

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v kesher_password="$KESHER_DB_PASSWORD" \
  -v temporal_password="$TEMPORAL_DB_PASSWORD" <<'SQL'
CREATE ROLE kesher LOGIN PASSWORD :'kesher_password';
CREATE DATABASE kesher OWNER kesher;
CREATE ROLE temporal LOGIN CREATEDB PASSWORD :'temporal_password';
SQL
