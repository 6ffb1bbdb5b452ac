#!/usr/bin/env bash
# Run once by the postgres image at its first start (docker-entrypoint-initdb.d): the two roles and
# the database of README's "PostgreSQL with two roles", with the passwords compose.yaml passes.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<SQL
CREATE ROLE election_owner LOGIN PASSWORD '${ELECTION_OWNER_PASSWORD}';
CREATE ROLE election_app LOGIN PASSWORD '${ELECTION_APP_PASSWORD}';
CREATE DATABASE elections OWNER election_owner;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname elections <<SQL
GRANT USAGE, CREATE ON SCHEMA public TO election_app;
SQL
