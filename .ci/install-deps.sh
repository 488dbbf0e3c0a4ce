#!/bin/sh
# Installs what the build needs beyond a JDK and Maven: Node.js with npm, which run the real
# amazon-cognito-identity-js client in the tests. PostgreSQL needs nothing here: the tests start
# an installed server if there is one, else the server binaries Maven fetches (engine-test's
# PostgresServer). Idempotent: a machine image that ships node and npm skips apt.
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
