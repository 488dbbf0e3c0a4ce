#!/bin/sh
# Installs what the build needs beyond a JDK and Maven: PostgreSQL's server binaries, which the
# tests start as a throwaway cluster (engine-test's PostgresServer). Idempotent: does nothing when
# /usr/lib/postgresql/<version>/bin/initdb exists, so a machine image that ships them skips apt.
set -eu

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "install-deps: PostgreSQL server found: $(ls -d /usr/lib/postgresql/*/bin | tr '\n' ' ')"
    exit 0
fi

echo "install-deps: no PostgreSQL server under /usr/lib/postgresql; installing the postgresql package"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends postgresql
ls /usr/lib/postgresql/*/bin/initdb
