#!/bin/sh
# Installs what the build needs beyond a JDK and Maven: PostgreSQL's server binaries, which the
# tests start as a throwaway cluster (engine-test's PostgresServer), and Node.js with npm, which
# run the real amazon-cognito-identity-js client in the tests. Idempotent: a machine image that
# ships them skips apt.
set -eu

export DEBIAN_FRONTEND=noninteractive
updated=no
apt_install() {
    [ "$updated" = yes ] || { apt-get update; updated=yes; }
    apt-get install -y --no-install-recommends "$@"
}

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "install-deps: installing nodejs and npm"
    apt_install nodejs npm
fi
echo "install-deps: node $(node --version), npm $(npm --version)"

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "install-deps: PostgreSQL server found: $(ls -d /usr/lib/postgresql/*/bin | tr '\n' ' ')"
    exit 0
fi

echo "install-deps: no PostgreSQL server under /usr/lib/postgresql; installing the postgresql package"
apt_install postgresql
ls /usr/lib/postgresql/*/bin/initdb
