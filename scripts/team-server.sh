#!/usr/bin/env bash
# Sets up an office's team server for FLA Desk on Debian 12: a PostgreSQL 15 cluster listening with
# TLS only (a self-signed certificate naming the server), the workspace's owner and one role per
# staff member (scram-sha-256 passwords), the workspace's database, and its schema with row-level
# security made by the app's own migrations (fladesk-cli, as the owner). docs/team.md explains it.
#
#   sudo bash scripts/team-server.sh --host db.office.example --staff anna,bert
#       A cluster "fladesk" managed by Debian (pg_createcluster; starts at boot), its settings in
#       /etc/postgresql/15/fladesk, the certificate and the passwords in /etc/fladesk.
#   bash scripts/team-server.sh --data DIR --port 55432 --host localhost --listen 127.0.0.1 …
#       Everything in DIR instead (cluster/, tls/, credentials.txt, socket/), started with pg_ctl:
#       for a trial or a test (tests/cli/tst_teamserverscript.cpp). Stop it with --data DIR --stop.
#
# Options: --host NAME (the name desktops connect to; in the certificate), --port N (5432),
# --listen ADDRESSES (listen_addresses, '*'), --database NAME (fladesk), --owner ROLE
# (fladesk_owner), --staff ROLE,ROLE,… , --cli PATH (fladesk-cli), --data DIR, --stop.
set -euo pipefail

HOST="$(hostname -f 2>/dev/null || hostname)"
PORT=5432
LISTEN='*'
DATABASE=fladesk
OWNER=fladesk_owner
STAFF=""
CLI=""
DATA=""
STOP=0
PG_BIN="${FLADESK_PG_BIN:-/usr/lib/postgresql/15/bin}"

die() { echo "team-server: $*" >&2; exit 1; }
say() { echo "team-server: $*"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --host) HOST="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --listen) LISTEN="$2"; shift 2 ;;
    --database) DATABASE="$2"; shift 2 ;;
    --owner) OWNER="$2"; shift 2 ;;
    --staff) STAFF="$2"; shift 2 ;;
    --cli) CLI="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    --stop) STOP=1; shift ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

