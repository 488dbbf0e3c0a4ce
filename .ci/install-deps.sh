#!/bin/sh
# Installs what the build needs beyond a JDK and Maven: Node.js with npm, which run the real
# amazon-cognito-identity-js client in the tests, and Debian's chromium with chromium-driver, which
# the hosted sign-in pages' browser test drives. PostgreSQL needs nothing here: the tests start
# an installed server if there is one, else the server binaries Maven fetches (engine-test's
# PostgresServer). Idempotent: a machine image that ships them skips apt.
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

# Debian's chromium and its chromedriver: the browser test of the hosted sign-in pages drives them
# through Selenium (no browser build is downloaded at test time).
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "install-deps: installing chromium and chromium-driver"
    apt_install chromium chromium-driver
fi
echo "install-deps: $(chromium --version 2>/dev/null), $(chromedriver --version 2>/dev/null | head -n 1)"
