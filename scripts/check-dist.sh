#!/usr/bin/env bash
# Fails when the committed dist/ differs from a fresh `npm run package` (JS actions run from dist/).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp -a dist "$tmp/committed" 2>/dev/null || mkdir -p "$tmp/committed"
npm run -s package >/dev/null
if ! diff -r -q "$tmp/committed" dist >/dev/null; then
  echo "check-dist: dist/ is stale. Run 'npm run package' and commit dist/:" >&2
  diff -r -q "$tmp/committed" dist >&2 || true
  exit 1
fi
echo "check-dist: dist/ is current"
