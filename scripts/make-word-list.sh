#!/usr/bin/env bash
# scripts/make-word-list.sh: builds src/words/en.txt, the English word list crossfoot uses to
# tell an accepted spelling from a misspelling and British from American spelling, from
# Debian's SCOWL-based lists (apt-get install wamerican wbritish; not needed by CI).
#
# One word a line, lower case, sorted bytewise: "word" when both lists have it, "word/gb" when
# only the British list has it, "word/us" when only the American one does. Possessives ("'s")
# are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
us=/usr/share/dict/american-english
gb=/usr/share/dict/british-english
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
norm() { grep -v "'" "$1" | tr '[:upper:]' '[:lower:]' | LC_ALL=C sort -u; }
norm "$us" > "$tmp/us"
norm "$gb" > "$tmp/gb"
{
    LC_ALL=C comm -12 "$tmp/us" "$tmp/gb"
    LC_ALL=C comm -23 "$tmp/gb" "$tmp/us" | sed 's|$|/gb|'
    LC_ALL=C comm -13 "$tmp/gb" "$tmp/us" | sed 's|$|/us|'
} | LC_ALL=C sort > src/words/en.txt
cp /usr/share/doc/wamerican/copyright src/words/COPYRIGHT-SCOWL
echo "$(wc -l < src/words/en.txt) words in src/words/en.txt"