# Names go into SQL and file names unquoted: keep them to what PostgreSQL takes bare.
for name in "$DATABASE" "$OWNER" ${STAFF//,/ }; do
  [[ "$name" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "'$name' is not a plain lower-case name (a-z, 0-9, _)"
done
[[ "$PORT" =~ ^[0-9]+$ ]] || die "--port needs a number"

# Who runs the server: PostgreSQL refuses root. In --data mode as root, the user postgres (Debian's
# package makes it) or else nobody; as anyone else, that user.
SERVER_USER="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then
  if id postgres >/dev/null 2>&1; then SERVER_USER=postgres; else SERVER_USER=nobody; fi
fi
as_server() {
  if [ "$(id -un)" = "$SERVER_USER" ]; then "$@"; else runuser -u "$SERVER_USER" -- "$@"; fi
}

if [ -n "$DATA" ]; then
  DATA="$(mkdir -p "$DATA" && cd "$DATA" && pwd)"
  PGDATA_DIR="$DATA/cluster"
  SOCKET_DIR="$DATA/socket"
  ETC="$DATA"
  if [ "$STOP" -eq 1 ]; then
    as_server "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop
    exit 0
  fi
else
  [ "$STOP" -eq 0 ] || die "--stop is for a --data cluster; stop Debian's with: pg_ctlcluster 15 fladesk stop"
  [ "$(id -u)" -eq 0 ] || die "run it as root (sudo): it creates a Debian cluster and /etc/fladesk"
  SOCKET_DIR=/var/run/postgresql
  ETC=/etc/fladesk
fi

[ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 is not installed ($PG_BIN/initdb is missing): apt-get install postgresql-15"
command -v openssl >/dev/null || die "openssl is missing: apt-get install openssl"
if [ -z "$CLI" ]; then
  CLI="$(command -v fladesk-cli || true)"
  [ -n "$CLI" ] || die "fladesk-cli is not on the PATH: install the fladesk package, or give --cli PATH"
fi
[ -x "$CLI" ] || die "$CLI is not a program"

mkdir -p "$ETC/tls"
umask 077

# 1. The cluster.
if [ -n "$DATA" ]; then
  [ ! -e "$PGDATA_DIR/PG_VERSION" ] || die "$PGDATA_DIR already holds a cluster: choose another --data"
  mkdir -p "$PGDATA_DIR" "$SOCKET_DIR"
  [ "$(id -u)" -ne 0 ] || chown -R "$SERVER_USER" "$DATA"
  chmod 0755 "$DATA" "$SOCKET_DIR"
  say "creating the cluster in $PGDATA_DIR (run by $SERVER_USER)"
  as_server "$PG_BIN/initdb" -D "$PGDATA_DIR" -E UTF8 --locale=C.UTF-8 --auth-local=peer \
    --auth-host=scram-sha-256 >/dev/null
  CONF_DIR="$PGDATA_DIR"
else
  command -v pg_createcluster >/dev/null || die "pg_createcluster is missing: apt-get install postgresql-common"
  ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "15 fladesk" || die "a cluster 15/fladesk exists already"
  say "creating the Debian cluster 15/fladesk on port $PORT"
  pg_createcluster 15 fladesk --port "$PORT" --encoding UTF8 --locale C.UTF-8 -- --auth-local=peer \
    --auth-host=scram-sha-256 >/dev/null
  CONF_DIR=/etc/postgresql/15/fladesk
fi

# 2. TLS: a self-signed certificate naming the server (the desktops trust it with sslrootcert).
SAN="DNS:$HOST"
if [[ "$HOST" =~ ^[0-9.]+$ || "$HOST" == *:* ]]; then SAN="IP:$HOST"; fi
openssl req -x509 -newkey rsa:3072 -sha256 -days 1095 -nodes -subj "/CN=$HOST" \
  -addext "subjectAltName=$SAN" -keyout "$ETC/tls/server.key" -out "$ETC/tls/server.crt" 2>/dev/null
chmod 0600 "$ETC/tls/server.key"
chmod 0644 "$ETC/tls/server.crt"
if [ "$(id -u)" -eq 0 ]; then chown "$SERVER_USER" "$ETC/tls/server.key" "$ETC/tls/server.crt"; fi

# 3. Settings: TLS on, where it listens, passwords hashed with scram; only TLS connections from the
# network, with a password (pg_hba.conf written whole: nothing else gets in).
{
  echo "listen_addresses = '$LISTEN'"
  echo "port = $PORT"
  echo "unix_socket_directories = '$SOCKET_DIR'"
  echo "ssl = on"
  echo "ssl_cert_file = '$ETC/tls/server.crt'"
  echo "ssl_key_file = '$ETC/tls/server.key'"
  echo "ssl_min_protocol_version = 'TLSv1.2'"
  echo "password_encryption = 'scram-sha-256'"
} > "$CONF_DIR/fladesk.conf"
echo "include 'fladesk.conf'" >> "$CONF_DIR/postgresql.conf"
cat > "$CONF_DIR/pg_hba.conf" <<HBA
# Written by FLA Desk's scripts/team-server.sh.
# The server's administrator on this machine (the operating-system user $SERVER_USER):
local   all        $SERVER_USER                       peer
# Everyone else on this machine, with a password:
local   all        all                                scram-sha-256
# From the network: TLS and a password, nothing else.
hostssl all        all          0.0.0.0/0             scram-sha-256
hostssl all        all          ::/0                  scram-sha-256
HBA
[ "$(id -u)" -ne 0 ] || chown "$SERVER_USER" "$CONF_DIR/fladesk.conf" "$CONF_DIR/pg_hba.conf"

if [ -n "$DATA" ]; then
  as_server "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$DATA/server.log" -w start >/dev/null
else
  pg_ctlcluster 15 fladesk start
fi
say "the server runs on port $PORT (TLS: $ETC/tls/server.crt)"

psql_admin() {
  as_server "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PORT" -d postgres "$@"
}
new_password() { openssl rand -base64 24 | tr -d '/+=\n' | cut -c1-24; }

# 4. Roles and the database. The passwords go to a file only root (or this user) may read.
CREDENTIALS="$ETC/credentials.txt"
: > "$CREDENTIALS"
chmod 0600 "$CREDENTIALS"
OWNER_PASSWORD="$(new_password)"
echo "$OWNER $OWNER_PASSWORD" >> "$CREDENTIALS"
psql_admin <<SQL
CREATE ROLE $OWNER LOGIN PASSWORD '$OWNER_PASSWORD';
CREATE DATABASE $DATABASE OWNER $OWNER ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
ALTER DATABASE $DATABASE SET lc_messages = 'C';
REVOKE CONNECT ON DATABASE $DATABASE FROM PUBLIC;
GRANT CONNECT ON DATABASE $DATABASE TO $OWNER;
SQL
for staff in ${STAFF//,/ }; do
  password="$(new_password)"
  echo "$staff $password" >> "$CREDENTIALS"
  psql_admin <<SQL
CREATE ROLE $staff LOGIN PASSWORD '$password';
GRANT CONNECT ON DATABASE $DATABASE TO $staff;
SQL
done

# 5. The workspace's schema, its row-level security and triggers: the app's own migrations, run by
# opening the workspace once as its owner, over TLS with the server's certificate checked.
ADDRESS_HOST="$HOST"
if [[ "$HOST" == *:* ]]; then ADDRESS_HOST="[$HOST]"; fi
TLS_QUERY="sslmode=verify-full&sslrootcert=$ETC/tls/server.crt"
OWNER_URL="postgresql://$OWNER@$ADDRESS_HOST:$PORT/$DATABASE?$TLS_QUERY"
if ! PGPASSWORD="$OWNER_PASSWORD" "$CLI" team list --workspace "$OWNER_URL" >/dev/null; then
  die "the workspace's schema could not be made through $OWNER_URL (is $HOST this server's name?)"
fi
tables="$(psql_admin -d "$DATABASE" -At -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND rowsecurity")"
say "workspace $DATABASE made by $("$CLI" --version 2>/dev/null | head -1 || echo fladesk-cli): $tables tables under row-level security"

cat <<DONE

The team server is ready.
  Passwords (keep them safe, then give each person theirs): $CREDENTIALS
  Certificate for the desktops: $ETC/tls/server.crt
     copy it to each desktop (for example as /etc/fladesk/office-ca.pem) and connect with
     postgresql://anna@$ADDRESS_HOST:$PORT/$DATABASE?sslmode=verify-full&sslrootcert=/etc/fladesk/office-ca.pem
     (verify-full: the desktop checks that the server's certificate is this one and names $HOST).
  Next, as the owner:
     fladesk-cli workspace copy --from office.fladesk --to '$OWNER_URL'
     fladesk-cli team grant --user anna --employer 0566.988.259 --workspace '$OWNER_URL'
DONE
