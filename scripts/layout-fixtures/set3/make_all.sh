#!/bin/sh
# Regenerate the four documents of fixtures/layouts/blind/ (NAME.txt and NAME.sections.tsv), then
# re-read them with verify.py, which also checks the hand-written NAME.expected files.
# The .expected files are not generated: if a generator changes, rewrite them by reading the text.
set -eu
cd "$(dirname "$0")/../../.."
for g in gen_ngo gen_chf gen_eu gen_usd; do
  python3 "scripts/layout-fixtures/set3/$g.py"
done
python3 scripts/layout-fixtures/set3/verify.py
