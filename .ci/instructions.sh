#!/usr/bin/env bash
# .ci/instructions.sh: a deterministic performance guard. Counts, with valgrind's callgrind, the
# instructions executed inside `crossfoot::check` (line index, parse, every rule) while the
# release binary checks the reference edition, and fails when the count exceeds the budget
# recorded in .ci/instructions.budget by more than 20%.
#
# Instruction counts do not depend on the load of the machine, so this is stable in CI where
# wall-clock timings are not. They do depend on the compiler: after a toolchain upgrade, or
# after a deliberate change of cost, record a new budget with `.ci/instructions.sh --record`
# and commit it with a line in the CHANGELOG saying why.
#
# Usage: .ci/instructions.sh [--record]
set -euo pipefail

cd "$(dirname "$0")/.."
budget_file=.ci/instructions.budget
edition=fixtures/editions/migration-initiatives-2008.txt
margin_percent=20

if ! command -v valgrind >/dev/null 2>&1; then
    echo "instructions: SKIPPED: valgrind is not installed, so the instruction budget was not checked (apt-get install valgrind)"
    exit 0
fi

cargo build --release --quiet --bin crossfoot

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Only instructions inside crossfoot::check count: process start, argument parsing, file
# reading, output and rayon's idle workers vary with the environment and are left out.
status=0
valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" \
    --toggle-collect='crossfoot::check' \
    target/release/crossfoot check "$edition" --format json >"$out/stdout" 2>"$out/stderr" || status=$?
# The edition has error-level findings, so crossfoot exits 1; anything else is a failure.
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
    echo "instructions: FAILED: crossfoot exited with $status under valgrind" >&2
    cat "$out/stderr" >&2
    exit 1
fi

count=$(sed -n 's/^summary: *\([0-9]*\).*/\1/p; s/^totals: *\([0-9]*\).*/\1/p' "$out/callgrind.out" | head -n 1)
if [ -z "$count" ] || [ "$count" -eq 0 ]; then
    echo "instructions: FAILED: callgrind counted no instructions in crossfoot::check (was the symbol renamed or inlined?)" >&2
    exit 1
fi

if [ "${1:-}" = "--record" ]; then
    {
        echo "# Instructions executed inside crossfoot::check on $edition,"
        echo "# counted by .ci/instructions.sh (callgrind, release build, $(rustc --version))."
        echo "# The check fails above this budget + ${margin_percent}%. Record anew with --record."
        echo "$count"
    } >"$budget_file"
    echo "instructions: recorded budget $count in $budget_file"
    exit 0
fi

if [ ! -f "$budget_file" ]; then
    echo "instructions: FAILED: no budget in $budget_file; record one with .ci/instructions.sh --record" >&2
    exit 1
fi
budget=$(grep -v '^#' "$budget_file" | tr -d '[:space:]')
limit=$((budget + budget * margin_percent / 100))
percent=$((count * 100 / budget))
if [ "$count" -gt "$limit" ]; then
    echo "instructions: FAILED: $count instructions, ${percent}% of the budget $budget (limit $limit, +${margin_percent}%)" >&2
    echo "  profile with: valgrind --tool=callgrind --toggle-collect='crossfoot::check' target/release/crossfoot check $edition --format json" >&2
    exit 1
fi
echo "instructions: ok: $count instructions, ${percent}% of the budget $budget (limit $limit)"
