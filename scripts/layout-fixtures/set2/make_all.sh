#!/bin/sh
# Regenerate every document of fixtures/layouts with its .expected and .sections.tsv, then re-read
# them all with verify.py. The two-column PDF needs chromium and poppler-utils.
set -eu
cd "$(dirname "$0")"
for g in gen_markdown gen_chf gen_mixed gen_scale gen_german; do
  python3 "$g.py" > /dev/null
done
python3 gen_twocol_html.py > /dev/null
fixtures/layouts/two-column/make.sh
python3 gen_twocol_expected.py > /dev/null
python3 verify.py
