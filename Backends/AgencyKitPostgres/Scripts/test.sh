#!/usr/bin/env bash
# The PostgreSQL backend's whole test run: starts a throwaway server (with-postgres.sh), runs
# every suite, then the server-restart suite on its own (it stops the shared server), then the
# demo (agencykit-postgres-demo) in a namespace of its own, which must run to its end.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PACKAGE="$(dirname "$HERE")"
exec "$HERE/with-postgres.sh" bash -c "
    set -eo pipefail
    swift build --build-tests --package-path '$PACKAGE'
    swift test --skip-build --package-path '$PACKAGE' --skip ServerRestartTests
    AGENCYKIT_PG_SERVER_RESTART=1 swift test --skip-build --package-path '$PACKAGE' --filter ServerRestartTests
    echo 'with-postgres: the demo on PostgreSQL'
    demo=\$(swift run --skip-build --package-path '$PACKAGE' agencykit-postgres-demo \
        --store \"postgres://\$PGUSER@127.0.0.1:\$PGPORT/\$PGDATABASE?namespace=demo_\$\$\")
    echo \"\$demo\" | tail -3
    echo \"\$demo\" | grep -q '^Done\. The tenant holds'
    echo 'with-postgres: the demo on PostgreSQL ran to its end'
"
