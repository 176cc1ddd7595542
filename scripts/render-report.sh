#!/usr/bin/env bash
# Renders crossfoot's HTML reconciliation report of an edition to a PNG with headless Chromium,
# to look at it as a reviewer would. Not needed by CI.
#
#   apt-get install chromium          # Debian's package, once
#   scripts/render-report.sh [EDITION] [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
edition=${1:-fixtures/editions/migration-initiatives-2008.txt}
png=${2:-target/report.png}
html=target/report.html
mkdir -p target
cargo run --release -q -- report --format html --output "$html" "$edition"
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1100,2400 \
  --screenshot="$PWD/$png" "file://$PWD/$html" 2>/dev/null
rm -rf "$profile"
echo "$png"
