#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (no browser download at install time): install it when it is missing.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
else
  echo "The browser tests need Chromium at $CHROMIUM: install Debian's 'chromium' package (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
