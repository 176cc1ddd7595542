#!/usr/bin/env bash
# fuzz/seed.sh: fills fuzz/corpus/<target>/ with seeds from the fixtures: every small fixture
# whole, and the editions cut into pieces of 40 lines (libFuzzer works best on small inputs;
# a piece still holds a few sections with their bullets and totals).
# Usage: fuzz/seed.sh [target]   (default: check)
set -euo pipefail
cd "$(dirname "$0")"
target=${1:-check}
dir=corpus/$target
mkdir -p "$dir"
for f in $(find ../fixtures -name "*.txt" -size -32k); do
    [ -f "$f" ] || continue
    cp "$f" "$dir/fixture-$(echo "$f" | sed 's|^\.\./fixtures/||; s|/|-|g')"
done
for f in ../fixtures/editions/*.txt; do
    split -l 40 -d -a 3 "$f" "$dir/piece-$(basename "$f" .txt)-"
done
echo "seeded $(ls "$dir" | wc -l) inputs into fuzz/$dir"
