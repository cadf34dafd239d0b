#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the sync tests: run by an unprivileged user, listening on a
# free loopback port, with TLS and SCRAM passwords, in a temporary folder.
#
#   eval "$(bash .ci/postgres.sh start)"    # prints export lines (TI_TEST_PG_URL, ...)
#   bash .ci/postgres.sh stop "$TI_TEST_PG_DIR"
#
# Exported: TI_TEST_PG_ADMIN_URL (the cluster's superuser, database postgres),
# TI_TEST_PG_URL (the same server without user or database: tests add their own logins),
# TI_TEST_PG_DIR (the folder to remove), TI_TEST_PG_BIN (initdb, pg_ctl...).
set -euo pipefail

RUN_AS="${TI_TEST_PG_USER:-tipg}"

pg_bin() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
    [ -n "$dir" ] && [ -x "$dir/initdb" ] || { echo "PostgreSQL introuvable (apt-get install postgresql)" >&2; exit 1; }
    echo "$dir"
}

as_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$RUN_AS" -- "$@"
    else
        "$@"
    fi
}

start() {
    local bin dir port password
    bin="$(pg_bin)"
    if [ "$(id -u)" -eq 0 ] && ! id "$RUN_AS" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_AS"
    fi
    dir="$(mktemp -d "${TMPDIR:-/tmp}/ti-pg.XXXXXX")"
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown "$RUN_AS" "$dir"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    password="$(python3 -c 'import secrets; print(secrets.token_hex(12))')"

    # TLS: a private authority and a server certificate for 127.0.0.1 and localhost.
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=TI Desktop test CA" \
        -keyout "$dir/ca.key" -out "$dir/ca.crt" >/dev/null 2>&1
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
        -keyout "$dir/server.key" -out "$dir/server.csr" >/dev/null 2>&1
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > "$dir/san.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" \
        -CAcreateserial -days 2 -extfile "$dir/san.ext" -out "$dir/server.crt" >/dev/null 2>&1
    chmod 600 "$dir/server.key"
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" -eq 0 ] && chown "$RUN_AS" "$dir"/*

    as_user "$bin/initdb" -D "$dir/data" -U "$RUN_AS" --pwfile="$dir/pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
ssl = on
ssl_cert_file = '$dir/server.crt'
ssl_key_file = '$dir/server.key'
password_encryption = 'scram-sha-256'
max_connections = 60
# a test cluster: durability is not wanted, speed is
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    # Only TLS connections with SCRAM passwords are accepted over the network.
    cat > "$dir/data/pg_hba.conf" <<EOF
local   all all                scram-sha-256
hostssl all all 127.0.0.1/32   scram-sha-256
hostnossl all all 127.0.0.1/32 reject
EOF
    as_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null

    local tls="sslmode=verify-full&sslrootcert=$dir/ca.crt"
    echo "export TI_TEST_PG_BIN='$bin'"
    echo "export TI_TEST_PG_DIR='$dir'"
    echo "export TI_TEST_PG_ADMIN_URL='postgresql://$RUN_AS:$password@127.0.0.1:$port/postgres?$tls'"
    echo "export TI_TEST_PG_URL='postgresql://127.0.0.1:$port/?$tls'"
}

stop() {
    local dir="${1:?folder of the cluster}" bin
    bin="$(pg_bin)"
    [ -d "$dir/data" ] && as_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) shift; stop "$@" ;;
    *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
