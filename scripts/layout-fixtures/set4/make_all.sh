#!/bin/sh
# Rebuild the three set-4 documents of fixtures/layouts/blind/ (text and NAME.sections.tsv), then
# re-read them with verify.py, which also checks the hand-written NAME.expected files.
# The .expected files are not generated: if a generator changes, rewrite them by reading the text.
set -eu
cd "$(dirname "$0")/../../.."
for g in gen_md gen_cluster gen_annual; do
  python3 "scripts/layout-fixtures/set4/$g.py"
done
python3 scripts/layout-fixtures/set4/verify.py
