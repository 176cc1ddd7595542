#!/usr/bin/env bash
# fuzz/seed.sh: fills fuzz/corpus/<target>/ with seeds from the fixtures: every small fixture
# whole, the editions cut into pieces of 40 lines (libFuzzer works best on small inputs; a
# piece still holds a few sections with their bullets and totals), the same pieces with CR
# line ends (as some extractors write them), and long lines: the reference edition with its
# line ends turned to spaces, cut to 64 KB, 256 KB and 1 MB, and 256 KB of "– USD " (a finding
# every 8 bytes of one line). The long seeds need the run's -max_len to be at least 1048576.
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
for p in "$dir"/piece-*; do
    tr '\n' '\r' < "$p" > "$dir/cr-$(basename "$p")"
done
edition=../fixtures/editions/migration-initiatives-2008.txt
# `head` closes the pipe early: the writer's SIGPIPE is expected, hence `|| true`.
for kb in 64 256 1024; do
    cat "$edition" "$edition" | tr '\n\r' '  ' | head -c $((kb * 1024)) \
        > "$dir/long-line-edition-${kb}k" || true
done
yes '– USD ' | tr -d '\n' | head -c $((256 * 1024)) > "$dir/long-line-dashes-256k" || true
echo "seeded $(ls "$dir" | wc -l) inputs into fuzz/$dir"
