#!/usr/bin/env bash
# scripts/race-fix.sh: races `crossfoot fix` against a writer that appends to the same file
# without taking a lock, and counts the appends lost (the fix reported success, yet the
# appended line is gone). Not run by CI; the figures it gives are in the README.
# Usage: scripts/race-fix.sh [BINARY] [RUNS] [path|held]
#   path: the writer opens the file by its name when it appends (`echo >> file`);
#   held: the writer opens the file first, then appends through that descriptor a few
#         milliseconds later (a logger, an editor keeping the file open).
set -euo pipefail
bin=${1:-target/release/crossfoot}
runs=${2:-300}
mode=${3:-path}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
doc='Study of labour migration - USD 400,000•
Total funding requirements for Fiji – USD 400,000
'
lost=0 lost_fixed=0 appended=0 refused=0
for i in $(seq "$runs"); do
    printf '%s' "$doc" > "$dir/e.txt"
    # The writer sleeps 0 to 9 ms, then appends one line: some land before the fix reads the
    # file, some while it works, some after it wrote.
    if [ "$mode" = held ]; then
        ( exec 3>>"$dir/e.txt"; sleep "0.00$((RANDOM % 10))"; echo "appended $i" >&3 ) &
    else
        ( sleep "0.00$((RANDOM % 10))"; echo "appended $i" >> "$dir/e.txt" ) &
    fi
    writer=$!
    status=0
    "$bin" fix "$dir/e.txt" 2>/dev/null || status=$?
    wait "$writer"
    appended=$((appended + 1))
    if [ "$status" -ne 0 ]; then
        refused=$((refused + 1))
    fi
    if ! grep -q "^appended $i\$" "$dir/e.txt"; then
        lost=$((lost + 1))
        if [ "$status" -eq 0 ]; then
            lost_fixed=$((lost_fixed + 1))
        else
            echo "run $i: lost although fix exited $status" >&2
        fi
    fi
done
echo "mode: $mode, runs: $runs, appends: $appended, fixes refused (changed on disk): $refused, appends lost: $lost ($lost_fixed of them in runs where fix reported success)"
