#!/bin/sh
# Regenerate the three documents of the fifth blind set (NAME.txt and NAME.sections.tsv), then
# re-read them with verify.py, which also checks the hand-written NAME.expected files.
# The .expected files are not generated: if a generator changes, rewrite them by reading the text.
set -eu
cd "$(dirname "$0")/../../.."
for g in gen_fr gen_usd gen_ocha; do
  python3 "scripts/layout-fixtures/set5/$g.py"
done
python3 scripts/layout-fixtures/set5/verify.py
