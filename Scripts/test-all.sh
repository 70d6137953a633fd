#!/usr/bin/env bash
# Runs every test of AgencyKit: the root package (zero warnings enforced), its demo and example
# programs (each must run to its end), the DocC build (zero warnings, guides in sync), the
# benchmark package's build, then the PostgreSQL backend (Backends/AgencyKitPostgres, zero
# warnings enforced on its own sources too) against a throwaway PostgreSQL 15 cluster, with the
# demo run on it. PostgreSQL is installed with apt-get when it is missing; if it
# cannot be installed or started, this script fails — the backend's tests are never skipped.
# Prints the wall time of every step at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

BACKEND=Backends/AgencyKitPostgres
log=$(mktemp)
trap 'rm -f "$log"' EXIT

steps=()
step_name=""
step_start=0
run_start=$(date +%s)

finish_step() {
    if [ -n "$step_name" ]; then
        steps+=("$(printf '%6ss  %s' "$(( $(date +%s) - step_start ))" "$step_name")")
    fi
}

step() {
    finish_step
    step_name="$*"
    step_start=$(date +%s)
    printf '\n==> %s\n' "$*"
}

summary() {
    finish_step
    step_name=""
    echo
    echo "wall time per step:"
    printf '  %s\n' "${steps[@]}"
    printf '  %6ss  total\n' "$(( $(date +%s) - run_start ))"
}

fail() {
    echo "error: $*" >&2
    summary
    exit 1
}

check_warnings() {
    # Our own sources must compile without a single warning.
    if grep -E "^$(pwd)/(Sources|Tests|Backends/[^/]+/(Sources|Tests)|Benchmarks/Sources|Examples)/.*warning:" "$log"; then
        fail "the build produced warnings (above)"
    fi
}

# Runs a command with its output in "$log", showing only the lines matching $1; returns its status.
filtered() {
    local pattern=$1
    shift
    set +e
    "$@" 2>&1 | tee "$log" | grep -E "$pattern"
    local status=${PIPESTATUS[0]}
    set -e
    return "$status"
}

step "root package: build"
swift build --build-tests 2>&1 | tee "$log" || fail "the root package did not build"
check_warnings

step "root package: tests"
filtered "^(✘|✔ Test run|Test run|error)" swift test || true
grep -q "✔ Test run with" "$log" || { grep -E "✘" "$log" | head -50; fail "root tests failed"; }

# Runs an executable of the root package; its output must contain a line matching $2.
run_example() {
    local name=$1 expected=$2
    swift run --skip-build "$name" >"$log" 2>&1 || { tail -40 "$log"; fail "$name exited with an error"; }
    grep -E "$expected" "$log" || { tail -40 "$log"; fail "$name did not print a line matching: $expected"; }
}

step "demo and examples"
run_example agencykit-demo "^Done\. The tenant holds 4,200 leads"
run_example agencykit-quick-start-example "another tenant sees 0 of these leads"
run_example agencykit-scoring-example "ChannelPolicy"
run_example agencykit-learning-loop-example "change_channel_mix|refine_targeting"
run_example agencykit-suggestions-review-example "pending→expired"
run_example agencykit-custom-store-example "conformance: 466/466 cases passed, 0 failed"
set +e
swift run --skip-build agencykit-demo --store postgres://ci@127.0.0.1/ci >"$log" 2>&1
status=$?
set -e
[ "$status" -eq 2 ] && grep -q "agencykit-postgres-demo" "$log" \
    || { cat "$log"; fail "agencykit-demo --store postgres://… did not point to the PostgreSQL demo (status $status)"; }
echo "agencykit-demo --store postgres://… points to agencykit-postgres-demo (status 2)"

step "documentation: DocC archive (zero warnings) and the guides' catalog copies"
bash Scripts/build-docs.sh --check >"$log" 2>&1 || { tail -40 "$log"; fail "the documentation did not build, or its guides are stale"; }
tail -1 "$log"

step "benchmarks: build"
swift build --package-path Benchmarks 2>&1 | tee "$log" | tail -1 || fail "the benchmarks did not build"
check_warnings

step "PostgreSQL backend: build"
swift build --build-tests --package-path "$BACKEND" 2>&1 | tee "$log" || fail "the PostgreSQL backend did not build"
check_warnings

step "PostgreSQL backend: tests (throwaway PostgreSQL 15 cluster)"
if ! filtered "^(✘|✔ Test run|Test run|error|with-postgres|Done\.)" bash "$BACKEND/Scripts/test.sh"; then
    grep -E "✘" "$log" | head -30
    tail -60 "$log"
    fail "the PostgreSQL backend's tests failed (or PostgreSQL could not be installed or started)"
fi
[ "$(grep -c "✔ Test run with" "$log")" -eq 2 ] || fail "the PostgreSQL backend's test runs did not both pass"

summary
echo
echo "all AgencyKit tests passed"
