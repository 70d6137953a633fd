#!/usr/bin/env bash
# The PostgreSQL backend's whole test run: starts a throwaway server (with-postgres.sh), runs
# every suite, then the server-restart suite on its own (it stops the shared server).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PACKAGE="$(dirname "$HERE")"
exec "$HERE/with-postgres.sh" bash -c "
    set -e
    swift build --build-tests --package-path '$PACKAGE'
    swift test --skip-build --package-path '$PACKAGE' --skip ServerRestartTests
    AGENCYKIT_PG_SERVER_RESTART=1 swift test --skip-build --package-path '$PACKAGE' --filter ServerRestartTests
"
