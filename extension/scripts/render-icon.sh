#!/usr/bin/env bash
# Renders images/icon.svg into images/icon.png (128×128, transparent corners) with Debian's
# chromium, headless. The PNG is committed; run this after changing the SVG.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/icon.html" <<HTML
<html><body style="margin:0;background:transparent"><img src="file://$here/images/icon.svg" width="128" height="128" style="display:block"></body></html>
HTML
HOME=$tmp chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
  --window-size=128,128 --screenshot="$here/images/icon.png" "file://$tmp/icon.html" 2>/dev/null
echo "wrote $here/images/icon.png"
